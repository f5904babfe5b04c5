// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "dnsverdict.h"

#include "catalogentry.h"
#include "closedset.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace {

// The verdict's words, in the language of phrases (the installed one without them).
auto wordsOf(const DnsPhrases &phrases)
{
    return [&phrases](const char *text) { return dnsPhrase(phrases, "DnsVerdict", text); };
}

QString list(const QStringList &values)
{
    return values.join(QLatin1String(", "));
}

bool isWixAddress(const DnsTargets &targets, const QString &value)
{
    const QHostAddress address(value);
    for (const QString &wix : targets.addresses) {
        if (QHostAddress(wix).isEqual(address))
            return true;
    }
    return false;
}

// The questions about the domain itself (not www, not a parent zone).
QList<const DnsQuery *> ownQueries(const DnsReport &r)
{
    QList<const DnsQuery *> out;
    for (const DnsQuery &q : r.queries) {
        if (q.name == r.ace && q.type != DnsType::CNAME)
            out << &q;
    }
    return out;
}

bool failed(DnsStatus status)
{
    return status == DnsStatus::TimedOut || status == DnsStatus::ServerFailure || status == DnsStatus::Refused ||
           status == DnsStatus::Failed;
}

// Why the control question's answer shows that the server cannot be trusted.
QString controlFailure(DnsStatus status, const DnsPhrases &phrases)
{
    const auto say = wordsOf(phrases);
    // Qt 6.4 gives an empty reply and no reply at all the same error; for this name either means a broken server.
    if (status == DnsStatus::NoRecords || status == DnsStatus::Answered)
        return say(QT_TRANSLATE_NOOP("DnsVerdict", "no usable reply: an empty one, or none at all"));
    if (status == DnsStatus::NameNotFound)
        return say(QT_TRANSLATE_NOOP("DnsVerdict", "it answered NXDOMAIN, as a broken or filtering resolver does"));
    return DnsReport::statusText(status, phrases);
}

// Empty when the server's answers are evidence: it answered the control question, and no question about the
// domain failed. Otherwise why not, naming the server and the question.
QString whyUntrusted(const DnsReport &r, const DnsPhrases &phrases)
{
    const auto say = wordsOf(phrases);
    const DnsQuery *control = r.controlQuery();
    if (control && (control->status != DnsStatus::Answered || control->values.isEmpty()))
        return say(QT_TRANSLATE_NOOP("DnsVerdict", "%1 cannot resolve %2 NS, a name every working resolver "
                                                   "resolves (%3)"))
            .arg(r.serverName(phrases), control->name + u'.', controlFailure(control->status, phrases));
    for (const DnsQuery &q : r.queries) {
        if (failed(q.status))
            return say(QT_TRANSLATE_NOOP("DnsVerdict", "%1 gave no answer for %2 %3 (%4)"))
                .arg(r.serverName(phrases), q.name + u'.', kDnsTypes.key(q.type),
                     DnsReport::statusText(q.status, phrases));
    }
    if (r.queries.isEmpty())
        return DnsReport::statusText(DnsStatus::Failed, phrases);
    return {};
}

QString howToConnect(const DnsTargets &t, const QString &domain, const DnsPhrases &phrases)
{
    const auto say = wordsOf(phrases);
    QStringList ways;
    if (!t.nameserverSuffixes.isEmpty())
        ways << say(QT_TRANSLATE_NOOP("DnsVerdict", "NAMESERVERS fits when the owner can change the domain's "
                                                    "nameservers at the registrar: to Wix's (under %1)."))
                    .arg(list(t.nameserverSuffixes));
    if (!t.addresses.isEmpty() || !t.cnameTargets.isEmpty())
        ways << say(QT_TRANSLATE_NOOP("DnsVerdict", "POINTING fits when the DNS stays where it is: %1 A record "
                                                    "to %2, and www CNAME to %3."))
                    .arg(domain, list(t.addresses), list(t.cnameTargets));
    return ways.join(u' ');
}

// What the DNS server answered for a domain, sorted into what is Wix's and what is not.
struct Records
{
    QString zone; // the zone the nameservers are of: the domain's own, or a parent's
    QStringList nameservers, wixNameservers, otherNameservers;
    QStringList addresses, wixAddresses;
    QStringList cnames; // of www
    bool wixCname = false;

