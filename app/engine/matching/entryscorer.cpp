// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "entryscorer.h"

#include "statuscodes.h"

#include <algorithm>
#include <cmath>

namespace {

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
// The message decides: a whole documented message with its status outranks an entry that shares only the code
// (kCodeOnlyMessageDiffers + kStatusWithCodeOnlyMessageDiffers), and stays Likely.
constexpr double kCodeMismatchWholeMessage = 0.05;
constexpr double kStatusMismatch = 0.25;
constexpr double kExactFrom = 0.9; // the level names of a confidence, with EntryScorer::kLikelyFrom

using Message = EntryScorer::Weighing::Message;

Message messageFit(const TemplateHit &hit)
{
    if (hit.cutFits > 0)
        return hit.cutFits == 1 ? Message::BeginningOfOne : Message::BeginningOfSeveral;
    return hit.result.whole ? Message::Whole : Message::Part;
}

Message codeOnlyFit(const CatalogEntry &e, const Evidence &evidence)
{
    if (e.messageTemplate.isEmpty())
        return Message::Absent;
    return evidence.hasMessage ? Message::Differs : Message::NotInInput;
}

double messageWeight(Message message, bool statusMatch)
{
    switch (message) {
    case Message::None:
        return 0;
    case Message::BeginningOfOne:
        return kMessageBeginningOfOne;
    case Message::BeginningOfSeveral:
        return kMessageBeginningOfSeveral;
    case Message::Whole:
        return kMessageWhole;
    case Message::Part:
        return kMessagePart;
    case Message::Absent:
        return kCodeOnlyEntryWithoutTemplate + (statusMatch ? kStatusWithCodeOnly : 0);
    case Message::NotInInput:
        return kCodeOnlyNoMessageInInput + (statusMatch ? kStatusWithCodeOnly : 0);
    case Message::Differs:
        return kCodeOnlyMessageDiffers + (statusMatch ? kStatusWithCodeOnlyMessageDiffers : 0);
    }
    return 0;
}

bool foundInText(Message message)
{
    return message == Message::BeginningOfOne || message == Message::BeginningOfSeveral || message == Message::Whole ||
           message == Message::Part;
}

} // namespace

Evidence::Evidence(const ParsedResponse &response, EndpointIndex::Request endpoint)
    : code(response.code), normalisedCode(StatusCodes::normaliseCode(response.code)), codeGuessed(response.codeGuessed),
      httpStatus(response.effectiveHttpStatus()), hasMessage(!response.message.isEmpty()), request(std::move(endpoint))
{}

EntryScorer::EntryScorer(const Catalog &catalog, const EndpointIndex &endpoints)
    : m_catalog(catalog), m_endpoints(endpoints)
{
    m_codes.reserve(catalog.entries().size());
    for (const CatalogEntry &e : catalog.entries())
        m_codes.append(StatusCodes::normaliseCode(e.code));
}

EntryScorer::Weighing EntryScorer::weigh(int entry, const Evidence &evidence, const TemplateHit *hit) const
{
    const CatalogEntry &e = m_catalog.entries().at(entry);
    const QString &code = m_codes.at(entry);
    Weighing w;
    w.codeMatch = !evidence.normalisedCode.isEmpty() && evidence.normalisedCode == code;
    // A code read from a word of the text, not from a code field, is too weak to count against an entry.
    w.codeMismatch = !evidence.normalisedCode.isEmpty() && !code.isEmpty() && !w.codeMatch && !evidence.codeGuessed;
    w.statusMatch = evidence.httpStatus > 0 && evidence.httpStatus == e.httpStatus;
    w.statusMismatch = evidence.httpStatus > 0 && evidence.httpStatus != e.httpStatus;
    if (hit) {
        w.message = messageFit(*hit);
        w.cutFits = hit->cutFits;
    } else if (w.codeMatch) {
        w.message = codeOnlyFit(e, evidence);
    }
    w.endpoint = m_endpoints.fit(evidence.request, e.endpoint);
    double s = messageWeight(w.message, w.statusMatch);
    if (foundInText(w.message))
        s += (w.codeMatch ? kCodeWithMessage : 0) + (w.statusMatch ? kStatusWithMessage : 0);
    const bool messageDecides = w.message == Message::Whole && w.statusMatch;
    s -= (w.codeMismatch ? (messageDecides ? kCodeMismatchWholeMessage : kCodeMismatch) : 0) +
         (w.statusMismatch ? kStatusMismatch : 0);
    if (w.endpoint == EndpointIndex::Fit::Same)
        s += kEndpointMatch;
    else if (w.endpoint == EndpointIndex::Fit::Other || w.endpoint == EndpointIndex::Fit::MethodDiffers)
        s -= kEndpointOther;
    w.confidence = std::round(std::clamp(s, 0.0, 1.0) * 100.0) / 100.0;
    return w;
}

