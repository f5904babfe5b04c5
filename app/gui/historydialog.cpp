// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "historydialog.h"

#include "historymodel.h"
#include "historystore.h"
#include "plaintext.h"
#include "searchkeys.h"
#include "ui_historydialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>

HistoryDialog::HistoryDialog(HistoryStore *store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HistoryDialog>()), m_store(store),
      m_model(new HistoryModel(store, this)), m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(HistoryModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->list->setModel(m_filter);
    SearchKeys::attach(m_ui->searchEdit, m_ui->list);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->list, &QListView::activated, this, &HistoryDialog::openCurrent);
    connect(m_ui->openButton, &QPushButton::clicked, this, &HistoryDialog::openCurrent);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &HistoryDialog::clearHistory);
    connect(store, &HistoryStore::changed, this, &HistoryDialog::updateEmptyState);
    connect(store, &HistoryStore::saved, this, [this] { m_clearing = false; });
    connect(store, &HistoryStore::writeFailed, this, &HistoryDialog::reportClearFailure);
    updateEmptyState();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::updateEmptyState()
{
    const bool empty = m_store->items().isEmpty();
    m_ui->emptyLabel->setVisible(empty);
    m_ui->clearButton->setEnabled(!empty);
    m_ui->openButton->setEnabled(!empty);
}

void HistoryDialog::openCurrent()
{
    const QModelIndex index = m_ui->list->currentIndex();
    if (!index.isValid())
        return;
    emit itemChosen(index.data(HistoryModel::TextRole).toString());
    accept();
}

void HistoryDialog::clearHistory()
{
    // A verb on the button that destroys, and Cancel as the default: Enter does no harm.
    QMessageBox box(
        QMessageBox::Warning, tr("Clear history"),
        tr("Remove all %n diagnoses from the history? This cannot be undone.", nullptr, int(m_store->items().size())),
        QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *clear = box.addButton(tr("C&lear History"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != clear)
        return;
    m_clearing = true;
    m_store->clear();
}

void HistoryDialog::reportClearFailure(const QString &reason)
{
    if (!m_clearing)
        return;
    m_clearing = false;
    PlainText::warning(this, tr("Clear history"), tr("The history could not be cleared: %1").arg(reason));
}
