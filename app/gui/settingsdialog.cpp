// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include <QFileDialog>

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->catalogList->addItems(settings.catalogFiles);
    m_ui->formatCombo->addItem(tr("Plain text"), int(ReplyComposer::Format::PlainText));
    m_ui->formatCombo->addItem(tr("Markdown"), int(ReplyComposer::Format::Markdown));
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(settings.replyFormat)));
    m_ui->historySpin->setValue(settings.historySize);
    for (const AppTheme::Theme theme : {AppTheme::Theme::System, AppTheme::Theme::Light, AppTheme::Theme::Dark})
        m_ui->themeCombo->addItem(AppTheme::label(theme), int(theme));
    m_ui->themeCombo->setCurrentIndex(m_ui->themeCombo->findData(int(settings.theme)));
    connect(m_ui->addCatalogButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add team catalog files"), QString(),
                                                                tr("Catalog files (*.json);;All files (*)"));
        m_ui->catalogList->addItems(files);
    });
    connect(m_ui->removeCatalogButton, &QPushButton::clicked, this,
            [this] { delete m_ui->catalogList->takeItem(m_ui->catalogList->currentRow()); });
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    for (int i = 0; i < m_ui->catalogList->count(); ++i)
        s.catalogFiles << m_ui->catalogList->item(i)->text();
    s.replyFormat = ReplyComposer::Format(m_ui->formatCombo->currentData().toInt());
    s.historySize = m_ui->historySpin->value();
    s.theme = AppTheme::Theme(m_ui->themeCombo->currentData().toInt());
    return s;
}
