// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Finds the sentences of a German or Spanish text that are English. Quoted text (what Wix wrote, the captured
// values) is cut out first; then a sentence counts as English when common English function words make up a fair
// share of its words and it holds no German or Spanish function word. Words shared by the languages ("a", "in",
// "an", "no") add to an English sentence's share but make none English by themselves.

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace EnglishSentences {

inline const QSet<QString> &englishWords()
{
    static const QSet<QString> words{
        QStringLiteral("the"),    QStringLiteral("your"),   QStringLiteral("you"),   QStringLiteral("and"),
        QStringLiteral("to"),     QStringLiteral("of"),     QStringLiteral("is"),    QStringLiteral("are"),
        QStringLiteral("with"),   QStringLiteral("for"),    QStringLiteral("this"),  QStringLiteral("that"),
        QStringLiteral("not"),    QStringLiteral("be"),     QStringLiteral("on"),    QStringLiteral("it"),
        QStringLiteral("its"),    QStringLiteral("by"),     QStringLiteral("from"),  QStringLiteral("or"),
        QStringLiteral("if"),     QStringLiteral("then"),   QStringLiteral("has"),   QStringLiteral("have"),
        QStringLiteral("which"),  QStringLiteral("does"),   QStringLiteral("do"),    QStringLiteral("can"),
        QStringLiteral("only"),   QStringLiteral("at"),     QStringLiteral("as"),    QStringLiteral("any"),
        QStringLiteral("than"),   QStringLiteral("there"),  QStringLiteral("when"),  QStringLiteral("each"),
        QStringLiteral("must"),   QStringLiteral("what"),   QStringLiteral("once"),  QStringLiteral("again"),
        QStringLiteral("it's"),   QStringLiteral("isn't"),  QStringLiteral("can't"), QStringLiteral("don't"),
        QStringLiteral("before"), QStringLiteral("instead")};
    return words;
}

// Function words that English shares with German or Spanish ("a la cuenta", "in der Anfrage", "no hay"): they add
// to an English sentence's share, but alone they make no sentence English.
inline const QSet<QString> &sharedWords()
{
    static const QSet<QString> words{QStringLiteral("a"),    QStringLiteral("in"),  QStringLiteral("an"),
                                     QStringLiteral("no"),   QStringLiteral("so"),  QStringLiteral("was"),
                                     QStringLiteral("also"), QStringLiteral("will")};
    return words;
}

inline const QSet<QString> &germanOrSpanishWords()
{
    static const QSet<QString> words{
        // German
        QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("das"), QStringLiteral("den"),
        QStringLiteral("dem"), QStringLiteral("des"), QStringLiteral("und"), QStringLiteral("ist"),
        QStringLiteral("sind"), QStringLiteral("nicht"), QStringLiteral("mit"), QStringLiteral("für"),
        QStringLiteral("von"), QStringLiteral("zu"), QStringLiteral("auf"), QStringLiteral("im"), QStringLiteral("ein"),
        QStringLiteral("eine"), QStringLiteral("einen"), QStringLiteral("einem"), QStringLiteral("einer"),
        QStringLiteral("sie"), QStringLiteral("ihre"), QStringLiteral("ihr"), QStringLiteral("ob"),
        QStringLiteral("wenn"), QStringLiteral("oder"), QStringLiteral("dann"), QStringLiteral("bei"),
        QStringLiteral("aus"), QStringLiteral("dass"), QStringLiteral("wird"), QStringLiteral("wurde"),
        QStringLiteral("nur"), QStringLiteral("noch"), QStringLiteral("kein"), QStringLiteral("keine"),
        QStringLiteral("hat"), QStringLiteral("zum"), QStringLiteral("zur"),
        // Spanish
        QStringLiteral("el"), QStringLiteral("la"), QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("del"),
        QStringLiteral("y"), QStringLiteral("es"), QStringLiteral("son"), QStringLiteral("con"), QStringLiteral("para"),
        QStringLiteral("por"), QStringLiteral("que"), QStringLiteral("un"), QStringLiteral("una"), QStringLiteral("de"),
        QStringLiteral("en"), QStringLiteral("su"), QStringLiteral("sus"), QStringLiteral("se"), QStringLiteral("si"),
        QStringLiteral("al"), QStringLiteral("lo"), QStringLiteral("está"), QStringLiteral("ha"), QStringLiteral("qué"),
        QStringLiteral("según"), QStringLiteral("o")};
    return words;
}

// Replaces every occurrence of each quoted text (longest first, so a text holding another goes whole) by a mark
// that holds no word: a value inside a sentence leaves the sentence whole.
inline QString withoutQuotes(QString text, QStringList quoted)
{
    std::sort(quoted.begin(), quoted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &q : std::as_const(quoted)) {
        if (!q.trimmed().isEmpty())
            text.replace(q, QStringLiteral(" # "));
    }
    // URLs and Markdown link targets, `code` spans, and codes written in capitals with '_' or digits.
    static const QRegularExpression machineText(QStringLiteral(
        R"(\]\([^)]*\)|(?:https?://|mailto:)[^\s)>]+|`[^`]*`|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|<[A-Za-z_]+>)"));
    text.replace(machineText, QStringLiteral(" # "));
    return text;
}

inline bool isEnglish(const QString &sentence)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}]+(?:'[\p{L}]+)?)"));
    int words = 0;
    int english = 0;
    int shared = 0;
    for (auto it = word.globalMatch(sentence); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        ++words;
        if (germanOrSpanishWords().contains(w))
            return false;
        english += englishWords().contains(w) ? 1 : 0;
        shared += sharedWords().contains(w) ? 1 : 0;
    }
    // One function word in five: "Send the request again." has two in four; a product name has none.
    return english >= 1 && (english + shared) * 5 >= words;
}

// The English sentences left in text once the quoted texts are cut out.
inline QStringList find(const QString &text, const QStringList &quoted)
{
    static const QRegularExpression sentenceEnd(QStringLiteral(R"([.!?:;()\[\]*>\n]+(?:\s+|$)|\n)"));
    QStringList out;
    for (const QString &s : withoutQuotes(text, quoted).split(sentenceEnd, Qt::SkipEmptyParts)) {
        if (isEnglish(s))
            out << s.trimmed();
    }
    return out;
}

} // namespace EnglishSentences
