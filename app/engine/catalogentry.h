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
    QString deprecation;

    bool isGeneric() const { return code.isEmpty() && messageTemplate.isEmpty(); }
};
