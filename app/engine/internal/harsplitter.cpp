// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "harsplitter.h"

namespace {

// Depths, counted as open brackets: the document is 1, log 2, log.entries 3, an entry 4.
constexpr int kLogDepth = 2;
constexpr int kEntriesDepth = 3;
constexpr qsizetype kMaxKeyLength = 16;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

HarSplitter::HarSplitter(EntrySink onEntry, OddSink onOdd) : m_onEntry(std::move(onEntry)), m_onOdd(std::move(onOdd)) {}

void HarSplitter::feed(const char *data, qsizetype size, qsizetype padding)
{
    const char *p = data;
    const char *const end = data + size;
    if (m_inEntry)
        m_entryStart = data; // the entry began in an earlier chunk
    while (p < end && m_state != State::NotHar && !(m_state == State::Done && m_depth == 0)) {
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
                ++p;
                continue;
            }
            if (m_depth > kLogDepth) {
                // Most of a HAR is strings inside entries: skip them as fast as a byte loop can.
                while (p < end && *p != '"' && *p != '\\')
                    ++p;
                if (p == end)
                    break;
            }
            const char c = *p++;
            if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            else if (m_string.size() <= kMaxKeyLength)
                m_string.append(c);
            continue;
        }
        const char c = *p;
        if (isSpace(c)) {
            ++p;
            continue;
        }
        if (m_state == State::InEntries && m_depth == kEntriesDepth && m_expectEntry && c != ']') {
            m_expectEntry = false;
            if (c == '{') {
                m_inEntry = true;
                m_entryStart = p;
            } else {
                m_onOdd();
            }
        }
        switch (c) {
        case '"':
            m_inString = true;
            m_string.clear();
            break;
        case ':':
            if (m_depth <= kLogDepth)
                m_key[m_depth] = m_string;
            break;
        case ',':
            if (m_state == State::InEntries && m_depth == kEntriesDepth)
                m_expectEntry = true;
            break;
        case '{':
        case '[':
            open(c);
            break;
        case '}':
        case ']':
            close(p, end, padding);
            break;
        default:
            if (m_depth == 0)
                m_state = State::NotHar;
            break;
        }
        ++p;
    }
    if (m_inEntry) {
        // The entry goes on in the next chunk: keep what this one holds of it.
        m_entry.append(m_entryStart, end - m_entryStart);
        m_entryStart = nullptr;
    }
}

void HarSplitter::open(char bracket)
{
    if (m_depth == 0 && bracket != '{') {
        m_state = State::NotHar;
        return;
    }
    if (m_depth == 1 && bracket == '{' && m_key[1] == "log")
        m_inLog = true;
    if (m_depth == kLogDepth && m_inLog && bracket == '[' && m_key[kLogDepth] == "entries" &&
        m_state == State::Searching) {
        m_state = State::InEntries;
        m_expectEntry = true;
    }
    ++m_depth;
}

void HarSplitter::close(const char *at, const char *chunkEnd, qsizetype padding)
{
    --m_depth;
    if (m_depth < 0) {
        m_state = State::NotHar;
        return;
    }
    if (m_inEntry && m_depth == kEntriesDepth) {
        if (m_entry.isEmpty()) {
            m_onEntry(QByteArrayView(m_entryStart, at + 1 - m_entryStart), chunkEnd - (at + 1) + padding);
        } else {
            m_entry.append(m_entryStart, at + 1 - m_entryStart);
            m_onEntry(m_entry, m_entry.capacity() - m_entry.size());
            m_entry.clear();
        }
        m_inEntry = false;
        m_entryStart = nullptr;
    }
    if (m_state == State::InEntries && m_depth == kLogDepth)
        m_state = State::Done;
    if (m_depth == 1)
        m_inLog = false;
    if (m_depth == 0 && m_state == State::Searching)
        m_state = State::NotHar;
}

void HarSplitter::finish()
{
    if (m_state == State::Searching && m_depth == 0)
        m_state = State::NotHar;
}
