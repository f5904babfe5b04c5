// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"

#include "cancellation.h"

#include <QCoreApplication>

Diagnoser::Diagnoser(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog)), m_matcher(*m_catalog),
      m_routes(std::make_shared<const TimelineBuilder::Routes>(m_catalog->flows()))
{}

InputReader::KeepLine Diagnoser::keepLine() const
{
    return [this](const ParsedResponse &r) { return m_matcher.mightMatch(r); };
}

Report Diagnoser::diagnose(const QByteArray &input, const std::atomic_bool *cancel) const
{
    Gathered gathered;
    TimelineBuilder timeline(m_routes);
    Report r = report(InputReader::read(input, cancel, keepLine(), &timeline), &gathered, cancel);
    addFlows(&timeline, &r);
    return r;
}

Report Diagnoser::diagnose(QIODevice *input, const std::atomic_bool *cancel, qint64 limit) const
{
    // A long input hands its candidates over block by block: the same errors are counted as they come, never
    // all kept.
    Gathered gathered;
    const InputReader::Found found = [&](QList<ParsedResponse> *candidates) { collect(candidates, &gathered, cancel); };
    TimelineBuilder timeline(m_routes);
    Report r = report(InputReader::read(input, cancel, keepLine(), limit, found, &timeline), &gathered, cancel);
    addFlows(&timeline, &r);
    return r;
}

void Diagnoser::addFlows(TimelineBuilder *timeline, Report *report) const
{
    report->timeline = timeline->take();
    // A failure's row names the entry it matched: the row stands where the response was found (a HAR's entry, a
    // log's line).
    QList<TimelineCall> &calls = report->timeline.calls();
    QHash<int, qsizetype> rowAt;
    for (qsizetype i = 0; i < calls.size(); ++i)
        rowAt.insert(calls.at(i).location.first, i);
    for (const Diagnosis &d : std::as_const(report->results)) {
        for (const Location &at : d.group.locations) {
            for (int place = at.first; d.identified() && place <= qMax(at.first, at.last); ++place) {
                const auto row = rowAt.constFind(place);
                if (row == rowAt.cend() || !calls.at(*row).failed())
                    continue;
                TimelineCall &c = calls[*row];
                c.entry = d.matches.first().entry->id;
                if (c.code.isEmpty())
                    c.code = d.input.code;
            }
        }
    }
    report->flows = FlowAnalysis::analyze(report->timeline, m_catalog->flows());
}

namespace {

// How many diagnoses are remembered for responses that come again.
constexpr qsizetype kRecentDiagnoses = 256;

// Everything of a response that the matcher reads (Matcher::diagnose): two responses that agree on it get the same
// diagnosis, whatever their place, time or request ID.
QString matcherInput(const ParsedResponse &r)
{
    const QChar sep(0x1f);
    const bool textRead = r.message.isEmpty() && r.descriptions.isEmpty();
    return r.method + sep + r.url + sep + QString::number(r.httpStatus) + sep + r.status + sep + r.code + sep +
           QString::number(int(r.codeGuessed) | int(r.emptySystemBody) << 1 | int(r.messageTruncated) << 2) + sep +
           r.message + sep + r.descriptions.join(sep) + sep + (textRead ? r.text : QString());
}

} // namespace

Diagnosis Diagnoser::diagnoseOnce(const ParsedResponse &r, Gathered *gathered) const
{
    if (gathered->diagnosed++ == 0)
        return m_matcher.diagnose(r);
    const QString key = matcherInput(r);
    if (const auto known = gathered->recent.constFind(key); known != gathered->recent.cend()) {
        Diagnosis d = known.value();
        d.input = r;
        return d;
    }
    Diagnosis d = m_matcher.diagnose(r);
    if (gathered->recent.size() >= kRecentDiagnoses)
        gathered->recent.clear();
    Diagnosis kept = d;
    kept.input = ParsedResponse(); // only what the matcher found is reused
    gathered->recent.insert(key, std::move(kept));
    return d;
}

void Diagnoser::collect(QList<ParsedResponse> *candidates, Gathered *gathered, const std::atomic_bool *cancel) const
{
    for (ParsedResponse &r : *candidates) {
        if (Cancellation::isCancelled(cancel))
            break;
        Diagnosis d = diagnoseOnce(r, gathered);
        // A line of a log or a paste counts only if it is an error or names one; a response is kept whenever
        // it failed, even when nothing in the catalog fits it.
        if (d.identified() || r.isError())
            gathered->groups.add(std::move(d));
        r = ParsedResponse(); // its text is no longer needed
    }
    candidates->clear();
}

Report Diagnoser::report(InputReader::Result read, Gathered *gathered, const std::atomic_bool *cancel) const
{
    Report report;
    report.catalog = m_catalog;
    report.format = read.format;
    report.bytes = read.bytes;
    report.redactions = read.redactions;
    report.problems = read.problems;
    report.redactedText = read.redactedText;
    collect(&read.candidates, gathered, cancel);
    report.results = gathered->groups.take();
    if (report.results.isEmpty() && read.whole) {
        Diagnosis d = m_matcher.diagnose(*read.whole);
        if (d.identified() || read.whole->isError()) {
            gathered->groups.add(std::move(d));
            report.results = gathered->groups.take();
            report.format = read.whole->format;
        }
    }
    if (const QString dropped = gathered->groups.droppedProblem(); !dropped.isEmpty())
        report.problems.append(dropped);
    report.cancelled = Cancellation::isCancelled(cancel);
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
