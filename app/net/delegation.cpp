// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "delegation.h"

#include "closedset.h"
#include "dnsverdict.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString say(const DnsPhrases &phrases, const char *text)
{
    return dnsPhrase(phrases, "Delegation", text);
}

QStringList normalized(QStringList names)
{
    for (QString &n : names) {
        n = n.toLower();
        if (n.endsWith(u'.'))
            n.chop(1);
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

bool allWix(const QStringList &names, const DnsTargets &wix)
{
    for (const QString &n : names) {
        if (!wix.isWixNameserver(n))
            return false;
    }
    return !names.isEmpty();
}

// The domain's own NS records as a trusted server answered them; nullopt-like empty with *trusted false otherwise.
QStringList ownNameservers(const DnsReport &report, bool *trusted)
{
    *trusted = DnsVerdict::judge(report, DnsTargets()).kind != DnsVerdict::Kind::NoAnswer;
    const DnsQuery *ns = report.find(report.ace, DnsType::NS);
    return *trusted && ns && ns->status == DnsStatus::Answered ? normalized(ns->values) : QStringList();
}

// Keys for programs (JSON), never translated.
constexpr ClosedSet kKinds{
    "Delegation", std::array{
                      ClosedSetRow{Delegation::Kind::Unknown, u"unknown", nullptr},
                      ClosedSetRow{Delegation::Kind::AtWix, u"at-wix", nullptr},
                      ClosedSetRow{Delegation::Kind::RegistrarHasOldServers, u"registrar-has-old-nameservers", nullptr},
                      ClosedSetRow{Delegation::Kind::ResolverHoldsOldAnswer, u"resolver-holds-old-answer", nullptr},
                      ClosedSetRow{Delegation::Kind::Disagree, u"nameservers-disagree", nullptr},
                  }};

} // namespace

Delegation Delegation::judge(const RdapResult &registration, const QList<DnsReport> &dns, const DnsTargets &wix,
                             const DnsPhrases &phrases)
{
    Delegation d;
    if (registration.state != RdapResult::State::Registered)
        return d;
    const QStringList registry = normalized(registration.record.nameservers);
    const QString listed = registry.join(QLatin1String(", "));
    for (const DnsReport &report : dns) {
        bool trusted = false;
        const QStringList answered = ownNameservers(report, &trusted);
        if (!trusted)
            continue;
        if (answered == registry) {
            if (d.kind != Kind::Unknown)
                continue; // a disagreement already found is the verdict
            d.kind = allWix(registry, wix) ? Kind::AtWix : Kind::RegistrarHasOldServers;
            d.summary =
                d.kind == Kind::AtWix
                    ? say(phrases, QT_TRANSLATE_NOOP("Delegation", "The registry and DNS agree on Wix's nameservers "
                                                                   "(%1): the delegation is in place."))
                          .arg(listed)
                    : say(phrases, QT_TRANSLATE_NOOP("Delegation", "The registrar still lists nameservers that are "
                                                                   "not Wix's (%1), and DNS answers with them: a "
                                                                   "NAMESERVERS connection waits for the registrar."))
                          .arg(listed);
            continue;
        }
        const QString server = report.serverName(phrases);
        const DnsQuery *ns = report.find(report.ace, DnsType::NS);
        const qint64 ttl = ns ? qMax<qint64>(0, ns->ttlSeconds) : 0;
        const QString until = QDateTime::currentDateTime().addSecs(ttl).toString(QStringLiteral("HH:mm"));
        const QString other =
            answered.isEmpty() ? DnsReport::statusText(DnsStatus::NoRecords, phrases) : answered.join(u", ");
        d.kind = allWix(registry, wix) ? Kind::ResolverHoldsOldAnswer : Kind::Disagree;
        d.summary =
            d.kind == Kind::ResolverHoldsOldAnswer
                ? say(phrases, QT_TRANSLATE_NOOP("Delegation", "Wix's nameservers are set at the registry (%1), but "
                                                               "%2 still answers %3: the old answer may be served "
                                                               "until %4 (its TTL)."))
                      .arg(listed, server, other, until)
                : say(phrases, QT_TRANSLATE_NOOP("Delegation", "The nameservers disagree: the registry lists %1, %2 "
                                                               "answers %3."))
                      .arg(listed, server, other);
        return d;
    }
    return d;
}

QStringList Delegation::switchWarnings(const RdapResult &registration, const QList<DnsReport> &dns,
                                       const DnsTargets &wix, const DnsPhrases &phrases)
{
    QStringList warnings;
    const bool registered = registration.state == RdapResult::State::Registered;
    if (registered && allWix(normalized(registration.record.nameservers), wix))
        return warnings; // the switch is made
    if (registered && registration.record.delegationSigned)
        warnings << say(phrases,
                        QT_TRANSLATE_NOOP("Delegation", "Before switching the nameservers to Wix's: the delegation "
                                                        "is signed (DNSSEC). Remove the DS records at the registrar "
                                                        "first, or the domain goes dark for validating resolvers."));
    for (const DnsReport &report : dns) {
        bool trusted = false;
        if (allWix(ownNameservers(report, &trusted), wix) || !trusted)
            continue;
        const DnsQuery *mx = report.find(report.ace, DnsType::MX);
        const DnsQuery *txt = report.find(report.ace, DnsType::TXT);
        if (mx && mx->status == DnsStatus::Answered)
            warnings << say(phrases,
                            QT_TRANSLATE_NOOP("Delegation", "Before switching the nameservers to Wix's: the current "
                                                            "DNS has MX records (%1) that will not exist at Wix; mail "
                                                            "stops until they are added there."))
                            .arg(mx->values.join(QLatin1String(", ")));
        if (txt && txt->status == DnsStatus::Answered)
            warnings << say(phrases,
                            QT_TRANSLATE_NOOP("Delegation", "Before switching the nameservers to Wix's: the current "
                                                            "DNS has TXT records (%1) that will not exist at Wix (SPF, "
                                                            "site verifications); add them there."))
                            .arg(txt->values.join(QLatin1String(" | ")));
        break; // one trusted server's records are the current DNS
    }
    return warnings;
}

QString Delegation::key(Kind kind)
{
    return kKinds.key(kind);
}

QJsonObject Delegation::toJson() const
{
    return {{QStringLiteral("verdict"), key(kind)}, {QStringLiteral("summary"), summary}};
}
