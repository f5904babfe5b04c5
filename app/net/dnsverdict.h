// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnsreport.h"
#include "dnstargets.h"

#include <QString>
#include <QStringList>

struct CatalogEntry;

// What a live DNS check means, in plain words: judged against the catalog's DnsTargets (data, not code), and,
// when it is about a diagnosed error, against that error.
struct DnsVerdict
{
    enum class Kind {
        NotADomain,        // nothing was asked
        DoesNotExist,      // NXDOMAIN: nobody has registered it (or it is misspelt)
        NameserversAtWix,  // a NAMESERVERS connection is in place
        PointingAtWix,     // a POINTING connection is in place
        PointingElsewhere, // records that are not Wix's
        NoRecords,         // the name exists but answered nothing useful
        NoAnswer           // no verdict: the server failed, refused, did not answer, or cannot be trusted
    };

    Kind kind = Kind::NoAnswer;
    QString summary;       // one sentence
    QStringList details;   // the records behind it and what to do
    QString aboutTheError; // how the verdict bears on the diagnosed error; empty without one
    QStringList servers;   // the DNS servers asked (addresses as text)
    qint64 elapsedMs = 0;  // how long the check took

    // The verdict's text is in the language of phrases (the installed one without them).
    static DnsVerdict judge(const DnsReport &report, const DnsTargets &targets, const DnsPhrases &phrases = {});
    // The same, tied to the error being looked at: its entry and the connection type the request asked for.
    static DnsVerdict judge(const DnsReport &report, const DnsTargets &targets, const CatalogEntry *entry,
                            const QString &requestedConnectionType, const DnsPhrases &phrases = {});

    static QString key(Kind kind); // for JSON: never translated

    // The verdict and the records, as plain text for a ticket reply; give the phrases the verdict was judged with.
    QString replyText(const DnsReport &report, const DnsPhrases &phrases = {}) const;
    QJsonObject toJson() const;
};
