// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "apptheme.h"
#include "catalogpage.h"
#include "catalogservice.h"
#include "diagnosepage.h"
#include "dnscheckpanel.h"
#include "findbar.h"
#include "historydialog.h"
#include "historystore.h"
#include "lookuppage.h"
#include "plaintext.h"
#include "remediationview.h"
#include "settingsdialog.h"
#include "subscriptionsbox.h"
#include "translations.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(QStringList extraCatalogFiles, QWidget *parent)
    : QMainWindow(parent), m_settings(AppSettings::load()), m_extraCatalogFiles(std::move(extraCatalogFiles)),
      m_catalogs(CatalogService::instance()), m_ui(std::make_unique<Ui::MainWindow>()), m_diagnose(new DiagnosePage),
      m_lookupTab(new QWidget), m_catalogTab(new QWidget),
      m_history(new HistoryStore(
          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.json"), this)),
      m_catalogLabel(new QLabel(this)), m_catalogProblemButton(new QToolButton(this)),
      m_historyButton(new QToolButton(this))
{
    AppTheme::apply(m_settings.theme);
    m_ui->setupUi(this);
    m_ui->pages->addTab(m_diagnose, QString());
    m_ui->pages->addTab(m_lookupTab, QString());
    m_ui->pages->addTab(m_catalogTab, QString());
    retranslate();
    for (QWidget *tab : {m_lookupTab, m_catalogTab}) {
        auto *layout = new QVBoxLayout(tab);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    connect(m_ui->pages, &QTabWidget::currentChanged, this, &MainWindow::buildPageOf);
    connect(m_ui->pages, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    m_catalogLabel->setTextFormat(Qt::PlainText);
    m_catalogProblemButton->setAutoRaise(true);
    m_catalogProblemButton->hide();
    m_historyButton->setAutoRaise(true);
    m_historyButton->setDefaultAction(m_ui->actionHistory);
    statusBar()->addPermanentWidget(m_catalogProblemButton);
    statusBar()->addPermanentWidget(m_catalogLabel);
    statusBar()->addPermanentWidget(m_historyButton);
    // A message takes the bar's width while it is shown: the catalog's name steps aside rather than cut it off.
    connect(statusBar(), &QStatusBar::messageChanged, m_catalogLabel,
            [this](const QString &message) { m_catalogLabel->setVisible(message.isEmpty()); });

    connect(m_diagnose, &DiagnosePage::statusMessage, this, &MainWindow::showStatus);
    connect(m_diagnose->remediation(), &RemediationView::statusExpired, this, &MainWindow::expireStatus);
    connect(m_diagnose->remediation(), &RemediationView::answerChanged, this, &MainWindow::updateActions);
    // Whatever input is on view, the title and the actions speak of it, from the moment it arrives.
    connect(m_diagnose, &DiagnosePage::stateChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    setUpActions();

    setUpHistory();

    fillRecentMenu();
    connect(m_catalogs, &CatalogService::catalogReady, this,
            [this](const QStringList &files, const LoadedCatalog &loaded) {
                if (files == teamFiles())
                    applyCatalog(loaded);
            });
    connect(catalogUpdater(), &CatalogUpdater::finished, this,
            [this](const CatalogUpdater::UpdateReport &outcome) { showStatus(CatalogUpdater::describe(outcome)); });
    reloadCatalog();
    restoreLayout();
    updateActions();
    // Opens no connection unless the user turned this on.
    if (m_settings.updateSubscriptionsAtStartup)
        QTimer::singleShot(0, this, [this] { catalogUpdater()->updateAll(); });
}

// Every diagnosis goes into the history once the input has rested a moment; problems are said, never fatal.
void MainWindow::setUpHistory()
{
    m_history->setLimit(m_settings.historySize);
    connect(
        m_history, &HistoryStore::loadProblem, this,
        [this](const QString &problem) { PlainText::warning(this, tr("History"), problem); },
        Qt::QueuedConnection); // not from inside whatever waited for the history
    connect(m_history, &HistoryStore::writeFailed, this,
            [this](const QString &reason) { showStatus(tr("History not saved: %1").arg(reason)); });
    m_history->startLoading();
    m_historyTimer.setSingleShot(true);
    m_historyTimer.setInterval(1500);
    connect(&m_historyTimer, &QTimer::timeout, this, &MainWindow::recordHistory);
    connect(m_diagnose, &DiagnosePage::diagnosed, this, [this](const Report &report, const QString &input) {
        m_pendingReport = report;
        m_pendingInput = input;
        m_historyTimer.start();
    });
}

MainWindow::~MainWindow() = default;

CatalogUpdater *MainWindow::catalogUpdater()
{
    return m_catalogs->updater();
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

FindBar *MainWindow::currentFindBar()
{
    FindBar *input = m_diagnose->inputFindBar();
    const QWidget *focus = QApplication::focusWidget();
    if (m_ui->pages->currentWidget() == m_diagnose && focus && (focus == input->target() || input->isAncestorOf(focus)))
        return input;
    return currentRemediation()->findBar();
}

void MainWindow::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(int(page));
    // Typing goes to the page: Qt moves the focus only when it was in the page left, not from the tab bar or the
    // status bar.
    focusFirstField(m_ui->pages->currentWidget());
}

void MainWindow::focusFirstField(QWidget *page)
{
    if (!page || !page->isVisible())
        return;
    // Where the page says typing goes, else its first widget in Tab order.
    if (auto *typing = qobject_cast<QWidget *>(page->property("typingField").value<QObject *>());
        typing && typing->isVisible()) {
        typing->setFocus(Qt::TabFocusReason);
        return;
    }
    // A page built on first use joined the window's focus chain at its end: walk the whole ring.
    for (QWidget *w = page->nextInFocusChain(); w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
            !w->focusProxy()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) { // the first key lands in the page's first field, not on whatever took the focus first
        m_shownOnce = true;
        focusFirstField(m_ui->pages->currentWidget());
    }
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
    connect(page->remediation(), &RemediationView::statusExpired, this, &MainWindow::expireStatus);
    connect(page->remediation(), &RemediationView::answerChanged, this, &MainWindow::updateActions);
    page->splitter()->restoreState(splitterState);
    page->remediation()->setReplyFormat(m_settings.replyFormat);
    page->remediation()->setZoom(m_zoom);
    if (tab->isVisible())
        page->show();    // now, not a frame later
    if (tab->hasFocus()) // the tab switch gave the still empty tab the focus: hand it to the page's first control
        focusFirstField(page);
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
    if (m_diagnose->openFile(path))
        addRecentFile(QFileInfo(path).absoluteFilePath());
    else
        forgetRecentFile(QFileInfo(path).absoluteFilePath()); // gone or unreadable: not offered again
    updateTitle();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::updateTitle()
{
    const QString name = m_diagnose->sourceName();
    setWindowTitle(name.isEmpty() ? tr("Domains Troubleshooter") : tr("%1 \u2014 Domains Troubleshooter").arg(name));
}

void MainWindow::updateActions()
{
    // A page not built yet shows nothing: asking for its view would build it.
    const Page page = Page(m_ui->pages->currentIndex());
    const RemediationView *view = page == Page::Diagnose ? m_diagnose->remediation()
                                  : page == Page::Lookup ? (m_lookup ? m_lookup->remediation() : nullptr)
                                                         : (m_catalog ? m_catalog->remediation() : nullptr);
    const bool reply = view && view->hasReply();
    for (QAction *copy : {m_ui->actionCopyReply, m_ui->actionCopyReplyText, m_ui->actionCopyReplyMarkdown})
        copy->setEnabled(reply);
    m_ui->actionCopyRequestId->setEnabled(view && view->hasRequestId());
    m_ui->actionSaveDiagnosis->setEnabled(!m_diagnose->isBusy() && !m_diagnose->report().results.isEmpty());
}

QStringList MainWindow::recentFiles()
{
    return SettingKeys::kRecentFiles.read();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kRecentFiles)
        files.removeLast();
    SettingKeys::kRecentFiles.write(files);
    fillRecentMenu();
}

void MainWindow::forgetRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) == 0)
        return;
    SettingKeys::kRecentFiles.write(files);
    fillRecentMenu();
}

void MainWindow::reloadCatalog()
{
    if (const std::optional<LoadedCatalog> loaded = m_catalogs->snapshot(teamFiles()))
        applyCatalog(*loaded);
    else
        m_catalogs->request(teamFiles());
}

void MainWindow::applyCatalog(const LoadedCatalog &loaded)
{
    m_catalogErrors = loaded.messages();
    const std::shared_ptr<const Catalog> &catalog = loaded.catalog;
    m_diagnoser = loaded.diagnoser;
    m_diagnose->setDiagnoser(m_diagnoser);
    m_diagnose->remediation()->dnsCheck()->setTargets(catalog->dnsTargets());
    applyDnsSettings();
    if (m_lookup)
        m_lookup->setDiagnoser(m_diagnoser);
    if (m_catalog)
        m_catalog->setCatalog(catalog);
    showCatalogState();
    // The reasons can be long: the status bar names the refusal, the button beside it shows why.
    if (!m_catalogErrors.isEmpty())
        showStatus(tr("%n team catalog file(s) refused: press \u26a0 for why.", nullptr, int(m_catalogErrors.size())));
}

void MainWindow::showCatalogState()
{
    const Catalog &catalog = m_diagnoser->catalog();
    m_catalogLabel->setText(
        tr("Catalog %1 \u00b7 %n entries", nullptr, int(catalog.entries().size())).arg(catalog.version()));
    m_catalogProblemButton->setVisible(!m_catalogErrors.isEmpty());
    m_catalogProblemButton->setText(tr("\u26a0 %n catalog file(s) refused", nullptr, int(m_catalogErrors.size())));
}

void MainWindow::retranslate()
{
    m_ui->pages->setTabText(0, tr("&Diagnose"));
    m_ui->pages->setTabText(1, tr("&Look up"));
    m_ui->pages->setTabText(2, tr("&Catalog"));
    if (m_diagnoser)
        showCatalogState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
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
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, 8000);
}

void MainWindow::expireStatus(const QString &text)
{
    if (statusBar()->currentMessage() == text)
        statusBar()->clearMessage();
}

void MainWindow::recordHistory()
{
    if (m_pendingInput.isEmpty()) {
        showStatus(tr("Not kept in history: the input is larger than %1 KiB.").arg(HistoryStore::kMaxItemChars / 1024));
        return;
    }
    QString summary;
    const Report &r = m_pendingReport;
    if (r.responseCount() == 1 && r.results.front().identified()) {
        const Match &m = r.results.front().matches.front();
        summary = QStringLiteral("%1 %2 \u2014 %3")
                      .arg(QString::number(m.entry->httpStatus),
                           m.entry->code.isEmpty() ? m.entry->status : m.entry->code, m.entry->title);
    } else {
        summary = tr("%1: %n error response(s)", nullptr, r.responseCount()).arg(InputFormats::label(r.format));
    }
    if (!m_diagnose->sourceName().isEmpty())
        summary = tr("%1: %2").arg(m_diagnose->sourceName(), summary);
    QString error; // how the write goes is told by writeFailed
    if (!m_history->add({QDateTime::currentDateTimeUtc(), summary, m_pendingInput}, &error))
        showStatus(tr("History not saved: %1").arg(error));
    m_pendingInput.clear();
}

void MainWindow::saveDiagnosis()
{
    using DiagnosisFile::Format;
    if (m_diagnose->report().results.isEmpty()) {
        showStatus(tr("Nothing to save: diagnose a response first."));
        return;
    }
    const QList<Format> formats{Format::Markdown, Format::Html, Format::Json};
    const Format chosen = AppSettings::saveFormat();
    QStringList filters;
    for (const Format f : formats)
        filters << DiagnosisFile::filter(f);
    QString selected = DiagnosisFile::filter(chosen);
    QString folder = SettingKeys::kSaveFolder.read();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString source = QFileInfo(m_diagnose->sourceName()).completeBaseName();
    const QString name = source.isEmpty() ? tr("diagnosis") : tr("%1 diagnosis").arg(source);
    QString path = QFileDialog::getSaveFileName(this, tr("Save the diagnosis"),
                                                QDir(folder).filePath(name + u'.' + DiagnosisFile::suffix(chosen)),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    // The name's suffix decides; a name without one takes the chosen type's.
    const Format format = DiagnosisFile::formatOf(path, formats.value(int(filters.indexOf(selected)), chosen));
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + DiagnosisFile::suffix(format);
    if (saveDiagnosisTo(path, format)) {
        AppSettings::setSaveFormat(format);
        SettingKeys::kSaveFolder.write(QFileInfo(path).absolutePath());
    }
}

bool MainWindow::saveDiagnosisTo(const QString &path, DiagnosisFile::Format format)
{
    const QByteArray content = DiagnosisFile::render(m_diagnose->report(), format,
                                                     {m_diagnose->sourceName(), RemediationView::replyLanguage(), 0});
    QString error;
    if (!DiagnosisFile::save(path, content, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Diagnosis not saved"),
                        tr("The diagnosis could not be saved to %1: %2\n\nNothing was written there; a file that "
                           "was already there is unchanged.")
                            .arg(QDir::toNativeSeparators(path), error),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    showStatus(tr("Diagnosis saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
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
    SettingsDialog dialog(m_settings, m_catalogErrors, catalogUpdater(), this);
    connect(dialog.subscriptions(), &SubscriptionsBox::statusMessage, this, &MainWindow::showStatus);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    // Cancel takes back subscriptions added or removed, but not a copy that Update now has already replaced: the
    // catalog is reloaded whenever the subscriptions on disk changed, whichever button closed the dialog.
    const bool subscriptionsChanged = dialog.subscriptionsChanged() && !catalogUpdater()->isBusy();
    if (accepted)
        applySettings(dialog.settings());
    if (subscriptionsChanged)
        m_catalogs->reload(); // every window's catalog: the subscriptions are the same for all
}

bool MainWindow::applySettings(const AppSettings &settings)
{
    const AppSettings previous = m_settings;
    m_settings = settings;
    m_settings.save();
    if (m_settings.language != previous.language) {
        Translations::install(m_settings.language); // every window hears QEvent::LanguageChange
        QApplication::setApplicationDisplayName(tr("Domains Troubleshooter"));
    }
    m_history->setLimit(m_settings.historySize);
    if (m_settings.theme != previous.theme)
        AppTheme::apply(m_settings.theme); // at once: every view redraws with the new palette
    applyDnsSettings();                    // a change clears the domain check, which was about other servers
    const bool reload = m_settings.catalogFiles != previous.catalogFiles;
    if (reload)
        reloadCatalog();
    if (m_settings.replyFormat != previous.replyFormat)
        applyReplyFormat(); // the catalog and the results stay as they are
    return reload;
}

void MainWindow::applyDnsSettings()
{
    QList<QHostAddress> resolvers;
    for (const QString &r : std::as_const(m_settings.dnsResolvers))
        resolvers << QHostAddress(r);
    resolvers.removeAll(QHostAddress());
    DnsCheckPanel *panel = m_diagnose->remediation()->dnsCheck();
    panel->setServer(QHostAddress(m_settings.dnsServer));
    panel->setResolvers(resolvers);
    panel->setRdapBootstrapUpdates(QUrl(m_settings.rdapBootstrapUrl));
}

void MainWindow::applyReplyFormat()
{
    for (RemediationView *view : {m_diagnose->remediation(), m_lookup ? m_lookup->remediation() : nullptr,
                                  m_catalog ? m_catalog->remediation() : nullptr}) {
        if (view)
            view->setReplyFormat(m_settings.replyFormat);
    }
}

void MainWindow::showAbout()
{
    if (!m_diagnoser)
        return; // the catalog is still loading: nothing to say of it yet
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
    using namespace SettingKeys;
    if (!restoreGeometry(kWindowGeometry.read(s)))
        resize(firstSize());
    // A maximised window comes back maximised, whatever the platform made of the saved geometry.
    if (kWindowMaximized.read(s))
        setWindowState(windowState() | Qt::WindowMaximized);
    restoreState(kWindowState.read(s));
    m_diagnose->splitter()->restoreState(kDiagnoseSplitter.read(s));
    m_lookupSplitterState = kLookupSplitter.read(s);
    m_catalogSplitterState = kCatalogSplitter.read(s);
    m_ui->pages->setCurrentIndex(int(pageOfKey(kPage.read(s))));
    setZoom(kZoom.read(s));
}

QSize MainWindow::firstSize() const
{
    // 1200x760 where there is room; never more than the screen offers at its scale (at 150 % or 200 % a
    // laptop's screen is 900 or 700 pixels wide), so that no button starts off-screen.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() * 0.92 : QSize(1200, 760);
    return QSize(1200, 760).boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
}

void MainWindow::saveLayout() const
{
    // Written only when something changed: an unchanged layout costs no file write (and no lock) at every quit.
    using namespace SettingKeys;
    QSettings s;
    kWindowGeometry.write(s, saveGeometry());
    kWindowState.write(s, saveState());
    kWindowMaximized.write(s, isMaximized());
    kDiagnoseSplitter.write(s, m_diagnose->splitter()->saveState());
    if (m_lookup) // a page never built keeps the state it was given
        kLookupSplitter.write(s, m_lookup->splitter()->saveState());
    if (m_catalog)
        kCatalogSplitter.write(s, m_catalog->splitter()->saveState());
    kPage.write(s, pageKey(Page(m_ui->pages->currentIndex())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_historyTimer.isActive()) {
        m_historyTimer.stop();
        recordHistory();
    }
    // The last diagnoses reach the disk before the window goes, or the user hears why not.
    const QString unsaved = m_history->flush();
    if (!unsaved.isEmpty())
        PlainText::warning(this, tr("History"), tr("History not saved: %1").arg(unsaved));
    m_diagnose->cancel();
    saveLayout();
    event->accept();
}
