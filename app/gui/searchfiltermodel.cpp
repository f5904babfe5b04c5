// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "searchfiltermodel.h"

#include "roles.h"
#include "searchwords.h"

SearchFilterModel::SearchFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void SearchFilterModel::setSearch(const QString &text)
{
    const QStringList terms = SearchWords::split(text);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(Roles::SearchText).toString();
    return !text.isEmpty() && SearchWords::allIn(m_terms, text);
}

QVariant SearchFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == 1 && !m_terms.isEmpty()) {
        const QVariant total = QSortFilterProxyModel::data(index, Roles::EntryCount);
        if (total.isValid())
            return tr("%1 of %n entries", nullptr, total.toInt()).arg(matchingEntries(index.siblingAtColumn(0)));
    }
    return QSortFilterProxyModel::data(index, role);
}

int SearchFilterModel::matchingEntries(const QModelIndex &index) const
{
    const int rows = rowCount(index);
    if (rows == 0)
        return index.data(Roles::EntryId).isValid() ? 1 : 0;
    int count = 0;
    for (int r = 0; r < rows; ++r)
        count += matchingEntries(this->index(r, 0, index));
    return count;
}
