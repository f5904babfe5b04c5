// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CatalogPage;
}
class SearchFilterModel;
class CatalogModel;
class QLineEdit;
class QSplitter;
class QTreeView;
class RemediationView;

// The whole catalog, offline, as API > status > entry, with a search box whose words are highlighted.
class CatalogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    explicit CatalogPage(QWidget *parent = nullptr);
    ~CatalogPage() override;

    void setCatalog(std::shared_ptr<const Catalog> catalog);
    void focusSearch();
    bool selectEntry(const QString &id);

    RemediationView *remediation() const;
    QSplitter *splitter() const;
    QLineEdit *filterEdit() const;
    QTreeView *tree() const;
    CatalogModel *model() const { return m_model; }
    SearchFilterModel *filterModel() const { return m_filter; }

signals:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(const QString &text);
    void applyPendingFilter();
    void fitCodeColumn();
    void showSelection(const QModelIndex &index);

    std::unique_ptr<Ui::CatalogPage> m_ui;
    std::shared_ptr<const Catalog> m_catalog;
    CatalogModel *m_model;
    SearchFilterModel *m_filter;
    bool m_filterPending = false; // a new catalog, shown on the page's first showing: not at start-up
};
