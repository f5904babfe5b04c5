// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "flowanalysis.h"
#include "messagetemplate.h"
#include "parsedresponse.h"
#include "timeline.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

enum class Confidence { Exact, Likely, Possible, Generic };

struct Match
{
    const CatalogEntry *entry = nullptr; // owned by Report::catalog
    double confidence = 0.0;             // 0 to 1
    Confidence level = Confidence::Possible;
    QList<MessageTemplate::Capture> variables;
    QStringList reasons;

    QString value(const QString &name) const;
};

struct NearMiss
{
    const CatalogEntry *entry = nullptr;
    QStringList reasons;
};

// One set of captured values of a group (see ResultGroups) and how many of its responses carry it.
struct CapturedValues
{
    QList<MessageTemplate::Capture> values;
    int count = 0;
};

// The responses a result stands for: identical failures are counted, not kept. What they share is the result's
// input and matches (the first of them); what differs is counted here, each list capped.
struct ResponseGroup
{
    static constexpr qsizetype kMaxLocations = 100;
    static constexpr qsizetype kMaxValues = 100;

    int count = 1;                // responses in the group
    QList<Location> locations;    // where the first kMaxLocations were found (empty: the input is one response)
    QList<CapturedValues> values; // the first kMaxValues distinct captured values, in the order found
    int moreValues = 0;           // distinct captured values beyond those listed
    int moreValueResponses = 0;   // responses that carry them
    bool oneRequest = true;       // all were answers to the same method and URL path (queries may differ)

    int moreLocations() const { return count - int(locations.size()); }
    int distinctValues() const { return int(values.size()) + moreValues; }
    // The same error with the same captured values every time.
    bool identical() const { return distinctValues() <= 1; }
};

struct Diagnosis
{
    ParsedResponse input;
    QList<Match> matches; // best first; entries that tie share a confidence
    QList<NearMiss> nearMisses;
    QStringList notes;   // what could not be done for this response
    ResponseGroup group; // the responses this one stands for, itself included

    bool identified() const { return !matches.isEmpty(); }
    // How many matches --top N shows: N, and any that tie with the last of them (top 0: all).
    qsizetype shownMatches(int top) const;
};

struct Report
{
    std::shared_ptr<const Catalog> catalog; // keeps the entries that matches point to alive
    InputFormat format = InputFormat::Empty;
    qsizetype bytes = 0;
    int redactions = 0;
    QStringList problems;
    QList<Diagnosis> results; // one per group of responses that are the same error (ResultGroups)
    QString redactedText;     // the input as read, secrets replaced; empty above InputReader::kKeptTextLimit
    bool cancelled = false;
    Timeline timeline;       // every Wix call of a HAR or log, in order, repeats folded
    QList<FlowResult> flows; // the documented flows those calls follow, step by step

    bool identified() const;
    // How many failed responses the results stand for.
    int responseCount() const;
};

// What programs read (the JSON report's "level"): never translated.
QString confidenceKey(Confidence level);
// What people read.
QString confidenceName(Confidence level);