    bool isEmpty() const { return nameservers.isEmpty() && addresses.isEmpty() && cnames.isEmpty(); }
};

Records recordsOf(const DnsReport &r, const DnsTargets &t)
{
    Records records;
    records.nameservers = r.nameservers(&records.zone);
    for (const QString &ns : std::as_const(records.nameservers))
        (t.isWixNameserver(ns) ? records.wixNameservers : records.otherNameservers) << ns;
    for (const DnsQuery *q : ownQueries(r)) {
        const bool address = q->type == DnsType::A || q->type == DnsType::AAAA;
        if (address && q->status == DnsStatus::Answered) {
            records.addresses << q->values;
            for (const QString &a : q->values) {
                if (isWixAddress(t, a))
                    records.wixAddresses << a;
            }
        }
    }
    const DnsQuery *www =
        r.find(r.ace.startsWith(QLatin1String("www.")) ? r.ace : QStringLiteral("www.") + r.ace, DnsType::CNAME);
    if (www && www->status == DnsStatus::Answered)
        records.cnames = www->values;
    for (const QString &c : std::as_const(records.cnames))
        records.wixCname = records.wixCname || t.isWixCnameTarget(c);
    return records;
}

// One line each for the nameservers, the addresses and the www CNAME that were found.
QStringList recordLines(const Records &records, const QString &ace, const DnsPhrases &phrases)
{
    const auto say = wordsOf(phrases);
    QStringList lines;
    if (!records.nameservers.isEmpty()) {
        const QString where = records.zone == ace
                                  ? QString()
                                  : say(QT_TRANSLATE_NOOP("DnsVerdict", " (of the parent zone %1)")).arg(records.zone);
        lines << say(QT_TRANSLATE_NOOP("DnsVerdict", "Nameservers%1: %2.")).arg(where, list(records.nameservers));
    }
    if (!records.addresses.isEmpty())
        lines << say(QT_TRANSLATE_NOOP("DnsVerdict", "Addresses: %1.")).arg(list(records.addresses));
    if (!records.cnames.isEmpty())
        lines << say(QT_TRANSLATE_NOOP("DnsVerdict", "www CNAME: %1.")).arg(list(records.cnames));
    return lines;
}

void pointingAtWix(const Records &records, const QString &name, const DnsPhrases &phrases, DnsVerdict *v)
{
    const auto say = wordsOf(phrases);
    v->kind = DnsVerdict::Kind::PointingAtWix;
    const bool a = !records.wixAddresses.isEmpty();
    v->summary =
        say(QT_TRANSLATE_NOOP("DnsVerdict", "%1 already points at Wix (%2): a POINTING connection "
                                            "is in place."))
            .arg(name, records.wixCname && !a
                           ? say(QT_TRANSLATE_NOOP("DnsVerdict", "the www CNAME"))
                           : (records.wixCname ? say(QT_TRANSLATE_NOOP("DnsVerdict", "the A record and the www CNAME"))
                                               : say(QT_TRANSLATE_NOOP("DnsVerdict", "the A record"))));
    QStringList extra;
    for (const QString &address : records.addresses) {
        if (!records.wixAddresses.contains(address))
            extra << address;
    }
    if (!extra.isEmpty())
        v->details << say(QT_TRANSLATE_NOOP("DnsVerdict", "It also has other addresses (%1): remove them, "
                                                          "or visitors reach two different servers."))
                          .arg(list(extra));
}

