// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class CatalogUpdater;
class QLineEdit;
class SubscriptionsBox;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // refused: the reasons the catalog files were refused at the last load, each beginning with the file's path.
    SettingsDialog(const AppSettings &settings, const QStringList &refused, CatalogUpdater *updater,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;
    SubscriptionsBox *subscriptions() const { return m_subscriptions; }
    // Whether the catalog subscriptions changed (added, removed, reordered, updated) while the dialog was open.
    bool subscriptionsChanged() const;

public slots:
    // One rule for the whole dialog: OK applies and keeps every change, Cancel undoes every change.
    void accept() override;
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scrollSettings();
    void markRefused();
    void showReason();
    void move(int by);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QStringList m_refused;
    SubscriptionsBox *m_subscriptions;
    QLineEdit *m_dnsServer;
    QLineEdit *m_dnsResolvers;
};
