// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "entryscorer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVarLengthArray>

#include <utility>

// Finds the documented messages a text holds. Candidates come from the catalog's index of each template's rarest
// literal word, never from a scan of every entry; a candidate is tried only when the text holds all its literal
// words, and each literal piece's words one after the other (compared as numbers, not as text: a catalog of
// near-twins, which differ by a word dropped or swapped, is mostly told apart here), and templates with the same
// text are tried once.
class TemplateFinder
{
    Q_DISABLE_COPY_MOVE(TemplateFinder)

public:
    explicit TemplateFinder(const Catalog &catalog);

    // The templates found in the text; those that share words with it without matching go to partial.
    QList<TemplateHit> find(const QString &text, QList<int> *partial) const;
    // The templates a cut-off message is the beginning of, found by the first word of each.
    QList<TemplateHit> findBeginning(const QString &message) const;

    // The hits that are a lesser fit than another hit: a template found inside a message that another accounts for
    // whole, or one whose literal words are only some of another whole match's (its placeholder took the rest).
    QSet<int> lesserFits(const QHash<int, TemplateHit> &hits) const;

private:
    using WordIds = QList<int>;       // sorted, each once
    using WordPairs = QList<quint64>; // two word ids that follow one another, the first in the high half; sorted
    // The words of a text as find() collects them: their letters one after the other, and each word's place there.
    using Letters = QVarLengthArray<QChar, 512>;
    using Spans = QVarLengthArray<std::pair<qsizetype, qsizetype>, 64>;
    struct TextWords;

    WordIds idsOf(const QStringList &words) const;
    static quint64 signatureOf(const WordIds &ids);
    WordPairs pairsOf(const QList<QStringList> &runs) const;
    TextWords wordsOf(const Letters &letters, const Spans &spans) const;
    bool mayMatch(int entry, const TextWords &words) const;
    QList<TemplateHit> tryTemplates(const QString &text, const QList<int> &complete, QList<int> *partial) const;

    const Catalog &m_catalog;
    QHash<QString, int> m_wordIds;            // every literal word of every template
    QList<WordIds> m_literalIds;              // per entry: its template's literal words
    QList<quint64> m_signatures;              // per entry: a bit for each literal word (its id modulo 64)
    QList<WordPairs> m_literalPairs;          // per entry: the words of its literal pieces, pair by pair
    QList<int> m_sameTextAs;                  // per entry: the first entry whose template has the same text
    QHash<QString, QList<int>> m_byFirstWord; // templates by the first word they start with
};
