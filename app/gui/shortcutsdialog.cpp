// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QHeaderView>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    for (const QAction *a : actions) {
        if (a->shortcut().isEmpty())
            continue;
        const int row = m_ui->table->rowCount();
        m_ui->table->insertRow(row);
        m_ui->table->setItem(row, 0, new QTableWidgetItem(a->text().remove(u'&').remove(QStringLiteral("\u2026"))));
        m_ui->table->setItem(row, 1, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    const int row = m_ui->table->rowCount();
    m_ui->table->insertRow(row);
    m_ui->table->setItem(row, 0, new QTableWidgetItem(tr("Next / previous field")));
    m_ui->table->setItem(row, 1, new QTableWidgetItem(tr("Tab / Shift+Tab")));
    m_ui->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->table->resizeColumnToContents(1);
}

ShortcutsDialog::~ShortcutsDialog() = default;
