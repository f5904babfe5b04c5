// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "subscriptionsbox.h"
#include "taborder.h"
#include "translations.h"
#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>

SettingsDialog::SettingsDialog(const AppSettings &settings, const QStringList &refused, CatalogUpdater *updater,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_refused(refused),
      m_subscriptions(new SubscriptionsBox(updater, this)), m_dnsServer(new QLineEdit(this)),
      m_dnsResolvers(new QLineEdit(this))
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(0, m_subscriptions);
    m_subscriptions->startupBox()->setChecked(settings.updateSubscriptionsAtStartup);
    m_ui->catalogList->addItems(settings.catalogFiles);
    markRefused();
    connect(m_ui->catalogList, &QListWidget::currentRowChanged, this, &SettingsDialog::showReason);
    connect(m_ui->upCatalogButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->downCatalogButton, &QPushButton::clicked, this, [this] { move(+1); });
    showReason();
    m_ui->formatCombo->addItem(tr("Plain text"), int(ReplyComposer::Format::PlainText));
    m_ui->formatCombo->addItem(tr("Markdown"), int(ReplyComposer::Format::Markdown));
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(settings.replyFormat)));
    m_ui->historySpin->setValue(settings.historySize);
    for (const AppTheme::Theme theme : {AppTheme::Theme::System, AppTheme::Theme::Light, AppTheme::Theme::Dark})
        m_ui->themeCombo->addItem(AppTheme::label(theme), int(theme));
    m_ui->themeCombo->setCurrentIndex(m_ui->themeCombo->findData(int(settings.theme)));
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const Translations::Language &l : Translations::available())
        m_ui->languageCombo->addItem(l.nativeName, l.code);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(settings.language)));
    m_dnsServer->setText(settings.dnsServer);
    m_dnsServer->setPlaceholderText(tr("the system's resolver"));
    m_dnsServer->setAccessibleName(tr("DNS server for Check domain"));
    m_ui->form->addRow(tr("DNS ser&ver for Check domain:"), m_dnsServer);
    m_dnsResolvers->setText(settings.dnsResolvers.join(u' '));
    m_dnsResolvers->setPlaceholderText(tr("none: the system's resolver only"));
    m_dnsResolvers->setAccessibleName(tr("Resolvers for propagation"));
    m_dnsResolvers->setToolTip(tr("IP addresses, separated by spaces, of the resolvers Check domain also asks to "
                                  "see how far the records have spread; empty keeps to the system's resolver"));
    m_ui->form->addRow(tr("Resolvers for propa&gation:"), m_dnsResolvers);
    connect(m_ui->addCatalogButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add team catalog files"), QString(),
                                                                tr("Catalog files (*.json);;All files (*)"));
        QStringList refused;
        for (const QString &file : files) {
            if (QFileInfo(file).isFile())
                m_ui->catalogList->addItem(file);
            else
                refused << QDir::toNativeSeparators(file);
        }
        // A device would be read for ever at every start and a FIFO would block the loader: refused at once.
        if (!refused.isEmpty())
            QMessageBox::warning(
                this, tr("Not a catalog file"),
                tr("Only regular files can be team catalogs; these were not added:\n%1").arg(refused.join(u'\n')));
        markRefused();
    });
    connect(m_ui->removeCatalogButton, &QPushButton::clicked, this,
            [this] { delete m_ui->catalogList->takeItem(m_ui->catalogList->currentRow()); });
    scrollSettings();
}

