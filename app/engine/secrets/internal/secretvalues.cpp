// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "secretvalues.h"

#include "redactor.h"

#include <QByteArray>
#include <QString>

namespace SecretValues {
namespace {

using SecretRules::ValueEnd;

// How far a value that has no end on its line is looked for (a TOML string, an XML element, a cookies array).
constexpr qsizetype kReach = 64 * 1024;

bool isHorizontalSpace(char16_t c)
{
    return c == u' ' || c == u'\t';
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

bool endsWord(char16_t c)
{
    switch (c) {
    case u'&':
    case u';':
    case u',':
    case u'"':
    case u'\'':
    case u'`':
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'#':
        return true;
    default:
        return QChar::isSpace(c);
    }
}

} // namespace

bool isQuote(char16_t c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

bool isTokenChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' ||
           c == u'.' || c == u'~' || c == u'+' || c == u'/' || c == u'=';
}

bool looksGenerated(QStringView value)
{
    bool letter = false;
    bool other = false;
    for (const QChar c : value) {
        letter = letter || c.isLetter();
        other = other || c.isDigit() || c == u'+' || c == u'/' || c == u'=';
    }
    return letter && other;
}

bool isPlainLiteral(QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty() || value == u"null" || value == u"true" || value == u"false" || value == u"undefined")
        return true;
    if (value.size() >= 8) // a number this short only: reading a long value as one would cost much and say nothing
        return false;
    bool ok = false;
    (void)value.toDouble(&ok);
    return ok;
}

QString redactedBase64(QStringView encoded)
{
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1());
    if (!decoded)
        return {};
    const Redactor::Result redacted = Redactor::redact(QString::fromUtf8(*decoded));
    if (redacted.count == 0)
        return {};
    return QString::fromLatin1(redacted.text.toUtf8().toBase64());
}

Reader::Reader(QStringView text) : m_text(text)
{
    m_found.fill({-1, -1});
}

qsizetype Reader::next(Stop stop, qsizetype at)
{
    auto &[from, found] = m_found[size_t(stop)];
    if (from >= 0 && at >= from && at <= found)
        return found;
    qsizetype i = at;
    for (; i < m_text.size(); ++i) {
        const char16_t c = m_text.at(i).unicode();
        if (isLineBreak(c))
            break;
        bool stops = false;
        switch (stop) {
        case Stop::LineEnd:
            break;
        case Stop::LineValueInMember:
            stops = c == u',' || c == u'}' || c == u']';
            [[fallthrough]];
        case Stop::LineValue:
            stops = stops || isQuote(c);
            break;
        case Stop::Word:
            stops = endsWord(c);
            break;
        case Stop::DoubleQuote:
            stops = c == u'"';
            break;
        case Stop::SingleQuote:
            stops = c == u'\'';
            break;
        case Stop::BackQuote:
            stops = c == u'`';
            break;
        case Stop::Count:
            break;
        }
        if (stops)
            break;
    }
    from = at;
    found = i;
    return i;
}

qsizetype Reader::lineEnd(qsizetype at)
{
    return next(Stop::LineEnd, at);
}

qsizetype Reader::quotedEnd(qsizetype at, char16_t quote)
{
    return next(quote == u'\'' ? Stop::SingleQuote : quote == u'`' ? Stop::BackQuote : Stop::DoubleQuote, at);
}

