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

// Evidence weights. A whole-message match with the right code and status is certain; a code alone is strong
// when the entry has no message to confirm it; the status alone only ever gives Wix's generic meaning.
constexpr double kMessageWhole = 0.72;
constexpr double kMessagePart = 0.64;              // with the status: Likely
constexpr double kMessageBeginningOfOne = 0.66;    // a cut-off message that only one documented text begins so
constexpr double kMessageBeginningOfSeveral = 0.5; // ... that several do: every one is offered
constexpr double kCodeWithMessage = 0.20;
constexpr double kStatusWithMessage = 0.06;
constexpr double kCodeOnlyEntryWithoutTemplate = 0.75;
constexpr double kCodeOnlyNoMessageInInput = 0.65;
constexpr double kCodeOnlyMessageDiffers = 0.45;
constexpr double kStatusWithCodeOnly = 0.20;
constexpr double kStatusWithCodeOnlyMessageDiffers = 0.10;
constexpr double kEndpointMatch = 0.02;
constexpr double kEndpointOther = 0.08;
constexpr double kCodeMismatch = 0.30;
constexpr double kStatusMismatch = 0.25;
constexpr double kThreshold = 0.35; // below it, an entry is a near miss, not a match
constexpr double kExactFrom = 0.9;  // the level names of a confidence
constexpr double kLikelyFrom = 0.7; // and, for the diagnosis, confident: no generic entry or near misses needed
constexpr double kGeneric = 0.30;
constexpr int kMaxNearMisses = 3;
constexpr double kNearMissOverlap = 0.5; // the share of a template's literal words a near miss holds at least
// A line with no message field is searched for templates whole only up to this size (a log line, not a dump).
constexpr qsizetype kMaxUnstructuredText = 4096;

Confidence levelFor(const CatalogEntry &e, double confidence)
{
    if (e.isGeneric())
        return Confidence::Generic;
    if (confidence >= kExactFrom)
        return Confidence::Exact;
    return confidence >= kLikelyFrom ? Confidence::Likely : Confidence::Possible;
}

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

Matcher::Matcher(const Catalog &catalog) : m_catalog(catalog), m_endpoints(catalog.entries())
{
    for (int i = 0; i < catalog.entries().size(); ++i) {
        const QString first = catalog.entries().at(i).messageTemplate.firstWord();
        if (!first.isEmpty())
            m_byFirstWord[first].append(i);
    }
}

QList<Matcher::TemplateHit> Matcher::beginningHits(const QString &message) const
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

QList<Matcher::TemplateHit> Matcher::templateHits(const QString &text, QList<int> *partial) const
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

