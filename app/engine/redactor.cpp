// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "redactor.h"

#include "normalizedtext.h"

#include <QRegularExpression>

#include <array>

namespace Redactor {
namespace {

// Replaces the capture group named "secret" of every match; returns how many were replaced.
int replaceSecrets(QString *text, const QRegularExpression &re)
{
    if (!re.isValid())
        return 0;
    QString out;
    qsizetype last = 0;
    int count = 0;
    auto it = re.globalMatch(*text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(u"secret");
        const qsizetype end = m.capturedEnd(u"secret");
        if (start < 0 || end <= start)
            continue;
        if (QStringView(*text).mid(start, end - start) == kPlaceholder)
            continue;
        if (out.isEmpty())
            out.reserve(text->size());
        out.append(QStringView(*text).mid(last, start - last));
        out.append(kPlaceholder);
        last = end;
        ++count;
    }
    if (count > 0) {
        out.append(QStringView(*text).mid(last));
        *text = out;
    }
    return count;
}

// Whether text[at] begins one of the words a secret comes with (any case): authoriz, cookie, api key (api-key,
// api_key, apikey), token, secret, bearer, eyJ (the start of a JWT). A hand-written scan: the same test as one
// case-insensitive alternation, several times faster over a big log, where most characters start none of them.
qsizetype triggerLength(QStringView text, qsizetype at)
{
    const auto is = [&](std::u16string_view word) { return NormalizedText::hasAsciiWordAt(text, at, word); };
    if (at + 2 >= text.size())
        return 0;
    // One table look-up rules out most characters: only a, b, c, e, s and t (any case) start a trigger.
    static constexpr auto starts = [] {
        std::array<bool, 128> table{};
        for (char c : {'a', 'b', 'c', 'e', 's', 't'})
            table[size_t(c)] = table[size_t(c - 'a' + 'A')] = true;
        return table;
    }();
    const char16_t first = text.at(at).unicode();
    if (first >= 128 || !starts[first])
        return 0;
    // Most letters start no trigger; of those that do, most are not followed by the trigger's second letter.
    const char16_t second = text.at(at + 1).unicode() | 0x20;
    if (second != u'u' && second != u'p' && second != u'o' && second != u'e' && second != u'y')
        return 0;
    switch (text.at(at).unicode() | 0x20) {
    case u'a':
        if (is(u"authoriz"))
            return 8;
        if (is(u"api")) {
            const qsizetype sep = at + 3 < text.size() && (text.at(at + 3) == u'-' || text.at(at + 3) == u'_');
            if (NormalizedText::hasAsciiWordAt(text, at + 3 + sep, u"key"))
                return 6 + sep;
        }
        return 0;
    case u'c':
        return is(u"cookie") ? 6 : 0;
    case u't':
        return is(u"token") ? 5 : 0;
    case u's':
        return is(u"secret") ? 6 : 0;
    case u'b':
        return is(u"bearer") ? 6 : 0;
    case u'e':
        return is(u"eyj") ? 3 : 0;
    default:
        return 0;
    }
}

} // namespace

Result redact(const QString &text)
{
    using O = QRegularExpression;
    constexpr auto ci = O::CaseInsensitiveOption;
    static const QString names = QStringLiteral("(?:proxy-)?authorization|cookie|set-cookie|x-api-key|api[-_]?key|"
                                                "access[-_]?token|refresh[-_]?token|client[-_]?secret");
    static const QList<QRegularExpression> patterns = {
        // HAR headers: {"name": "Authorization", "value": "..."} in either order.
        O(QStringLiteral(R"re("name"\s*:\s*"(?:%1)"\s*,\s*"value"\s*:\s*"(?<secret>(?:[^"\\]|\\.)*)")re").arg(names),
          ci),
        O(QStringLiteral(R"re("value"\s*:\s*"(?<secret>(?:[^"\\]|\\.)*)"\s*,\s*"name"\s*:\s*"(?:%1)")re").arg(names),
          ci),
        // JSON and JavaScript object members: "authorization": "...", authorization: '...'.
        O(QStringLiteral(R"re((?<![\w-])"?(?:%1)"?\s*[:=]\s*"(?<secret>(?:[^"\\\r\n]|\\.)+)")re").arg(names), ci),
        O(QStringLiteral(R"re((?<![\w-])'?(?:%1)'?\s*[:=]\s*'(?<secret>(?:[^'\\\r\n]|\\.)+)')re").arg(names), ci),
        // Header lines and curl -H arguments: Authorization: ..., up to the end of the line or the closing quote.
        O(QStringLiteral(R"re((?<![\w-])(?:%1)\s*:[ \t]*(?<secret>[^\s"'][^\r\n"']*))re").arg(names), ci),
        O(QStringLiteral(R"re(\bbearer\s+(?<secret>[A-Za-z0-9._~+/=-]{8,}))re"), ci),
        // Wix API keys and any other JWT-shaped string.
        O(QStringLiteral(R"re((?<secret>(?:IST\.)?eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*))re")),
    };
    // Most text holds no secret: one cheap scan for the words a secret comes with decides where the patterns run.
    Result r{text, 0};
    QList<QPair<qsizetype, qsizetype>> windows;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const qsizetype length = triggerLength(text, at);
        if (length == 0)
            continue;
        // The hit's line with two lines either side: a HAR header's name and value may sit on separate lines.
        qsizetype from = at;
        for (int lines = 0; lines < 3 && from > 0; ++lines)
            from = text.lastIndexOf(u'\n', from - 1);
        from = qMax<qsizetype>(0, from);
        qsizetype to = at;
        for (int lines = 0; lines < 3 && to >= 0 && to < text.size(); ++lines)
            to = text.indexOf(u'\n', to + 1);
        to = to < 0 ? text.size() : to;
        if (!windows.isEmpty() && from <= windows.back().second)
            windows.back().second = qMax(windows.back().second, to);
        else
            windows.append({from, to});
        at += length - 1;
    }
    if (windows.isEmpty())
        return r;
    QString out;
    qsizetype last = 0;
    for (const auto &[from, to] : std::as_const(windows)) {
        QString window = text.mid(from, to - from);
        for (const QRegularExpression &re : patterns)
            r.count += replaceSecrets(&window, re);
        out += QStringView(text).mid(last, from - last);
        out += window;
        last = to;
    }
    out += QStringView(text).mid(last);
    r.text = out;
    return r;
}

} // namespace Redactor
