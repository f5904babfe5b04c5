// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "messagetemplate.h"

#include <QList>
#include <QString>
#include <QStringList>

struct Link
{
    QString label;
    QString url;
};

struct RemediationStep
{
    QString text; // may hold {variable} references to the entry's template
    QList<Link> links;
};

struct Endpoint
{
    QString name;
    QString method; // empty where the reference does not give it
    QString path;   // likewise
};

// An entry's own text in another language: what the project wrote (title, steps, link labels, the deprecation
// note). The documented message and troubleshooting text stay as Wix wrote them. Empty fields read in English.
struct EntryTranslation
{
    struct Label
    {
        QString english;
        QString translated;
    };
    QString language; // "de", "es"
    QString title;
    QStringList steps; // as many as the entry's steps
    QList<Label> labels;
    QString deprecation;
};

// What a domain check can find about a domain that may explain an error: a closed set, named in the catalog's
// "explainedBy" and by the check itself. Keys are for programs and catalog files, never translated.
namespace DomainFindings {
const QStringList &keys(); // "registered", "not-registered", "transfer-locked", ...
} // namespace DomainFindings

struct CatalogEntry
{
    QString id;
    QString api;
    QString title;
    Endpoint endpoint;
    QString status; // canonical, e.g. PERMISSION_DENIED
    int httpStatus = 0;
    QString code; // as documented: "DOMAINS_GUID_NOT_FOUND" or prose such as "Invalid domain"
    MessageTemplate messageTemplate;
    QString troubleshooting;
    QString source;
    QList<RemediationStep> steps;
    QList<Link> seeAlso;
    QStringList keywords;
    // The findings of a domain check (DomainFindings::keys()) that explain this error, as catalog data: a check
    // that makes one of them puts it first, saying it explains the error.
    QStringList explainedBy;
    QString deprecation;
    QList<EntryTranslation> translations;
    QString layer; // where the entry comes from: empty for the embedded catalog, else a file or subscription URL

    bool isGeneric() const { return code.isEmpty() && messageTemplate.isEmpty(); }

    // The entry as read in a language: its translated text where it has some, English for the rest.
    CatalogEntry localized(const QString &language) const;
    const EntryTranslation *translation(const QString &language) const;
};