Ranges Reader::valueRanges(ValueEnd end, qsizetype start, char16_t quote, bool nameQuoted, qsizetype statement)
{
    const auto upTo = [&](QStringView stop) {
        const qsizetype found = m_text.mid(start, kReach).indexOf(stop);
        return found < 0 ? lineEnd(start) : start + found;
    };
    qsizetype last = start;
    switch (end) {
    case ValueEnd::Quoted:
        return {{start, quotedEnd(start, quote)}};
    case ValueEnd::Line: {
        last = next(nameQuoted ? Stop::LineValueInMember : Stop::LineValue, start);
        while (last > start && QChar::isSpace(m_text.at(last - 1).unicode()))
            --last;
        if (last == start || m_text.at(start) == u'{' || m_text.at(start) == u'[')
            return {};
        qsizetype piece = last;
        while (piece > start && isTokenChar(m_text.at(piece - 1).unicode()))
            --piece;
        int dots = 0;
        if (last == lineEnd(start) && last - piece >= 40)
            last = qMax(last, wrappedTokenEnd(piece, &dots, 40));
        return {{start, last}};
    }
    case ValueEnd::Word:
        return {{start, next(Stop::Word, start)}};
    case ValueEnd::Tag:
        return {{start, upTo(u"<")}};
    case ValueEnd::Bracket:
        return {{start, qMin(upTo(u"]"), lineEnd(start))}};
    case ValueEnd::Paren:
        return {{start, qMin(upTo(u")"), lineEnd(start))}};
    case ValueEnd::TripleQuote:
        return {{start, upTo(u"\"\"\"")}};
    case ValueEnd::Block:
        return blockRanges(start, statement);
    case ValueEnd::Cookies:
        return cookieRanges(start, next(Stop::LineValue, start));
    case ValueEnd::CertPass: {
        last = next(Stop::Word, start);
        const qsizetype colon = m_text.mid(start, last - start).lastIndexOf(u':');
        return colon < 0 ? Ranges{} : Ranges{{start + colon + 1, last}};
    }
    case ValueEnd::Members:
        return memberRanges(start);
    }
    return {};
}

qsizetype Reader::lineStartOf(qsizetype at) const
{
    const qsizetype lineBreak = m_text.lastIndexOf(u'\n', at - 1);
    return lineBreak < 0 ? 0 : lineBreak + 1;
}

qsizetype Reader::indentOf(qsizetype lineStart) const
{
    qsizetype at = lineStart;
    while (at < m_text.size() && isHorizontalSpace(m_text.at(at).unicode()))
        ++at;
    return at - lineStart;
}

// A YAML block scalar: the rest of the name's line holds only its indicators (-, +, a digit); the value is the
// lines after it indented deeper than the name's line, blank lines included.
Ranges Reader::blockRanges(qsizetype start, qsizetype statement)
{
    const qsizetype end = lineEnd(start);
    for (qsizetype i = start; i < end; ++i) {
        const char16_t c = m_text.at(i).unicode();
        if (c != u'-' && c != u'+' && !(c >= u'0' && c <= u'9') && !QChar::isSpace(c))
            return {};
    }
    const qsizetype nameIndent = indentOf(lineStartOf(statement));
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype line = end + 1; line < m_text.size() && line - end < kReach;) {
        const qsizetype lineStop = lineEnd(line);
        const qsizetype indent = indentOf(line);
        const bool blank = line + indent >= lineStop || m_text.at(line + indent) == u'\r';
        if (!blank && indent <= nameIndent)
            break;
        if (!blank) {
            first = first < 0 ? line + indent : first;
            last = lineStop;
        }
        line = lineStop + 1;
    }
    return first < 0 ? Ranges{} : Ranges{{first, last}};
}

// Cookie: a=x; b=y and Set-Cookie: a=x; Path=/; HttpOnly: every value but the attributes'.
Ranges Reader::cookieRanges(qsizetype start, qsizetype end) const
{
    Ranges out;
    for (qsizetype at = start; at < end;) {
        qsizetype segmentEnd = m_text.mid(at, end - at).indexOf(u';');
        segmentEnd = segmentEnd < 0 ? end : at + segmentEnd;
        const QStringView segment = m_text.mid(at, segmentEnd - at);
        const qsizetype equals = segment.indexOf(u'=');
        const QString name = segment.left(equals < 0 ? segment.size() : equals).trimmed().toString().toLower();
        if (!SecretRules::isCookieAttribute(name.toStdU16String())) {
            qsizetype from = equals < 0 ? at : at + equals + 1;
            while (from < segmentEnd && isHorizontalSpace(m_text.at(from).unicode()))
                ++from;
            qsizetype to = segmentEnd;
            while (to > from && QChar::isSpace(m_text.at(to - 1).unicode()))
                --to;
            out.append({from, to});
        }
        at = segmentEnd + 1;
    }
    return out;
}

