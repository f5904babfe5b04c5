// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <string_view>

// Text folded for tolerant comparison. The folding rules, defined once (foldEach) and used by every reader of
// text (templates, their pieces, the words the matcher looks up):
//  - letters are lower-cased;
//  - quote characters (isQuote) are dropped, wherever they are: "it's" and "it''s" are "its";
//  - each run of white space, with any quotes in it, is one space;
//  - a folded text drops its leading white space, and its trailing white space and punctuation (.,;:!).
// Words are the runs of letters and digits of the folded text. NormalizedText keeps, for every folded
// character, its position in the original so that captured values can be returned as the customer wrote them.
class NormalizedText
{
public:
    NormalizedText() = default;
    explicit NormalizedText(QStringView original);

    const QString &folded() const { return m_folded; }
    const QString &original() const { return m_original; }
    // The original text behind folded[from, to), without surrounding quotes, white space or trailing punctuation.
    QString originalSlice(qsizetype from, qsizetype to) const;
    // Lower-case words (letters and digits) of the folded text, in order.
    QStringList words() const;

    static QString fold(QStringView text);
    // Calls keep(QChar folded, qsizetype at) for each character folding keeps, at being its index in text (for
    // the space of a run of white space: where the run starts). White space at the edges comes out as one space:
    // callers decide whether to keep it.
    template <typename Keep> static void foldEach(QStringView text, Keep keep);
    // Calls visit(word) for each of the words NormalizedText(text).words() gives, without building the folded
    // text and, for words up to kWordBuffer characters, without allocating: word is valid only during the call.
    template <typename Visit> static void forEachWord(QStringView text, Visit visit);
    static bool isQuote(QChar c);
    static bool isTrailingPunctuation(QChar c);
    static bool isWordChar(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80) // most text is ASCII: no table lookups
            return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z');
        return c.isLetterOrNumber();
    }
    // Whether text holds lower (lower-case ASCII letters) at position at, in any case. Much cheaper than a
    // case-insensitive compare, for scans that try it at every position.
    static bool hasAsciiWordAt(QStringView text, qsizetype at, std::u16string_view lower)
    {
        if (at < 0 || text.size() - at < qsizetype(lower.size()))
            return false;
        for (size_t i = 0; i < lower.size(); ++i) {
            // | 0x20 folds A-Z onto a-z; it also folds @ [ ] ^ _ onto letters' neighbours, none of them a letter.
            if ((text.at(at + qsizetype(i)).unicode() | 0x20) != lower[i])
                return false;
        }
        return true;
    }

private:
    QString m_original;
    QString m_folded;
    QList<qsizetype> m_origin;
};

template <typename Keep> void NormalizedText::foldEach(QStringView text, Keep keep)
{
    qsizetype space = -1; // where a run of white space not yet emitted starts
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool ascii = u < 0x80; // most text is: no table lookups
        if (ascii ? (u == u' ' || (u >= u'\t' && u <= u'\r')) : c.isSpace()) {
            if (space < 0)
                space = i;
            continue;
        }
        if (ascii ? (u == u'"' || u == u'\'' || u == u'`') : isQuote(c))
            continue;
        if (space >= 0) {
            keep(QChar(u' '), space);
            space = -1;
        }
        keep(ascii ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 0x20) : u) : c.toLower(), i);
    }
    if (space >= 0)
        keep(QChar(u' '), space);
}

template <typename Visit> void NormalizedText::forEachWord(QStringView text, Visit visit)
{
    constexpr qsizetype kWordBuffer = 128;
    QVarLengthArray<QChar, kWordBuffer> word;
    auto wordEnds = [&] {
        if (!word.isEmpty())
            visit(QStringView(word.constData(), word.size()));
        word.clear();
    };
    foldEach(text, [&](QChar c, qsizetype) {
        if (isWordChar(c))
            word.append(c);
        else
            wordEnds();
    });
    wordEnds();
}
