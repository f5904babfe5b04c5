// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "resultsfiltermodel.h"

#include "roles.h"
#include "searchwords.h"

ResultsFilterModel::ResultsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void ResultsFilterModel::setFilter(const QString &text)
{
    const QStringList terms = SearchWords::split(text);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(Roles::SearchText).toString();
    return SearchWords::allIn(m_terms, text);
}
