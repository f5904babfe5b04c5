// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "templatefinder.h"

#include "normalizedtext.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace {

bool holdsAll(const QList<int> &literal, const QList<int> &words)
{
    return !literal.isEmpty() && std::includes(words.cbegin(), words.cend(), literal.cbegin(), literal.cend());
}

} // namespace

TemplateFinder::TemplateFinder(const Catalog &catalog) : m_catalog(catalog)
{
    QHash<QString, int> firstWithText;
    const QList<CatalogEntry> &entries = catalog.entries();
    m_literalIds.reserve(entries.size());
    m_sameTextAs.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const MessageTemplate &t = entries.at(i).messageTemplate;
        for (const QString &w : t.literalWords()) {
            if (!m_wordIds.contains(w))
                m_wordIds.insert(w, int(m_wordIds.size()));
        }
        m_literalIds.append(idsOf(t.literalWords()));
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
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QList<TemplateHit> TemplateFinder::find(const QString &text, QList<int> *partial) const
{
    // One walk over the words: the templates they anchor, and the ids of the words to check literal words against.
    QVarLengthArray<int, 16> anchored;
    QVarLengthArray<QChar, 512> letters; // the words, one after the other: the walk lends each only for a moment
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 64> spans;
    NormalizedText::forEachWord(text, [&](QStringView word) {
        if (const QList<int> *entries = m_catalog.byAnchorWord(word))
            anchored.append(entries->constData(), entries->size());
        spans.append({letters.size(), word.size()});
        letters.append(word.data(), word.size());
    });
    if (anchored.isEmpty())
        return {}; // most log lines: no template has its rarest word here
    WordIds ids;
    ids.reserve(spans.size());
    for (const auto &[from, length] : spans)
        ids.append(m_wordIds.value(QString::fromRawData(letters.constData() + from, length), -1)); // no copy
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // In catalog order, so that results never depend on hashing order.
    std::sort(anchored.begin(), anchored.end());
    anchored.erase(std::unique(anchored.begin(), anchored.end()), anchored.end());
    // A template can only match a text that holds all its literal words: check that before folding the text.
    QList<int> complete;
    complete.reserve(anchored.size());
    if (partial)
        partial->reserve(partial->size() + anchored.size());
    for (int i : std::as_const(anchored)) {
        if (holdsAll(m_literalIds.at(i), ids))
            complete.append(i);
        else if (partial)
            partial->append(i);
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
