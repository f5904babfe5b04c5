// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>

#include "catalogentry.h"
#include "dnstargets.h"
#include "flowdefinition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The error catalog: the embedded files, with any user files layered over them (same id replaces, new id adds),
// and the indices the matcher uses so that a lookup does not grow with the size of the catalog.
class Catalog
{
public:
    Catalog() = default;

    // A catalog directory as the build packs it: index.json and the files it lists, each checked in full.
    static Catalog fromDirectory(const QString &directory, QString *error);
    // The packed form (QDataStream), and back. A pack that is damaged or of another format is refused. A pack
    // read from a file has its checksum verified, as a file can be damaged on disk; the pack compiled into the
    // program is as whole as the program, so only its structure is checked, which saves hashing it at each start.
    enum class PackSource { File, CompiledIn };
    QByteArray toPack() const;
    static Catalog fromPack(const QByteArray &pack, QString *error, PackSource source = PackSource::File);

    // Layers a user catalog file over this one. On error the catalog is unchanged and *error names the file,
    // the entry and the field.
    bool addFile(const QString &path, QString *error);
    // Layers JSON text; origin names it in messages and is the layer of its entries (CatalogEntry::layer).
    bool addJson(const QByteArray &json, const QString &origin, QString *error);

    const QList<CatalogEntry> &entries() const { return m_entries; }
    const CatalogEntry *find(const QString &id) const;
    const QString &version() const { return m_version; }
    const QStringList &sources() const { return m_sources; }
    // What counts as Wix in a domain's DNS: the union of every layer's "dnsTargets".
    const DnsTargets &dnsTargets() const { return m_dnsTargets; }
    QStringList apis() const;
    // The documented flows: the embedded ones, a layer's flow with the same id replacing one, a new id added.
    const QList<FlowDefinition> &flows() const { return m_flows; }

    // Index lookups; the lists hold positions in entries().
    QList<int> byCode(const QString &normalisedCode) const { return m_byCode.value(normalisedCode); }
    QList<int> byHttpStatus(int httpStatus) const { return m_byStatus.value(httpStatus); }
    // The templates filed under this lower-case word (their rarest literal word), or null. Each template is filed
    // under one word, and each word's list is in catalog order.
    const QList<int> *byAnchorWord(QStringView word) const
    {
        if (word.isEmpty() || !(m_anchorShapes[word.front().unicode() & 63] >> qMin<qsizetype>(word.size(), 63) & 1))
            return nullptr; // no anchor has this first letter and length: most words stop here, without hashing
        const auto it = m_byAnchor.constFind(QString::fromRawData(word.data(), word.size())); // no copy
        return it == m_byAnchor.cend() ? nullptr : &*it;
    }
    bool isKnownCode(const QString &normalisedCode) const { return m_byCode.contains(normalisedCode); }
    const CatalogEntry *genericFor(int httpStatus) const;

private:
    void rebuildIndex();

    QList<CatalogEntry> m_entries;
    QString m_version;
    QStringList m_sources;
    DnsTargets m_dnsTargets;
    QList<FlowDefinition> m_flows;
    void addFlows(const QList<FlowDefinition> &flows);
    QHash<QString, QList<int>> m_byCode;
    QHash<int, QList<int>> m_byStatus;
    QHash<QString, QList<int>> m_byAnchor;
    std::array<quint64, 64> m_anchorShapes{}; // bit (length) of entry (first letter & 63), for every anchor
    QHash<QString, int> m_byId;
};
