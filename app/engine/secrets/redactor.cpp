// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "redactor.h"

#include "decodedtext.h"
#include "secretfinder.h"

#include <algorithm>
#include <string_view>

namespace Redactor {
namespace {

using SecretFinder::Secret;

// The secrets in text, at their places in text: the text is decoded once (only where it holds escapes) and the
// scanner reads the decoded text once.
QList<Secret> secretsIn(const DecodedText &decoded)
{
    QList<Secret> secrets = SecretFinder::find(decoded.text());
    for (Secret &s : secrets) {
        s.start = decoded.sourceAt(s.start);
        s.end = decoded.sourceAt(s.end);
        s.statement = decoded.sourceAt(s.statement);
    }
    secrets.removeIf([](const Secret &s) { return s.end <= s.start; });
    return secrets;
}

// The secrets in text. Whether text reads as quoted-printable is told by marks in it (a soft line break, =3D), and
// a mark may be plain text as well (base64 padding or a rule of '=' at a line's end, a "=3D" in a value): when the
// text shows any, it is read both ways and the secrets of both readings are taken, so that a secret the joined
// lines hide is still found, and redacting the result again finds nothing new.
QList<Secret> secretsIn(QStringView text)
{
    const DecodedText decoded(text);
    QList<Secret> secrets = secretsIn(decoded);
    if (!decoded.quotedPrintableMarks().isEmpty())
        secrets += secretsIn(DecodedText(text, DecodedText::QuotedPrintable::Never));
    return secrets;
}

// Whether a secret's text holds a character that shapes how the text after it reads: a quote, a brace, an escape,
// a quoted-printable or percent sign, an entity, a line break.
bool shapesReading(QStringView secret)
{
    static constexpr std::u16string_view kShaping = u"\"'{}[]\\=%&\n\r";
    return std::any_of(secret.cbegin(), secret.cend(),
                       [](QChar c) { return kShaping.find(c.unicode()) != std::u16string_view::npos; });
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

struct Reading
{
    Result result;
    bool reshaped = false; // a secret replaced held a character that shapes how the text reads
};

// One reading: every secret found is replaced.
Reading redactOnce(const QString &text)
{
    QList<Secret> secrets = secretsIn(text);
    if (secrets.isEmpty())
        return {{text, 0}};
    secrets = merged(std::move(secrets));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    bool reshaped = false;
    for (const Secret &s : std::as_const(secrets)) {
        out.append(QStringView(text).mid(last, s.start - last));
        out.append(s.replacement.isNull() ? kPlaceholder : QStringView(s.replacement));
        reshaped =
            reshaped || !s.replacement.isNull() || shapesReading(QStringView(text).mid(s.start, s.end - s.start));
        last = s.end;
    }
    out.append(QStringView(text).mid(last));
    return {{out, int(secrets.size())}, reshaped};
}

constexpr int kMaxReadings = 4;

} // namespace

// The scanner reads the text once, as it will read once redacted (what lies inside a secret found neither opens a
// string or an object nor names a pair, nor shows quoted-printable), so one reading reaches the fixed point: redacting
// the result again changes nothing. Only when a secret replaced held a character that shapes how damaged text
// around it reads (a quote, a brace, an escape, a line break), or a body was encoded again, is the result read again,
// until a reading changes nothing.
Result redact(const QString &text)
{
    Reading reading = redactOnce(text);
    for (int readings = 1; readings < kMaxReadings && reading.reshaped; ++readings) {
        Reading again = redactOnce(reading.result.text);
        if (again.result.count == 0 || again.result.text == reading.result.text)
            break;
        reading = {{std::move(again.result.text), reading.result.count + again.result.count}, again.reshaped};
    }
    return reading.result;
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
