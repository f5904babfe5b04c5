// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "catalogsetup.h"
#include "diagnoser.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}
class CatalogPage;
class DiagnosePage;
class HistoryStore;
class LookupPage;
class QLabel;
class QToolButton;
class RemediationView;

// The support desk's window: Diagnose, Look up and Catalog pages around one remediation view each, history,
// settings and help. Every answer comes from the engine.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // extraCatalogFiles come from --catalog and are used on top of the settings' files for this run only.
    explicit MainWindow(QStringList extraCatalogFiles = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    DiagnosePage *diagnosePage() const { return m_diagnose; }
    LookupPage *lookupPage() const { return m_lookup; }
    CatalogPage *catalogPage() const { return m_catalog; }
    HistoryStore *history() const { return m_history; }
    const QStringList &catalogErrors() const { return m_catalogErrors; }
    std::shared_ptr<const Diagnoser> diagnoser() const { return m_diagnoser; }
    RemediationView *currentRemediation() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void reloadCatalog();
    void restoreLayout();
    void saveLayout() const;
    void showStatus(const QString &text);
    void recordHistory();
    void showHistory();
    void showSettings();
    void showAbout();
    void showCatalogProblems();

    // Declared first: the catalog starts loading on a worker thread before the widgets are built.
    AppSettings m_settings;
    QStringList m_extraCatalogFiles;
    QFuture<CatalogSetup::Built> m_startingCatalog;
    std::unique_ptr<Ui::MainWindow> m_ui;
    DiagnosePage *m_diagnose;
    LookupPage *m_lookup;
    CatalogPage *m_catalog;
    HistoryStore *m_history;
    QLabel *m_catalogLabel;
    QToolButton *m_catalogProblemButton;
    QToolButton *m_historyButton;
    QStringList m_catalogErrors;
    std::shared_ptr<const Diagnoser> m_diagnoser;
    QTimer m_historyTimer; // keeps the settled input, not every keystroke, in history
    Report m_pendingReport;
    QString m_pendingInput;
};
