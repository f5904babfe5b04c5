// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryDialog;
}
class HistoryStore;
class HistoryModel;
class QSortFilterProxyModel;

// Searchable list of recent diagnoses; opening one diagnoses its (redacted) text again.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    explicit HistoryDialog(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryDialog() override;

signals:
    void itemChosen(const QString &text);

private:
    void openCurrent();
    void clearHistory();
    void reportClearFailure(const QString &reason);
    void updateEmptyState();

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    HistoryStore *m_store;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_filter;
    bool m_clearing = false; // a clear asked for here is not yet on disk
};
