// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnstargets.h"
#include "domaincheck.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A domain check in words, one section per question a domains specialist asks, in this order: Registration
// (RDAP), Delegation (the registry's nameservers against DNS and Wix's), Propagation (each resolver's answer),
// Warnings (what a nameserver switch would break). One composition for the window, the reply and the command line.
struct DomainSection
{
    enum class Kind { Registration, Delegation, Propagation, Warnings };

    Kind kind = Kind::Registration;
    QString title;     // in the language of the phrases
    QStringList lines; // never empty

    static QList<DomainSection> of(const DomainAnswers &answers, const DnsTargets &wix, const QDateTime &now,
                                   const DnsPhrases &phrases = {});
    static QString key(Kind kind); // for JSON: never translated
    // The sections as plain text: each title, its lines under it, a blank line between sections.
    static QString text(const QList<DomainSection> &sections);
};
