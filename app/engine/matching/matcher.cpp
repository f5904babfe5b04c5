// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "matcher.h"

#include "normalizedtext.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

// The text translated in this unit's context (lupdate reads translated() as tr(): app/i18n/CMakeLists.txt).
QString translated(const char *text)
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
    : m_catalog(catalog), m_endpoints(catalog.entries()), m_scorer(catalog, m_endpoints), m_templates(catalog)
{}

bool Matcher::mightMatch(const ParsedResponse &r) const
{
    if (!r.code.isEmpty() && m_catalog.isKnownCode(StatusCodes::normaliseCode(r.code)))
        return true;
    if (!r.message.isEmpty() && r.message.size() <= kMaxMessageLength &&
        !m_templates.find(r.message, nullptr).isEmpty())
        return true;
    return !r.text.isEmpty() && r.text.size() <= kMaxUnstructuredText && !m_templates.find(r.text, nullptr).isEmpty();
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
            d->notes << translated(
                            "A text of %1 MB is too long to look for documented messages in; its status and code were "
                            "still read.")
                            .arg(double(t.size()) / (1024.0 * 1024.0), 0, 'f', 1);
            continue;
        }
        for (const TemplateHit &h : m_templates.find(t, partial)) {
            auto it = hits.find(h.entry);
            if (it == hits.end() || (h.result.whole && !it->result.whole))
                hits.insert(h.entry, h);
        }
    }
    // A shorter template found inside a cut-off message is a lesser fit than the one it is the beginning of.
    const bool wholeHit = std::any_of(hits.cbegin(), hits.cend(), [](const TemplateHit &h) { return h.result.whole; });
    if (d->input.messageTruncated && !wholeHit) {
        const QList<TemplateHit> beginnings = d->input.message.size() <= kMaxMessageLength
                                                  ? m_templates.findBeginning(d->input.message)
                                                  : QList<TemplateHit>();
        if (!beginnings.isEmpty())
            hits.clear();
        for (const TemplateHit &h : beginnings)
            hits.insert(h.entry, h);
    }
    return hits;
}

// The entries whose message was found and those that share the response's code, in catalog order. With a message
// found, an entry that only shares the code is a near miss (addMatches), and only the first few of those are ever
// kept: the others are not read, so a code that thousands of entries share costs no more than one.
QList<int> Matcher::candidatesFor(const QHash<int, TemplateHit> &hits, const Evidence &evidence) const
{
    QList<int> candidates = hits.keys();
    const QList<int> sameCode =
        evidence.normalisedCode.isEmpty() ? QList<int>() : m_catalog.byCode(evidence.normalisedCode);
    if (candidates.isEmpty())
        return sameCode;
    int codeOnly = 0;
    for (auto i = sameCode.cbegin(); i != sameCode.cend() && codeOnly < kMaxNearMisses; ++i) {
        if (!hits.contains(*i)) {
            candidates.append(*i);
            ++codeOnly;
        }
    }
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

void Matcher::addMatches(Diagnosis *d, const QStringList &texts, const Evidence &evidence, QList<int> *partial,
                         QList<NearMissLead> *leads) const
{
    const QHash<int, TemplateHit> hits = findMessages(d, texts, partial);
    const QSet<int> lesser = m_templates.lesserFits(hits);
    // Near misses, closest first: templates that fit less closely, then entries that only share the code. Only the
    // first few are ever shown.
    QList<NearMissLead> lesserTemplates;
    QList<NearMissLead> sameCode;
    for (int i : candidatesFor(hits, evidence)) {
        const auto hit = hits.constFind(i);
        const TemplateHit *found = hit == hits.constEnd() ? nullptr : &hit.value();
        // With a documented message found, an entry that only shares the code is a near miss, not a match; so is
        // one whose template fits the message less closely than another's.
        const bool sharesCodeOnly = !found && !hits.isEmpty();
        const bool mayMatch = !sharesCodeOnly && !lesser.contains(i);
        const EntryScorer::Weighing w = mayMatch ? m_scorer.weigh(i, evidence, found) : EntryScorer::Weighing();
        if (mayMatch && w.confidence >= EntryScorer::kThreshold)
            d->matches.append(m_scorer.match(i, evidence, found, w));
        else if (QList<NearMissLead> &list = found ? lesserTemplates : sameCode; list.size() < kMaxNearMisses)
            list.append({i, found ? std::optional<TemplateHit>(*found) : std::nullopt, -1, {}});
    }
    *leads << lesserTemplates << sameCode;
    std::stable_sort(d->matches.begin(), d->matches.end(),
                     [](const Match &a, const Match &b) { return a.confidence > b.confidence; });
    const EndpointIndex::Request &request = evidence.request;
    if (!request.otherApi.isEmpty()) {
        // Another Wix API's error may share words with a Domains message: none of its entries is the answer.
        for (const Match &m : std::as_const(d->matches))
            leads->append({int(m.entry - m_catalog.entries().constData()), std::nullopt, -1, m.reasons});
        d->matches.clear();
        d->notes << translated("This is not a Domains API error: the URL names the %1 API.").arg(request.otherApi);
    } else if (d->matches.isEmpty() && !evidence.normalisedCode.isEmpty() && !request.documentedApi &&
               !m_catalog.isKnownCode(evidence.normalisedCode)) {
        d->notes << translated("This is not a Domains API error: no Domains table documents the code %1.")
                        .arg(evidence.code);
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
        d->notes << translated("HTTP status %1 has no entry in the catalog.").arg(status);
        return;
    }
    Match m;
    m.entry = g;
    m.confidence = EntryScorer::kGeneric;
    m.level = Confidence::Generic;
    m.reasons << (r.httpStatus > 0
                      ? translated("only the HTTP status is certain: this is Wix's general meaning of %1").arg(status)
                      : translated("an empty body {\"message\": \"\", \"details\": {}} is how Wix sends 5xx system "
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
            reasons << translated(
                           "the message shares %1% of the words of the documented \u201c%2\u201d, but not its wording")
                           .arg(QString::number(int(lead.wordShare * 100)), e.messageTemplate.text());
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
            m.reasons = {translated("HTTP status %1 matches").arg(e.httpStatus)};
        }
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Match &a, const Match &b) { return a.confidence > b.confidence; });
    return out;
}