Match Matcher::score(int index, const ParsedResponse &r, const TemplateHit *hit,
                     const EndpointIndex::Request &request) const
{
    const CatalogEntry &e = m_catalog.entries().at(index);
    Match m;
    m.entry = &e;
    const QString codeIn = StatusCodes::normaliseCode(r.code);
    const QString codeEntry = StatusCodes::normaliseCode(e.code);
    const bool codeMatch = !codeIn.isEmpty() && codeIn == codeEntry;
    // A code read from a word of the text, not from a code field, is too weak to count against an entry.
    const bool codeMismatch = !codeIn.isEmpty() && !codeEntry.isEmpty() && codeIn != codeEntry && !r.codeGuessed;
    const int httpIn = r.effectiveHttpStatus();
    const bool statusMatch = httpIn > 0 && httpIn == e.httpStatus;
    const bool statusMismatch = httpIn > 0 && httpIn != e.httpStatus;
    const bool inputHasMessage = !r.message.isEmpty();
    double s = 0;

    if (hit) {
        m.variables = hit->result.captures;
        if (hit->cutFits > 0) {
            s += hit->cutFits == 1 ? kMessageBeginningOfOne : kMessageBeginningOfSeveral;
            m.reasons << (hit->cutFits == 1
                              ? tr("message truncated: what was received is the beginning of the documented message")
                              : tr("message truncated: what was received is the beginning of %1 documented messages")
                                    .arg(hit->cutFits));
        } else {
            s += hit->result.whole ? kMessageWhole : kMessagePart;
            m.reasons << (hit->result.whole ? tr("the message matches the documented template")
                                            : tr("the text contains the documented message"));
        }
        if (codeMatch) {
            s += kCodeWithMessage;
        }
        if (statusMatch)
            s += kStatusWithMessage;
    } else if (codeMatch) {
        if (e.messageTemplate.isEmpty()) {
            s += kCodeOnlyEntryWithoutTemplate + (statusMatch ? kStatusWithCodeOnly : 0);
            m.reasons << tr("this error is documented without a message: the code identifies it");
        } else if (!inputHasMessage) {
            s += kCodeOnlyNoMessageInInput + (statusMatch ? kStatusWithCodeOnly : 0);
            m.reasons << tr("no message to compare: identified by its code");
        } else {
            s += kCodeOnlyMessageDiffers + (statusMatch ? kStatusWithCodeOnlyMessageDiffers : 0);
            m.reasons << tr("the message differs from the documented \u201c%1\u201d").arg(e.messageTemplate.text());
        }
    }
    if (codeMatch)
        m.reasons << tr("code %1 matches").arg(e.code);
    else if (codeMismatch)
        m.reasons << tr("code %1 differs from the documented %2").arg(r.code, e.code);
    if (codeMismatch)
        s -= kCodeMismatch;
    if (statusMatch) {
        m.reasons << tr("HTTP status %1 matches").arg(httpIn);
    } else if (statusMismatch) {
        s -= kStatusMismatch;
        m.reasons << tr("HTTP status %1 differs from the documented %2 %3").arg(httpIn).arg(e.httpStatus).arg(e.status);
    }
    switch (m_endpoints.fit(request, e.endpoint)) {
    case EndpointIndex::Fit::Same:
        s += kEndpointMatch;
        m.reasons << tr("the URL names the %1 endpoint").arg(e.endpoint.name);
        break;
    case EndpointIndex::Fit::Other:
        s -= kEndpointOther;
        m.reasons << (request.otherApi.isEmpty() ? tr("the URL names another endpoint than %1").arg(e.endpoint.name)
                                                 : tr("the URL names another Wix API (%1)").arg(request.otherApi));
        break;
    case EndpointIndex::Fit::MethodDiffers:
        s -= kEndpointOther;
        m.reasons << tr("the request method %1 differs from the %2 of %3")
                         .arg(request.method, e.endpoint.method, e.endpoint.name);
        break;
    case EndpointIndex::Fit::Unknown:
        break;
    }
    m.confidence = std::round(std::clamp(s, 0.0, 1.0) * 100.0) / 100.0;
    m.level = levelFor(e, m.confidence);
    return m;
}