// Every "value" member's string up to the array's ']' (a HAR cookies array).
Ranges Reader::memberRanges(qsizetype start)
{
    Ranges out;
    const QStringView array = m_text.mid(start, kReach);
    const qsizetype close = array.indexOf(u']');
    const QStringView body = array.left(close < 0 ? array.size() : close);
    for (qsizetype at = body.indexOf(u"\"value\""); at >= 0; at = body.indexOf(u"\"value\"", at + 7)) {
        qsizetype i = at + 7;
        while (i < body.size() && QChar::isSpace(body.at(i).unicode()))
            ++i;
        if (i >= body.size() || body.at(i) != u':')
            continue;
        ++i;
        while (i < body.size() && QChar::isSpace(body.at(i).unicode()))
            ++i;
        if (i >= body.size() || body.at(i) != u'"')
            continue;
        out.append({start + i + 1, quotedEnd(start + i + 1, u'"')});
    }
    return out;
}

qsizetype Reader::wrappedTokenEnd(qsizetype at, int *dots, qsizetype minPiece)
{
    qsizetype lineStart = at;
    for (;;) {
        while (at < m_text.size() && isTokenChar(m_text.at(at).unicode()) && m_text.at(at) != u'=')
            *dots += m_text.at(at++) == u'.';
        while (at < m_text.size() && m_text.at(at) == u'=')
            ++at;
        qsizetype next = at;
        while (next < m_text.size() && (isHorizontalSpace(m_text.at(next).unicode()) || m_text.at(next) == u'\\'))
            ++next;
        if (next < m_text.size() && m_text.at(next) == u'\r')
            ++next;
        if (next >= m_text.size() || m_text.at(next) != u'\n' || at - lineStart < minPiece)
            return at;
        ++next;
        // Indentation, and the quote marks of a mail reply or of curl's header lines.
        while (next < m_text.size() &&
               (m_text.at(next).isSpace() || m_text.at(next) == u'>' || m_text.at(next) == u'|'))
            ++next;
        qsizetype pieceEnd = next;
        while (pieceEnd < m_text.size() && isTokenChar(m_text.at(pieceEnd).unicode()))
            ++pieceEnd;
        const bool wholeLine = pieceEnd > next && (pieceEnd == m_text.size() || m_text.at(pieceEnd).isSpace() ||
                                                   isQuote(m_text.at(pieceEnd).unicode()));
        if (!wholeLine || (minPiece < 40 && at - lineStart < 16 && *dots >= 2))
            return at;
        at = lineStart = next;
    }
}

qsizetype Reader::leadValueStart(qsizetype at) const
{
    const qsizetype size = m_text.size();
    const qsizetype from = at;
    while (at < size && (isHorizontalSpace(m_text.at(at).unicode()) || m_text.at(at) == u'+'))
        ++at;
    if (at == from)
        return -1;
    if (m_text.mid(at, 3).compare(u"is ", Qt::CaseInsensitive) == 0) {
        at += 3;
        while (at < size && isHorizontalSpace(m_text.at(at).unicode()))
            ++at;
    }
    if (at < size && isQuote(m_text.at(at).unicode()))
        ++at;
    return at;
}

qsizetype Reader::tokenEnd(qsizetype at) const
{
    qsizetype end = at;
    while (end < m_text.size() && isTokenChar(m_text.at(end).unicode()) && m_text.at(end) != u'=')
        ++end;
    while (end < m_text.size() && m_text.at(end) == u'=')
        ++end;
    if (end == m_text.size())
        return end;
    const char16_t c = m_text.at(end).unicode();
    return QChar::isSpace(c) || isQuote(c) || c == u',' || c == u';' || c == u')' || c == u']' || c == u'}' ||
                   c == u'>' || c == u'&'
               ? end
               : at;
}

qsizetype Reader::pemBodyEnd(qsizetype at) const
{
    for (; at < m_text.size(); ++at) {
        const char16_t c = m_text.at(at).unicode();
        if (c == u'-' && m_text.mid(at, 5) == u"-----")
            return at;
        if (!isTokenChar(c) && !QChar::isSpace(c) && c != u':' && c != u',')
            return at;
    }
    return at;
}

} // namespace SecretValues
