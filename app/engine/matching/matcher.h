// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"
#include "endpointindex.h"
#include "entryscorer.h"
#include "statuscodes.h"
#include "templatefinder.h"

#include <optional>

// Weighs the evidence of one response (message, code, status, endpoint) against the catalog. Candidates come
// from the catalog's indices (code, and the rarest literal word of each template), never from a scan of every
// entry, so the cost of a match does not grow with the size of the catalog.
class Matcher
{
    Q_DISABLE_COPY_MOVE(Matcher) // its scorer refers to its endpoint index

public:
    explicit Matcher(const Catalog &catalog);

    Diagnosis diagnose(const ParsedResponse &response) const;
    // Entries that fit a status and/or a code (either may be empty), best first.
    QList<Match> lookup(const StatusCodes::StatusQuery &status, const QString &code) const;
    // Whether a line with no error fields of its own names a known code or holds a documented message.
    bool mightMatch(const ParsedResponse &response) const;

    static constexpr qsizetype kMaxMessageLength = 1024 * 1024;

private:
    // A near miss before it is put into words: only the few shown are.
    struct NearMissLead
    {
        int entry = -1;
        std::optional<TemplateHit> hit;
        double wordShare = -1; // for a template that shares words with the text: the share of its words
        QStringList reasons;   // when already written
    };
    // The steps of diagnose: the texts that may hold the message; the entries they or the code point to;
    // Wix's generic meaning of the status; the templates that share most of the message's words.
    static QStringList messageTexts(const ParsedResponse &r);
    QHash<int, TemplateHit> findMessages(Diagnosis *d, const QStringList &texts, QList<int> *partial) const;
    QList<int> candidatesFor(const QHash<int, TemplateHit> &hits, const Evidence &evidence) const;
    void addMatches(Diagnosis *d, const QStringList &texts, const Evidence &evidence, QList<int> *partial,
                    QList<NearMissLead> *leads) const;
    void addGeneric(Diagnosis *d) const;
    void addWordNearMisses(const QStringList &texts, QList<int> partial, QList<NearMissLead> *leads) const;
    void explainNearMisses(Diagnosis *d, const Evidence &evidence, const QList<NearMissLead> &leads) const;

    const Catalog &m_catalog;
    EndpointIndex m_endpoints; // the documented endpoints, for recognising URLs
    EntryScorer m_scorer;
    TemplateFinder m_templates;
};
