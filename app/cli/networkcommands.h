// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class Catalog;

// The command line's network actions. Each runs an event loop until its answer is in.
namespace NetworkCommands {

// --update-catalog URL [--json]: subscribes (if new) and updates. 0 updated or unchanged; 2 failed, with one line
// on standard error naming the URL and the reason (the last good copy is kept).
int updateCatalog(const QString &url, bool json, QTextStream &out, QTextStream &err);

// --check-dns DOMAIN [--json] [--dns-server IP]: the verdict (against the catalog's DNS targets) and the records.
// 0 a verdict; 1 no verdict (the server failed, refused or did not answer); 2 not a domain or not an IP address.
int checkDns(const QString &domain, const QString &server, const Catalog &catalog, bool json, QTextStream &out,
             QTextStream &err);

// What --check-domain asks about.
struct DomainQuestion
{
    QString domain;
    QStringList dnsServers; // empty: the system's resolver
    QString rdapBootstrap;  // empty: the embedded bootstrap file
};

// --check-domain DOMAIN [--json] [--dns-server IP]... [--rdap-bootstrap URL|FILE]: the registration at the registry
// (RDAP) and the DNS verdict of each server, asked at the same time; within 10 s in all. 0 every part has a
// verdict; 1 some part has none (no answer from the registry, or a DNS server that cannot be trusted); 2 not a
// domain or not an IP address.
int checkDomain(const DomainQuestion &question, const Catalog &catalog, bool json, QTextStream &out, QTextStream &err);

} // namespace NetworkCommands
