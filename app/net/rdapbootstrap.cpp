// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "rdapbootstrap.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QUrl> urlsOf(const QJsonArray &array)
{
    QList<QUrl> urls;
    for (const QJsonValue &v : array) {
        QUrl url(v.toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            continue;
        if (!url.path().endsWith(u'/'))
            url.setPath(url.path() + u'/');
        // An https server is asked first (RFC 9224 section 3: the client chooses; the secure one is preferred).
        if (url.scheme() == QLatin1String("https"))
            urls.prepend(url);
        else
            urls.append(url);
    }
    return urls;
}

} // namespace

RdapBootstrap RdapBootstrap::embedded()
{
    Q_INIT_RESOURCE(rdap);
    QString error;
    RdapBootstrap bootstrap = parse(readResource(QStringLiteral(":/rdap/dns-bootstrap.json")), &error);
    bootstrap.append(overrides());
    return bootstrap;
}

RdapBootstrap RdapBootstrap::overrides()
{
    Q_INIT_RESOURCE(rdap);
    QString error;
    return parse(readResource(QStringLiteral(":/rdap/overrides.json")), &error);
}

RdapBootstrap RdapBootstrap::parse(const QByteArray &json, QString *error)
{
    RdapBootstrap bootstrap;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue services = doc.object().value(QLatin1String("services"));
    if (parseError.error != QJsonParseError::NoError || !services.isArray()) {
        *error = QCoreApplication::translate("RdapBootstrap", "not an RDAP bootstrap file (RFC 9224)");
        return bootstrap;
    }
    bootstrap.m_publication = doc.object().value(QLatin1String("publication")).toString().left(40);
    for (const QJsonValue &service : services.toArray()) {
        const QJsonArray pair = service.toArray();
        const QList<QUrl> urls = urlsOf(pair.at(1).toArray());
        if (urls.isEmpty())
            continue;
        for (const QJsonValue &labels : pair.at(0).toArray()) {
            const QString name = labels.toString().toLower();
            if (!name.isEmpty())
                bootstrap.m_services.append({name, urls});
        }
    }
    error->clear();
    return bootstrap;
}

void RdapBootstrap::append(const RdapBootstrap &other)
{
    m_services.append(other.m_services);
    if (m_publication.isEmpty())
        m_publication = other.m_publication;
}

QUrl RdapBootstrap::serverFor(const QString &aceDomain) const
{
    const QString domain = aceDomain.toLower();
    const Service *best = nullptr;
    for (const Service &s : m_services) {
        const bool matches = domain == s.labels || domain.endsWith(u'.' + s.labels);
        // Longest match wins; between equals, the first listed (the bootstrap before the overrides).
        if (matches && (!best || s.labels.size() > best->labels.size()))
            best = &s;
    }
    return best ? best->urls.constFirst() : QUrl();
}

QUrl RdapBootstrap::domainUrl(const QUrl &base, const QString &aceDomain)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("domain/") + aceDomain.toLower());
    return url;
}