DnsVerdict judgeRecords(const DnsReport &r, const DnsTargets &t, const DnsPhrases &phrases)
{
    const auto say = wordsOf(phrases);
    DnsVerdict v;
    const QString name = r.displayName();
    const Records records = recordsOf(r, t);
    v.details = recordLines(records, r.ace, phrases);
    if (!records.nameservers.isEmpty() && records.otherNameservers.isEmpty()) {
        v.kind = DnsVerdict::Kind::NameserversAtWix;
        v.summary = say(QT_TRANSLATE_NOOP("DnsVerdict", "The nameservers of %1 are already Wix's: a NAMESERVERS "
                                                        "connection is in place."))
                        .arg(name);
    } else if (!records.wixAddresses.isEmpty() || records.wixCname) {
        pointingAtWix(records, name, phrases, &v);
    } else if (!records.isEmpty()) {
        v.kind = DnsVerdict::Kind::PointingElsewhere;
        v.summary = say(QT_TRANSLATE_NOOP("DnsVerdict", "%1 does not point at Wix yet: its records are "
                                                        "another host's."))
                        .arg(name);
        if (!records.wixNameservers.isEmpty())
            v.details << say(QT_TRANSLATE_NOOP("DnsVerdict", "Only some of the nameservers are Wix's (%1): all "
                                                             "of them must be."))
                             .arg(list(records.wixNameservers));
        v.details << howToConnect(t, r.ace, phrases);
    } else {
        v.kind = DnsVerdict::Kind::NoRecords;
        v.summary = say(QT_TRANSLATE_NOOP("DnsVerdict", "%1 exists but the DNS server gave no NS, A, AAAA or "
                                                        "www CNAME records for it."))
                        .arg(name);
        v.details << howToConnect(t, r.ace, phrases);
    }
    return v;
}

// The verdict of a server that answered the control question and every question about the domain.
DnsVerdict judgeTrusted(const DnsReport &r, const DnsTargets &t, const DnsPhrases &phrases)
{
    const auto say = wordsOf(phrases);
    DnsVerdict v;
    bool anyAnswered = false, notFound = false;
    for (const DnsQuery *q : ownQueries(r)) {
        anyAnswered = anyAnswered || q->status == DnsStatus::Answered;
        notFound = notFound || q->status == DnsStatus::NameNotFound;
    }
    if (notFound && !anyAnswered) {
        v.kind = DnsVerdict::Kind::DoesNotExist;
        v.summary = say(QT_TRANSLATE_NOOP("DnsVerdict", "%1 does not exist in DNS (NXDOMAIN): nobody has "
                                                        "registered it, or it is misspelt."))
                        .arg(r.displayName());
        return v;
    }
    return judgeRecords(r, t, phrases);
}

// Keys for programs (JSON), never translated.
constexpr ClosedSet kVerdicts{"DnsVerdict",
                              std::array{
                                  ClosedSetRow{DnsVerdict::Kind::NotADomain, u"not-a-domain", nullptr},
                                  ClosedSetRow{DnsVerdict::Kind::DoesNotExist, u"does-not-exist", nullptr},
                                  ClosedSetRow{DnsVerdict::Kind::NameserversAtWix, u"nameservers-at-wix", nullptr},
                                  ClosedSetRow{DnsVerdict::Kind::PointingAtWix, u"pointing-at-wix", nullptr},
                                  ClosedSetRow{DnsVerdict::Kind::PointingElsewhere, u"pointing-elsewhere", nullptr},
                                  ClosedSetRow{DnsVerdict::Kind::NoRecords, u"no-records", nullptr},
                                  ClosedSetRow{DnsVerdict::Kind::NoAnswer, u"no-answer", nullptr},
                              }};

} // namespace

DnsVerdict DnsVerdict::judge(const DnsReport &r, const DnsTargets &t, const DnsPhrases &phrases)
{
    const auto say = wordsOf(phrases);
    DnsVerdict v;
    if (!r.problem.isEmpty()) {
        v.kind = Kind::NotADomain;
        v.summary = DnsReport::notADomain(r.input, phrases);
        return v;
    }
    const QString why = whyUntrusted(r, phrases);
    if (!why.isEmpty()) {
        v.kind = Kind::NoAnswer;
        v.summary = say(QT_TRANSLATE_NOOP("DnsVerdict", "No verdict: %1.")).arg(why);
        v.details << say(QT_TRANSLATE_NOOP("DnsVerdict", "Nothing can be said about %1 until a working DNS server "
                                                         "answers; try again, or ask another server."))
                         .arg(r.displayName());
    } else {
        v = judgeTrusted(r, t, phrases);
    }
    v.servers = r.askedServers();
    v.elapsedMs = r.elapsedMs;
    v.details.prepend(say(QT_TRANSLATE_NOOP("DnsVerdict", "Asked %1; the check took %2 ms."))
                          .arg(r.serverName(phrases), QString::number(r.elapsedMs)));
    return v;
}

