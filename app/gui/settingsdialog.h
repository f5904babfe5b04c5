// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // refused: the reasons the catalog files were refused at the last load, each beginning with the file's path.
    explicit SettingsDialog(const AppSettings &settings, const QStringList &refused = {}, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;

private:
    void markRefused();
    void showReason();
    void move(int by);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QStringList m_refused;
};
