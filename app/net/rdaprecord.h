// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "dnsreport.h"

// What a registry's RDAP answer (RFC 9083 domain object) says about a domain.
struct RdapRecord
{
    QString ldhName;
    QStringList statuses; // as sent: "client transfer prohibited", "redemption period", ...
    QDateTime created;    // the "registration" event
    QDateTime expires;    // the "expiration" event
    QString registrar;    // the entity with the "registrar" role: its vCard fn
    QStringList nameservers;
    bool delegationSigned = false;

    // A domain object's JSON; false with *error when it is not one (malformed, or another object class).
    static bool parse(const QByteArray &json, RdapRecord *record, QString *error);

    // The statuses in plain words, one each, the known ones grouped ("transfer locked" for both transfer
    // prohibitions); an unknown one as sent.
    // In the language of phrases (the installed one without them).
    QStringList plainStatuses(const DnsPhrases &phrases = {}) const;
    static QString plainStatus(const QString &status, const DnsPhrases &phrases = {});
    // Whether a status stops the domain from working or from staying the owner's (redemption, pending delete,
    // hold).
    static bool isAlarming(const QString &status);
    // "expires in 5 days", "expired 3 days ago", "expires today", relative to now.
    static QString expiryText(const QDateTime &expires, const QDateTime &now, const DnsPhrases &phrases = {});
    QJsonObject toJson() const;
};
