// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "decodedtext.h"

#include <string_view>
#include <utility>

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if ((u | 0x20) >= u'a' && (u | 0x20) <= u'f')
        return (u | 0x20) - u'a' + 10;
    return -1;
}

int hexAt(QStringView text, qsizetype at, int digits)
{
    if (at + digits > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const int digit = hexValue(text.at(at + i));
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

struct Escape
{
    QChar decoded;  // null: the escape stands for nothing (a soft line break, quote marks)
    int length = 0; // 0: no escape here
};

int entityValue(QStringView entity)
{
    static constexpr std::pair<std::u16string_view, char16_t> kNamed[] = {
        {u"quot", u'"'}, {u"apos", u'\''}, {u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"nbsp", u' '}};
    for (const auto &[name, value] : kNamed) {
        if (entity == QStringView(name))
            return value;
    }
    bool ok = false;
    const int value = entity.startsWith(u"#x") || entity.startsWith(u"#X") ? entity.mid(2).toInt(&ok, 16)
                      : entity.startsWith(u'#')                            ? entity.mid(1).toInt(&ok, 10)
                                                                           : -1;
    return ok && value > 0 && value < 0xD800 ? value : -1;
}

// HTML and XML entities: &quot; &#34; &#x22; ...
Escape entityAt(QStringView text, qsizetype at)
{
    const qsizetype semicolon = text.mid(at, 10).indexOf(u';');
    const int value = semicolon > 1 ? entityValue(text.mid(at + 1, semicolon - 1)) : -1;
    return value >= 0 ? Escape{QChar(value), int(semicolon) + 1} : Escape{};
}

int quoteMarksAfter(QStringView text, qsizetype at);

// A soft line break ends a full line: encoders wrap lines at 76 characters, and a short line that ends in '='
// (a base64 value, "key=") is not one.
bool endsFullLine(QStringView text, qsizetype at)
{
    constexpr qsizetype kShortestWrapped = 60;
    const qsizetype lineStart = text.left(at).lastIndexOf(u'\n') + 1;
    return at - lineStart >= kShortestWrapped;
}

// Quoted-printable: a soft line break (= at a line's end) stands for nothing, and so do the quote marks of a mail
// reply that start the next line; =3D stands for '='.
Escape quotedPrintableAt(QStringView text, qsizetype at)
{
    if ((text.mid(at + 1, 2) == u"\r\n" || text.mid(at + 1, 1) == u"\n") && !endsFullLine(text, at))
        return {};
    if (text.mid(at + 1, 2) == u"\r\n")
        return {QChar(), 3 + quoteMarksAfter(text, at + 3)};
    if (at + 1 < text.size() && text.at(at + 1) == u'\n')
        return {QChar(), 2 + quoteMarksAfter(text, at + 2)};
    const QStringView hex = text.mid(at + 1, 2);
    if (hex.size() < 2 || hex.at(0).isLower() || hex.at(1).isLower())
        return {};
    const int value = hexAt(text, at + 1, 2);
    return value >= 0 ? Escape{QChar(value), 3} : Escape{};
}

// The quote marks of a mail reply at a line's start ("> ", "> > ", ">>").
int quoteMarksAfter(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && text.at(end) == u'>') {
        ++end;
        if (end < text.size() && text.at(end) == u' ')
            ++end;
    }
    return int(end - at);
}

// The escape at text[at], as its decoded character and its length; length 0 when there is none.
Escape escapeAt(QStringView text, qsizetype at, bool quotedPrintable)
{
    const QChar c = text.at(at);
    if (c == u'&')
        return entityAt(text, at);
    if (c == u'=')
        return quotedPrintable ? quotedPrintableAt(text, at) : Escape{};
    if (c == u'%') {
        const int value = hexAt(text, at + 1, 2);
        return value >= 0 && value < 0x80 ? Escape{QChar(value), 3} : Escape{};
    }
    if (c != u'\\' || at + 1 >= text.size())
        return {};
    switch (text.at(at + 1).unicode()) {
    case u'u': {
        const int value = hexAt(text, at + 2, 4);
        return value >= 0 ? Escape{QChar(value), 6} : Escape{};
    }
    case u'n':
        return {QChar(u'\n'), 2};
    case u'r':
        return {QChar(u'\r'), 2};
    case u't':
        return {QChar(u'\t'), 2};
    case u'"':
    case u'\\':
    case u'/':
    case u'\'':
        return {text.at(at + 1), 2};
    default:
        return {};
    }
}

// Quoted-printable is decoded only in text that shows it: a soft line break or an encoded '='.
bool showsQuotedPrintable(QStringView text)
{
    for (qsizetype at = text.indexOf(u'='); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'=', at + 1)) {
        const QChar next = text.at(at + 1);
        if (next == u'\n' || (next == u'\r' && at + 2 < text.size() && text.at(at + 2) == u'\n') ||
            (next == u'3' && at + 2 < text.size() && text.at(at + 2) == u'D'))
            return true;
    }
    return false;
}

} // namespace

DecodedText::DecodedText(QStringView source) : m_text(source.toString())
{
    for (int level = 0; level < 3 && decodeOnce(); ++level) {
    }
}

bool DecodedText::decodeOnce()
{
    const bool quotedPrintable = showsQuotedPrintable(m_text);
    // Most text holds no escape at all: nothing is copied until the first one.
    qsizetype first = m_text.size();
    for (const QChar c : {u'\\', u'%', u'&', u'='}) {
        const qsizetype at = QStringView(m_text).left(first).indexOf(c);
        first = at >= 0 ? at : first;
    }
    const auto *data = reinterpret_cast<const char16_t *>(m_text.utf16());
    Escape escape;
    for (; first < m_text.size(); ++first) {
        const char16_t u = data[first];
        if (u != u'\\' && u != u'%' && u != u'&' && u != u'=')
            continue;
        escape = escapeAt(m_text, first, quotedPrintable);
        if (escape.length > 0)
            break;
    }
    if (first == m_text.size())
        return false;
    QString decoded;
    QList<qsizetype> origin;
    decoded.reserve(m_text.size());
    origin.reserve(m_text.size() + 1);
    decoded.append(QStringView(m_text).left(first));
    for (qsizetype i = 0; i < first; ++i)
        origin.append(sourceAt(i));
    for (qsizetype i = first; i < m_text.size();) {
        if (i != first)
            escape = escapeAt(m_text, i, quotedPrintable);
        if (escape.length == 0) {
            origin.append(sourceAt(i));
            decoded.append(m_text.at(i++));
            continue;
        }
        if (!escape.decoded.isNull()) {
            origin.append(sourceAt(i));
            decoded.append(escape.decoded);
        }
        i += escape.length;
    }
    origin.append(sourceAt(m_text.size()));
    m_text = std::move(decoded);
    m_origin = std::move(origin);
    return true;
}