Diagnosis Matcher::diagnose(const ParsedResponse &r) const
{
    Diagnosis d;
    d.input = r;
    const EndpointIndex::Request request = m_endpoints.classify(r.method, r.url);
    const QStringList texts = messageTexts(r);
    QList<int> partial;
    addMatches(&d, texts, request, &partial);
    const bool confident = !d.matches.isEmpty() && d.matches.front().confidence >= kLikelyFrom;
    if (!confident) {
        addGeneric(&d);
        addWordNearMisses(&d, texts, partial);
    }
    d.nearMisses.erase(std::remove_if(d.nearMisses.begin(), d.nearMisses.end(),
                                      [&](const NearMiss &n) {
                                          return std::any_of(d.matches.cbegin(), d.matches.cend(),
                                                             [&](const Match &m) { return m.entry == n.entry; });
                                      }),
                       d.nearMisses.end());
    if (d.nearMisses.size() > kMaxNearMisses)
        d.nearMisses.resize(kMaxNearMisses);
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

void Matcher::addMatches(Diagnosis *d, const QStringList &texts, const EndpointIndex::Request &request,
                         QList<int> *partial) const
{
    const ParsedResponse &r = d->input;
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

    // A message cut off is the beginning of its template; a shorter template found inside it is a lesser fit.
    const bool wholeHit = std::any_of(hits.cbegin(), hits.cend(), [](const TemplateHit &h) { return h.result.whole; });
    if (r.messageTruncated && !wholeHit) {
        const QList<TemplateHit> beginnings = beginningHits(r.message);
        if (!beginnings.isEmpty())
            hits.clear();
        for (const TemplateHit &h : beginnings)
            hits.insert(h.entry, h);
    }

    QList<int> candidates = hits.keys();
    if (!r.code.isEmpty()) {
        for (int i : m_catalog.byCode(StatusCodes::normaliseCode(r.code))) {
            if (!candidates.contains(i))
                candidates.append(i);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    for (int i : std::as_const(candidates)) {
        const auto hit = hits.constFind(i);
        Match m = score(i, r, hit == hits.constEnd() ? nullptr : &hit.value(), request);
        // With a documented message found, an entry that only shares the code is a near miss, not a match.
        const bool sharesCodeOnly = hit == hits.constEnd() && !hits.isEmpty();
        if (m.confidence >= kThreshold && !sharesCodeOnly)
            d->matches.append(m);
        else
            d->nearMisses.append({m.entry, m.reasons});
    }
    std::stable_sort(d->matches.begin(), d->matches.end(),
                     [](const Match &a, const Match &b) { return a.confidence > b.confidence; });
    if (!request.otherApi.isEmpty()) {
        // Another Wix API's error may share words with a Domains message: none of its entries is the answer.
        for (const Match &m : std::as_const(d->matches))
            d->nearMisses.append({m.entry, m.reasons});
        d->matches.clear();
        d->notes << tr("This is not a Domains API error: the URL names the %1 API.").arg(request.otherApi);
    } else if (d->matches.isEmpty() && !r.code.isEmpty() && !request.documentedApi &&
               !m_catalog.isKnownCode(StatusCodes::normaliseCode(r.code))) {
        d->notes << tr("This is not a Domains API error: no Domains table documents the code %1.").arg(r.code);
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
    m.confidence = kGeneric;
    m.level = Confidence::Generic;
    m.reasons << (r.httpStatus > 0
                      ? tr("only the HTTP status is certain: this is Wix's general meaning of %1").arg(status)
                      : tr("an empty body {\"message\": \"\", \"details\": {}} is how Wix sends 5xx system "
                           "errors"));
    d->matches.append(m);
}

// Near misses: templates that share words with the text but not its wording, most alike first.
void Matcher::addWordNearMisses(Diagnosis *d, const QStringList &texts, QList<int> partial) const
{
    QSet<QString> words;
    for (const QString &t : texts) {
        if (t.size() <= kMaxMessageLength)
            NormalizedText::forEachWord(t, [&words](QStringView w) { words.insert(w.toString()); });
    }
    const auto overlapOf = [&](int i) {
        return overlap(m_catalog.entries().at(i).messageTemplate.literalWords(), words);
    };
    std::stable_sort(partial.begin(), partial.end(), [&](int a, int b) { return overlapOf(a) > overlapOf(b); });
    for (int i : std::as_const(partial)) {
        const CatalogEntry &e = m_catalog.entries().at(i);
        const double o = overlapOf(i);
        const bool listed =
            std::any_of(d->nearMisses.cbegin(), d->nearMisses.cend(), [&](const NearMiss &n) { return n.entry == &e; });
        if (o < kNearMissOverlap || listed)
            continue;
        d->nearMisses.append({&e,
                              {tr("the message shares %1% of the words of the documented \u201c%2\u201d, "
                                  "but not its wording")
                                   .arg(int(o * 100))
                                   .arg(e.messageTemplate.text())}});
    }
}

QList<Match> Matcher::lookup(const StatusCodes::StatusQuery &status, const QString &code) const
{
    ParsedResponse query;
    query.httpStatus = status.valid ? status.httpStatus : 0;
    query.code = code;
    QList<Match> out;
    const QList<int> candidates = code.trimmed().isEmpty() ? m_catalog.byHttpStatus(query.httpStatus)
                                                           : m_catalog.byCode(StatusCodes::normaliseCode(code));
    for (int i : candidates) {
        const CatalogEntry &e = m_catalog.entries().at(i);
        if (query.httpStatus > 0 && e.httpStatus != query.httpStatus)
            continue;
        Match m = score(i, query, nullptr, EndpointIndex::Request());
        if (code.trimmed().isEmpty()) {
            m.confidence = e.isGeneric() ? kGeneric : 0.5;
            m.level = levelFor(e, m.confidence);
            m.reasons = {tr("HTTP status %1 matches").arg(e.httpStatus)};
        }
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Match &a, const Match &b) { return a.confidence > b.confidence; });
    return out;
}
