// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "domainexplanation.h"

#include "catalogentry.h"
#include "delegation.h"

namespace {

QString say(const DnsPhrases &phrases, const char *text)
{
    return dnsPhrase(phrases, "DomainExplanation", text);
}

bool hasStatus(const RdapRecord &r, bool (*matches)(const QString &))
{
    return std::any_of(r.statuses.cbegin(), r.statuses.cend(), matches);
}

QString dateOf(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

QString registeredSentence(const RdapRecord &r, const DnsPhrases &phrases)
{
    if (!r.registrar.isEmpty() && r.created.isValid())
        return say(phrases, QT_TRANSLATE_NOOP("DomainExplanation", "the domain is registered at %1 since %2"))
            .arg(r.registrar, dateOf(r.created));
    if (!r.registrar.isEmpty())
        return say(phrases, QT_TRANSLATE_NOOP("DomainExplanation", "the domain is registered at %1")).arg(r.registrar);
    return say(phrases, QT_TRANSLATE_NOOP("DomainExplanation", "the registry holds the domain: it is registered"));
}

// What a finding means, in one clause, from the answers that support it.
QString sentence(const QString &finding, const DomainAnswers &answers, const Delegation &delegation,
                 const DnsPhrases &phrases)
{
    const RdapRecord &r = answers.registration.record;
    if (finding == QLatin1String("registered"))
        return registeredSentence(r, phrases);
    if (finding == QLatin1String("not-registered"))
        return say(phrases,
                   QT_TRANSLATE_NOOP("DomainExplanation",
                                     "the registry answered that it has no such domain: it is not registered"));
    if (finding == QLatin1String("expired"))
        return say(phrases, QT_TRANSLATE_NOOP("DomainExplanation", "the domain expired on %1")).arg(dateOf(r.expires));
    if (finding == QLatin1String("registrar-has-old-nameservers") ||
        finding == QLatin1String("resolver-holds-old-answer") || finding == QLatin1String("nameservers-disagree"))
        return delegation.summary;
    // A status: in the registry's plain words.
    for (const QString &status : r.statuses) {
        const QString plain = RdapRecord::plainStatus(status, phrases);
        if (finding == QLatin1String("transfer-locked") && status.endsWith(QLatin1String("transfer prohibited")))
            return say(phrases, QT_TRANSLATE_NOOP("DomainExplanation", "the registry shows the domain %1")).arg(plain);
        if (finding != QLatin1String("transfer-locked") && RdapRecord::isAlarming(status))
            return say(phrases, QT_TRANSLATE_NOOP("DomainExplanation", "the registry shows the domain %1")).arg(plain);
    }
    return {};
}

} // namespace

QStringList DomainExplanation::findings(const DomainAnswers &answers, const DnsTargets &wix, const QDateTime &now)
{
    const RdapResult &reg = answers.registration;
    const RdapRecord &r = reg.record;
    const bool registered = reg.state == RdapResult::State::Registered;
    const QString delegation = Delegation::key(Delegation::judge(reg, answers.dns, wix).kind);
    QStringList found;
    for (const QString &key : DomainFindings::keys()) {
        bool holds = false;
        if (key == QLatin1String("registered"))
            holds = registered;
        else if (key == QLatin1String("not-registered"))
            holds = reg.state == RdapResult::State::NotRegistered;
        else if (key == QLatin1String("transfer-locked"))
            holds = registered &&
                    hasStatus(r, [](const QString &s) { return s.endsWith(QLatin1String("transfer prohibited")); });
        else if (key == QLatin1String("redemption-period"))
            holds = registered && r.statuses.contains(QLatin1String("redemption period"));
        else if (key == QLatin1String("pending-delete"))
            holds = registered && r.statuses.contains(QLatin1String("pending delete"));
        else if (key == QLatin1String("on-hold"))
            holds = registered && hasStatus(r, [](const QString &s) { return s.endsWith(QLatin1String(" hold")); });
        else if (key == QLatin1String("expired"))
            holds = registered && r.expires.isValid() && r.expires < now;
        else
            holds = key == delegation; // the delegation verdicts share their keys with Delegation::key
        if (holds)
            found << key;
    }
    return found;
}

QStringList DomainExplanation::explain(const DomainAnswers &answers, const CatalogEntry &entry, const DnsTargets &wix,
                                       const QDateTime &now, const DnsPhrases &phrases)
{
    const Delegation delegation = Delegation::judge(answers.registration, answers.dns, wix, phrases);
    const QString error = entry.code.isEmpty() ? entry.title : entry.code;
    QStringList lines;
    for (const QString &finding : findings(answers, wix, now)) {
        if (!entry.explainedBy.contains(finding))
            continue;
        QString why = sentence(finding, answers, delegation, phrases);
        if (why.endsWith(u'.'))
            why.chop(1); // a verdict's own sentence, now a clause
        if (!why.isEmpty())
            lines << say(phrases, QT_TRANSLATE_NOOP("DomainExplanation", "This explains %1: %2.")).arg(error, why);
    }
    return lines;
}
