// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "matcher.h"

#include "normalizedtext.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Matcher", text);
}

constexpr int kMaxNearMisses = 3;
constexpr double kNearMissOverlap = 0.5; // the share of a template's literal words a near miss holds at least
// A line with no message field is searched for templates whole only up to this size (a log line, not a dump).
constexpr qsizetype kMaxUnstructuredText = 4096;

double overlap(const QStringList &templateWords, const QSet<QString> &words)
{
    if (templateWords.isEmpty())
        return 0;
    int found = 0;
    for (const QString &w : templateWords)
        found += words.contains(w) ? 1 : 0;
    return double(found) / double(templateWords.size());
}

} // namespace

Matcher::Matcher(const Catalog &catalog)
    : m_catalog(catalog), m_endpoints(catalog.entries()), m_scorer(catalog, m_endpoints)
{
    for (int i = 0; i < catalog.entries().size(); ++i) {
        const QString first = catalog.entries().at(i).messageTemplate.firstWord();
        if (!first.isEmpty())
            m_byFirstWord[first].append(i);
    }
}

QList<TemplateHit> Matcher::beginningHits(const QString &message) const
{
    QList<TemplateHit> hits;
    const NormalizedText normalized(message);
    const QStringList words = normalized.words();
    if (words.isEmpty() || message.size() > kMaxMessageLength)
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

QList<TemplateHit> Matcher::templateHits(const QString &text, QList<int> *partial) const
{
    QList<TemplateHit> hits;
    if (text.isEmpty() || text.size() > kMaxMessageLength)
        return hits;
    // One walk over the words: the templates they anchor, and the words themselves to check literal words against.
    QVarLengthArray<int, 16> anchored;
    QVarLengthArray<QChar, 512> letters; // the words, one after the other
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 64> spans;
    NormalizedText::forEachWord(text, [&](QStringView word) {
        if (const QList<int> *entries = m_catalog.byAnchorWord(word))
            anchored.append(entries->constData(), entries->size());
        spans.append({letters.size(), word.size()});
        letters.append(word.data(), word.size());
    });
    if (anchored.isEmpty())
        return hits; // most log lines: no template has its rarest word here
    QVarLengthArray<QStringView, 64> words;
    for (const auto &[from, length] : spans)
        words.append(QStringView(letters.constData() + from, length));
    // In catalog order, so that results never depend on hashing order.
    std::sort(anchored.begin(), anchored.end());
    anchored.erase(std::unique(anchored.begin(), anchored.end()), anchored.end());
    // A template can only match a text that holds all its literal words: check that before folding the text.
    QList<int> complete;
    for (int i : std::as_const(anchored)) {
        const QStringList &literal = m_catalog.entries().at(i).messageTemplate.literalWords();
        const bool holdsAll = !literal.isEmpty() && std::all_of(literal.begin(), literal.end(), [&](const QString &w) {
            return std::find(words.cbegin(), words.cend(), QStringView(w)) != words.cend();
        });
        if (holdsAll)
            complete.append(i);
        else if (partial)
            partial->append(i);
    }
    if (complete.isEmpty())
        return hits;
    const NormalizedText normalized(text);
    for (int i : std::as_const(complete)) {
        TemplateHit hit{i, m_catalog.entries().at(i).messageTemplate.match(normalized)};
        if (hit.result.matched)
            hits.append(hit);
        else if (partial)
            partial->append(i);
    }
    return hits;
}

bool Matcher::mightMatch(const ParsedResponse &r) const
{
    if (!r.code.isEmpty() && m_catalog.isKnownCode(StatusCodes::normaliseCode(r.code)))
        return true;
    if (!r.message.isEmpty() && !templateHits(r.message, nullptr).isEmpty())
        return true;
    return r.text.size() <= kMaxUnstructuredText && !templateHits(r.text, nullptr).isEmpty();
}

Diagnosis Matcher::diagnose(const ParsedResponse &r) const
{
    Diagnosis d;
    d.input = r;
    const Evidence evidence(r, m_endpoints.classify(r.method, r.url));
    const QStringList texts = messageTexts(r);
    QList<int> partial;
    QList<NearMissLead> leads;
    addMatches(&d, texts, evidence, &partial, &leads);
    const bool confident = !d.matches.isEmpty() && d.matches.front().confidence >= EntryScorer::kLikelyFrom;
    if (!confident) {
        addGeneric(&d);
        addWordNearMisses(texts, partial, &leads);
    }
    explainNearMisses(&d, evidence, leads);
    return d;
}

QStringList Matcher::messageTexts(const ParsedResponse &r)
{
    // Every text that may carry the documented message; the raw text only when nothing structured was read.
    QStringList texts;
    if (!r.message.isEmpty())
        texts << r.message;
    texts << r.descriptions;
    if (texts.isEmpty() && !r.text.isEmpty())
        texts << r.text;
    return texts;
}

// The documented messages the texts hold, by entry; a message cut off is the beginning of its template.
QHash<int, TemplateHit> Matcher::findMessages(Diagnosis *d, const QStringList &texts, QList<int> *partial) const
{
    QHash<int, TemplateHit> hits;
    for (const QString &t : texts) {
        if (t.size() > kMaxMessageLength) {
            d->notes << tr("A text of %1 MB is too long to look for documented messages in; its status and code were "
                           "still read.")
                            .arg(double(t.size()) / (1024.0 * 1024.0), 0, 'f', 1);
            continue;
        }
        for (const TemplateHit &h : templateHits(t, partial)) {
            auto it = hits.find(h.entry);
            if (it == hits.end() || (h.result.whole && !it->result.whole))
                hits.insert(h.entry, h);
        }
    }
    // A shorter template found inside a cut-off message is a lesser fit than the one it is the beginning of.
    const bool wholeHit = std::any_of(hits.cbegin(), hits.cend(), [](const TemplateHit &h) { return h.result.whole; });
    if (d->input.messageTruncated && !wholeHit) {
        const QList<TemplateHit> beginnings = beginningHits(d->input.message);
        if (!beginnings.isEmpty())
            hits.clear();
        for (const TemplateHit &h : beginnings)
            hits.insert(h.entry, h);
    }
    return hits;
}

void Matcher::addMatches(Diagnosis *d, const QStringList &texts, const Evidence &evidence, QList<int> *partial,
                         QList<NearMissLead> *leads) const
{
    const QHash<int, TemplateHit> hits = findMessages(d, texts, partial);
    QList<int> candidates = hits.keys();
    if (!evidence.normalisedCode.isEmpty())
        candidates << m_catalog.byCode(evidence.normalisedCode);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    const bool wholeHit = std::any_of(hits.cbegin(), hits.cend(), [](const TemplateHit &h) { return h.result.whole; });
    for (int i : std::as_const(candidates)) {
        const auto hit = hits.constFind(i);
        const TemplateHit *found = hit == hits.constEnd() ? nullptr : &hit.value();
        const EntryScorer::Weighing w = m_scorer.weigh(i, evidence, found);
        // With a documented message found, an entry that only shares the code is a near miss, not a match; so is
        // one whose message is only a part of what a whole documented message accounts for.
        const bool sharesCodeOnly = !found && !hits.isEmpty();
        const bool lesserPart = found && !found->result.whole && wholeHit;
        if (w.confidence >= EntryScorer::kThreshold && !sharesCodeOnly && !lesserPart)
            d->matches.append(m_scorer.match(i, evidence, found));
        else
            leads->append({i, found ? std::optional<TemplateHit>(*found) : std::nullopt, -1, {}});
    }
    std::stable_sort(d->matches.begin(), d->matches.end(),
                     [](const Match &a, const Match &b) { return a.confidence > b.confidence; });
    const EndpointIndex::Request &request = evidence.request;
    if (!request.otherApi.isEmpty()) {
        // Another Wix API's error may share words with a Domains message: none of its entries is the answer.
        for (const Match &m : std::as_const(d->matches))
            leads->append({int(m.entry - m_catalog.entries().constData()), std::nullopt, -1, m.reasons});
        d->matches.clear();
        d->notes << tr("This is not a Domains API error: the URL names the %1 API.").arg(request.otherApi);
    } else if (d->matches.isEmpty() && !evidence.normalisedCode.isEmpty() && !request.documentedApi &&
               !m_catalog.isKnownCode(evidence.normalisedCode)) {
        d->notes << tr("This is not a Domains API error: no Domains table documents the code %1.").arg(evidence.code);
    }
}

void Matcher::addGeneric(Diagnosis *d) const
{
    const ParsedResponse &r = d->input;
    const int status = r.effectiveHttpStatus() > 0 ? r.effectiveHttpStatus() : (r.emptySystemBody ? 500 : 0);
    if (status < 400)
        return;
    const CatalogEntry *g = m_catalog.genericFor(status);
    if (!g) {
        d->notes << tr("HTTP status %1 has no entry in the catalog.").arg(status);
        return;
    }
    Match m;
    m.entry = g;
    m.confidence = EntryScorer::kGeneric;
    m.level = Confidence::Generic;
    m.reasons << (r.httpStatus > 0
                      ? tr("only the HTTP status is certain: this is Wix's general meaning of %1").arg(status)
                      : tr("an empty body {\"message\": \"\", \"details\": {}} is how Wix sends 5xx system "
                           "errors"));
    d->matches.append(m);
}

// Near misses: templates that share words with the text but not its wording, most alike first.
void Matcher::addWordNearMisses(const QStringList &texts, QList<int> partial, QList<NearMissLead> *leads) const
{
    QSet<QString> words;
    for (const QString &t : texts) {
        if (t.size() <= kMaxMessageLength)
            NormalizedText::forEachWord(t, [&words](QStringView w) { words.insert(w.toString()); });
    }
    std::sort(partial.begin(), partial.end());
    partial.erase(std::unique(partial.begin(), partial.end()), partial.end());
    QList<NearMissLead> alike;
    for (int i : std::as_const(partial)) {
        const double share = overlap(m_catalog.entries().at(i).messageTemplate.literalWords(), words);
        if (share >= kNearMissOverlap)
            alike.append({i, std::nullopt, share, {}});
    }
    std::stable_sort(alike.begin(), alike.end(),
                     [](const NearMissLead &a, const NearMissLead &b) { return a.wordShare > b.wordShare; });
    leads->append(alike);
}

// The first few near misses that are not matches, put into words.
void Matcher::explainNearMisses(Diagnosis *d, const Evidence &evidence, const QList<NearMissLead> &leads) const
{
    QSet<int> listed;
    for (const Match &m : std::as_const(d->matches))
        listed.insert(int(m.entry - m_catalog.entries().constData()));
    for (const NearMissLead &lead : leads) {
        if (d->nearMisses.size() >= kMaxNearMisses)
            break;
        if (listed.contains(lead.entry))
            continue;
        listed.insert(lead.entry);
        const CatalogEntry &e = m_catalog.entries().at(lead.entry);
        QStringList reasons = lead.reasons;
        if (lead.wordShare >= 0) {
            reasons << tr("the message shares %1% of the words of the documented \u201c%2\u201d, but not its wording")
                           .arg(int(lead.wordShare * 100))
                           .arg(e.messageTemplate.text());
        } else if (reasons.isEmpty()) {
            const TemplateHit *hit = lead.hit ? &*lead.hit : nullptr;
            reasons = m_scorer.explain(lead.entry, evidence, m_scorer.weigh(lead.entry, evidence, hit));
        }
        d->nearMisses.append({&e, reasons});
    }
}

QList<Match> Matcher::lookup(const StatusCodes::StatusQuery &status, const QString &code) const
{
    ParsedResponse query;
    query.httpStatus = status.valid ? status.httpStatus : 0;
    query.code = code;
    const Evidence evidence(query, EndpointIndex::Request());
    QList<Match> out;
    const QList<int> candidates = code.trimmed().isEmpty() ? m_catalog.byHttpStatus(query.httpStatus)
                                                           : m_catalog.byCode(StatusCodes::normaliseCode(code));
    for (int i : candidates) {
        const CatalogEntry &e = m_catalog.entries().at(i);
        if (query.httpStatus > 0 && e.httpStatus != query.httpStatus)
            continue;
        Match m = m_scorer.match(i, evidence, nullptr);
        if (code.trimmed().isEmpty()) {
            m.confidence = e.isGeneric() ? EntryScorer::kGeneric : 0.5;
            m.level = m_scorer.levelFor(i, m.confidence);
            m.reasons = {tr("HTTP status %1 matches").arg(e.httpStatus)};
        }
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Match &a, const Match &b) { return a.confidence > b.confidence; });
    return out;
}