QStringList EntryScorer::explain(int entry, const Evidence &evidence, const Weighing &w) const
{
    const CatalogEntry &e = m_catalog.entries().at(entry);
    QStringList reasons;
    switch (w.message) {
    case Message::None:
        break;
    case Message::BeginningOfOne:
        reasons << tr("message truncated: what was received is the beginning of the documented message");
        break;
    case Message::BeginningOfSeveral:
        reasons << tr("message truncated: what was received is the beginning of %1 documented messages").arg(w.cutFits);
        break;
    case Message::Whole:
        reasons << tr("the message matches the documented template");
        break;
    case Message::Part:
        reasons << tr("the text contains the documented message");
        break;
    case Message::Absent:
        reasons << tr("this error is documented without a message: the code identifies it");
        break;
    case Message::NotInInput:
        reasons << tr("no message to compare: identified by its code");
        break;
    case Message::Differs:
        reasons << tr("the message differs from the documented \u201c%1\u201d").arg(e.messageTemplate.text());
        break;
    }
    if (w.codeMatch)
        reasons << tr("code %1 matches").arg(e.code);
    else if (w.codeMismatch && w.message == Message::Whole && w.statusMatch)
        reasons << tr("code %1 differs from the documented %2, but the whole documented message with its status "
                      "decides over entries that share only the code")
                       .arg(evidence.code, e.code);
    else if (w.codeMismatch)
        reasons << tr("code %1 differs from the documented %2").arg(evidence.code, e.code);
    if (w.statusMatch) {
        reasons << tr("HTTP status %1 matches").arg(evidence.httpStatus);
    } else if (w.statusMismatch) {
        reasons << tr("HTTP status %1 differs from the documented %2 %3")
                       .arg(QString::number(evidence.httpStatus), QString::number(e.httpStatus), e.status);
    }
    const EndpointIndex::Request &request = evidence.request;
    switch (w.endpoint) {
    case EndpointIndex::Fit::Same:
        reasons << tr("the URL names the %1 endpoint").arg(e.endpoint.name);
        break;
    case EndpointIndex::Fit::Other:
        reasons << (request.otherApi.isEmpty() ? tr("the URL names another endpoint than %1").arg(e.endpoint.name)
                                               : tr("the URL names another Wix API (%1)").arg(request.otherApi));
        break;
    case EndpointIndex::Fit::MethodDiffers:
        reasons << tr("the request method %1 differs from the %2 of %3")
                       .arg(request.method, e.endpoint.method, e.endpoint.name);
        break;
    case EndpointIndex::Fit::Unknown:
        break;
    }
    return reasons;
}

Match EntryScorer::match(int entry, const Evidence &evidence, const TemplateHit *hit, const Weighing &w) const
{
    Match m;
    m.entry = &m_catalog.entries().at(entry);
    m.confidence = w.confidence;
    m.level = levelFor(entry, w.confidence);
    m.reasons = explain(entry, evidence, w);
    if (hit)
        m.variables = hit->result.captures;
    return m;
}

Confidence EntryScorer::levelFor(int entry, double confidence) const
{
    if (m_catalog.entries().at(entry).isGeneric())
        return Confidence::Generic;
    if (confidence >= kExactFrom)
        return Confidence::Exact;
    return confidence >= kLikelyFrom ? Confidence::Likely : Confidence::Possible;
}
