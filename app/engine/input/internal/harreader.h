// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: the HAR reader behind InputReader.

#include "harsplitter.h"
#include "parsedresponse.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>

class TimelineBuilder;

// Reads the failed responses of a HAR export fed in chunks, in one pass and without building the document:
// HarSplitter cuts out each entry, a simdjson On-Demand walk reads only its response.status, and only the failed
// entries (a small part of a HAR) are redacted and read with Qt's JSON classes. Memory stays at one chunk plus the
// largest entry, whatever the size of the file.
class HarReader
{
public:
    // Whether bytes that begin a document may be a HAR: a JSON object that names "log" early on.
    static bool mayBeHar(QByteArrayView head);

    // timeline, when given, is handed every entry as it is read (and told the entries' count at the end).
    explicit HarReader(const std::atomic_bool *cancel = nullptr, TimelineBuilder *timeline = nullptr);
    ~HarReader();
    HarReader(const HarReader &) = delete;
    HarReader &operator=(const HarReader &) = delete;

    // padding: readable bytes after data + size, which spares a copy of entries near the end.
    void feed(const char *data, qsizetype size, qsizetype padding = 0);
    void finish();

    bool isHar() const; // log.entries was reached
    bool isNotHar() const;
    QList<ParsedResponse> responses() const { return m_responses; }
    QStringList problems() const { return m_problems; }
    int redactions() const { return m_redactions; } // secrets removed from the failed entries that were read

private:
    struct Problem
    {
        enum Kind { NoResponse, StatusNotNumber, BodyNotString, InvalidJson, InvalidText, StringCut } kind;
        int entry;
        QString detail;
    };

    void readEntry(QByteArrayView bytes, qsizetype padding);
    void readFailedEntry(QByteArrayView bytes);
    void readCutEntry(QByteArrayView bytes);
    void addProblem(Problem::Kind kind, QString detail = {});
    QString where(int entry) const;
    QString problemText(const Problem &p) const; // in plain words, naming the entry

    struct Parser; // simdjson, kept out of this header
    std::unique_ptr<Parser> m_parser;
    HarSplitter m_splitter;
    const std::atomic_bool *m_cancel;
    TimelineBuilder *m_timeline;
    int m_entries = 0;
    QList<ParsedResponse> m_responses;
    QList<int> m_responseEntries;
    QList<Problem> m_pending;
    int m_problemCount = 0;
    QStringList m_problems;
    int m_redactions = 0;
};
