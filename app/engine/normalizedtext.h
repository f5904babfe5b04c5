// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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
    // The same words as NormalizedText(text).words(), without building the folded text.
    static QStringList wordsOf(QStringView text);
    static bool isQuote(QChar c);

private:
    QString m_original;
    QString m_folded;
    QList<qsizetype> m_origin;
};
