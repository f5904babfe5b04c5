// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"

#include "readers.h"

#include <QCoreApplication>

Diagnoser::Diagnoser(std::shared_ptr<const Catalog> catalog) : m_catalog(std::move(catalog)), m_matcher(*m_catalog) {}

InputReader::KeepLine Diagnoser::keepLine() const
{
    return [this](const ParsedResponse &r) { return m_matcher.mightMatch(r); };
}

Report Diagnoser::diagnose(const QByteArray &input, const std::atomic_bool *cancel) const
{
    return report(InputReader::read(input, cancel, keepLine()), cancel);
}

Report Diagnoser::diagnose(QIODevice *input, const std::atomic_bool *cancel, qint64 limit) const
{
    return report(InputReader::read(input, cancel, keepLine(), limit), cancel);
}

Report Diagnoser::report(InputReader::Result read, const std::atomic_bool *cancel) const
{
    Report report;
    report.catalog = m_catalog;
    report.format = read.format;
    report.bytes = read.bytes;
    report.redactions = read.redactions;
    report.problems = read.problems;
    report.redactedText = read.redactedText;
    for (const ParsedResponse &r : std::as_const(read.candidates)) {
        if (Readers::isCancelled(cancel))
            break;
        Diagnosis d = m_matcher.diagnose(r);
        // A line of a log or a paste counts only if it is an error or names one; a response is kept whenever
        // it failed, even when nothing in the catalog fits it.
        if (d.identified() || r.isError())
            report.results.append(std::move(d));
    }
    if (report.results.isEmpty() && read.whole) {
        Diagnosis d = m_matcher.diagnose(*read.whole);
        if (d.identified() || read.whole->isError()) {
            report.results.append(std::move(d));
            report.format = read.whole->format;
        }
    }
    report.cancelled = Readers::isCancelled(cancel);
    return report;
}

Report Diagnoser::lookup(const QString &status, const QString &code) const
{
    Report report;
    report.catalog = m_catalog;
    report.format = InputFormat::Query;
    Diagnosis d;
    const StatusCodes::StatusQuery q = StatusCodes::parseStatus(status);
    d.input.format = InputFormat::Query;
    d.input.httpStatus = q.httpStatus;
    d.input.status = q.canonical;
    d.input.code = code.trimmed();
    d.matches = m_matcher.lookup(q, code);
    report.results.append(d);
    return report;
}
