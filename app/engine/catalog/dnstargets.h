// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// What counts as Wix in a domain's DNS: catalog data (a file's "dnsTargets"), not code, so that a team catalog can
// extend it. Names are compared without regard to case or a trailing dot; addresses as the catalog writes them.
struct DnsTargets
{
    QStringList nameserverSuffixes; // "wixdns.net": any nameserver at or under it is Wix's
    QStringList addresses;          // documented A and AAAA values
    QStringList cnameTargets;       // documented CNAME targets

    bool isEmpty() const { return nameserverSuffixes.isEmpty() && addresses.isEmpty() && cnameTargets.isEmpty(); }
    bool isWixNameserver(const QString &host) const;
    bool isWixCnameTarget(const QString &host) const;
    // Each list gains the other's values it lacks, in order.
    void merge(const DnsTargets &other);

    // A host name as compared: lower case, without the trailing dot of a fully qualified name.
    static QString normalisedHost(const QString &host);
};
