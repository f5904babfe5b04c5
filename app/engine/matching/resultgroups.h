// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Responses that are the same error, together: a log that repeats one failure 525 times is one error seen 525
// times, not 525 errors. Responses are the same error when they carry the same status, code and message and fit
// the same catalog entries; the values the matched entry captured (a domain, a site ID) may differ, and so may
// where they were found, their request ID and their time. The group is "identical" only when the captured values
// are the same too; otherwise it lists each distinct set of values with how many responses carry it.
namespace ResultGroups {

// What makes two responses the same error (see above).
QString identity(const Diagnosis &diagnosis);

// Gathers diagnoses into groups as they are found: one is kept per group, the rest are counted, so that memory
// follows the number of different errors, not of responses.
class Collector
{
public:
    // Beyond this many different errors, further ones are counted only (Report::problems says how many).
    static constexpr qsizetype kMaxGroups = 10000;

    // Joins the diagnosis to its group, or starts one.
    void add(Diagnosis diagnosis);
    // The groups, in the order of each one's first response; the collector is empty afterwards.
    QList<Diagnosis> take();
    int droppedResponses() const { return m_droppedResponses; }
    // What a report says about the responses that were counted but not listed, or nothing.
    QString droppedProblem() const;

private:
    void addValues(int group, const Diagnosis &diagnosis);

    struct Seen
    {
        QHash<QString, int> listed; // the values listed in the group, by key
        QSet<size_t> beyond;        // hashes of those counted only
    };
    QList<Diagnosis> m_results;
    QList<Seen> m_seen;
    QHash<QString, int> m_byIdentity;
    int m_droppedResponses = 0;
    bool m_firstKeyed = true; // the first group is in m_byIdentity and m_seen
};

// What differs between the responses of a group, for people: "3 domains", "2 different values".
QString differenceLabel(const ResponseGroup &group);
// One set of captured values, for people: "shop00.com", "siteId = 1234, domain = a.com" when there are several.
QString valuesText(const CapturedValues &values);

} // namespace ResultGroups
