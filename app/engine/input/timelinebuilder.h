// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "flowdefinition.h"
#include "timeline.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

struct HarCall;

// Reduces each Wix call of an input to a small timeline row while the input is read: a HAR entry as the HAR reader
// walks it (its bodies are looked at for the facts the flows ask for, then dropped), or a log line that carries a
// method, a path and a status. Which calls are Wix calls and which facts to keep come from the catalog's flows.
class TimelineBuilder
{
public:
    // What a reading needs to know of the flows, worked out once for a catalog and shared by every reading.
    struct Routes
    {
        explicit Routes(QList<FlowDefinition> flows);
        QList<FlowDefinition> flows;
        QStringList pathWords;  // lower case: the first literal segment of each flow's paths, each once
        bool everyLine = false; // a flow's path has no literal segment: every line may be a call
    };

    explicit TimelineBuilder(std::shared_ptr<const Routes> routes);
    ~TimelineBuilder();
    TimelineBuilder(const TimelineBuilder &) = delete;
    TimelineBuilder &operator=(const TimelineBuilder &) = delete;

    // One HAR entry, as JSON text with at least 64 readable bytes after it (simdjson's padding): returns its
    // response status, or nullopt when it is not an entry that can be read this way. The call stays pending until
    // commit(): a failure is read in full by the HAR reader first.
    std::optional<int> readHarEntry(const char *json, qsizetype size, qsizetype capacity, int entry);
    // Where the next entry read stands in the input: its first byte and its size there.
    void setSourceRange(qint64 offset, qint64 size)
    {
        m_sourceOffset = offset;
        m_sourceSize = size;
    }
    // Adds the pending call, with a failure's code when failure is given.
    void commit(const ParsedResponse *failure);
    // A log or text, line by line: each line with a method, a Wix path and a status is a call.
    void readLog(QStringView text);
    // The calls of a log's lines, without adding them: numbered from firstLine + 1. A long log's blocks are read
    // on several threads at once, and their calls added in the log's order.
    QList<TimelineCall> logCalls(QStringView text, qsizetype firstLine = 0) const;
    // Adds calls read by logCalls(), in order: repeats fold into the row before them.
    void add(QList<TimelineCall> calls);
    // Whether a log's line may be a call readLog() keeps: it names a URL, or a word of a flow's path. Cheap, for
    // scans that ask it of every line; lines that fail it are never read for calls.
    bool mayHoldCall(QStringView line) const;
    // Entries are named "entry 3 of 20": the count is known only at the end.
    void finish(int entries);

    Timeline take() { return std::move(m_timeline); }

    // The first step of any flow whose endpoint this is, or nullptr.
    const FlowStep *stepFor(const QString &method, const QString &path, QString *flowId) const;
    // Whether a call belongs on the timeline: a Wix host, or an endpoint that a flow names.
    bool isWixCall(QStringView url, const QString &method, const QString &path) const;

private:
    struct Walker;
    QByteArray body(const FlowStep &step, const HarCall &call, bool request) const;
    void keepFacts(const FlowStep &step, const QByteArray &request, const QByteArray &response,
                   TimelineCall *call) const;
    void keepFacts(const FlowStep &step, const QJsonObject &request, const QJsonObject &response,
                   TimelineCall *call) const;
    // A failure's line gives only what was asked for (requestOnly): its body is an error.
    void keepLineFacts(const FlowStep &step, QStringView rest, bool requestOnly, TimelineCall *call) const;

    std::shared_ptr<const Routes> m_routes;
    Timeline m_timeline;
    std::optional<TimelineCall> m_pending;
    QString m_lastPath;
    QString m_lastRedactedPath;
    // The last HAR call's method and URL, and what they are: a flow step's endpoint, a Wix call.
    QString m_lastMethod;
    QString m_lastUrl;
    const FlowStep *m_lastStep = nullptr;
    bool m_lastIsWix = false;
    std::unique_ptr<Walker> m_walker;
    qint64 m_sourceOffset = -1;
    qint64 m_sourceSize = 0;
};
