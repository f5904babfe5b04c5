// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "decodedtext.h"

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

// The escape at text[at], as its decoded character and its length; length 0 when there is none.
std::pair<QChar, int> escapeAt(QStringView text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c == u'%') {
        const int value = hexAt(text, at + 1, 2);
        return value >= 0 && value < 0x80 ? std::pair{QChar(value), 3} : std::pair{QChar(), 0};
    }
    if (c != u'\\' || at + 1 >= text.size())
        return {QChar(), 0};
    switch (text.at(at + 1).unicode()) {
    case u'u': {
        const int value = hexAt(text, at + 2, 4);
        return value >= 0 ? std::pair{QChar(value), 6} : std::pair{QChar(), 0};
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
        return {QChar(), 0};
    }
}

} // namespace

DecodedText::DecodedText(QStringView source) : m_text(source.toString())
{
    for (int level = 0; level < 3 && decodeOnce(); ++level) {
    }
}

bool DecodedText::decodeOnce()
{
    if (!m_text.contains(u'\\') && !m_text.contains(u'%'))
        return false;
    QString decoded;
    QList<qsizetype> origin;
    decoded.reserve(m_text.size());
    origin.reserve(m_text.size() + 1);
    bool changed = false;
    for (qsizetype i = 0; i < m_text.size();) {
        const auto [c, length] = escapeAt(m_text, i);
        origin.append(sourceAt(i));
        if (length == 0) {
            decoded.append(m_text.at(i++));
            continue;
        }
        decoded.append(c);
        i += length;
        changed = true;
    }
    if (!changed)
        return false;
    origin.append(sourceAt(m_text.size()));
    m_text = std::move(decoded);
    m_origin = std::move(origin);
    return true;
}
