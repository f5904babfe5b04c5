// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "rdaprecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString hostName(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return name.left(253);
}

// The vCard's formatted name (jCard, RFC 7095): ["vcard", [["fn", {}, "text", "Name"], ...]].
QString vcardName(const QJsonObject &entity)
{
    const QJsonArray properties = entity.value(QLatin1String("vcardArray")).toArray().at(1).toArray();
    for (const QJsonValue &p : properties) {
        const QJsonArray property = p.toArray();
        if (property.at(0).toString() == QLatin1String("fn"))
            return property.at(3).toString().simplified().left(200);
    }
    return {};
}

QString registrarOf(const QJsonArray &entities)
{
    for (const QJsonValue &e : entities) {
        const QJsonObject entity = e.toObject();
        if (entity.value(QLatin1String("roles")).toArray().contains(QLatin1String("registrar"))) {
            const QString name = vcardName(entity);
            return name.isEmpty() ? entity.value(QLatin1String("handle")).toString().left(200) : name;
        }
    }
    return {};
}

void readEvents(const QJsonArray &events, RdapRecord *record)
{
    for (const QJsonValue &e : events) {
        const QJsonObject event = e.toObject();
        const QString action = event.value(QLatin1String("eventAction")).toString();
        const QDateTime date =
            QDateTime::fromString(event.value(QLatin1String("eventDate")).toString(), Qt::ISODateWithMs);
        if (action == QLatin1String("registration"))
            record->created = date;
        else if (action == QLatin1String("expiration"))
            record->expires = date;
    }
}

} // namespace

bool RdapRecord::parse(const QByteArray &json, RdapRecord *record, QString *error)
{
    QJsonParseError parseError{};
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("RdapRecord", "the answer is not JSON: %1").arg(parseError.errorString());
        return false;
    }
    if (o.value(QLatin1String("objectClassName")).toString() != QLatin1String("domain")) {
        *error = QCoreApplication::translate("RdapRecord", "the answer is not an RDAP domain object");
        return false;
    }
    *record = RdapRecord();
    record->ldhName = hostName(o.value(QLatin1String("ldhName")).toString());
    for (const QJsonValue &s : o.value(QLatin1String("status")).toArray())
        record->statuses << s.toString().toLower().simplified().left(80);
    readEvents(o.value(QLatin1String("events")).toArray(), record);
    record->registrar = registrarOf(o.value(QLatin1String("entities")).toArray());
    for (const QJsonValue &ns : o.value(QLatin1String("nameservers")).toArray())
        record->nameservers << hostName(ns.toObject().value(QLatin1String("ldhName")).toString());
    record->nameservers.removeAll(QString());
    record->delegationSigned =
        o.value(QLatin1String("secureDNS")).toObject().value(QLatin1String("delegationSigned")).toBool();
    error->clear();
    return true;
}

QString RdapRecord::plainStatus(const QString &s, const DnsPhrases &phrases)
{
    if (s.endsWith(QLatin1String("transfer prohibited")))
        return dnsPhrase(phrases, "RdapRecord", QT_TRANSLATE_NOOP("RdapRecord", "transfer locked"));
    if (s == QLatin1String("redemption period"))
        return dnsPhrase(phrases, "RdapRecord",
                         QT_TRANSLATE_NOOP("RdapRecord", "in the redemption period (expired; only the registrant "
                                                         "can restore it, at a fee)"));
    if (s == QLatin1String("pending delete"))
        return dnsPhrase(phrases, "RdapRecord",
                         QT_TRANSLATE_NOOP("RdapRecord", "pending delete (about to be released)"));
    if (s.endsWith(QLatin1String(" hold")))
        return dnsPhrase(phrases, "RdapRecord", QT_TRANSLATE_NOOP("RdapRecord", "on hold (not published in DNS)"));
    if (s.endsWith(QLatin1String("update prohibited")))
        return dnsPhrase(phrases, "RdapRecord", QT_TRANSLATE_NOOP("RdapRecord", "update locked"));
    if (s.endsWith(QLatin1String("delete prohibited")))
        return dnsPhrase(phrases, "RdapRecord", QT_TRANSLATE_NOOP("RdapRecord", "delete locked"));
    if (s == QLatin1String("pending transfer"))
        return dnsPhrase(phrases, "RdapRecord", QT_TRANSLATE_NOOP("RdapRecord", "a transfer is pending"));
    return s;
}

bool RdapRecord::isAlarming(const QString &s)
{
    return s == QLatin1String("redemption period") || s == QLatin1String("pending delete") ||
           s.endsWith(QLatin1String(" hold"));
}

QStringList RdapRecord::plainStatuses(const DnsPhrases &phrases) const
{
    QStringList words;
    for (const QString &s : statuses) {
        const QString plain = plainStatus(s, phrases);
        if (!words.contains(plain))
            words << plain;
    }
    return words;
}

QString RdapRecord::expiryText(const QDateTime &expires, const QDateTime &now, const DnsPhrases &phrases)
{
    const qint64 days = now.toUTC().date().daysTo(expires.toUTC().date());
    // Counted before the call: lupdate 6.4 hangs on a function call in translate()'s count argument.
    const int count = int(qAbs(days));
    if (days > 0)
        return QCoreApplication::translate("RdapRecord", "expires in %n day(s)", nullptr, count);
    if (days < 0)
        return QCoreApplication::translate("RdapRecord", "expired %n day(s) ago", nullptr, count);
    return dnsPhrase(phrases, "RdapRecord", QT_TRANSLATE_NOOP("RdapRecord", "expires today"));
}

QJsonObject RdapRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("ldhName"), ldhName},
                  {QStringLiteral("status"), QJsonArray::fromStringList(statuses)},
                  {QStringLiteral("registrar"), registrar},
                  {QStringLiteral("nameservers"), QJsonArray::fromStringList(nameservers)},
                  {QStringLiteral("delegationSigned"), delegationSigned}};
    if (created.isValid())
        o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
    if (expires.isValid())
        o.insert(QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate));
    return o;
}
