// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"
#include "inputreader.h"
#include "matcher.h"
#include "resultgroups.h"
#include "timelinebuilder.h"

#include <QByteArray>
#include <QHash>

#include <atomic>
#include <memory>

// The engine's front door: raw input in, a report of every failed response found and what it is.
class Diagnoser
{
public:
    explicit Diagnoser(std::shared_ptr<const Catalog> catalog);

    Report diagnose(const QByteArray &input, const std::atomic_bool *cancel = nullptr) const;
    // Reads the device to its end, or to limit bytes; a big HAR or log is read in chunks, never held whole.
    Report diagnose(QIODevice *input, const std::atomic_bool *cancel = nullptr,
                    qint64 limit = InputReader::kDefaultReadLimit) const;
    Report lookup(const QString &status, const QString &code) const;

    const Catalog &catalog() const { return *m_catalog; }
    std::shared_ptr<const Catalog> sharedCatalog() const { return m_catalog; }

private:
    // What a diagnose() gathers while it reads: the groups, and the last diagnoses by what the matcher read of
    // their responses (a log repeats its failures: the same response need not be matched again).
    struct Gathered
    {
        ResultGroups::Collector groups;
        QHash<QString, Diagnosis> recent;
        int diagnosed = 0; // the first response is matched straight away: most inputs hold one
    };
    // Diagnoses the candidates into the groups and empties the list.
    void collect(QList<ParsedResponse> *candidates, Gathered *gathered, const std::atomic_bool *cancel) const;
    Diagnosis diagnoseOnce(const ParsedResponse &response, Gathered *gathered) const;
    Report report(InputReader::Result read, Gathered *gathered, const std::atomic_bool *cancel) const;
    // The timeline of the calls read, each failure with the entry it matched, and the flows they follow.
    void addFlows(TimelineBuilder *timeline, Report *report) const;

    InputReader::KeepLine keepLine() const;

    std::shared_ptr<const Catalog> m_catalog;
    Matcher m_matcher;
    std::shared_ptr<const TimelineBuilder::Routes> m_routes;
};
