// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "historystore.h"

#include <QLocale>

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    connect(store, &HistoryStore::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store->items().size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryItem &item = m_store->items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  \u00b7  %2")
            .arg(QLocale().toString(item.when.toLocalTime(), QLocale::ShortFormat), item.summary);
    case Qt::ToolTipRole:
        return item.text.left(2000);
    case TextRole:
        return item.text;
    case SearchRole:
        return QString(item.summary + u'\n' + item.text);
    default:
        return {};
    }
}
