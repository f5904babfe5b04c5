// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "redactor.h"

#include "decodedtext.h"
#include "secretfinder.h"

#include <algorithm>

namespace Redactor {
namespace {

using SecretFinder::Secret;

// The secrets in text, at their places in text: the text is decoded once (only where it holds escapes) and the
// scanner reads the decoded text once.
QList<Secret> secretsIn(QStringView text)
{
    const DecodedText decoded(text);
    QList<Secret> secrets = SecretFinder::find(decoded.text());
    for (Secret &s : secrets) {
        s.start = decoded.sourceAt(s.start);
        s.end = decoded.sourceAt(s.end);
        s.statement = decoded.sourceAt(s.statement);
    }
    secrets.removeIf([](const Secret &s) { return s.end <= s.start; });
    return secrets;
}

// Overlapping secrets become one; a re-encoded body that overlaps another secret gives way to the placeholder.
QList<Secret> merged(QList<Secret> secrets)
{
    std::sort(secrets.begin(), secrets.end(), [](const Secret &a, const Secret &b) { return a.start < b.start; });
    QList<Secret> out;
    for (Secret &s : secrets) {
        if (!out.isEmpty() && s.start <= out.back().end) { // overlapping or touching
            Secret &last = out.back();
            if (s.start != last.start || s.end != last.end || s.replacement != last.replacement)
                last.replacement = QString();
            last.end = qMax(last.end, s.end);
            continue;
        }
        out.append(std::move(s));
    }
    return out;
}

// One pass: every secret found is replaced.
Result redactOnce(const QString &text)
{
    QList<Secret> secrets = secretsIn(text);
    if (secrets.isEmpty())
        return {text, 0};
    secrets = merged(std::move(secrets));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (const Secret &s : std::as_const(secrets)) {
        out.append(QStringView(text).mid(last, s.start - last));
        out.append(s.replacement.isNull() ? kPlaceholder : QStringView(s.replacement));
        last = s.end;
    }
    out.append(QStringView(text).mid(last));
    return {out, int(secrets.size())};
}

constexpr int kMaxPasses = 4;

} // namespace

// Replacing a secret can change how the text around it reads: in damaged text, a brace or a quote inside the
// secret may have hidden a name/value pair further on. The passes go on until one changes nothing, so redacting
// the result again changes nothing.
Result redact(const QString &text)
{
    Result result = redactOnce(text);
    for (int pass = 1; pass < kMaxPasses && result.count > 0; ++pass) {
        Result again = redactOnce(result.text);
        if (again.count == 0 || again.text == result.text)
            break;
        result = {std::move(again.text), result.count + again.count};
    }
    return result;
}

qsizetype safeCut(QStringView text, qsizetype wanted)
{
    if (wanted >= text.size())
        return text.size();
    qsizetype cut = wanted;
    // A quiet place: after white space or a separator, so that no word is cut.
    for (qsizetype at = wanted; at > wanted / 2; --at) {
        const QChar c = text.at(at - 1);
        if (c.isSpace() || c == u',' || c == u'&' || c == u';') {
            cut = at;
            break;
        }
    }
    // The cut moves before any statement it would split: its name goes with its value.
    const QList<Secret> secrets = secretsIn(text.left(qMin(text.size(), wanted + kLookahead)));
    for (bool moved = true; moved;) {
        moved = false;
        for (const Secret &s : secrets) {
            if (s.statement < cut && s.end > cut && s.statement > 0) {
                cut = s.statement;
                moved = true;
            }
        }
    }
    return cut > 0 ? cut : wanted;
}

} // namespace Redactor
