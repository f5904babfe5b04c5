// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "templatefinder.h"

#include "normalizedtext.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace {

quint64 pairOf(int first, int second)
{
    return quint64(quint32(first)) << 32 | quint32(second);
}

template <typename List> void sortUnique(List *list)
{
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
}

} // namespace

struct TemplateFinder::TextWords
{
    WordIds ids;       // of the words some template has
    WordPairs pairs;   // of two such words that follow one another
    quint64 signature; // signatureOf(ids)
};

TemplateFinder::TemplateFinder(const Catalog &catalog) : m_catalog(catalog)
{
    QHash<QString, int> firstWithText;
    const QList<CatalogEntry> &entries = catalog.entries();
    m_literalIds.reserve(entries.size());
    m_signatures.reserve(entries.size());
    m_literalPairs.reserve(entries.size());
    m_sameTextAs.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const MessageTemplate &t = entries.at(i).messageTemplate;
        for (const QString &w : t.literalWords()) {
            if (!m_wordIds.contains(w))
                m_wordIds.insert(w, int(m_wordIds.size()));
        }
        m_literalIds.append(idsOf(t.literalWords()));
        m_signatures.append(signatureOf(m_literalIds.constLast()));
        m_literalPairs.append(pairsOf(t.literalRuns()));
        auto same = firstWithText.constFind(t.text());
        if (same == firstWithText.cend())
            same = firstWithText.insert(t.text(), i);
        m_sameTextAs.append(*same);
        const QString first = t.firstWord();
        if (!first.isEmpty())
            m_byFirstWord[first].append(i);
    }
}

TemplateFinder::WordIds TemplateFinder::idsOf(const QStringList &words) const
{
    WordIds ids;
    ids.reserve(words.size());
    for (const QString &w : words)
        ids.append(m_wordIds.value(w, -1));
    sortUnique(&ids);
    return ids;
}

quint64 TemplateFinder::signatureOf(const WordIds &ids)
{
    quint64 signature = 0;
    for (int id : ids)
        signature |= id >= 0 ? quint64(1) << (id & 63) : 0;
    return signature;
}

TemplateFinder::WordPairs TemplateFinder::pairsOf(const QList<QStringList> &runs) const
{
    WordPairs pairs;
    for (const QStringList &run : runs) {
        for (qsizetype i = 1; i < run.size(); ++i)
            pairs.append(pairOf(m_wordIds.value(run.at(i - 1)), m_wordIds.value(run.at(i))));
    }
    sortUnique(&pairs);
    return pairs;
}

TemplateFinder::TextWords TemplateFinder::wordsOf(const Letters &letters, const Spans &spans) const
{
    TextWords words;
    words.ids.reserve(spans.size());
    words.pairs.reserve(spans.size());
    int previous = -1;
    for (const auto &[from, length] : spans) {
        const int id = m_wordIds.value(QString::fromRawData(letters.constData() + from, length), -1); // no copy
        if (id >= 0)
            words.ids.append(id);
        if (id >= 0 && previous >= 0)
            words.pairs.append(pairOf(previous, id));
        previous = id;
    }
    sortUnique(&words.ids);
    sortUnique(&words.pairs);
    words.signature = signatureOf(words.ids);
    return words;
}

// Whether the text holds every literal word of the entry's template, each piece's words one after the other: a
// template can only match such a text. The signature rules most entries out without reading their lists.
bool TemplateFinder::mayMatch(int entry, const TextWords &words) const
{
    const WordIds &literal = m_literalIds.at(entry);
    if ((m_signatures.at(entry) & ~words.signature) != 0 || literal.isEmpty() ||
        !std::includes(words.ids.cbegin(), words.ids.cend(), literal.cbegin(), literal.cend()))
        return false;
    const WordPairs &pairs = m_literalPairs.at(entry);
    return std::includes(words.pairs.cbegin(), words.pairs.cend(), pairs.cbegin(), pairs.cend());
}

