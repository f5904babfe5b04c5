// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "harsplitter.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

// Depths, counted as open brackets: the document is 1, log 2, log.entries 3, an entry 4.
constexpr int kLogDepth = 2;
constexpr int kEntriesDepth = 3;
constexpr qsizetype kMaxKeyLength = 16;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The first '"' or '\\' from p on, or end: sixteen bytes a step where SSE2 is there (every x86-64), else a byte loop.
const char *findQuoteOrBackslash(const char *p, const char *end)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; end - p >= 16; p += 16) {
        __m128i bytes;
        std::memcpy(&bytes, p, sizeof bytes);
        const int found =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (found != 0)
            return p + __builtin_ctz(unsigned(found));
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

} // namespace

HarSplitter::HarSplitter(EntrySink onEntry, OddSink onOdd) : m_onEntry(std::move(onEntry)), m_onOdd(std::move(onOdd)) {}

void HarSplitter::feed(const char *data, qsizetype size, qsizetype padding)
{
    const char *p = data;
    const char *const end = data + size;
    m_chunk = data;
    if (m_inEntry && !m_skipping)
        m_entryStart = data; // the entry began in an earlier chunk
    while (p < end && m_state != State::NotHar && !(m_state == State::Done && m_depth == 0)) {
        if (m_inString) {
            p = readString(p, end);
            continue;
        }
        if (!isSpace(*p)) {
            noteEntryStart(p);
            readStructure(p, end, padding);
        }
        ++p;
    }
    if (m_inEntry && m_entryStart) {
        // The entry goes on in the next chunk: keep what this one holds of it.
        m_entry.append(m_entryStart, end - m_entryStart);
        m_entryStart = nullptr;
    }
    m_fed += size;
}

const char *HarSplitter::readString(const char *p, const char *end)
{
    ++m_stringLength; // the byte read below, or the one an escape stands for
    if (m_escape) {
        m_escape = false;
        return p + 1;
    }
    if (m_depth > kLogDepth) {
        // Most of a HAR is strings inside entries: skip them sixteen bytes at a time.
        const char *const from = p;
        p = findQuoteOrBackslash(p, end);
        m_stringLength += p - from;
        if (m_inEntry && !m_skipping && m_stringLength > kMaxStringBytes) // cut where the cap was reached
            startSkipping(qMax(from, p - (m_stringLength - kMaxStringBytes)));
        if (p == end)
            return p;
    }
    const char c = *p++;
    if (c == '\\') {
        m_escape = true;
    } else if (c == '"') {
        m_inString = false;
        if (m_skipping) { // the entry goes on from the string's closing quote
            m_skipping = false;
            m_entryStart = p - 1;
        }
    } else if (m_string.size() <= kMaxKeyLength)
        m_string.append(c);
    return p;
}

void HarSplitter::startSkipping(const char *at)
{
    // Not inside an escape ("\u00e9" included) nor a UTF-8 sequence: back to the start of either. Too close to
    // the chunk's start to look back: the next stretch of the string will do.
    const char *cut = at;
    if (!m_entryStart || cut - m_entryStart < 16)
        return;
    const auto byteAt = [](const char *b) { return static_cast<unsigned char>(*b); };
    while (cut > at - 3 && (byteAt(cut - 1) & 0xC0) == 0x80)
        --cut;
    if (byteAt(cut - 1) >= 0xC0)
        --cut;
    for (const char *back = cut - 1; back >= at - 9; --back) {
        if (*back == '\\') {
            cut = back;
            while (cut[-1] == '\\' && cut > at - 12)
                --cut;
            break;
        }
    }
    m_entry.append(m_entryStart, cut - m_entryStart);
    m_entryStart = nullptr;
    m_skipping = true;
    ++m_cutStrings;
}

void HarSplitter::noteEntryStart(const char *at)
{
    if (m_state != State::InEntries || m_depth != kEntriesDepth || !m_expectEntry || *at == ']')
        return;
    m_expectEntry = false;
    if (*at == '{') {
        m_inEntry = true;
        m_entryStart = at;
        m_entryOffset = m_fed + (at - m_chunk);
        m_cutStrings = 0;
    } else {
        m_onOdd();
    }
}

void HarSplitter::readStructure(const char *at, const char *chunkEnd, qsizetype padding)
{
    switch (*at) {
    case '"':
        m_inString = true;
        m_string.clear();
        m_stringLength = 0;
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
        open(*at);
        break;
    case '}':
    case ']':
        close(at, chunkEnd, padding);
        break;
    default:
        if (m_depth == 0)
            m_state = State::NotHar;
        break;
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
        m_entryEnd = m_fed + (at + 1 - m_chunk);
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
