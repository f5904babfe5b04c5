// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "redactor.h"

#include <QRegularExpression>

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
    Result r{text, 0};
    for (const QRegularExpression &re : patterns)
        r.count += replaceSecrets(&r.text, re);
    return r;
}

} // namespace Redactor
