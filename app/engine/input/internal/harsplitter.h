// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: cuts a HAR document into its log.entries, chunk by chunk, without building it.

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

// Walks the bytes of a JSON document in one pass and hands over the bytes of each element of log.entries as
// soon as it is complete. Only the brackets, strings and the keys of the first two levels are looked at; each
// entry is parsed by whoever receives it. Memory is one chunk plus the entry that spans two chunks.
class HarSplitter
{
public:
    enum class State {
        Searching, // log.entries not reached yet
        InEntries, // inside the entries array
        Done,      // the entries array was closed
        NotHar,    // the document has no log.entries array, or is not a JSON object
    };

    // bytes: the entry's text; padding: how many readable bytes follow it (for parsers that read past the end).
    using EntrySink = std::function<void(QByteArrayView bytes, qsizetype padding)>;
    // Called for an element of log.entries that is not an object.
    using OddSink = std::function<void()>;

    // A string inside an entry longer than this (a response body, say) is kept up to here and the rest skipped:
    // an entry stays small whatever one of its strings holds. The entry handed over is still valid JSON.
    static constexpr qsizetype kMaxStringBytes = 4 * 1024 * 1024;

    HarSplitter(EntrySink onEntry, OddSink onOdd);

    // padding: readable bytes after data + size (for example a QByteArray's spare capacity).
    void feed(const char *data, qsizetype size, qsizetype padding = 0);
    // No more input. An unfinished document leaves the state at Searching or InEntries.
    void finish();

    State state() const { return m_state; }
    // Whether the document was closed: a HAR cut after its entries is Done but not closed.
    bool closed() const { return m_state == State::Done && m_depth == 0; }
    // After finish(), when the input stopped inside an entry: the bytes of that partial entry.
    const QByteArray &unfinishedEntry() const { return m_entry; }
    // How many strings of the entry last handed over (or the unfinished one) were cut at kMaxStringBytes.
    int cutStrings() const { return m_cutStrings; }
    // Where the entry last handed over stands in the bytes fed: its first byte and its size there (more than the
    // bytes handed over when strings were cut), to read it again later.
    qint64 entryOffset() const { return m_entryOffset; }
    qint64 entrySourceSize() const { return m_entryEnd - m_entryOffset; }

private:
    // Inside a string: reads on from p, to its end or the chunk's; returns where reading stopped.
    const char *readString(const char *p, const char *end);
    // At a byte outside strings, where the entries array expects its next element: notes where it starts.
    void noteEntryStart(const char *at);
    // The string being read is too long: keeps the entry up to a safe place before at, and skips the rest.
    void startSkipping(const char *at);
    // A byte outside strings that is not a blank: a quote, ':', ',', a bracket, or (at the top) anything else.
    void readStructure(const char *at, const char *chunkEnd, qsizetype padding);
    void open(char bracket);
    void close(const char *at, const char *chunkEnd, qsizetype padding);

    EntrySink m_onEntry;
    OddSink m_onOdd;
    State m_state = State::Searching;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_inLog = false;
    bool m_expectEntry = false; // after '[' or ',' in the entries array
    bool m_inEntry = false;
    bool m_skipping = false;      // inside a string cut at kMaxStringBytes: its rest is not kept
    qsizetype m_stringLength = 0; // bytes of the string being read, as far as they matter
    int m_cutStrings = 0;
    // Keys of the first two levels, as far as they matter: short and without escapes.
    QByteArray m_string;
    QByteArray m_key[3];
    // The entry being read: where it starts in the current chunk, and what earlier chunks held of it.
    const char *m_entryStart = nullptr;
    QByteArray m_entry;
    const char *m_chunk = nullptr; // the chunk being read, m_fed bytes into the input
    qint64 m_fed = 0;
    qint64 m_entryOffset = 0;
    qint64 m_entryEnd = 0;
};