// The settings scroll between the rule and the buttons, which stay in view: the dialog fits 800x600 with its frame,
// and no more than the screen gives it at a larger scale.
void SettingsDialog::scrollSettings()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    while (m_ui->layout->count() > 0 && m_ui->layout->itemAt(0)->widget() != m_ui->ruleLabel) {
        QLayoutItem *item = m_ui->layout->takeAt(0);
        if (QLayout *layout = item->layout()) {
            contentLayout->addLayout(layout); // the item is the layout itself: it moves, it is not deleted
            continue;
        }
        if (item->widget())
            contentLayout->addWidget(item->widget());
        delete item;
    }
    auto *area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("settingsArea"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setFocusPolicy(Qt::NoFocus);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    m_ui->layout->insertWidget(0, area, 1);
    QSize size(760, 540); // with its frame, within 800x600
    if (const QScreen *screen = parentWidget() ? parentWidget()->screen() : this->screen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size);
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    // The subscriptions at the top and the DNS row at the bottom were added in code, and the button box orders its
    // buttons for the desktop when shown: Tab follows what is on screen, so it is set once all of that is placed.
    QDialog::showEvent(event);
    TabOrder::followLayout(this);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::markRefused()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_ui->catalogList->count(); ++i) {
        QListWidgetItem *item = m_ui->catalogList->item(i);
        const QString path =
            item->data(Qt::UserRole).toString().isEmpty() ? item->text() : item->data(Qt::UserRole).toString();
        item->setData(Qt::UserRole, path);
        QString reason;
        for (const QString &error : std::as_const(m_refused)) {
            if (error.startsWith(path))
                reason = error;
        }
        item->setIcon(reason.isEmpty() ? QIcon() : warning);
        item->setText(reason.isEmpty() ? path : tr("%1 (refused)").arg(path));
        item->setData(Qt::AccessibleDescriptionRole, reason);
    }
}

void SettingsDialog::showReason()
{
    const QListWidgetItem *item = m_ui->catalogList->currentItem();
    const QString reason = item ? item->data(Qt::AccessibleDescriptionRole).toString() : QString();
    m_ui->refusedLabel->setText(reason.isEmpty() ? QString() : tr("Refused at the last load: %1").arg(reason));
    m_ui->refusedLabel->setVisible(!reason.isEmpty());
    const int row = m_ui->catalogList->currentRow();
    m_ui->removeCatalogButton->setEnabled(row >= 0);
    m_ui->upCatalogButton->setEnabled(row > 0);
    m_ui->downCatalogButton->setEnabled(row >= 0 && row < m_ui->catalogList->count() - 1);
}

void SettingsDialog::move(int by)
{
    const int row = m_ui->catalogList->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_ui->catalogList->count())
        return;
    m_ui->catalogList->insertItem(to, m_ui->catalogList->takeItem(row));
    m_ui->catalogList->setCurrentRow(to);
}

bool SettingsDialog::subscriptionsChanged() const
{
    return m_subscriptions->catalogChanged();
}

void SettingsDialog::accept()
{
    const QString server = m_dnsServer->text().trimmed();
    if (!server.isEmpty() && QHostAddress(server).isNull()) {
        QMessageBox box(QMessageBox::Warning, tr("DNS server"),
                        tr("'%1' is not an IP address. Give one such as 1.1.1.1, or leave the field empty to use the "
                           "system's resolver.")
                            .arg(server.left(100)),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        m_dnsServer->setFocus();
        return;
    }
    for (const QString &resolver : m_dnsResolvers->text().split(u' ', Qt::SkipEmptyParts)) {
        if (QHostAddress(resolver).isNull()) {
            QMessageBox box(QMessageBox::Warning, tr("Resolvers for propagation"),
                            tr("'%1' is not an IP address. Give addresses such as 1.1.1.1, separated by spaces, or "
                               "leave the field empty to keep to the system's resolver.")
                                .arg(resolver.left(100)),
                            QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.exec();
            m_dnsResolvers->setFocus();
            return;
        }
    }
    m_subscriptions->commit();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    m_subscriptions->revert();
    QDialog::reject();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    for (int i = 0; i < m_ui->catalogList->count(); ++i)
        s.catalogFiles << m_ui->catalogList->item(i)->data(Qt::UserRole).toString();
    s.replyFormat = ReplyComposer::Format(m_ui->formatCombo->currentData().toInt());
    s.historySize = m_ui->historySpin->value();
    s.theme = AppTheme::Theme(m_ui->themeCombo->currentData().toInt());
    s.language = m_ui->languageCombo->currentData().toString();
    s.updateSubscriptionsAtStartup = m_subscriptions->startupBox()->isChecked();
    s.dnsServer = m_dnsServer->text().trimmed();
    s.dnsResolvers = m_dnsResolvers->text().split(u' ', Qt::SkipEmptyParts);
    return s;
}
