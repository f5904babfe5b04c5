// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogpage.h"

#include "catalogmodel.h"
#include "pagesetup.h"
#include "remediationview.h"
#include "searchfiltermodel.h"
#include "ui_catalogpage.h"

#include <QEvent>
#include <QHeaderView>

CatalogPage::CatalogPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CatalogPage>()), m_model(new CatalogModel(this)),
      m_filter(new SearchFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    PageSetup::setUp({m_ui->tree, m_filter, m_ui->filterEdit, m_ui->splitter, 0, 1, QHeaderView::Interactive});
    // A code is read from its start: cut, it keeps that and ends in "…"; the whole code is in the row's accessible
    // text and description, and in the answer beside the list, for the keyboard and screen readers alike.
    m_ui->tree->setTextElideMode(Qt::ElideRight);
    m_ui->tree->viewport()->installEventFilter(this);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &CatalogPage::applyFilter);
    connect(m_ui->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogPage::showSelection);
    connect(m_ui->remediation, &RemediationView::statusMessage, this, &CatalogPage::statusMessage);
}

CatalogPage::~CatalogPage() = default;

RemediationView *CatalogPage::remediation() const
{
    return m_ui->remediation;
}

QSplitter *CatalogPage::splitter() const
{
    return m_ui->splitter;
}

QLineEdit *CatalogPage::filterEdit() const
{
    return m_ui->filterEdit;
}

QTreeView *CatalogPage::tree() const
{
    return m_ui->tree;
}

void CatalogPage::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_catalog = std::move(catalog);
    m_model->setCatalog(m_catalog);
    // Expanding the tree and showing the first entry waits until the page is seen: a hidden page at start-up
    // would otherwise delay the window's first paint.
    m_filterPending = true;
    if (isVisible())
        applyPendingFilter();
}

void CatalogPage::applyPendingFilter()
{
    if (!m_filterPending)
        return;
    m_filterPending = false;
    applyFilter(m_ui->filterEdit->text());
}

void CatalogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const CatalogEntry *shown = m_model->entryAt(m_filter->mapToSource(m_ui->tree->currentIndex()));
        const QString id = shown ? shown->id : QString();
        if (m_catalog) {
            setCatalog(m_catalog); // the titles in the new language
            if (!id.isEmpty() && isVisible())
                selectEntry(id);
        }
    }
    QWidget::changeEvent(event);
}

void CatalogPage::showEvent(QShowEvent *event)
{
    applyPendingFilter();
    QWidget::showEvent(event);
}

bool CatalogPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->tree->viewport() && event->type() == QEvent::Resize)
        fitCodeColumn();
    return QWidget::eventFilter(watched, event);
}

void CatalogPage::fitCodeColumn()
{
    // The codes take what they need up to two fifths of the width: the error's title keeps the rest, and never
    // shrinks to "Erro…" while a long code takes the room.
    const int wanted = qMax(static_cast<QAbstractItemView *>(m_ui->tree)->sizeHintForColumn(1),
                            m_ui->tree->header()->sectionSizeHint(1));
    m_ui->tree->setColumnWidth(1, qMin(wanted, m_ui->tree->viewport()->width() * 2 / 5));
}

void CatalogPage::focusSearch()
{
    applyPendingFilter();
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

bool CatalogPage::selectEntry(const QString &id)
{
    applyPendingFilter();
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return false;
    m_ui->tree->setCurrentIndex(index);
    m_ui->tree->scrollTo(index);
    return true;
}

void CatalogPage::applyFilter(const QString &text)
{
    m_filterPending = false;
    m_filter->setSearch(text);
    m_ui->tree->expandAll();
    fitCodeColumn();
    int shown = 0;
    const int total = m_catalog ? int(m_catalog->entries().size()) : 0;
    // Count the entry rows that survive the filter: leaves are three levels down.
    for (int a = 0; a < m_filter->rowCount(); ++a) {
        const QModelIndex api = m_filter->index(a, 0);
        for (int s = 0; s < m_filter->rowCount(api); ++s)
            shown += m_filter->rowCount(m_filter->index(s, 0, api));
    }
    m_ui->countLabel->setText(
        text.trimmed().isEmpty()
            ? tr("%n entries in the catalog", nullptr, total)
            : tr("%1 of %2 entries match", nullptr, shown).arg(QString::number(shown), QString::number(total)));
    if (shown == 0) {
        m_ui->remediation->showMessage(tr("No entry matches"),
                                       tr("No code, message, troubleshooting text or step holds all of: %1").arg(text));
        return;
    }
    const QModelIndex current = m_ui->tree->currentIndex();
    if (!current.isValid() || !m_model->entryAt(m_filter->mapToSource(current))) {
        const QModelIndex api = m_filter->index(0, 0);
        m_ui->tree->setCurrentIndex(m_filter->index(0, 0, m_filter->index(0, 0, api)));
    } else {
        showSelection(current);
    }
}

void CatalogPage::showSelection(const QModelIndex &index)
{
    const CatalogEntry *e = m_model->entryAt(m_filter->mapToSource(index));
    if (e)
        m_ui->remediation->showEntry(m_catalog, *e, m_filter->terms());
}
