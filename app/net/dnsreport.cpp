// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "dnsreport.h"

#include "closedset.h"

#include <QCoreApplication>
#include <QJsonArray>

QString dnsPhrase(const DnsPhrases &phrases, const char *context, const char *sourceText)
{
    return phrases ? phrases(context, sourceText) : QCoreApplication::translate(context, sourceText);
}

QString shownType(DnsType type)
{
    return type == DnsType::CNAME ? QStringLiteral("www CNAME") : kDnsTypes.key(type);
}

const DnsQuery *DnsReport::find(const QString &name, DnsType type) const
{
    for (const DnsQuery &q : queries) {
        if (q.name == name && q.type == type)
            return &q;
    }
    return nullptr;
}

const DnsQuery *DnsReport::controlQuery() const
{
    for (const DnsQuery &q : queries) {
        if (q.control)
            return &q;
    }
    return nullptr;
}

QStringList DnsReport::askedServers() const
{
    return server.isEmpty() ? systemResolvers : QStringList{server};
}

QString DnsReport::serverName(const DnsPhrases &phrases) const
{
    if (!server.isEmpty())
        return dnsPhrase(phrases, "DnsReport", QT_TRANSLATE_NOOP("DnsReport", "the DNS server %1")).arg(server);
    if (systemResolvers.isEmpty())
        return dnsPhrase(phrases, "DnsReport", QT_TRANSLATE_NOOP("DnsReport", "the system's resolver"));
    return dnsPhrase(phrases, "DnsReport", QT_TRANSLATE_NOOP("DnsReport", "the system's resolver (%1)"))
        .arg(systemResolvers.join(QLatin1String(", ")));
}

QStringList DnsReport::nameservers(QString *zone) const
{
    // The domain first, then its parents from the nearest: the order they were asked in. The control question
    // is about the server, not the domain.
    for (const DnsQuery &q : queries) {
        if (q.type == DnsType::NS && !q.control && q.status == DnsStatus::Answered && !q.values.isEmpty()) {
            if (zone)
                *zone = q.name;
            return q.values;
        }
    }
    return {};
}

QString DnsReport::displayName() const
{
    if (unicode.isEmpty() || unicode == ace)
        return ace;
    return QStringLiteral("%1 (%2)").arg(unicode, ace);
}

namespace {

// Keys for programs (JSON), never translated; labels in plain words, said in the language of the caller's phrases.
constexpr ClosedSet kDnsStatuses{
    "DnsReport",
    std::array{
        ClosedSetRow{DnsStatus::Answered, u"answered", QT_TRANSLATE_NOOP("DnsReport", "answered")},
        ClosedSetRow{DnsStatus::NoRecords, u"no-records", QT_TRANSLATE_NOOP("DnsReport", "no records of this type")},
        ClosedSetRow{DnsStatus::NameNotFound, u"nxdomain",
                     QT_TRANSLATE_NOOP("DnsReport", "the name does not exist (NXDOMAIN)")},
        ClosedSetRow{DnsStatus::ServerFailure, u"servfail",
                     QT_TRANSLATE_NOOP("DnsReport", "the DNS server failed to answer (SERVFAIL)")},
        ClosedSetRow{DnsStatus::Refused, u"refused",
                     QT_TRANSLATE_NOOP("DnsReport", "the DNS server refused to answer (REFUSED)")},
        ClosedSetRow{DnsStatus::TimedOut, u"timeout", QT_TRANSLATE_NOOP("DnsReport", "no answer in time (timed out)")},
        ClosedSetRow{DnsStatus::Failed, u"failed", QT_TRANSLATE_NOOP("DnsReport", "the lookup failed")},
    }};

} // namespace

QString DnsReport::statusKey(DnsStatus status)
{
    return kDnsStatuses.key(status);
}

QString DnsReport::statusText(DnsStatus status, const DnsPhrases &phrases)
{
    return dnsPhrase(phrases, kDnsStatuses.context, kDnsStatuses.row(status).label);
}

QString DnsReport::notADomain(const QString &input, const DnsPhrases &phrases)
{
    return dnsPhrase(phrases, "DnsChecker", QT_TRANSLATE_NOOP("DnsChecker", "'%1' is not a domain name"))
        .arg(input.left(200));
}

QStringList DnsReport::rawLines(const DnsPhrases &phrases) const
{
    QStringList lines;
    for (const DnsQuery &q : queries) {
        const QString owner = q.name + u'.';
        for (const QString &alias : q.aliases)
            lines << QStringLiteral("%1  CNAME  %2").arg(owner, alias);
        if (q.status == DnsStatus::Answered) {
            for (const QString &v : q.values) {
                const bool host = q.type == DnsType::NS || q.type == DnsType::CNAME;
                lines << QStringLiteral("%1  %2  %3").arg(owner, kDnsTypes.key(q.type), host ? v + u'.' : v);
            }
        } else {
            QString line =
                QStringLiteral("%1  %2  ; %3").arg(owner, kDnsTypes.key(q.type), statusText(q.status, phrases));
            if (!q.detail.isEmpty() && q.status == DnsStatus::Failed)
                line += QStringLiteral(" (%1)").arg(q.detail);
            lines << line;
        }
    }
    return lines;
}

QJsonObject DnsReport::toJson() const
{
    QJsonArray list;
    for (const DnsQuery &q : queries) {
        QJsonObject o{{QStringLiteral("name"), q.name},
                      {QStringLiteral("type"), kDnsTypes.key(q.type)},
                      {QStringLiteral("status"), statusKey(q.status)},
                      {QStringLiteral("values"), QJsonArray::fromStringList(q.values)}};
        if (!q.aliases.isEmpty())
            o.insert(QStringLiteral("cnames"), QJsonArray::fromStringList(q.aliases));
        if (!q.detail.isEmpty())
            o.insert(QStringLiteral("detail"), q.detail);
        if (q.elapsedMs >= 0)
            o.insert(QStringLiteral("elapsedMs"), q.elapsedMs);
        if (q.ttlSeconds >= 0)
            o.insert(QStringLiteral("ttl"), q.ttlSeconds);
        if (q.control)
            o.insert(QStringLiteral("control"), true);
        list.append(o);
    }
    QJsonObject o{{QStringLiteral("domain"), unicode},
                  {QStringLiteral("ace"), ace},
                  {QStringLiteral("queries"), list},
                  {QStringLiteral("elapsedMs"), elapsedMs}};
    if (!server.isEmpty())
        o.insert(QStringLiteral("server"), server);
    else
        o.insert(QStringLiteral("systemResolvers"), QJsonArray::fromStringList(systemResolvers));
    return o;
}
