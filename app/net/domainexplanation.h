// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnstargets.h"
#include "domaincheck.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

struct CatalogEntry;

// Which findings of a domain check explain a diagnosed error: the entry's "explainedBy" (catalog data) against
// what the check found, each said as "This explains DOMAIN_ALREADY_TAKEN: the domain is registered at <registrar>
// since <date>." These come first wherever the check is shown.
namespace DomainExplanation {

// The DomainFindings keys the check's answers support, in the order of DomainFindings::keys().
QStringList findings(const DomainAnswers &answers, const DnsTargets &wix, const QDateTime &now);
// One sentence per finding of the entry's explainedBy that the answers support, in the language of phrases.
QStringList explain(const DomainAnswers &answers, const CatalogEntry &entry, const DnsTargets &wix,
                    const QDateTime &now, const DnsPhrases &phrases = {});

} // namespace DomainExplanation