QList<TemplateHit> TemplateFinder::find(const QString &text, QList<int> *partial) const
{
    // One walk over the words: the templates they anchor, and the words to check literal words against.
    QVarLengthArray<const QList<int> *, 8> anchorLists;
    Letters letters; // the words, one after the other: the walk lends each only for a moment
    Spans spans;
    NormalizedText::forEachWord(text, [&](QStringView word) {
        if (const QList<int> *entries = m_catalog.byAnchorWord(word); entries && !anchorLists.contains(entries))
            anchorLists.append(entries);
        spans.append({letters.size(), word.size()});
        letters.append(word.data(), word.size());
    });
    if (anchorLists.isEmpty())
        return {}; // most log lines: no template has its rarest word here
    // In catalog order, so that results never depend on hashing order. Each template has one anchor word and each
    // word's list is in catalog order: merging the lists keeps it.
    QVarLengthArray<int, 64> anchored;
    for (const QList<int> *entries : std::as_const(anchorLists)) {
        const qsizetype merged = anchored.size();
        anchored.append(entries->constData(), entries->size());
        std::inplace_merge(anchored.begin(), anchored.begin() + merged, anchored.end());
    }
    const TextWords words = wordsOf(letters, spans);
    // Checked before the text is folded: most candidates of a large catalog stop here.
    QList<int> complete;
    QVarLengthArray<int, 64> ruledOut;
    for (int i : std::as_const(anchored)) {
        if (mayMatch(i, words))
            complete.append(i);
        else
            ruledOut.append(i);
    }
    if (partial) {
        const qsizetype before = partial->size();
        partial->resize(before + ruledOut.size());
        std::copy(ruledOut.cbegin(), ruledOut.cend(), partial->begin() + before);
    }
    return complete.isEmpty() ? QList<TemplateHit>() : tryTemplates(text, complete, partial);
}

QList<TemplateHit> TemplateFinder::tryTemplates(const QString &text, const QList<int> &complete,
                                                QList<int> *partial) const
{
    QList<TemplateHit> hits;
    hits.reserve(complete.size());
    const NormalizedText normalized(text);
    QHash<int, MessageTemplate::MatchResult> tried; // by the first entry with the same template text
    for (int i : complete) {
        const int same = m_sameTextAs.at(i);
        auto result = tried.constFind(same);
        if (result == tried.cend())
            result = tried.insert(same, m_catalog.entries().at(i).messageTemplate.match(normalized));
        if (result->matched)
            hits.append({i, *result});
        else if (partial)
            partial->append(i);
    }
    return hits;
}

QSet<int> TemplateFinder::lesserFits(const QHash<int, TemplateHit> &hits) const
{
    QList<int> whole;
    for (const TemplateHit &h : hits) {
        if (h.result.whole)
            whole.append(h.entry);
    }
    QSet<int> lesser;
    for (const TemplateHit &h : hits) {
        const WordIds &words = m_literalIds.at(h.entry);
        const bool outranked = std::any_of(whole.cbegin(), whole.cend(), [&](int other) {
            const WordIds &more = m_literalIds.at(other);
            return more.size() > words.size() &&
                   std::includes(more.cbegin(), more.cend(), words.cbegin(), words.cend());
        });
        if ((!h.result.whole && !whole.isEmpty()) || outranked)
            lesser.insert(h.entry);
    }
    return lesser;
}

QList<TemplateHit> TemplateFinder::findBeginning(const QString &message) const
{
    QList<TemplateHit> hits;
    const NormalizedText normalized(message);
    const QStringList words = normalized.words();
    if (words.isEmpty())
        return hits;
    QSet<QString> texts;
    for (int i : m_byFirstWord.value(words.front())) {
        const MessageTemplate &t = m_catalog.entries().at(i).messageTemplate;
        TemplateHit hit{i, t.matchBeginning(normalized)};
        if (hit.result.matched && !hit.result.whole) {
            texts.insert(t.text());
            hits.append(hit);
        }
    }
    for (TemplateHit &h : hits)
        h.cutFits = int(texts.size());
    return hits;
}
