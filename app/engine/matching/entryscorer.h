// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"
#include "endpointindex.h"

#include <QCoreApplication>

// What one response offers as evidence: read once, then weighed against every candidate entry.
struct Evidence
{
    QString code;           // as received, for the reasons
    QString normalisedCode; // as compared
    bool codeGuessed = false;
    int httpStatus = 0; // what the status line or the body says; 0 when neither does
    bool hasMessage = false;
    EndpointIndex::Request request;

    Evidence(const ParsedResponse &response, EndpointIndex::Request endpoint);
};

// A documented message found in a response.
struct TemplateHit
{
    int entry = -1;
    MessageTemplate::MatchResult result;
    int cutFits = 0; // for a message cut off: how many distinct templates it is the beginning of; else 0
};

// How well an entry fits a response, as a number and as the reasons behind it. The number is cheap and is worked
// out for every candidate; the reasons are words, written only for what is shown.
class EntryScorer
{
    Q_DECLARE_TR_FUNCTIONS(Matcher) // the reasons are the matcher's words
    Q_DISABLE_COPY_MOVE(EntryScorer)

public:
    static constexpr double kThreshold = 0.35; // below it, an entry is a near miss, not a match
    static constexpr double kLikelyFrom = 0.7; // a diagnosis this sure needs no generic entry or near misses
    static constexpr double kGeneric = 0.30;   // Wix's general meaning of a status

    EntryScorer(const Catalog &catalog, const EndpointIndex &endpoints);

    // The evidence an entry rests on, and the confidence it gives.
    struct Weighing
    {
        enum class Message { None, BeginningOfOne, BeginningOfSeveral, Whole, Part, Absent, NotInInput, Differs };
        Message message = Message::None;
        int cutFits = 0;
        bool codeMatch = false;
        bool codeMismatch = false;
        bool statusMatch = false;
        bool statusMismatch = false;
        EndpointIndex::Fit endpoint = EndpointIndex::Fit::Unknown;
        double confidence = 0.0;
    };
    Weighing weigh(int entry, const Evidence &evidence, const TemplateHit *hit) const;
    QStringList explain(int entry, const Evidence &evidence, const Weighing &weighing) const;
    // Explains a weighing; the shorter form weighs first.
    Match match(int entry, const Evidence &evidence, const TemplateHit *hit, const Weighing &weighing) const;
    Match match(int entry, const Evidence &evidence, const TemplateHit *hit) const
    {
        return match(entry, evidence, hit, weigh(entry, evidence, hit));
    }
    Confidence levelFor(int entry, double confidence) const;

private:
    const Catalog &m_catalog;
    const EndpointIndex &m_endpoints;
    QStringList m_codes; // each entry's code, normalised once
};
