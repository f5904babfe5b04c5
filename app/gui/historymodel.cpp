// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "historystore.h"
#include "plaintext.h"

#include <QHash>
#include <QLocale>

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    connect(store, &HistoryStore::changed, this, [this] {
        beginResetModel();
        regroup();
        endResetModel();
    });
    regroup();
}

void HistoryModel::regroup()
{
    m_rows.clear();
    m_counts.clear();
    QHash<QString, int> rowOfText;
    const QList<HistoryItem> &items = m_store->items();
    for (int i = 0; i < items.size(); ++i) { // newest first: the first of each text is its latest
        const auto it = rowOfText.constFind(items.at(i).text);
        if (it != rowOfText.cend()) {
            ++m_counts[it.value()];
            continue;
        }
        rowOfText.insert(items.at(i).text, int(m_rows.size()));
        m_rows.append(i);
        m_counts.append(1);
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryItem &item = m_store->items().at(m_rows.at(index.row()));
    const int count = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString line = QStringLiteral("%1  \u00b7  %2")
                                 .arg(QLocale().toString(item.when.toLocalTime(), QLocale::ShortFormat), item.summary);
        return count > 1 ? tr("%1  (%n times)", nullptr, count).arg(line) : line;
    }
    case Qt::ToolTipRole:
        return PlainText::toolTip(item.text);
    case TextRole:
        return item.text;
    case SearchRole:
        return QString(item.summary + u'\n' + item.text);
    default:
        return {};
    }
}
