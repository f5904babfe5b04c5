// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "parsedresponse.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

// A fact a successful call yielded, such as connectionType = NAMESERVERS. Values are redacted.
using CallFact = QPair<QString, QString>;

// One Wix call of the input, or a run of the same call folded into one row. Small on purpose: no header or body is
// kept, only what the timeline shows; the call's place in the input says where to read the rest.
struct TimelineCall
{
    QString time;           // as the input gives it (ISO 8601 in a HAR), empty when it gives none
    qint64 epochMs = -1;    // the same, parsed: -1 when not known
    double durationMs = -1; // how long the call took: -1 when not known
    QString method;
    QString path; // redacted, without query: the query may hold anything
    int status = 0;
    QString requestId;
    Location location;
    qint64 sourceOffset = -1; // a HAR entry's first byte in the input read, to read it again when asked
    qint64 sourceSize = 0;
    QString flowStep;      // "flow/step" of the first flow step whose endpoint it called, empty when none
    QString stepName;      // that step's name, for people
    QList<CallFact> facts; // what a success told (empty for failures)
    QString code;          // a failure's error code, as read
    QString entry;         // a failure's catalog entry, once diagnosed
    int count = 1;         // calls folded into this row
    QString lastTime;      // the last folded call's time
    qint64 lastEpochMs = -1;

    bool failed() const { return status >= 400; }
    // The clock part of an ISO 8601 time (the date is the same for a whole HAR), else the time as given.
    QString clockTime() const;
    // "× 40 over 2 min" for a folded run, empty for a single call (translated).
    QString foldLabel() const;
    // "connectionType=NAMESERVERS, ..." (the names and values as read: not translated).
    QString factsText() const;
    QString fact(const QString &name) const;
    // A fact that lists several values (the nameservers) keeps them joined with kFactListSeparator.
    static constexpr QLatin1String kFactListSeparator{", "};
    QStringList factList(const QString &name) const { return fact(name).split(kFactListSeparator, Qt::SkipEmptyParts); }
    // How long a folded run lasted, from its first to its last call: -1 when the times are not known.
    qint64 spanMs() const { return epochMs >= 0 && lastEpochMs >= 0 ? lastEpochMs - epochMs : -1; }
};

// Every Wix call of an input in order, a repeated call (polling) folded into one row while it answers the same.
// Bounded: past kMaxRows rows only a count is kept.
class Timeline
{
public:
    static constexpr qsizetype kMaxRows = 5000;

    void add(TimelineCall call);
    const QList<TimelineCall> &calls() const { return m_calls; }
    QList<TimelineCall> &calls() { return m_calls; }
    int callCount() const { return m_callCount; }
    int droppedRows() const { return m_dropped; }
    bool isEmpty() const { return m_calls.isEmpty(); }

private:
    QList<TimelineCall> m_calls;
    int m_callCount = 0;
    int m_dropped = 0;
};

// "2 min", "40 s", "3 h": a duration for people, in the language of phrases (context, source text, %n), else the
// installed translation's.
QString spanLabel(qint64 ms, const std::function<QString(const char *, const char *, int)> &phrases = {});
