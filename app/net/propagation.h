// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnsreport.h"
#include "dnstargets.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// How far a domain's records have spread: what each resolver asked answers for NS, A and the www CNAME, whether
// that is Wix's answer, and, when it is not, until when the resolver may keep serving it (the answer's TTL from
// now). A resolver that timed out, refused, failed or cannot be trusted is counted apart: it says nothing about
// propagation.
struct Propagation
{
    enum class State {
        MatchesWix, // the resolver gives Wix's nameservers or addresses
        Differs,    // it gives another answer (old records, no records, NXDOMAIN)
        NoAnswer    // it did not answer in a way that can be trusted
    };

    struct Row
    {
        QString address; // the resolver's address, or "system" for the system's: for JSON
        QString server;  // the resolver, in plain words
        State state = State::NoAnswer;
        QString answer;        // "NS ns1.host.example, ns2.host.example · A 192.0.2.1 · www CNAME ..."
        QDateTime cachedUntil; // for Differs: now plus the answer's TTL; invalid without records
        QString reason;        // for NoAnswer: why
    };

    QList<Row> rows;

    static Propagation judge(const QList<DnsReport> &reports, const DnsTargets &wix, const QDateTime &now,
                             const DnsPhrases &phrases = {});
    static QString key(State state); // for JSON: never translated

    int count(State state) const;
    // "2 of 4 resolvers give Wix's answer; 1 another answer; 1 no answer (not counted as a mismatch)."
    QString summary(const DnsPhrases &phrases = {}) const;
    // One line per resolver, in the language of phrases.
    QStringList lines(const QDateTime &now, const DnsPhrases &phrases = {}) const;
    QJsonObject toJson() const;
};
