// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Keeps the catalog entries whose code, message, troubleshooting text, steps or keywords hold every word typed,
// in any order and case; the API and status rows above them stay visible.
class CatalogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterModel)

public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    const QStringList &terms() const { return m_terms; }
    // Under a search, an API or status row counts the entries that match ("2 of 12 entries").
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int matchingEntries(const QModelIndex &index) const;

    QStringList m_terms;
};
