// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "catalogpage.h"
#include "catalogsetup.h"
#include "diagnosepage.h"
#include "historydialog.h"
#include "historystore.h"
#include "lookuppage.h"
#include "remediationview.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(QStringList extraCatalogFiles, QWidget *parent)
    : QMainWindow(parent), m_settings(AppSettings::load()), m_extraCatalogFiles(std::move(extraCatalogFiles)),
      m_startingCatalog(CatalogSetup::start(m_settings.catalogFiles + m_extraCatalogFiles)),
      m_ui(std::make_unique<Ui::MainWindow>()), m_diagnose(new DiagnosePage), m_lookupTab(new QWidget),
      m_catalogTab(new QWidget),
      m_history(new HistoryStore(
          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.json"), this)),
      m_catalogLabel(new QLabel(this)), m_catalogProblemButton(new QToolButton(this)),
      m_historyButton(new QToolButton(this))
{
    m_ui->setupUi(this);
    m_ui->pages->addTab(m_diagnose, tr("&Diagnose"));
    m_ui->pages->addTab(m_lookupTab, tr("&Look up"));
    m_ui->pages->addTab(m_catalogTab, tr("&Catalog"));
    for (QWidget *tab : {m_lookupTab, m_catalogTab}) {
        auto *layout = new QVBoxLayout(tab);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    connect(m_ui->pages, &QTabWidget::currentChanged, this, &MainWindow::buildPageOf);
    m_catalogLabel->setTextFormat(Qt::PlainText);
    m_catalogProblemButton->setAutoRaise(true);
    m_catalogProblemButton->hide();
    m_historyButton->setAutoRaise(true);
    m_historyButton->setDefaultAction(m_ui->actionHistory);
    statusBar()->addPermanentWidget(m_catalogProblemButton);
    statusBar()->addPermanentWidget(m_catalogLabel);
    statusBar()->addPermanentWidget(m_historyButton);

    connect(m_diagnose, &DiagnosePage::statusMessage, this, &MainWindow::showStatus);
    setUpActions();

    m_history->setLimit(m_settings.historySize);
    connect(
        m_history, &HistoryStore::loadProblem, this,
        [this](const QString &problem) { QMessageBox::warning(this, tr("History"), problem); },
        Qt::QueuedConnection); // not from inside whatever waited for the history
    m_history->startLoading();
    m_historyTimer.setSingleShot(true);
    m_historyTimer.setInterval(1500);
    connect(&m_historyTimer, &QTimer::timeout, this, &MainWindow::recordHistory);
    connect(m_diagnose, &DiagnosePage::diagnosed, this, [this](const Report &report, const QString &input) {
        m_pendingReport = report;
        m_pendingInput = input;
        m_historyTimer.start();
    });

    reloadCatalog();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    connect(m_ui->actionOpen, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a response, HAR or log file"), QString(),
                                         tr("Responses, HAR exports and logs (*.json *.har *.txt *.log);;"
                                            "All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPasteDiagnose, &QAction::triggered, this, [this] {
        showPage(Page::Diagnose);
        m_diagnose->pasteFromClipboard();
    });
    connect(m_ui->actionClearInput, &QAction::triggered, this, [this] {
        showPage(Page::Diagnose);
        m_diagnose->setInputText(QString());
    });
    connect(m_ui->actionCopyReply, &QAction::triggered, this, [this] { currentRemediation()->copyReply(); });
    connect(m_ui->actionCopyRequestId, &QAction::triggered, this, [this] { currentRemediation()->copyRequestId(); });
    connect(m_ui->actionSearch, &QAction::triggered, this, [this] {
        showPage(Page::Catalog);
        catalogPage()->focusSearch();
    });
    connect(m_ui->actionDiagnose, &QAction::triggered, this, [this] { showPage(Page::Diagnose); });
    connect(m_ui->actionLookup, &QAction::triggered, this, [this] { showPage(Page::Lookup); });
    connect(m_ui->actionCatalog, &QAction::triggered, this, [this] { showPage(Page::Catalog); });
    connect(m_ui->actionShortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(findChildren<QAction *>(), this);
        dialog.exec();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_catalogProblemButton, &QToolButton::clicked, this, &MainWindow::showCatalogProblems);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
}

RemediationView *MainWindow::currentRemediation()
{
    switch (Page(m_ui->pages->currentIndex())) {
    case Page::Lookup:
        return lookupPage()->remediation();
    case Page::Catalog:
        return catalogPage()->remediation();
    case Page::Diagnose:
        break;
    }
    return m_diagnose->remediation();
}

void MainWindow::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(int(page));
}

void MainWindow::buildPageOf(int tabIndex)
{
    if (tabIndex == int(Page::Lookup))
        lookupPage();
    else if (tabIndex == int(Page::Catalog))
        catalogPage();
}

template <typename P> P *MainWindow::placePage(QWidget *tab, const QByteArray &splitterState)
{
    auto *page = new P(tab);
    tab->layout()->addWidget(page);
    connect(page, &P::statusMessage, this, &MainWindow::showStatus);
    page->splitter()->restoreState(splitterState);
    page->remediation()->setReplyFormat(m_settings.replyFormat);
    if (tab->isVisible())
        page->show(); // now, not a frame later
    if (tab->hasFocus()) {
        // The tab switch gave the still empty tab the focus: hand it to the page's first control, as Qt does
        // when it switches to a page that is there already.
        for (QWidget *w = page->nextInFocusChain(); w != page && page->isAncestorOf(w); w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && !w->focusProxy()) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
    return page;
}

LookupPage *MainWindow::lookupPage()
{
    if (!m_lookup) {
        m_lookup = placePage<LookupPage>(m_lookupTab, m_lookupSplitterState);
        if (m_diagnoser)
            m_lookup->setDiagnoser(m_diagnoser);
    }
    return m_lookup;
}

CatalogPage *MainWindow::catalogPage()
{
    if (!m_catalog) {
        m_catalog = placePage<CatalogPage>(m_catalogTab, m_catalogSplitterState);
        if (m_diagnoser)
            m_catalog->setCatalog(m_diagnoser->sharedCatalog());
    }
    return m_catalog;
}

void MainWindow::openFile(const QString &path)
{
    showPage(Page::Diagnose);
    m_diagnose->openFile(path);
}

void MainWindow::reloadCatalog()
{
    m_catalogErrors.clear();
    std::shared_ptr<const Catalog> catalog;
    if (m_startingCatalog.isValid()) { // the one started with the window
        const CatalogSetup::Built built = m_startingCatalog.result();
        m_startingCatalog = {};
        catalog = built.catalog;
        m_catalogErrors = built.errors;
    } else {
        catalog = CatalogSetup::build(m_settings.catalogFiles + m_extraCatalogFiles, &m_catalogErrors);
    }
    m_diagnoser = std::make_shared<const Diagnoser>(catalog);
    m_diagnose->setDiagnoser(m_diagnoser);
    m_diagnose->remediation()->setReplyFormat(m_settings.replyFormat);
    if (m_lookup) {
        m_lookup->setDiagnoser(m_diagnoser);
        m_lookup->remediation()->setReplyFormat(m_settings.replyFormat);
    }
    if (m_catalog) {
        m_catalog->setCatalog(catalog);
        m_catalog->remediation()->setReplyFormat(m_settings.replyFormat);
    }
    m_catalogLabel->setText(
        tr("Catalog %1 \u00b7 %n entries", nullptr, int(catalog->entries().size())).arg(catalog->version()));
    m_catalogProblemButton->setVisible(!m_catalogErrors.isEmpty());
    m_catalogProblemButton->setText(tr("\u26a0 %n catalog file(s) refused", nullptr, int(m_catalogErrors.size())));
    if (!m_catalogErrors.isEmpty())
        showStatus(tr("A team catalog file was refused; the app runs on the rest. %1").arg(m_catalogErrors.front()));
}

void MainWindow::showCatalogProblems()
{
    QMessageBox box(QMessageBox::Warning, tr("Catalog files refused"),
                    tr("These catalog files were not loaded; the app runs on the embedded catalog and the files that "
                       "loaded:\n\n%1")
                        .arg(m_catalogErrors.join(QStringLiteral("\n\n"))),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::recordHistory()
{
    if (m_pendingInput.isEmpty()) {
        showStatus(tr("Not kept in history: the input is larger than %1 KiB.").arg(HistoryStore::kMaxItemChars / 1024));
        return;
    }
    QString summary;
    const Report &r = m_pendingReport;
    if (r.results.size() == 1 && r.results.front().identified()) {
        const Match &m = r.results.front().matches.front();
        summary = QStringLiteral("%1 %2 \u2014 %3")
                      .arg(m.entry->httpStatus)
                      .arg(m.entry->code.isEmpty() ? m.entry->status : m.entry->code, m.entry->title);
    } else {
        summary = tr("%n error response(s) in a %1", nullptr, int(r.results.size())).arg(r.format);
    }
    QString error;
    if (!m_history->add({QDateTime::currentDateTimeUtc(), summary, m_pendingInput}, &error))
        showStatus(tr("History not saved: %1").arg(error));
    else if (!error.isEmpty())
        showStatus(error);
    m_pendingInput.clear();
}

void MainWindow::showHistory()
{
    HistoryDialog dialog(m_history, this);
    connect(&dialog, &HistoryDialog::itemChosen, this, [this](const QString &text) {
        showPage(Page::Diagnose);
        m_diagnose->setInputText(text);
    });
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings previous = m_settings;
    m_settings = dialog.settings();
    m_settings.save();
    m_history->setLimit(m_settings.historySize);
    if (m_settings.catalogFiles != previous.catalogFiles || m_settings.replyFormat != previous.replyFormat)
        reloadCatalog();
}

void MainWindow::showAbout()
{
    const Catalog &c = m_diagnoser->catalog();
    QMessageBox box(QMessageBox::Information, tr("About Domains Troubleshooter"),
                    tr("Domains Troubleshooter %1\n\nDiagnoses failed Wix Domains API responses offline and says what "
                       "to do about them.\n\nCatalog %2, %n entries, from:\n%3",
                       nullptr, int(c.entries().size()))
                        .arg(QCoreApplication::applicationVersion(), c.version(), c.sources().join(u'\n')),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::restoreLayout()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_diagnose->splitter()->restoreState(s.value(QStringLiteral("window/diagnoseSplitter")).toByteArray());
    m_lookupSplitterState = s.value(QStringLiteral("window/lookupSplitter")).toByteArray();
    m_catalogSplitterState = s.value(QStringLiteral("window/catalogSplitter")).toByteArray();
    m_ui->pages->setCurrentIndex(s.value(QStringLiteral("window/page"), 0).toInt());
}

void MainWindow::saveLayout() const
{
    // Written only when something changed: an unchanged layout costs no file write (and no lock) at every quit.
    QSettings s;
    const auto keep = [&s](const QString &key, const QVariant &value) {
        if (s.value(key) != value)
            s.setValue(key, value);
    };
    keep(QStringLiteral("window/geometry"), saveGeometry());
    keep(QStringLiteral("window/state"), saveState());
    keep(QStringLiteral("window/diagnoseSplitter"), m_diagnose->splitter()->saveState());
    if (m_lookup) // a page never built keeps the state it was given
        keep(QStringLiteral("window/lookupSplitter"), m_lookup->splitter()->saveState());
    if (m_catalog)
        keep(QStringLiteral("window/catalogSplitter"), m_catalog->splitter()->saveState());
    keep(QStringLiteral("window/page"), m_ui->pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_historyTimer.isActive()) {
        m_historyTimer.stop();
        recordHistory();
    }
    m_diagnose->cancel();
    saveLayout();
    event->accept();
}
