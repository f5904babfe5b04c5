// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// The search of the Catalog page and the filter of the results: keeps the rows whose Roles::SearchText holds
// every word typed, in any order and case. A row that fits shows everything beneath it, and the rows above it
// show (an API or status row of the catalog, which has no text of its own, shows when one of its entries does).
class SearchFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchFilterModel)

public:
    explicit SearchFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    const QStringList &terms() const { return m_terms; }
    bool isFiltering() const { return !m_terms.isEmpty(); }
    // Under a search, a row that counts entries (Roles::EntryCount) counts those that match ("2 of 12 entries").
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int matchingEntries(const QModelIndex &index) const;

    QStringList m_terms;
};
