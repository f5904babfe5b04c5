// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}
class QAction;

// Help > Keyboard shortcuts: every action of the window with its shortcut, read from the actions themselves.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
