// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnstargets.h"
#include "rdaprecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the registry said about a domain's registration, and what it means, in plain words. Only an answer from
// the registry's own RDAP server counts: a 404 from it is "not registered"; anything else that is not a domain
// object (a timeout, a rate limit, a malformed or oversized answer, a redirect to http) is "no answer from the
// registry", never a guess.
struct RdapResult
{
    enum class State { Registered, NotRegistered, NoAnswer, NotADomain };

    State state = State::NoAnswer;
    QString input;         // as typed
    QString domain;        // ACE form
    QUrl url;              // the URL asked; empty when no server is known
    QString reason;        // for NoAnswer and NotADomain: why, in plain words
    RdapRecord record;     // for Registered
    qint64 elapsedMs = 0;  // the whole check, the bootstrap file included
    QString bootstrap;     // where the bootstrap file came from: "embedded", its URL or its path
    QString bootstrapDate; // its publication date

    static QString stateKey(State state); // for JSON: never translated

    // In the language of phrases (the installed one without them).
    QString summary(const DnsTargets &wix, const QDateTime &now, const DnsPhrases &phrases = {}) const;
    QStringList details(const DnsTargets &wix, const QDateTime &now, const DnsPhrases &phrases = {}) const;
    QJsonObject toJson(const DnsTargets &wix, const QDateTime &now) const;
};

Q_DECLARE_METATYPE(RdapResult)
