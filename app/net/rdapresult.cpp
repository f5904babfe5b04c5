// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "rdapresult.h"

#include "closedset.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString say(const DnsPhrases &phrases, const char *text)
{
    return dnsPhrase(phrases, "RdapResult", text);
}

QString list(const QStringList &values)
{
    return values.join(QLatin1String(", "));
}

QString dateOf(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

QString nameserverLine(const RdapRecord &r, const DnsTargets &wix, const DnsPhrases &phrases)
{
    if (r.nameservers.isEmpty())
        return say(phrases,
                   QT_TRANSLATE_NOOP("RdapResult", "The registry lists no nameservers: the domain cannot resolve."));
    int atWix = 0;
    for (const QString &ns : r.nameservers)
        atWix += wix.isWixNameserver(ns) ? 1 : 0;
    if (atWix == r.nameservers.size())
        return say(phrases,
                   QT_TRANSLATE_NOOP(
                       "RdapResult",
                       "The registry lists Wix's nameservers (%1): a NAMESERVERS connection is set at the registry."))
            .arg(list(r.nameservers));
    if (atWix > 0)
        return say(phrases,
                   QT_TRANSLATE_NOOP(
                       "RdapResult",
                       "The registry lists Wix's nameservers mixed with others (%1): all of them must be Wix's."))
            .arg(list(r.nameservers));
    return say(phrases,
               QT_TRANSLATE_NOOP(
                   "RdapResult",
                   "The registry lists other nameservers than Wix's (%1): for a NAMESERVERS connection the registrar "
                   "must change them to Wix's."))
        .arg(list(r.nameservers));
}

QStringList registeredDetails(const RdapRecord &r, const DnsTargets &wix, const QDateTime &now,
                              const DnsPhrases &phrases)
{
    QStringList lines;
    if (!r.registrar.isEmpty())
        lines << say(phrases, QT_TRANSLATE_NOOP("RdapResult", "Registrar: %1")).arg(r.registrar);
    if (r.created.isValid())
        lines << say(phrases, QT_TRANSLATE_NOOP("RdapResult", "Registered on %1.")).arg(dateOf(r.created));
    if (r.expires.isValid())
        lines << say(phrases, QT_TRANSLATE_NOOP("RdapResult", "Expiry date %1: %2."))
                     .arg(dateOf(r.expires), RdapRecord::expiryText(r.expires, now, phrases));
    if (!r.statuses.isEmpty())
        lines << say(phrases, QT_TRANSLATE_NOOP("RdapResult", "Status: %1.")).arg(list(r.plainStatuses(phrases)));
    lines << nameserverLine(r, wix, phrases);
    lines << (r.delegationSigned
                  ? say(phrases, QT_TRANSLATE_NOOP(
                                     "RdapResult",
                                     "The delegation is signed (DNSSEC): before the nameservers change, remove the "
                                     "DS records at the registrar, or the domain goes dark for validating resolvers."))
                  : say(phrases,
                        QT_TRANSLATE_NOOP("RdapResult", "The delegation is not signed (no DNSSEC at the registry).")));
    return lines;
}

// Keys for programs (JSON), never translated.
constexpr ClosedSet kStates{"RdapResult",
                            std::array{
                                ClosedSetRow{RdapResult::State::Registered, u"registered", nullptr},
                                ClosedSetRow{RdapResult::State::NotRegistered, u"not-registered", nullptr},
                                ClosedSetRow{RdapResult::State::NoAnswer, u"no-answer", nullptr},
                                ClosedSetRow{RdapResult::State::NotADomain, u"not-a-domain", nullptr},
                            }};

} // namespace

QString RdapResult::stateKey(State state)
{
    return kStates.key(state);
}

QString RdapResult::summary(const DnsTargets &wix, const QDateTime &now, const DnsPhrases &phrases) const
{
    Q_UNUSED(wix);
    switch (state) {
    case State::Registered: {
        QStringList notes;
        for (const QString &status : record.statuses) {
            if (RdapRecord::isAlarming(status) && !notes.contains(RdapRecord::plainStatus(status, phrases)))
                notes << RdapRecord::plainStatus(status, phrases);
        }
        if (record.expires.isValid() && record.expires < now)
            notes.prepend(RdapRecord::expiryText(record.expires, now, phrases));
        return notes.isEmpty() ? say(phrases, QT_TRANSLATE_NOOP("RdapResult", "%1 is registered.")).arg(domain)
                               : say(phrases, QT_TRANSLATE_NOOP("RdapResult", "%1 is registered, but %2."))
                                     .arg(domain, list(notes));
    }
    case State::NotRegistered:
        return say(phrases, QT_TRANSLATE_NOOP(
                                "RdapResult",
                                "%1 is not registered: the registry answered that it has no such domain (HTTP 404)."))
            .arg(domain);
    case State::NoAnswer:
        return say(phrases, QT_TRANSLATE_NOOP("RdapResult", "No answer from the registry: %1.")).arg(reason);
    case State::NotADomain:
        return reason;
    }
    return {};
}

QStringList RdapResult::details(const DnsTargets &wix, const QDateTime &now, const DnsPhrases &phrases) const
{
    QStringList lines;
    if (state == State::Registered)
        lines << registeredDetails(record, wix, now, phrases);
    if (state == State::NoAnswer)
        lines << say(phrases,
                     QT_TRANSLATE_NOOP(
                         "RdapResult",
                         "Nothing is known about the registration of %1 until the registry answers; try again later."))
                     .arg(domain);
    if (!url.isEmpty())
        lines << say(phrases,
                     QT_TRANSLATE_NOOP("RdapResult", "Asked %1; the check took %2 ms (bootstrap file %3 of %4)."))
                     .arg(url.toDisplayString(), QString::number(elapsedMs), bootstrap, bootstrapDate);
    return lines;
}

QJsonObject RdapResult::toJson(const DnsTargets &wix, const QDateTime &now) const
{
    QJsonObject o{{QStringLiteral("state"), stateKey(state)},
                  {QStringLiteral("domain"), domain},
                  {QStringLiteral("summary"), summary(wix, now)},
                  {QStringLiteral("details"), QJsonArray::fromStringList(details(wix, now))},
                  {QStringLiteral("elapsedMs"), elapsedMs},
                  {QStringLiteral("bootstrap"), bootstrap},
                  {QStringLiteral("bootstrapDate"), bootstrapDate}};
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
    if (state == State::Registered)
        o.insert(QStringLiteral("registration"), record.toJson());
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}
