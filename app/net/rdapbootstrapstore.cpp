// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "rdapbootstrapstore.h"

#include "safesave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("RdapBootstrapStore", text);
}

QDateTime publicationOf(const RdapBootstrap &bootstrap)
{
    return QDateTime::fromString(bootstrap.publication(), Qt::ISODate);
}

} // namespace

QString RdapBootstrapStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("rdap/dns.json"));
}

QUrl RdapBootstrapStore::ianaUrl()
{
    return QUrl(QStringLiteral("https://data.iana.org/rdap/dns.json"));
}

RdapBootstrap RdapBootstrapStore::validated(const QByteArray &json, QString *error)
{
    RdapBootstrap bootstrap = RdapBootstrap::parse(json, error);
    if (bootstrap.isEmpty()) {
        if (error->isEmpty())
            *error = say(QT_TRANSLATE_NOOP("RdapBootstrapStore", "the bootstrap file lists no RDAP service"));
        return {};
    }
    const QJsonObject top = QJsonDocument::fromJson(json).object();
    if (top.value(QLatin1String("version")).toString() != QLatin1String("1.0")) {
        *error = say(QT_TRANSLATE_NOOP("RdapBootstrapStore", "the bootstrap file is not of version 1.0 (RFC 9224)"));
        return {};
    }
    if (!publicationOf(bootstrap).isValid()) {
        *error = say(QT_TRANSLATE_NOOP("RdapBootstrapStore", "the bootstrap file has no publication date"));
        return {};
    }
    return bootstrap;
}

RdapBootstrap RdapBootstrapStore::saved() const
{
    QFile file(m_path);
    QString error;
    return file.open(QIODevice::ReadOnly) ? validated(file.read(4 * 1024 * 1024), &error) : RdapBootstrap();
}

RdapBootstrap RdapBootstrapStore::current(QString *origin) const
{
    // A downloaded file is IANA's whole file; the embedded one only a subset of it.
    RdapBootstrap kept = saved();
    if (!kept.isEmpty()) {
        kept.append(RdapBootstrap::overrides());
        if (origin)
            *origin = m_path;
        return kept;
    }
    if (origin)
        *origin = QStringLiteral("embedded");
    return RdapBootstrap::embedded();
}

bool RdapBootstrapStore::isDue(const QDateTime &now) const
{
    const QFileInfo info(m_path);
    return !info.exists() || info.lastModified().toUTC().addDays(kRefreshDays) < now;
}

RdapBootstrapStore::Saved RdapBootstrapStore::save(const QByteArray &json, QString *error) const
{
    const RdapBootstrap offered = validated(json, error);
    if (offered.isEmpty())
        return Saved::Invalid;
    const RdapBootstrap kept = saved();
    // A copy not newer than the saved one is not kept, but the saved one is marked as checked now, so the next
    // check does not ask again.
    if (!kept.isEmpty() && publicationOf(offered) <= publicationOf(kept)) {
        QFile file(m_path);
        if (file.open(QIODevice::Append)) // setFileTime wants the file open; appending nothing keeps it as it is
            file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        return Saved::NotNewer;
    }
    if (!SafeSave::makeFolderFor(m_path, error) || !SafeSave::write(m_path, json, error))
        return Saved::WriteFailed;
    return Saved::Newer;
}
