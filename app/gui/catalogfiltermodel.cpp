// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogfiltermodel.h"

#include "roles.h"

CatalogFilterModel::CatalogFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void CatalogFilterModel::setSearch(const QString &text)
{
    const QStringList terms = text.split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString text = index.data(Roles::SearchText).toString();
    if (text.isEmpty())
        return false; // API and status rows show when one of their entries does
    for (const QString &term : m_terms) {
        if (!text.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
