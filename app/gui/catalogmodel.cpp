// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogmodel.h"

#include "plaintext.h"
#include "roles.h"
#include "translations.h"

#include <QSet>

CatalogModel::CatalogModel(QObject *parent) : QAbstractItemModel(parent) {}

void CatalogModel::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_nodes.clear();
    m_top.clear();
    QHash<QString, int> apiNodes;
    QHash<QString, int> statusNodes;
    const QList<CatalogEntry> &entries = m_catalog ? m_catalog->entries() : QList<CatalogEntry>();
    auto addNode = [this](int parent, const QString &label, int entry) {
        Node n;
        n.parent = parent;
        n.label = label;
        n.entry = entry;
        const int id = int(m_nodes.size());
        n.row = int(parent < 0 ? m_top.size() : m_nodes.at(parent).children.size());
        m_nodes.append(n); // may move the nodes: take the parent's list of children only afterwards
        (parent < 0 ? m_top : m_nodes[parent].children).append(id);
        return id;
    };
    QHash<QString, QSet<QString>> endpointsOfApi;
    for (const CatalogEntry &e : entries)
        endpointsOfApi[e.api].insert(e.endpoint.name);
    for (int i = 0; i < entries.size(); ++i) {
        const CatalogEntry &e = entries.at(i);
        int api = apiNodes.value(e.api, -1);
        if (api < 0) {
            api = addNode(-1, e.api, -1);
            apiNodes.insert(e.api, api);
        }
        const QString statusKey = e.api + u'/' + QString::number(e.httpStatus);
        int status = statusNodes.value(statusKey, -1);
        if (status < 0) {
            status = addNode(api, QStringLiteral("%1 %2").arg(QString::number(e.httpStatus), e.status), -1);
            statusNodes.insert(statusKey, status);
        }
        // Where an API has several endpoints, the same error may be listed for each: name the endpoint.
        const bool severalEndpoints = endpointsOfApi.value(e.api).size() > 1;
        const QString title = e.localized(Translations::current()).title;
        addNode(status, severalEndpoints ? title + QStringLiteral(" \u00b7 ") + e.endpoint.name : title, i);
        ++m_nodes[api].entries;
        ++m_nodes[status].entries;
    }
    endResetModel();
}

int CatalogModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

const CatalogEntry *CatalogModel::entryAt(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    if (n < 0 || n >= m_nodes.size() || m_nodes.at(n).entry < 0)
        return nullptr;
    return &m_catalog->entries().at(m_nodes.at(n).entry);
}

QModelIndex CatalogModel::indexOf(const QString &entryId) const
{
    for (int n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes.at(n).entry >= 0 && m_catalog->entries().at(m_nodes.at(n).entry).id == entryId)
            return createIndex(m_nodes.at(n).row, 0, quintptr(n));
    }
    return {};
}

QModelIndex CatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &children = parent.isValid() ? m_nodes.at(nodeOf(parent)).children : m_top;
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CatalogModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0 || m_nodes.at(n).parent < 0)
        return {};
    const int p = m_nodes.at(n).parent;
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int CatalogModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0 || n >= m_nodes.size())
        return {};
    const Node &node = m_nodes.at(n);
    const CatalogEntry *e = node.entry >= 0 ? &m_catalog->entries().at(node.entry) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return node.label;
        if (e)
            return e->code.isEmpty() ? QStringLiteral("\u2014") : e->code;
        return tr("%n entries", nullptr, node.entries);
    case Qt::AccessibleTextRole:
        // The whole label and code, however narrow the column: what a screen reader says is never cut.
        return e && index.column() == 1 ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return e ? QVariant(
                       tr("%1, code %2").arg(node.label, data(index.siblingAtColumn(1), Qt::DisplayRole).toString()))
                 : QVariant();
    case Qt::ToolTipRole:
        return e ? PlainText::toolTip(e->messageTemplate.isEmpty() ? e->troubleshooting : e->messageTemplate.text())
                 : QVariant();
    case Roles::EntryId:
        return e ? e->id : QVariant();
    case Roles::EntryCount:
        return e ? QVariant() : QVariant(node.entries);
    case Roles::SearchText: {
        if (!e)
            return {};
        QStringList parts{e->id,
                          e->title,
                          e->code,
                          e->status,
                          QString::number(e->httpStatus),
                          e->messageTemplate.text(),
                          e->troubleshooting,
                          e->endpoint.name};
        for (const RemediationStep &s : e->steps)
            parts << s.text;
        parts << e->keywords;
        if (const EntryTranslation *t = e->translation(Translations::current()))
            parts << t->title << t->steps;
        return parts.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Error") : tr("Code");
}
