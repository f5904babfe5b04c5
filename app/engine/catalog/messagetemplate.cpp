// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "messagetemplate.h"

#include "normalizedtext.h"

#include <QCoreApplication>
#include <QSet>

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Folds one literal piece as NormalizedText folds text, but keeps a space at its edges where the piece has white
// space there: the space is what separates the piece from the value next to it. The first piece drops its leading
// space, the last its trailing space and punctuation, as a folded text does.
QString foldPiece(QStringView piece, bool first, bool last)
{
    QString out;
    NormalizedText::foldEach(piece, [&](QChar c, qsizetype) {
        if (!(first && out.isEmpty() && c == u' '))
            out.append(c);
    });
    while (last && !out.isEmpty() && NormalizedText::isTrailingPunctuation(out.back()))
        out.chop(1);
    return out;
}

bool isWordChar(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && NormalizedText::isWordChar(s.at(i));
}

// Leftmost occurrence of needle at or after from that does not cut a word in two.
qsizetype findWhole(const QString &haystack, const QString &needle, qsizetype from)
{
    const bool checkStart = !needle.isEmpty() && needle.front().isLetterOrNumber();
    const bool checkEnd = !needle.isEmpty() && needle.back().isLetterOrNumber();
    for (qsizetype idx = haystack.indexOf(needle, from); idx >= 0; idx = haystack.indexOf(needle, idx + 1)) {
        if (checkStart && isWordChar(haystack, idx - 1))
            continue;
        if (checkEnd && isWordChar(haystack, idx + needle.size()))
            continue;
        return idx;
    }
    return -1;
}

// Two placeholders with only white space between them could split a value anywhere: refused.
bool placeholdersApart(const QList<MessageTemplate::Token> &tokens, QString *error)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!tokens.at(i).placeholder)
            continue;
        qsizetype before = i - 1;
        if (before >= 0 && !tokens.at(before).placeholder && tokens.at(before).text.trimmed().isEmpty())
            --before;
        if (before >= 0 && tokens.at(before).placeholder) {
            *error = QCoreApplication::translate("MessageTemplate", "placeholders {%1} and {%2} need text between them")
                         .arg(tokens.at(before).text, tokens.at(i).text);
            return false;
        }
    }
    return true;
}

} // namespace

QList<MessageTemplate::Token> MessageTemplate::tokenize(QStringView text, QString *error)
{
    QList<Token> tokens;
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'}') {
            *error = QCoreApplication::translate("MessageTemplate", "unbalanced '}' at position %1").arg(i + 1);
            return {};
        }
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && isIdentifierChar(text.at(end)))
            ++end;
        if (end >= text.size() || text.at(end) != u'}' || end == i + 1 || !isIdentifierStart(text.at(i + 1))) {
            *error =
                QCoreApplication::translate("MessageTemplate", "malformed placeholder at position %1: write {name}")
                    .arg(i + 1);
            return {};
        }
        if (!literal.isEmpty())
            tokens.append({false, literal});
        literal.clear();
        tokens.append({true, text.mid(i + 1, end - i - 1).toString()});
        i = end;
    }
    if (!literal.isEmpty())
        tokens.append({false, literal});
    error->clear();
    return tokens;
}

MessageTemplate MessageTemplate::parse(const QString &text, QString *error)
{
    MessageTemplate t;
    t.m_text = text;
    const QList<Token> raw = tokenize(text, error);
    if (!error->isEmpty())
        return {};
    if (!placeholdersApart(raw, error))
        return {};

    QSet<QString> words;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i).placeholder) {
            t.m_pieces.append({true, raw.at(i).text});
            continue;
        }
        const QString folded = foldPiece(raw.at(i).text, i == 0, i == raw.size() - 1);
        if (folded.isEmpty() || folded == QLatin1String(" "))
            continue;
        t.m_pieces.append({false, folded});
        t.m_literalLength += folded.size();
        const NormalizedText n(folded);
        for (const QString &w : n.words()) {
            if (!words.contains(w)) {
                words.insert(w);
                t.m_words.append(w);
            }
        }
    }
    if (t.m_literalLength == 0) {
        *error = QCoreApplication::translate("MessageTemplate", "the template has no literal text");
        return {};
    }
    error->clear();
    return t;
}

QList<QStringList> MessageTemplate::literalRuns() const
{
    QList<QStringList> runs;
    for (const Piece &p : m_pieces) {
        if (!p.variable)
            runs.append(NormalizedText(p.text).words());
    }
    return runs;
}

QStringList MessageTemplate::variables() const
{
    QStringList out;
    for (const Piece &p : m_pieces) {
        if (p.variable && !out.contains(p.text))
            out.append(p.text);
    }
    return out;
}

