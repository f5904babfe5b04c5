// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "messagetemplate.h"
#include "parsedresponse.h"

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

struct Diagnosis
{
    ParsedResponse input;
    QList<Match> matches; // best first; entries that tie share a confidence
    QList<NearMiss> nearMisses;
    QStringList notes; // what could not be done for this response

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
    QList<Diagnosis> results;
    QString redactedText; // the input as read, secrets replaced; empty above InputReader::kKeptTextLimit
    bool cancelled = false;

    bool identified() const;
};

// What programs read (the JSON report's "level"): never translated.
QString confidenceKey(Confidence level);
// What people read.
QString confidenceName(Confidence level);
