// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Which RDAP server answers for a domain: an RFC 9224 bootstrap file (IANA's dns.json format), TLD labels to base
// URLs. The embedded one is a small subset kept as data with its publication date, with an override table in the
// same format for TLDs it lacks.
class RdapBootstrap
{
public:
    // The embedded bootstrap file with the embedded override table after it.
    static RdapBootstrap embedded();
    // The embedded override table alone: RDAP servers for TLDs the bootstrap file lacks.
    static RdapBootstrap overrides();
    // A bootstrap file's text; an empty bootstrap with *error set when it is not one.
    static RdapBootstrap parse(const QByteArray &json, QString *error);

    // The services of other are consulted after this one's.
    void append(const RdapBootstrap &other);

    // The base URL (ending in '/') of the RDAP server for a domain in ACE form: the longest matching label
    // sequence wins, an https URL before any other. Empty when no service is known.
    QUrl serverFor(const QString &aceDomain) const;
    // The URL to ask for a domain: base + "domain/" + the name.
    static QUrl domainUrl(const QUrl &base, const QString &aceDomain);

    QString publication() const { return m_publication; }
    bool isEmpty() const { return m_services.isEmpty(); }

private:
    struct Service
    {
        QString labels; // "com", "co.uk": lower case, no dots at the ends
        QList<QUrl> urls;
    };
    QList<Service> m_services;
    QString m_publication;
};
