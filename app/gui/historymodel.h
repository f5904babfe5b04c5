// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>

class HistoryStore;

// The history store's items, newest first, one row per distinct input: a file opened again, or the same paste,
// shows once, at its latest time, with how many times it was diagnosed.
class HistoryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum { TextRole = Qt::UserRole + 100, SearchRole };

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void regroup();

    HistoryStore *m_store;
    QList<int> m_rows;   // the store's index of each row's newest item
    QList<int> m_counts; // how many items each row stands for
};