MessageTemplate::MatchResult MessageTemplate::match(const NormalizedText &text) const
{
    MatchResult result;
    const QString &s = text.folded();
    if (m_pieces.isEmpty())
        return result;

    qsizetype pos = 0;
    qsizetype start = 0;
    qsizetype i = 0;
    if (!m_pieces.front().variable) {
        start = findWhole(s, m_pieces.front().text, 0);
        if (start < 0)
            return result;
        pos = start + m_pieces.front().text.size();
        i = 1;
    }
    for (; i < m_pieces.size(); ++i) {
        const Piece &var = m_pieces.at(i);
        if (!var.variable)
            continue; // cannot happen: pieces alternate, literals are consumed below
        if (i + 1 < m_pieces.size()) {
            const QString &next = m_pieces.at(i + 1).text;
            const qsizetype idx = findWhole(s, next, pos + 1);
            if (idx < 0)
                return result;
            qsizetype from = pos;
            if (i == 0) {
                // A leading placeholder takes the word just before the first literal.
                from = idx;
                while (from > 0 && s.at(from - 1) != u' ')
                    --from;
                start = from;
                if (from == idx)
                    return result;
            }
            result.captures.append({var.text, text.originalSlice(from, idx)});
            pos = idx + next.size();
            ++i;
        } else {
            qsizetype end = pos;
            while (end < s.size() && s.at(end) != u' ')
                ++end;
            const QString value = text.originalSlice(pos, end);
            if (value.isEmpty())
                return result;
            result.captures.append({var.text, value});
            pos = end;
        }
    }
    result.matched = true;
    result.whole = start == 0 && pos == s.size();
    return result;
}

QString MessageTemplate::firstWord() const
{
    if (m_pieces.isEmpty() || m_pieces.front().variable)
        return {};
    const QStringList words = NormalizedText(m_pieces.front().text).words();
    return words.isEmpty() ? QString() : words.front();
}

MessageTemplate::MatchResult MessageTemplate::matchBeginning(const NormalizedText &text) const
{
    // Too short a beginning fits too many messages: ask for some literal text before the cut.
    constexpr qsizetype kMinLiteral = 12;
    MatchResult result;
    const QString &s = text.folded();
    if (m_pieces.isEmpty() || m_pieces.front().variable || s.size() < kMinLiteral)
        return result;
    qsizetype literal = 0;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece &piece = m_pieces.at(i);
        if (!piece.variable) {
            const QStringView rest = QStringView(s).mid(pos);
            if (rest.size() <= piece.text.size()) { // the cut falls in this literal
                result.matched = piece.text.startsWith(rest) && literal + rest.size() >= kMinLiteral;
                return result;
            }
            if (!rest.startsWith(piece.text))
                return result;
            pos += piece.text.size();
            literal += piece.text.size();
            continue;
        }
        if (i + 1 == m_pieces.size()) { // a trailing placeholder: the rest, cut or not
            result.matched = literal >= kMinLiteral;
            return result;
        }
        const QString &next = m_pieces.at(i + 1).text;
        const qsizetype idx = findWhole(s, next, pos + 1);
        if (idx >= 0) {
            result.captures.append({piece.text, text.originalSlice(pos, idx)});
            pos = idx;
            continue;
        }
        // The cut falls in this value (one word, not yet ended), or in the literal after it: then some word
        // start after pos begins that literal.
        bool fits = !QStringView(s).mid(pos + 1).contains(u' ');
        for (qsizetype at = pos + 1; at < s.size() && !fits; ++at) { // the value takes at least one character
            if (next.startsWith(QStringView(s).mid(at))) {
                result.captures.append({piece.text, text.originalSlice(pos, at)});
                literal += s.size() - at;
                fits = true;
            }
        }
        result.matched = fits && literal >= kMinLiteral;
        return result;
    }
    result.matched = pos == s.size(); // the whole template: nothing was cut after all
    result.whole = result.matched;
    return result;
}

QString MessageTemplate::fill(const QHash<QString, QString> &values) const
{
    QString error;
    QString out;
    for (const Token &token : tokenize(m_text, &error)) {
        if (!token.placeholder)
            out.append(token.text);
        else
            out.append(values.contains(token.text) ? values.value(token.text) : u'{' + token.text + u'}');
    }
    return out;
}

QStringList MessageTemplate::referencedVariables(const QString &text, QString *error)
{
    QStringList out;
    for (const Token &token : tokenize(text, error)) {
        if (token.placeholder && !out.contains(token.text))
            out.append(token.text);
    }
    return out;
}
