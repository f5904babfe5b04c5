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

// Folds one literal piece like NormalizedText does, but keeps a single space at its edges: the space is what
// separates the piece from the value next to it.
QString foldPiece(QStringView piece, bool first, bool last)
{
    QString out;
    bool pendingSpace = false;
    for (QChar c : piece) {
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (NormalizedText::isQuote(c))
            continue;
        if (pendingSpace && !(first && out.isEmpty()))
            out.append(u' ');
        pendingSpace = false;
        out.append(c.toLower());
    }
    if (last) {
        while (!out.isEmpty() && QStringView(u".,;:! ").contains(out.back()))
            out.chop(1);
    } else if (pendingSpace) {
        out.append(u' ');
    }
    return out;
}

bool isWordChar(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && s.at(i).isLetterOrNumber();
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

} // namespace

MessageTemplate MessageTemplate::parse(const QString &text, QString *error)
{
    MessageTemplate t;
    t.m_text = text;
    struct RawPiece
    {
        bool variable;
        QString text;
    };
    QList<RawPiece> raw;
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
        if (!raw.isEmpty() && raw.back().variable && literal.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("MessageTemplate", "placeholders {%1} and {%2} need text between them")
                         .arg(raw.back().text, text.mid(i + 1, end - i - 1));
            return {};
        }
        if (!literal.isEmpty())
            raw.append({false, literal});
        literal.clear();
        raw.append({true, text.mid(i + 1, end - i - 1)});
        i = end;
    }
    if (!literal.isEmpty())
        raw.append({false, literal});

    QSet<QString> words;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i).variable) {
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

QString MessageTemplate::fill(const QHash<QString, QString> &values) const
{
    QString out;
    qsizetype i = 0;
    while (i < m_text.size()) {
        const QChar c = m_text.at(i);
        const qsizetype close = c == u'{' ? m_text.indexOf(u'}', i) : -1;
        if (close > i) {
            const QString name = m_text.mid(i + 1, close - i - 1);
            out.append(values.contains(name) ? values.value(name) : m_text.mid(i, close - i + 1));
            i = close + 1;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

QStringList MessageTemplate::referencedVariables(const QString &text, QString *error)
{
    QStringList out;
    error->clear();
    for (qsizetype i = text.indexOf(u'{'); i >= 0; i = text.indexOf(u'{', i + 1)) {
        qsizetype end = i + 1;
        while (end < text.size() && isIdentifierChar(text.at(end)))
            ++end;
        if (end >= text.size() || text.at(end) != u'}' || end == i + 1) {
            *error = QCoreApplication::translate("MessageTemplate", "malformed placeholder at position %1").arg(i + 1);
            return {};
        }
        const QString name = text.mid(i + 1, end - i - 1);
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}
