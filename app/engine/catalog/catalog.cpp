// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalog.h"

#include "catalogloader.h"
#include "statuscodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

Catalog Catalog::fromDirectory(const QString &directory, QString *error)
{
    Catalog catalog;
    error->clear();
    QFile indexFile(directory + QStringLiteral("/index.json"));
    if (!indexFile.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Catalog", "%1: cannot be read").arg(indexFile.fileName());
        return catalog;
    }
    const QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
    catalog.m_version = index.value(QStringLiteral("version")).toString();
    if (catalog.m_version.isEmpty()) {
        *error = QCoreApplication::translate("Catalog", "%1: no version").arg(indexFile.fileName());
        return {};
    }
    QSet<QString> ids;
    for (const QJsonValue &name : index.value(QStringLiteral("files")).toArray()) {
        const QString path = directory + u'/' + name.toString();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Catalog", "%1: cannot be read").arg(path);
            return {};
        }
        CatalogLoader::File parsed;
        if (!CatalogLoader::parse(file.readAll(), path, &parsed, error))
            return {};
        for (const CatalogEntry &e : parsed.entries) {
            if (ids.contains(e.id)) {
                *error = QCoreApplication::translate("Catalog", "%1: entry '%2': duplicate id").arg(path, e.id);
                return {};
            }
            ids.insert(e.id);
        }
        catalog.m_entries.append(parsed.entries);
        catalog.m_sources.append(parsed.sources);
        catalog.m_dnsTargets.merge(parsed.dnsTargets);
        catalog.addFlows(parsed.flows);
    }
    catalog.rebuildIndex();
    return catalog;
}

bool Catalog::addFile(const QString &path, QString *error)
{
    // A device would be read for ever and a FIFO would block the loader: only a regular file can be a catalog.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = QCoreApplication::translate("Catalog", "%1: not a regular file (a folder, device or pipe cannot be a "
                                                        "catalog)")
                     .arg(path);
        return false;
    }
    const auto tooLarge = [&] {
        *error = QCoreApplication::translate("Catalog", "%1: the file is larger than %2 MiB")
                     .arg(path, QString::number(CatalogLoader::kMaxFileSize / (1024 * 1024)));
        return false;
    };
    if (info.size() > CatalogLoader::kMaxFileSize)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Catalog", "%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray json = file.read(CatalogLoader::kMaxFileSize + 1); // bounded, should the file grow meanwhile
    if (json.size() > CatalogLoader::kMaxFileSize)
        return tooLarge();
    return addJson(json, path, error);
}

bool Catalog::addJson(const QByteArray &json, const QString &origin, QString *error)
{
    CatalogLoader::File parsed;
    if (!CatalogLoader::parse(json, origin, &parsed, error))
        return false;
    for (CatalogEntry &e : parsed.entries) {
        e.layer = origin;
        const auto it = m_byId.constFind(e.id);
        if (it != m_byId.constEnd()) {
            m_entries[it.value()] = std::move(e);
        } else {
            m_byId.insert(e.id, int(m_entries.size()));
            m_entries.append(std::move(e));
        }
    }
    for (const QString &s : parsed.sources) {
        if (!m_sources.contains(s))
            m_sources.append(s);
    }
    m_dnsTargets.merge(parsed.dnsTargets);
    addFlows(parsed.flows);
    rebuildIndex();
    return true;
}

void Catalog::addFlows(const QList<FlowDefinition> &flows)
{
    for (const FlowDefinition &flow : flows) {
        const auto same = std::find_if(m_flows.begin(), m_flows.end(), [&](const auto &f) { return f.id == flow.id; });
        if (same != m_flows.end())
            *same = flow;
        else
            m_flows.append(flow);
    }
}

const CatalogEntry *Catalog::find(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_entries.at(it.value());
}

QStringList Catalog::apis() const
{
    QStringList out;
    for (const CatalogEntry &e : m_entries) {
        if (!out.contains(e.api))
            out.append(e.api);
    }
    return out;
}

const CatalogEntry *Catalog::genericFor(int httpStatus) const
{
    for (int i : m_byStatus.value(httpStatus)) {
        if (m_entries.at(i).isGeneric())
            return &m_entries.at(i);
    }
    return nullptr;
}

void Catalog::rebuildIndex()
{
    m_byCode.clear();
    m_byStatus.clear();
    m_byAnchor.clear();
    m_anchorShapes.fill(0);
    m_byId.clear();
    QHash<QString, int> frequency;
    for (const CatalogEntry &e : std::as_const(m_entries)) {
        for (const QString &w : e.messageTemplate.literalWords())
            ++frequency[w];
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        const CatalogEntry &e = m_entries.at(i);
        m_byId.insert(e.id, i);
        if (!e.code.isEmpty())
            m_byCode[StatusCodes::normaliseCode(e.code)].append(i);
        m_byStatus[e.httpStatus].append(i);
        // Each template is filed under its rarest literal word: a text can only match the template if it holds
        // every literal word, so looking up the words of a text finds every template that might match it.
        QString anchor;
        for (const QString &w : e.messageTemplate.literalWords()) {
            if (anchor.isEmpty() || frequency.value(w) < frequency.value(anchor) ||
                (frequency.value(w) == frequency.value(anchor) && w.size() > anchor.size()))
                anchor = w;
        }
        if (!anchor.isEmpty()) {
            m_byAnchor[anchor].append(i);
            m_anchorShapes[anchor.front().unicode() & 63] |= quint64(1) << qMin<qsizetype>(anchor.size(), 63);
        }
    }
}
