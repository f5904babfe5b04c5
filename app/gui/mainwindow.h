// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "diagnoser.h"
#include "diagnosisfile.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}
class CatalogPage;
class CatalogService;
class CatalogUpdater;
struct LoadedCatalog;
class DiagnosePage;
class FindBar;
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

    enum class Page { Diagnose, Lookup, Catalog }; // in tab order
    // What the settings keep of a page: its key ("catalog"); an unknown key, or a tab index out of range, is Diagnose.
    static QString pageKey(Page page);
    static Page pageOfKey(const QString &kept);
    static constexpr int kRecentFiles = 10;
    static constexpr int kMinZoom = -4;
    static constexpr int kMaxZoom = 16;
    int zoom() const { return m_zoom; }
    void openFile(const QString &path);
    void bringToFront(); // when a second launch hands over
    void showPage(Page page);
    DiagnosePage *diagnosePage() const { return m_diagnose; }
    // The Look up and Catalog pages are built when first shown or asked for: a quicker start.
    LookupPage *lookupPage();
    CatalogPage *catalogPage();
    HistoryStore *history() const { return m_history; }
    const QStringList &catalogErrors() const { return m_catalogErrors; }
    std::shared_ptr<const Diagnoser> diagnoser() const { return m_diagnoser; }
    RemediationView *currentRemediation();
    // Where Ctrl+F finds: the input's bar when the focus is in the input (or its bar), else the answer's.
    FindBar *currentFindBar();
    // What the Settings dialog does when accepted: saves the settings and applies what changed. Returns whether
    // the catalog was reloaded.
    bool applySettings(const AppSettings &settings);
    const AppSettings &settings() const { return m_settings; }
    // Writes the Diagnose page's diagnosis; on failure says why in a message box and returns false.
    bool saveDiagnosisTo(const QString &path, DiagnosisFile::Format format);
    // Brings catalog subscriptions up to date: the application's one, shared by every window.
    CatalogUpdater *catalogUpdater();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setUpActions();
    void setUpHistory();
    void setUpZoomActions();
    static void focusFirstField(QWidget *page);
    void buildPageOf(int tabIndex);
    // Builds a Look up or Catalog page into its tab, with the window's status bar, splitter state and reply format.
    template <typename P> P *placePage(QWidget *tab, const QByteArray &splitterState);
    // Asks the catalog service for the catalog of this window's team files: at once when it is loaded, else by
    // catalogReady. The window never waits for it: the pages work on the catalog they have until it comes.
    void reloadCatalog();
    void applyCatalog(const LoadedCatalog &loaded);
    QStringList teamFiles() const { return m_settings.catalogFiles + m_extraCatalogFiles; }
    void applyReplyFormat();
    void applyDnsSettings(); // the DNS server and resolvers of the settings, to Check domain
    void showCatalogState();
    void retranslate();
    void restoreLayout();
    void setZoom(int steps); // of the input and the remediation views, in points, remembered
    QSize firstSize() const;
    void saveLayout() const;
    void showStatus(const QString &text);
    void expireStatus(const QString &text); // clears text if it is still shown
    void updateTitle();
    // Copy reply, Copy request ID and Save: enabled only when what they act on is shown.
    void updateActions();
    static QStringList recentFiles();
    void addRecentFile(const QString &path);
    void forgetRecentFile(const QString &path);
    void fillRecentMenu();
    void recordHistory();
    void saveDiagnosis(); // asks where, in which format
    void showHistory();
    void showSettings();
    void showAbout();
    void showCatalogProblems();

    AppSettings m_settings;
    QStringList m_extraCatalogFiles;
    CatalogService *m_catalogs; // the application's
    std::unique_ptr<Ui::MainWindow> m_ui;
    DiagnosePage *m_diagnose;
    QWidget *m_lookupTab;             // holds m_lookup once built
    QWidget *m_catalogTab;            // holds m_catalog once built
    LookupPage *m_lookup = nullptr;   // built on first use
    CatalogPage *m_catalog = nullptr; // built on first use
    QByteArray m_lookupSplitterState; // restored when the page is built
    QByteArray m_catalogSplitterState;
    HistoryStore *m_history;
    QLabel *m_catalogLabel;
    QToolButton *m_catalogProblemButton;
    QToolButton *m_historyButton;
    QStringList m_catalogErrors;
    std::shared_ptr<const Diagnoser> m_diagnoser;
    QTimer m_historyTimer; // keeps the settled input, not every keystroke, in history
    Report m_pendingReport;
    QString m_pendingInput;
    bool m_shownOnce = false;
    int m_zoom = 0;
};
