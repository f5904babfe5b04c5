// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "decodedtext.h"

#include <algorithm>
#include <array>
#include <iterator>
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

// The next '=' from a position on that shows quoted-printable: a soft line break or an encoded '='; -1 if none.
qsizetype nextQuotedPrintableMark(QStringView text, qsizetype from)
{
    for (qsizetype at = text.indexOf(u'=', from); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'=', at + 1)) {
        const QChar next = text.at(at + 1);
        if (next == u'\n' || (next == u'\r' && at + 2 < text.size() && text.at(at + 2) == u'\n') ||
            (next == u'3' && at + 2 < text.size() && text.at(at + 2) == u'D'))
            return at;
    }
    return -1;
}

} // namespace

DecodedText::DecodedText(QStringView source, QuotedPrintable quotedPrintable)
    : m_text(source.toString()), m_quotedPrintable(quotedPrintable)
{
    for (int level = 0; level < 3 && decodeOnce(); ++level) {
    }
}

qsizetype DecodedText::sourceAt(qsizetype at) const
{
    for (auto level = m_levels.crbegin(); level != m_levels.crend(); ++level)
        at = mapped(*level, at);
    return at;
}

qsizetype DecodedText::mapped(const Runs &runs, qsizetype at)
{
    // The last run that starts at or before the position.
    const auto after = std::upper_bound(runs.cbegin(), runs.cend(), at,
                                        [](qsizetype position, const Run &run) { return position < run.decoded; });
    if (after == runs.cbegin())
        return at;
    const Run &run = *(after - 1);
    return run.source + (at - run.decoded);
}

bool DecodedText::decodeOnce()
{
    // Quoted-printable is decoded only in text that shows it.
    const qsizetype marksBefore = m_quotedPrintableMarks.size();
    for (qsizetype at = nextQuotedPrintableMark(m_text, 0); at >= 0 && m_quotedPrintable == QuotedPrintable::WhereShown;
         at = nextQuotedPrintableMark(m_text, at + 1))
        m_quotedPrintableMarks.append(sourceAt(at));
    const bool quotedPrintable = m_quotedPrintableMarks.size() > marksBefore;
    const QStringView text(m_text);
    // The next escape from a position on, and its length (0: none up to the end). Each character that may start
    // one is looked for by a vectorised search, again only once the scan has passed where it was last seen: most
    // text holds no escape at all and is never copied.
    static constexpr char16_t kStarts[] = {u'\\', u'%', u'&', u'='};
    std::array<qsizetype, std::size(kStarts)> seen;
    seen.fill(-1);
    const auto nextStart = [&](qsizetype from) {
        qsizetype nearest = text.size();
        for (size_t k = 0; k < seen.size(); ++k) {
            if (seen[k] < from && seen[k] != text.size()) {
                const qsizetype at = text.indexOf(QChar(kStarts[k]), from);
                seen[k] = at < 0 ? text.size() : at;
            }
            nearest = qMin(nearest, seen[k]);
        }
        return nearest;
    };
    const auto nextEscape = [&](qsizetype from, Escape *escape) {
        for (from = nextStart(from); from < text.size(); from = nextStart(from + 1)) {
            *escape = escapeAt(text, from, quotedPrintable);
            if (escape->length > 0)
                return from;
        }
        *escape = Escape{};
        return text.size();
    };
    Escape escape;
    qsizetype at = nextEscape(0, &escape);
    if (at == text.size())
        return false;
    QString decoded;
    decoded.reserve(text.size());
    decoded.append(text.left(at));
    Runs runs;
    while (at < text.size()) {
        if (!escape.decoded.isNull()) { // the decoded character stands where its escape started
            runs.append({decoded.size(), at});
            decoded.append(escape.decoded);
        }
        const qsizetype copyFrom = at + escape.length;
        runs.append({decoded.size(), copyFrom});
        at = nextEscape(copyFrom, &escape);
        decoded.append(text.sliced(copyFrom, at - copyFrom));
    }
    m_text = std::move(decoded);
    m_levels.append(std::move(runs));
    return true;
}
