// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The main window's menus and actions: what each does, the zoom keys and the recent files.
#include "mainwindow.h"

#include "appsettings.h"

#include "catalogpage.h"
#include "closedset.h"
#include "diagnosepage.h"
#include "findbar.h"
#include "lookuppage.h"
#include "remediationview.h"
#include "shortcutsdialog.h"
#include "ui_mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QToolButton>

namespace {

// The page the window was left on, kept by key.
constexpr ClosedSet kPages{"MainWindow", std::array{
                                             ClosedSetRow{MainWindow::Page::Diagnose, u"diagnose", nullptr},
                                             ClosedSetRow{MainWindow::Page::Lookup, u"lookup", nullptr},
                                             ClosedSetRow{MainWindow::Page::Catalog, u"catalog", nullptr},
                                         }};

} // namespace

QString MainWindow::pageKey(Page page)
{
    return kPages.key(page);
}

MainWindow::Page MainWindow::pageOfKey(const QString &kept)
{
    // Earlier versions kept the page as its tab index (0, 1, 2 in Page's order): read as such until written again.
    bool isIndex = false;
    const int index = kept.toInt(&isIndex);
    if (isIndex)
        return kPages.values().value(index, Page::Diagnose);
    return kPages.fromKey(kept, Page::Diagnose);
}

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
    connect(m_ui->actionSaveDiagnosis, &QAction::triggered, this, &MainWindow::saveDiagnosis);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPasteDiagnose, &QAction::triggered, this, [this] {
        showPage(Page::Diagnose);
        m_diagnose->pasteFromClipboard();
    });
    connect(m_ui->actionClearInput, &QAction::triggered, this, [this] {
        showPage(Page::Diagnose);
        m_diagnose->clearInput();
    });
    connect(m_ui->actionCopyReply, &QAction::triggered, this, [this] { currentRemediation()->copyReply(); });
    connect(m_ui->actionCopyReplyText, &QAction::triggered, this,
            [this] { currentRemediation()->copyReplyAs(ReplyComposer::Format::PlainText); });
    connect(m_ui->actionCopyReplyMarkdown, &QAction::triggered, this,
            [this] { currentRemediation()->copyReplyAs(ReplyComposer::Format::Markdown); });
    connect(m_ui->actionCopyRequestId, &QAction::triggered, this, [this] { currentRemediation()->copyRequestId(); });
    connect(m_ui->actionSearch, &QAction::triggered, this, [this] {
        showPage(Page::Catalog);
        catalogPage()->focusSearch();
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (m_ui->pages->currentWidget() == m_diagnose && m_diagnose->focusFilterIfInResults())
            return; // in the results, Ctrl+F filters them
        currentFindBar()->open();
    });
    connect(m_ui->actionFindNext, &QAction::triggered, this, [this] { currentFindBar()->findNext(); });
    connect(m_ui->actionFindPrevious, &QAction::triggered, this, [this] { currentFindBar()->findPrevious(); });
    connect(m_ui->actionDiagnose, &QAction::triggered, this, [this] { showPage(Page::Diagnose); });
    connect(m_ui->actionLookup, &QAction::triggered, this, [this] { showPage(Page::Lookup); });
    connect(m_ui->actionCatalog, &QAction::triggered, this, [this] { showPage(Page::Catalog); });
    connect(m_ui->actionTimeline, &QAction::triggered, this, [this] {
        const bool onDiagnose = m_ui->pages->currentWidget() == m_diagnose;
        showPage(Page::Diagnose);
        m_diagnose->showTimeline(!onDiagnose || !m_diagnose->showsTimeline());
    });
    connect(m_ui->actionShortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(findChildren<QAction *>(), this);
        dialog.exec();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_catalogProblemButton, &QToolButton::clicked, this, &MainWindow::showCatalogProblems);
    // Ctrl+Q from the form, whatever the platform theme's standard Quit key (some have none).
    setUpZoomActions();
}

void MainWindow::setUpZoomActions()
{
    // The platform's zoom keys, and Ctrl++ (also Ctrl+= where + needs Shift) and Ctrl+- wherever they are not.
    const auto keys = [](QKeySequence::StandardKey standard, const QStringList &extra) {
        QList<QKeySequence> out = QKeySequence::keyBindings(standard);
        for (const QString &key : extra) {
            if (!out.contains(QKeySequence(key)))
                out << QKeySequence(key);
        }
        return out;
    };
    m_ui->actionZoomIn->setShortcuts(keys(QKeySequence::ZoomIn, {QStringLiteral("Ctrl++"), QStringLiteral("Ctrl+=")}));
    m_ui->actionZoomOut->setShortcuts(keys(QKeySequence::ZoomOut, {QStringLiteral("Ctrl+-")}));
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom - 1); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this, [this] { setZoom(0); });
}

void MainWindow::fillRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 name" for the first nine: a digit picks the file from the keyboard.
        const QString label = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        QAction *action = menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(QString::number(i + 1), label) : label);
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("&Clear the list"), this, [this] {
            SettingKeys::kRecentFiles.remove();
            fillRecentMenu();
        });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::setZoom(int steps)
{
    m_zoom = qBound(kMinZoom, steps, kMaxZoom);
    m_diagnose->setZoom(m_zoom);
    m_diagnose->remediation()->setZoom(m_zoom);
    if (m_lookup)
        m_lookup->remediation()->setZoom(m_zoom);
    if (m_catalog)
        m_catalog->remediation()->setZoom(m_zoom);
    m_ui->actionZoomIn->setEnabled(m_zoom < kMaxZoom);
    m_ui->actionZoomOut->setEnabled(m_zoom > kMinZoom);
    SettingKeys::kZoom.write(m_zoom);
}
