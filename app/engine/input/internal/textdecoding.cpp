// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "textdecoding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <climits>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace TextDecoding {
namespace {

constexpr QByteArrayView kUtf8Bom("\xEF\xBB\xBF");
constexpr QByteArrayView kUtf16LeBom("\xFF\xFE");
constexpr QByteArrayView kUtf16BeBom("\xFE\xFF");

bool hasByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith(kUtf8Bom) || bytes.startsWith(kUtf16LeBom) || bytes.startsWith(kUtf16BeBom);
}

} // namespace

QString decode(const QByteArray &bytes, QStringList *problems)
{
    QString text;
    if (bytes.startsWith(kUtf16LeBom)) {
        text = QStringDecoder(QStringDecoder::Utf16LE).decode(bytes.mid(kUtf16LeBom.size()));
    } else if (bytes.startsWith(kUtf16BeBom)) {
        text = QStringDecoder(QStringDecoder::Utf16BE).decode(bytes.mid(kUtf16BeBom.size()));
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes.startsWith(kUtf8Bom) ? bytes.mid(kUtf8Bom.size()) : bytes);
        if (utf8.hasError())
            problems->append(invalidUtf8Problem());
    }
    if (const qsizetype nuls = replaceNuls(&text); nuls > 0)
        problems->append(nulProblem(nuls));
    return text;
}

QString invalidUtf8Problem()
{
    return QCoreApplication::translate("InputReader", "The input is not valid UTF-8: bytes that could not be read "
                                                      "were replaced with \u00ab\uFFFD\u00bb.");
}

QString nulProblem(qsizetype nuls)
{
    const int count = nuls > INT_MAX ? INT_MAX : int(nuls);
    return QCoreApplication::translate("InputReader", "%n NUL byte(s) in the input were read as spaces.", nullptr,
                                       count);
}

qsizetype replaceNuls(QString *text)
{
    const qsizetype nuls = text->contains(QChar(QChar::Null)) ? text->count(QChar(QChar::Null)) : 0; // vectorised
    if (nuls > 0)
        text->replace(QChar(QChar::Null), QChar(u' '));
    return nuls;
}

namespace {

// How many bytes the UTF-8 sequence at bytes[at] takes, 0 when it is none, or the bytes left when it is cut short.
qsizetype utf8SequenceLength(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&bytes](qsizetype i) { return uchar(bytes.at(i)); };
    const uchar lead = byte(at);
    const qsizetype length = lead < 0x80                    ? 1
                             : lead >= 0xC2 && lead <= 0xDF ? 2
                             : lead >= 0xE0 && lead <= 0xEF ? 3
                             : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                            : 0;
    for (qsizetype i = 1; i < length; ++i) {
        if (at + i >= bytes.size())
            return bytes.size() - at;
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// The control characters below 0x20 that text holds: tab, the line breaks, form feed and escape (ANSI colours).
constexpr quint32 kTextControls =
    (1u << '\t') | (1u << '\n') | (1u << '\v') | (1u << '\f') | (1u << '\r') | (1u << 0x1b);

bool isControl(uchar byte)
{
    return (byte < 0x20 && !(kTextControls >> byte & 1u)) || byte == 0x7F;
}

bool isPlain(uchar byte)
{
    return (byte >= 0x20 && byte < 0x7F) || byte == '\n' || byte == '\r' || byte == '\t';
}

// The first byte from at on that is not printable ASCII, a tab or a line break (most of any text): sixteen bytes
// a step where SSE2 is there (every x86-64), else a byte loop.
qsizetype plainEnd(QByteArrayView bytes, qsizetype at)
{
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i del = _mm_set1_epi8(0x7F);
    const __m128i lineFeed = _mm_set1_epi8('\n');
    const __m128i carriageReturn = _mm_set1_epi8('\r');
    const __m128i tab = _mm_set1_epi8('\t');
    for (; bytes.size() - at >= 16; at += 16) {
        __m128i b;
        std::memcpy(&b, bytes.data() + at, sizeof b);
        // Signed: below 0x20, and every byte from 0x80 on.
        const __m128i low = _mm_cmplt_epi8(b, space);
        const __m128i breaks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, lineFeed), _mm_cmpeq_epi8(b, tab)),
                                            _mm_cmpeq_epi8(b, carriageReturn));
        const int odd = _mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(breaks, low), _mm_cmpeq_epi8(b, del)));
        if (odd != 0)
            return at + __builtin_ctz(unsigned(odd));
    }
#endif
    while (at < bytes.size() && isPlain(uchar(bytes.at(at))))
        ++at;
    return at;
}

} // namespace

bool isBinary(QByteArrayView head)
{
    head = head.first(qMin(head.size(), kSniffSize));
    if (head.startsWith(kUtf8Bom) || head.startsWith(kUtf16LeBom) || head.startsWith(kUtf16BeBom))
        return false;
    qsizetype suspect = 0;
    for (qsizetype at = plainEnd(head, 0); at < head.size(); at = plainEnd(head, at)) {
        const qsizetype length = utf8SequenceLength(head, at);
        if (length == 0 || (length == 1 && isControl(uchar(head.at(at)))))
            ++suspect;
        at += qMax<qsizetype>(1, length);
    }
    return suspect * 10 > head.size();
}

QString binaryProblem(QByteArrayView head, qint64 size)
{
    constexpr qsizetype kShownBytes = 8;
    QString hex = QString::fromLatin1(head.first(qMin(head.size(), kShownBytes)).toByteArray().toHex(' ').toUpper());
    if (head.size() > kShownBytes)
        hex += QStringLiteral(" \u2026");
    return QCoreApplication::translate("InputReader",
                                       "This is not text but binary data (%1, starting %2): nothing in it was read.")
        .arg(QLocale().formattedDataSize(size), hex);
}

QString emptyProblem(qint64 size)
{
    if (size == 0)
        return QCoreApplication::translate("InputReader", "The input is empty: there is nothing to diagnose.");
    return QCoreApplication::translate("InputReader", "The input holds only white space (%1): there is nothing to "
                                                      "diagnose.")
        .arg(QLocale().formattedDataSize(size));
}

bool isOwnUtf8(const QByteArray &bytes, const QStringList &problems)
{
    return problems.isEmpty() && !hasByteOrderMark(bytes);
}

} // namespace TextDecoding
