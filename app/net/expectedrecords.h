// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnsreport.h"
#include "timeline.h"

#include <QList>
#include <QString>
#include <QStringList>

// Records a Wix answer says the domain should have (a HAR's Setup Info: "A 185.230.63.171", the www CNAME, the
// nameservers) and the connection type asked for, compared with what a DNS server answers for them.
struct ExpectedRecords
{
    struct Record
    {
        DnsType type = DnsType::A; // the CNAME is www's
        QString value;             // an address or a host name
    };

    QString connectionType; // "POINTING", "NAMESERVERS"; empty when not known
    QList<Record> records;

    bool isEmpty() const { return records.isEmpty(); }

    enum class State {
        Present, // the server answers the expected value
        Missing, // the server answers, with other values or none
        NotKnown // the server failed on that question: no evidence
    };

    struct Comparison
    {
        Record record;
        State state = State::NotKnown;
        QStringList answered; // what the server answered for that name and type
    };

    // What the successful calls of a HAR or log told: Setup Info's records (the facts nameservers, aRecord and
    // cnameRecord of the flows' data) and the connection type asked for, the last call's that names them.
    static ExpectedRecords fromTimeline(const Timeline &timeline);

    QList<Comparison> compare(const DnsReport &report) const;
    // One line per expected record, in the language of phrases: "A 185.230.63.171: present",
    // "www CNAME pointing.wixdns.net: missing (the DNS server 192.0.2.53 answers elsewhere.example)".
    QStringList lines(const DnsReport &report, const DnsPhrases &phrases = {}) const;
};
