// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string_view>

// Text folded for tolerant comparison: lower case, runs of white space as one space, quote characters dropped,
// trailing punctuation dropped. Keeps, for every folded character, its position in the original so that
// captured values can be returned as the customer wrote them.
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
    // Calls visit(word) for each of the words NormalizedText(text).words() would give, without building the
    // folded text and without allocating: word is valid only during the call.
    template <typename Visit> static void forEachWord(QStringView text, Visit visit);
    static bool isQuote(QChar c);
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

template <typename Visit> void NormalizedText::forEachWord(QStringView text, Visit visit)
{
    constexpr qsizetype kMaxWord = 128; // longer runs are no word of any template: compared as they are
    QChar buffer[kMaxWord];
    qsizetype length = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const char16_t u = i < text.size() ? text.at(i).unicode() : u' ';
        bool wordChar;
        QChar lower;
        if (u < 0x80) { // most text is ASCII: no table lookups
            const bool upper = u >= u'A' && u <= u'Z';
            wordChar = upper || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
            lower = QChar(upper ? char16_t(u + 0x20) : u);
        } else {
            wordChar = QChar(u).isLetterOrNumber();
            lower = QChar(u).toLower();
        }
        if (wordChar) {
            if (start < 0)
                start = i;
            if (length < kMaxWord)
                buffer[length] = lower;
            ++length;
        } else if (start >= 0 && isQuote(QChar(u)) && i + 1 < text.size() && text.at(i + 1).isLetterOrNumber()) {
            continue; // quotes are dropped by folding: "it's" is one word
        } else if (start >= 0) {
            visit(length <= kMaxWord ? QStringView(buffer, length) : text.mid(start, i - start));
            start = -1;
            length = 0;
        }
    }
}