DnsVerdict DnsVerdict::judge(const DnsReport &r, const DnsTargets &t, const CatalogEntry *entry,
                             const QString &requested, const DnsPhrases &phrases)
{
    const auto say = wordsOf(phrases);
    DnsVerdict v = judge(r, t, phrases);
    if (!entry || v.kind == Kind::NoAnswer || v.kind == Kind::NotADomain)
        return v;
    const bool saysUnregistered =
        entry->messageTemplate.text().contains(QLatin1String("available for purchase"), Qt::CaseInsensitive);
    const QString type = requested.trimmed().toUpper();
    if (saysUnregistered) {
        v.aboutTheError =
            v.kind == Kind::DoesNotExist
                ? say(QT_TRANSLATE_NOOP("DnsVerdict",
                                        "This supports the error: the name does not exist, so it is available for "
                                        "purchase and must be bought before it can be connected."))
                : say(QT_TRANSLATE_NOOP("DnsVerdict",
                                        "This does not support the error: the name exists in DNS, so it has been "
                                        "registered. Check the spelling and the TLD sent in the request."));
    } else if (v.kind == Kind::NameserversAtWix || v.kind == Kind::PointingAtWix) {
        const QString inPlace =
            v.kind == Kind::NameserversAtWix ? QStringLiteral("NAMESERVERS") : QStringLiteral("POINTING");
        if (type == QLatin1String("NAMESERVERS") || type == QLatin1String("POINTING"))
            v.aboutTheError = type == inPlace
                                  ? say(QT_TRANSLATE_NOOP("DnsVerdict", "The request asked for %1, which is "
                                                                        "what DNS shows in place."))
                                        .arg(type)
                                  : say(QT_TRANSLATE_NOOP("DnsVerdict", "The request asked for %1, but DNS "
                                                                        "shows %2 in place: the connection "
                                                                        "type differs."))
                                        .arg(type, inPlace);
        else
            v.aboutTheError = say(QT_TRANSLATE_NOOP("DnsVerdict", "DNS shows a %1 connection to Wix in place "
                                                                  "for this domain."))
                                  .arg(inPlace);
    } else if (v.kind == Kind::DoesNotExist) {
        v.aboutTheError = say(QT_TRANSLATE_NOOP(
            "DnsVerdict", "The domain must be registered before it can be connected: check its spelling."));
    } else if (v.kind == Kind::PointingElsewhere && !type.isEmpty()) {
        v.aboutTheError = say(QT_TRANSLATE_NOOP("DnsVerdict", "The request asked for %1; DNS does not show "
                                                              "it in place yet."))
                              .arg(type);
    }
    return v;
}

QString DnsVerdict::key(Kind kind)
{
    return kVerdicts.key(kind);
}

QString DnsVerdict::replyText(const DnsReport &report, const DnsPhrases &phrases) const
{
    const auto say = wordsOf(phrases);
    QStringList lines;
    lines << say(QT_TRANSLATE_NOOP("DnsVerdict", "Live DNS check of %1:")).arg(report.displayName());
    lines << summary;
    if (!aboutTheError.isEmpty())
        lines << aboutTheError;
    lines << details;
    lines << QString() << say(QT_TRANSLATE_NOOP("DnsVerdict", "Records:"));
    for (const QString &line : report.rawLines(phrases))
        lines << QStringLiteral("    ") + line;
    return lines.join(u'\n');
}

QJsonObject DnsVerdict::toJson() const
{
    QJsonObject o{{QStringLiteral("verdict"), key(kind)},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("details"), QJsonArray::fromStringList(details)},
                  {QStringLiteral("servers"), QJsonArray::fromStringList(servers)},
                  {QStringLiteral("elapsedMs"), elapsedMs}};
    if (!aboutTheError.isEmpty())
        o.insert(QStringLiteral("aboutTheError"), aboutTheError);
    return o;
}
