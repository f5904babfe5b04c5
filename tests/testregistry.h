// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// A registry's RDAP server for window tests and screenshots, on loopback (plain http, which the address rule allows
// on this computer only): an RFC 9083 domain object for each domain it holds, 404 for the rest, and an RFC 9224
// bootstrap file that names it for .test.
#pragma once

#include "testhttpserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class TestRegistry
{
public:
    struct Domain
    {
        QStringList statuses;
        QStringList nameservers;
        int expiresInDays = 300;
        bool signedDelegation = false;
        QString registrar = QStringLiteral("Example Registrar, Inc.");
        int registeredYearsAgo = 3;
    };

    TestRegistry() : m_server([this](const TestHttpRequest &r) { return answer(r); }) {}

    void hold(const QString &name, const Domain &domain) { m_domains.insert(name, domain); }

    // The bootstrap file, written into dir; its path.
    QString writeBootstrap(const QString &dir) const
    {
        const QString path = QDir(dir).filePath(QStringLiteral("registry-bootstrap.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"version": "1.0", "publication": "2026-12-01T00:00:00Z", "services": [[["test"], [")" +
                       m_server.url("/rdap/") + R"("]]]})");
        return path;
    }

private:
    TestHttpResponse answer(const TestHttpRequest &request) const
    {
        const QString name = QString::fromLatin1(request.path.mid(request.path.lastIndexOf('/') + 1));
        TestHttpResponse r;
        r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/rdap+json"));
        if (!m_domains.contains(name)) {
            r.status = 404;
            r.reason = "Not Found";
            r.body = R"({"errorCode": 404, "title": "Not Found"})";
            return r;
        }
        r.body = QJsonDocument(domainObject(name, m_domains.value(name))).toJson(QJsonDocument::Compact);
        return r;
    }

    static QJsonObject domainObject(const QString &name, const Domain &d)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonArray ns;
        for (const QString &n : d.nameservers)
            ns.append(QJsonObject{{QStringLiteral("objectClassName"), QStringLiteral("nameserver")},
                                  {QStringLiteral("ldhName"), n}});
        const QJsonArray fn{QStringLiteral("fn"), QJsonObject(), QStringLiteral("text"), d.registrar};
        const QJsonObject registrar{
            {QStringLiteral("objectClassName"), QStringLiteral("entity")},
            {QStringLiteral("roles"), QJsonArray{QStringLiteral("registrar")}},
            {QStringLiteral("vcardArray"), QJsonArray{QStringLiteral("vcard"), QJsonArray{fn}}}};
        const QJsonArray events{
            QJsonObject{{QStringLiteral("eventAction"), QStringLiteral("registration")},
                        {QStringLiteral("eventDate"), now.addYears(-d.registeredYearsAgo).toString(Qt::ISODate)}},
            QJsonObject{{QStringLiteral("eventAction"), QStringLiteral("expiration")},
                        {QStringLiteral("eventDate"), now.addDays(d.expiresInDays).toString(Qt::ISODate)}}};
        return {{QStringLiteral("objectClassName"), QStringLiteral("domain")},
                {QStringLiteral("ldhName"), name},
                {QStringLiteral("status"), QJsonArray::fromStringList(d.statuses)},
                {QStringLiteral("events"), events},
                {QStringLiteral("entities"), QJsonArray{registrar}},
                {QStringLiteral("nameservers"), ns},
                {QStringLiteral("secureDNS"), QJsonObject{{QStringLiteral("delegationSigned"), d.signedDelegation}}}};
    }

    QHash<QString, Domain> m_domains;
    TestHttpServer m_server;
};
