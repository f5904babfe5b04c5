// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnsreport.h"
#include "dnstargets.h"
#include "rdapresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The registry's nameservers (RDAP) against Wix's and against what each trusted DNS server answers for the domain's
// own NS records: whether the delegation is in place, still the old one at the registrar, or not yet seen by a
// resolver. Unknown without a registry answer or a DNS server that gave a verdict.
struct Delegation
{
    enum class Kind {
        Unknown,
        AtWix,                  // the registry and DNS agree on Wix's nameservers
        RegistrarHasOldServers, // the registry and DNS agree on nameservers that are not Wix's
        ResolverHoldsOldAnswer, // Wix's at the registry, another answer from a resolver
        Disagree                // the registry lists one set, DNS answers another
    };

    Kind kind = Kind::Unknown;
    QString summary;

    // In the language of phrases (the installed one without them).
    static Delegation judge(const RdapResult &registration, const QList<DnsReport> &dns, const DnsTargets &wix,
                            const DnsPhrases &phrases = {});
    static QString key(Kind kind); // for JSON: never translated
    // What a switch of the nameservers to Wix's would break, when they are not Wix's yet: a signed delegation
    // (DNSSEC), and the MX and TXT records the current DNS has, which will not exist at Wix.
    static QStringList switchWarnings(const RdapResult &registration, const QList<DnsReport> &dns,
                                      const DnsTargets &wix, const DnsPhrases &phrases = {});
    QJsonObject toJson() const;
};
