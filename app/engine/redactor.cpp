// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "redactor.h"

#include "decodedtext.h"
#include "secretfinder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string_view>

namespace Redactor {
namespace {

using SecretFinder::Secret;

// A word a secret comes with, and how much text around it to search: lines before and after, and how far a
// construct it opens may run (a HAR cookies array to its ']', a PEM block to its END line).
struct Trigger
{
    std::u16string_view word; // lower case
    int linesBefore;
    int linesAfter;
    std::u16string_view until = {};
};

constexpr int kNear = 8;
constexpr std::array kTriggers = {
    Trigger{u"auth", kNear, kNear},
    Trigger{u"cookie", kNear, kNear, u"]"},
    Trigger{u"key", kNear, kNear},
    Trigger{u"token", kNear, kNear},
    Trigger{u"secret", kNear, kNear},
    Trigger{u"bearer", 2, 2},
    Trigger{u"basic", 2, 2},
    Trigger{u"pass", kNear, kNear},
    Trigger{u"pwd", kNear, kNear},
    Trigger{u"sig", kNear, kNear},
    Trigger{u"session", kNear, kNear},
    Trigger{u"cred", kNear, kNear},
    Trigger{u"code=", 1, 1},
    Trigger{u"code%3d", 1, 1},
    Trigger{u"://", 1, 1},
    Trigger{u"-u", 1, 1},
    Trigger{u"\\u", 3, 3},
    Trigger{u"%", 1, 1},
    Trigger{u"eyj", 3, 64},
    Trigger{u"-----begin", 0, 0, u"-----END"},
    Trigger{u"base64", kNear, kNear},
    Trigger{u"querystring", 2, kNear, u"]"},
    Trigger{u"params", 2, kNear, u"]"},
};
constexpr qsizetype kMaxReach = 256 * 1024; // how far an "until" is looked for
constexpr qsizetype kPieceSize = 256 * 1024;

// For each first character (folded to lower case), the triggers that begin with it, as bits.
constexpr auto kTriggersByFirst = [] {
    std::array<uint32_t, 128> table{};
    for (size_t i = 0; i < kTriggers.size(); ++i)
        table[kTriggers[i].word.front()] |= uint32_t(1) << i;
    return table;
}();
static_assert(kTriggers.size() <= 32);

char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'A' && u <= u'Z' ? char16_t(u | 0x20) : u;
}

bool wordAt(QStringView text, qsizetype at, std::u16string_view word)
{
    if (text.size() - at < qsizetype(word.size()))
        return false;
    for (size_t i = 1; i < word.size(); ++i) {
        if (folded(text.at(at + qsizetype(i))) != word[i])
            return false;
    }
    return true;
}

const Trigger *triggerAt(QStringView text, qsizetype at)
{
    const char16_t first = folded(text.at(at));
    if (first >= 128)
        return nullptr;
    for (uint32_t bits = kTriggersByFirst[first]; bits != 0; bits &= bits - 1) {
        const Trigger &t = kTriggers[size_t(std::countr_zero(bits))];
        if (wordAt(text, at, t.word))
            return &t;
    }
    return nullptr;
}

qsizetype linesBack(QStringView text, qsizetype at, int lines)
{
    for (int i = 0; i <= lines && at > 0; ++i)
        at = text.lastIndexOf(u'\n', at - 1);
    return at < 0 ? 0 : at;
}

qsizetype linesForward(QStringView text, qsizetype at, int lines)
{
    for (int i = 0; i <= lines && at >= 0 && at < text.size(); ++i)
        at = text.indexOf(u'\n', at + 1);
    return at < 0 ? text.size() : at;
}

struct Window
{
    qsizetype from;
    qsizetype to;
};

// The parts of the text worth searching: most text holds no secret, and one cheap scan for the words a secret
// comes with decides where the patterns run.
QList<Window> windowsOf(QStringView text)
{
    QList<Window> windows;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const Trigger *t = triggerAt(text, at);
        if (!t)
            continue;
        // Within the window before, the window only grows: no need to look back for where it starts.
        const bool inLastWindow = !windows.isEmpty() && at <= windows.back().to;
        const qsizetype from = inLastWindow ? windows.back().from : linesBack(text, at, t->linesBefore);
        qsizetype to = linesForward(text, at, t->linesAfter);
        if (!t->until.empty()) {
            const qsizetype until = text.mid(0, qMin(text.size(), at + kMaxReach)).indexOf(QStringView(t->until), at);
            to = qMax(to, until < 0 ? qMin(text.size(), at + kMaxReach) : linesForward(text, until, 0));
        }
        if (!windows.isEmpty() && from <= windows.back().to)
            windows.back().to = qMax(windows.back().to, to);
        else
            windows.append({from, to});
        at += qsizetype(t->word.size()) - 1;
    }
    return windows;
}

// Where a piece of a window should end: at a line break before the limit, else at a space or separator.
qsizetype pieceEnd(QStringView text, qsizetype from, qsizetype to)
{
    if (to - from <= kPieceSize)
        return to;
    const QStringView piece = text.mid(from, kPieceSize);
    qsizetype cut = piece.lastIndexOf(u'\n');
    for (QChar separator : {u' ', u',', u'&'}) {
        if (cut <= 0)
            cut = piece.lastIndexOf(separator);
    }
    return from + (cut > 0 ? cut + 1 : kPieceSize);
}

void findIn(QStringView text, qsizetype from, qsizetype to, QList<Secret> *out)
{
    while (from < to) {
        const qsizetype end = pieceEnd(text, from, to);
        const DecodedText decoded(text.mid(from, end - from));
        for (Secret s : SecretFinder::find(decoded.text())) {
            s.start = from + decoded.sourceAt(s.start);
            s.end = from + decoded.sourceAt(s.end);
            if (s.end > s.start)
                out->append(std::move(s));
        }
        from = end;
    }
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
    QList<Secret> secrets;
    for (const Window &w : windowsOf(text))
        findIn(text, w.from, w.to, &secrets);
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
// secret may have hidden a name/value pair further on. The passes go on until one finds nothing, so redacting the
// result again changes nothing.
Result redact(const QString &text)
{
    Result result = redactOnce(text);
    for (int pass = 1; pass < kMaxPasses && result.count > 0; ++pass) {
        const Result again = redactOnce(result.text);
        if (again.count == 0)
            break;
        result = {again.text, result.count + again.count};
    }
    return result;
}

} // namespace Redactor
