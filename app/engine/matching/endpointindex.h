// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogentry.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

// What a request's method and URL say about the endpoint it called, measured against the endpoints the catalog
// documents. A path alone names an API: "/domains/v1/dns-zones" is Domain DNS, "/stores/v1/products" is no
// Domains API at all.
class EndpointIndex
{
public:
    explicit EndpointIndex(const QList<CatalogEntry> &entries);

    struct Request
    {
        QString method;             // upper case; empty when the paste does not give it
        int endpoint = -1;          // the documented endpoint (method and path) the request called, or -1
        bool pathKnown = false;     // the path is a documented endpoint's, whatever the method
        QString otherApi;           // the API a Wix URL names when the catalog documents none of it, e.g. "stores"
        bool documentedApi = false; // the URL names an API the catalog documents, if not this endpoint
    };
    Request classify(const QString &method, const QString &url) const;

    enum class Fit { Unknown, Same, Other, MethodDiffers };
    // How a request fits an entry's endpoint.
    Fit fit(const Request &request, const Endpoint &endpoint) const;

private:
    struct Known
    {
        QString method;
        QString path;
        QStringList segments;
    };
    void fileByLastLiteral(int index);
    QList<int> candidatesFor(const QStringList &actual) const;

    QList<Known> m_endpoints;
    // The endpoints by their last literal segment (lower case) and how far from the end it is: a request's path is
    // looked up here, not compared with every endpoint. Paths of placeholders only are in m_allPlaceholders.
    QHash<QPair<qsizetype, QString>, QList<int>> m_byLastLiteral;
    QList<int> m_allPlaceholders;
    qsizetype m_deepestLiteral = 0;
    QSet<QString> m_apis; // the segment before the version in every documented path: "domains", "domain-search"
};
