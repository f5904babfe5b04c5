// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QAbstractItemModel>

#include <memory>

// The catalog as a tree: API > status > entry.
class CatalogModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModel)

public:
    explicit CatalogModel(QObject *parent = nullptr);

    void setCatalog(std::shared_ptr<const Catalog> catalog);
    const CatalogEntry *entryAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &entryId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1; // -1: a top-level API node
        int row = 0;
        QString label;
        int entry = -1; // position in the catalog, on leaves
        QList<int> children;
        int entries = 0; // entries beneath an API or status node
    };
    int nodeOf(const QModelIndex &index) const;

    std::shared_ptr<const Catalog> m_catalog;
    QList<Node> m_nodes;
    QList<int> m_top;
};
