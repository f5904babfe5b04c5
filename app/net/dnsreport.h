// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "closedset.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

// Looks up a phrase of the DNS check as QCoreApplication::translate(context, sourceText) does, in a language of
// the caller's choice: the check may go into a reply written in the customer's language, whatever the
// interface's. Empty: the installed translation.
using DnsPhrases = std::function<QString(const char *context, const char *sourceText)>;

// sourceText in the language of phrases, or in the installed translation when phrases is empty.
QString dnsPhrase(const DnsPhrases &phrases, const char *context, const char *sourceText);

// How one DNS question was answered.
enum class DnsStatus {
    Answered,      // records came back
    NoRecords,     // the name exists, but has no records of this type
    NameNotFound,  // NXDOMAIN: the name does not exist
    ServerFailure, // SERVFAIL
    Refused,       // REFUSED
    TimedOut,      // no answer in time
    Failed         // anything else (the resolver could not be used, a malformed answer)
};

// The record types a check asks for. Their keys are DNS's own names ("NS", "A"), shown as they are: never translated.
enum class DnsType { NS, A, AAAA, CNAME, MX, TXT };
inline constexpr ClosedSet kDnsTypes{"DnsReport", std::array{
                                                      ClosedSetRow{DnsType::NS, u"NS", nullptr},
                                                      ClosedSetRow{DnsType::A, u"A", nullptr},
                                                      ClosedSetRow{DnsType::AAAA, u"AAAA", nullptr},
                                                      ClosedSetRow{DnsType::CNAME, u"CNAME", nullptr},
                                                      ClosedSetRow{DnsType::MX, u"MX", nullptr},
                                                      ClosedSetRow{DnsType::TXT, u"TXT", nullptr},
                                                  }};

// The type as a check's lines name it: the CNAME asked is always www's ("www CNAME"), the others the domain's.
QString shownType(DnsType type);

struct DnsQuery
{
    QString name; // ACE form, as asked
    DnsType type = DnsType::A;
    DnsStatus status = DnsStatus::TimedOut;
    QStringList values;     // the records' values (host names in Unicode form, addresses as text)
    QStringList aliases;    // CNAMEs met on the way to the values ("www.example.com -> pointing.wixdns.net")
    QString detail;         // the resolver's own words, when it failed
    qint64 elapsedMs = -1;  // from the start of the check to this answer; -1 when none came
    qint64 ttlSeconds = -1; // the smallest TTL of the records; -1 without records
    bool control = false;   // a name that must exist (the TLD's NS), asked to tell whether the server can be trusted
};

// Everything a live DNS check found, before any judgement.
struct DnsReport
{
    QString input;               // as typed or captured
    QString ace;                 // the name looked up (xn-- form for an IDN)
    QString unicode;             // the same name for people
    QString server;              // the DNS server asked; empty for the system's
    QStringList systemResolvers; // the system's resolvers (from resolv.conf) when server is empty
    QString problem;             // why nothing was asked (not a domain name)
    QList<DnsQuery> queries;
    qint64 elapsedMs = 0;

    const DnsQuery *find(const QString &name, DnsType type) const;
    const DnsQuery *controlQuery() const;
    // "the DNS server 192.0.2.53" or "the system's resolver (127.0.0.53)", in the language of phrases.
    QString serverName(const DnsPhrases &phrases = {}) const;
    QStringList askedServers() const; // the addresses asked, as text
    // The NS records of the domain, or of the nearest parent zone that has some; *zone names it.
    QStringList nameservers(QString *zone) const;
    // "example.com (xn--...)" for an IDN, else the name.
    QString displayName() const;

    // One line per record or failure, as dig would list them: "example.com.  NS  ns12.wixdns.net."; a failure
    // is said in the language of phrases.
    QStringList rawLines(const DnsPhrases &phrases = {}) const;
    QJsonObject toJson() const;

    static QString statusKey(DnsStatus status);                                  // for JSON
    static QString statusText(DnsStatus status, const DnsPhrases &phrases = {}); // plain words
    // Why input was not looked up: it is not a domain name.
    static QString notADomain(const QString &input, const DnsPhrases &phrases = {});
};

Q_DECLARE_METATYPE(DnsReport)
