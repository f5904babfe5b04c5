// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "appstyle.h"
#include "catalogfiltermodel.h"
#include "catalogmodel.h"
#include "catalogpage.h"
#include "diagnosepage.h"
#include "linkpolicy.h"
#include "lookuppage.h"
#include "mainwindow.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "samples.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

namespace {

QStringList anchorsIn(const QTextBrowser *browser)
{
    QStringList out;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor())
                out << f.anchorHref();
        }
    }
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void diagnose(const QString &text)
    {
        m_window->diagnosePage()->setInputText(text);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        QTRY_VERIFY(m_window->diagnosePage()->resultsModel()->rowCount() > 0 || text.trimmed().isEmpty());
    }

    QTextBrowser *browserOf(RemediationView *view) { return view->findChild<QTextBrowser *>(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/history.json"));
        QApplication::setStyle(new AppStyle); // as the app runs
        Translations::install();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->catalogErrors().isEmpty());
    }

    void cleanupTestCase() { m_window.reset(); }

    void pasteWixResponse()
    {
        diagnose(QString::fromUtf8(Samples::curlVerbose(
            403,
            Samples::wixBody(QStringLiteral("SiteId: 0f9e8d7c-6b5a is not permitted to target account."),
                             QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")),
            QStringLiteral("POST"), QStringLiteral("/domain-connect/v1/connect-domain"))));
        const Report &r = m_window->diagnosePage()->report();
        QCOMPARE(r.results.size(), 1);
        QCOMPARE(r.results.front().matches.front().entry->id, QStringLiteral("connect-domain.site-not-permitted"));
        const QString shown = m_window->diagnosePage()->remediation()->plainText();
        QVERIFY2(shown.contains(QLatin1String("Check that site 0f9e8d7c-6b5a belongs to the account")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("Connect Domain is deprecated")));
        // The response shows in a fixed-width font (taken with the editor's first text).
        const auto *editor = m_window->diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"));
        QVERIFY(editor);
        QCOMPARE(editor->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // The secret in the request headers is gone from the editor too.
        QVERIFY(!m_window->diagnosePage()->inputText().contains(QLatin1String("eyJ")));
        QVERIFY(m_window->diagnosePage()->inputText().contains(QLatin1String("[REDACTED]")));
    }

    void copyReplyToClipboard()
    {
        m_window->diagnosePage()->remediation()->copyReply();
        const QString reply = QGuiApplication::clipboard()->text();
        QVERIFY2(reply.contains(QLatin1String("1. Check that site 0f9e8d7c-6b5a")), qPrintable(reply));
        QVERIFY(reply.contains(QLatin1String("Request ID: 1734427301.191556792796277844")));
        m_window->diagnosePage()->remediation()->copyRequestId();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("1734427301.191556792796277844"));
    }

    void ctrlVAnywherePastesAndDiagnoses()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("403 DOMAINS_NO_THROTTLER_KEY"));
        m_window->catalogPage()->tree()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(m_window->diagnosePage()->inputText(), QStringLiteral("403 DOMAINS_NO_THROTTLER_KEY"));
        QTRY_VERIFY(!m_window->diagnosePage()->isBusy());
        QTRY_COMPARE(m_window->diagnosePage()->report().results.size(), 1);
        QCOMPARE(m_window->diagnosePage()->report().results.front().matches.front().entry->id,
                 QStringLiteral("connect-domain.no-throttler-key"));
    }

    void pastedMarkupStaysLiteral()
    {
        diagnose(
            QStringLiteral("HTTP/1.1 400 Bad Request\n\n{\"message\": \"Domain <b>x</b><img src=http://evil/x.png><a "
                           "href=file:///etc/passwd>y</a>.com is restricted.\", \"details\": {}}"));
        const Report &r = m_window->diagnosePage()->report();
        QCOMPARE(r.results.size(), 1);
        QTextBrowser *browser = browserOf(m_window->diagnosePage()->remediation());
        const QString shown = browser->toPlainText();
        QVERIFY2(
            shown.contains(QLatin1String("<b>x</b><img src=http://evil/x.png><a href=file:///etc/passwd>y</a>.com")),
            qPrintable(shown));
        for (const QString &href : anchorsIn(browser))
            QVERIFY2(href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1String("mailto:")),
                     qPrintable(href));
        QVERIFY(!browser->toHtml().contains(QLatin1String("<img")));
        QVERIFY(
            !LinkPolicy::isAllowed(QUrl(QStringLiteral("file:///etc/passwd")), {QStringLiteral("file:///etc/passwd")}));
        QVERIFY(!LinkPolicy::isAllowed(QUrl(QStringLiteral("https://evil.example")),
                                       {QStringLiteral("https://dev.wix.com")}));
        QVERIFY(LinkPolicy::isAllowed(QUrl(QStringLiteral("mailto:bizdev@wix.com")),
                                      {QStringLiteral("mailto:bizdev@wix.com")}));
    }

    void noMatchShowsNearMisses()
    {
        diagnose(QStringLiteral("HTTP/1.1 400 Bad Request\n\n{\"message\": \"Domain a.com is blocked\", \"details\": "
                                "{\"applicationError\": {\"code\": \"SOMETHING\"}}}"));
        const QString shown = m_window->diagnosePage()->remediation()->plainText();
        QVERIFY2(!shown.isEmpty(), "the view is never blank");
    }

    void lookUpStatusAndCode()
    {
        LookupPage *page = m_window->lookupPage();
        page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(403));
        QVERIFY(page->codeCombo()->findText(QStringLiteral("DOMAINS_GUID_NOT_FOUND")) > 0);
        QCOMPARE(page->codeCombo()->findText(QStringLiteral("INVALID_DOMAIN")), -1); // a 400 code: narrowed away
        page->codeCombo()->setCurrentText(QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"));
        const QModelIndex root = page->resultsModel()->index(0, 0);
        QCOMPARE(page->resultsModel()->rowCount(root), 1);
        QVERIFY(page->remediation()->plainText().contains(QLatin1String("SiteId: {siteId} is not permitted")));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("1 entry fits"));
        page->codeCombo()->setCurrentText(QStringLiteral("DOMAINS_GUID_NOT_FOUND"));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("4 entries fit"));
    }

    void filterCatalog()
    {
        CatalogPage *page = m_window->catalogPage();
        page->filterEdit()->setText(QStringLiteral("premium plan"));
        const QString shown = page->remediation()->plainText();
        QVERIFY(shown.contains(QLatin1String("Premium"), Qt::CaseInsensitive));
        int entries = 0;
        for (int a = 0; a < page->filterModel()->rowCount(); ++a) {
            const QModelIndex api = page->filterModel()->index(a, 0);
            for (int s = 0; s < page->filterModel()->rowCount(api); ++s)
                entries += page->filterModel()->rowCount(page->filterModel()->index(s, 0, api));
        }
        QVERIFY(entries > 0 && entries < 20);
        // API rows count what matches under them, out of what they hold.
        int counted = 0;
        for (int a = 0; a < page->filterModel()->rowCount(); ++a) {
            const QModelIndex api = page->filterModel()->index(a, 0);
            const QString label = api.siblingAtColumn(1).data().toString();
            QVERIFY2(label.contains(QLatin1String(" of ")), qPrintable(label));
            counted += label.section(u' ', 0, 0).toInt();
        }
        QCOMPARE(counted, entries);
        // The search words are highlighted in the remediation view.
        QVERIFY(browserOf(page->remediation())->toHtml().contains(QLatin1String("background-color")));
        page->filterEdit()->clear();
        QCOMPARE(page->filterModel()->index(0, 1).data().toString(), QStringLiteral("12 entries"));
        page->filterEdit()->setText(QStringLiteral("zzzz-no-such-thing"));
        QVERIFY(page->remediation()->plainText().contains(QLatin1String("No entry matches")));
        page->filterEdit()->clear();
    }

    void modelsPassTheTester()
    {
        ResultsModel results;
        QAbstractItemModelTester resultsTester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        results.setReport(m_window->diagnoser()->diagnose(Samples::har(
            {{QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains/a.com"), 403,
              Samples::wixBody(QString(), QStringLiteral("DOMAINS_GUID_NOT_FOUND"))},
             {QStringLiteral("POST"), QStringLiteral("https://x/y"), 500, QByteArray()}})));
        QCOMPARE(results.rowCount(), 2);
        QVERIFY(results.rowCount(results.index(0, 0)) > 0);
        CatalogModel catalog;
        QAbstractItemModelTester catalogTester(&catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
        catalog.setCatalog(m_window->diagnoser()->sharedCatalog());
        QCOMPARE(catalog.rowCount(), 6);
        CatalogFilterModel filter;
        filter.setSourceModel(&catalog);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSearch(QStringLiteral("GUID"));
        QVERIFY(filter.rowCount() >= 2);
        filter.setSearch(QString());
        QCOMPARE(filter.rowCount(), 6);
    }

    // A fresh window builds the Look up and Catalog pages only when they are first shown; the layout a page is
    // left in comes back with the next window, and an unchanged layout is not written again.
    void pagesAreBuiltOnFirstUseAndKeepTheirLayout()
    {
        QSettings().remove(QStringLiteral("window"));
        QList<int> sizes;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!window.findChild<LookupPage *>());
            QVERIFY(!window.findChild<CatalogPage *>());
            window.findChild<QAction *>(QStringLiteral("actionCatalog"))->trigger();
            CatalogPage *catalog = window.findChild<CatalogPage *>();
            QVERIFY(catalog);
            QVERIFY(catalog->isVisible());
            QVERIFY(catalog->filterModel()->rowCount() > 0);
            QVERIFY(!window.findChild<LookupPage *>());
            QVERIFY(window.lookupPage()); // built by its accessor, on a hidden tab
            QVERIFY(!window.lookupPage()->isVisible());
            const QList<int> before = catalog->splitter()->sizes();
            catalog->splitter()->setSizes({400, 800});
            sizes = catalog->splitter()->sizes();
            QVERIFY(sizes.constFirst() < before.constFirst());
            window.close();
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            CatalogPage *catalog = window.findChild<CatalogPage *>(); // the page it was left on
            QVERIFY(catalog);
            QVERIFY(catalog->isVisible());
            QCOMPARE(catalog->splitter()->sizes(), sizes);
            QVERIFY(!window.findChild<LookupPage *>());
            window.showPage(MainWindow::Page::Lookup);
            QVERIFY(window.findChild<LookupPage *>());
            QVERIFY(window.lookupPage()->isVisible());
            window.showPage(MainWindow::Page::Catalog);
            window.close();
        }
        // (The first restore moves the window below the title bar the platform reports; from then on it is still.)
        const QString settingsPath = QSettings().fileName();
        const QDateTime written = QFileInfo(settingsPath).lastModified();
        QVERIFY(written.isValid());
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QCOMPARE(QFileInfo(settingsPath).lastModified(), written);
        QSettings().remove(QStringLiteral("window"));
    }

    // Switching pages from the keyboard takes the focus into the page, built on first use or not.
    void pageSwitchMovesFocusIntoThePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"))->setFocus();
        for (int round = 0; round < 2; ++round) { // built on the first round, already there on the second
            window.findChild<QAction *>(QStringLiteral("actionLookup"))->trigger();
            QTRY_VERIFY(window.lookupPage()->isAncestorOf(QApplication::focusWidget()));
            window.findChild<QAction *>(QStringLiteral("actionCatalog"))->trigger();
            QTRY_VERIFY(window.catalogPage()->isAncestorOf(QApplication::focusWidget()));
            window.findChild<QAction *>(QStringLiteral("actionDiagnose"))->trigger();
            QTRY_VERIFY(window.diagnosePage()->isAncestorOf(QApplication::focusWidget()));
        }
        window.close();
    }

    // The menu bar's overflow icon is loaded when first drawn, and is the platform style's own.
    void menuBarOverflowIconIsTheStylesOwn()
    {
        const auto *style = qobject_cast<const AppStyle *>(QApplication::style());
        QVERIFY(style);
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
            const QIcon deferred = style->standardIcon(which);
            const QIcon direct = style->baseStyle()->standardIcon(which);
            QVERIFY(!deferred.isNull());
            QVERIFY(!direct.isNull());
            QCOMPARE(deferred.availableSizes(), direct.availableSizes());
            QCOMPARE(deferred.actualSize(QSize(24, 24)), direct.actualSize(QSize(24, 24)));
            QCOMPARE(deferred.pixmap(16).toImage(), direct.pixmap(16).toImage());
            QCOMPARE(deferred.pixmap(32, QIcon::Disabled).toImage(), direct.pixmap(32, QIcon::Disabled).toImage());
        }
        QCOMPARE(style->standardIcon(QStyle::SP_DialogOkButton).pixmap(16).toImage(),
                 style->baseStyle()->standardIcon(QStyle::SP_DialogOkButton).pixmap(16).toImage());
        // A menu bar too narrow for its menus shows the overflow button with the icon.
        QWidget host;
        auto *bar = new QMenuBar(&host);
        for (const char *title : {"First", "Second", "Third", "Fourth", "Fifth"})
            bar->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("Item"));
        bar->setGeometry(0, 0, 90, bar->sizeHint().height());
        host.resize(90, 60);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QToolButton *overflow = nullptr;
        for (QToolButton *b : bar->findChildren<QToolButton *>()) {
            if (b->isVisible())
                overflow = b;
        }
        QVERIFY(overflow);
        QVERIFY(!overflow->icon().pixmap(16).isNull());
        QVERIFY(!host.grab().isNull()); // paints the button, icon and all
    }

    void badUserCatalogDoesNotStopTheApp()
    {
        const auto writeCatalog = [this](const QString &name, const QString &source, const QString &stepLink) {
            QJsonObject link{{QStringLiteral("label"), QStringLiteral("evil")}, {QStringLiteral("url"), stepLink}};
            QJsonObject entry{
                {QStringLiteral("id"), QStringLiteral("team.x")},
                {QStringLiteral("title"), QStringLiteral("X")},
                {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), QStringLiteral("E")}}},
                {QStringLiteral("status"), QStringLiteral("NOT_FOUND")},
                {QStringLiteral("httpStatus"), 404},
                {QStringLiteral("code"), QStringLiteral("X")},
                {QStringLiteral("troubleshooting"), QStringLiteral("t")},
                {QStringLiteral("source"), source},
                {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("a")},
                                                                 {QStringLiteral("links"), QJsonArray{link}}},
                                                     QJsonObject{{QStringLiteral("text"), QStringLiteral("b")}}}}};
            const QString path = m_dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                                  {QStringLiteral("entries"), QJsonArray{entry}}})
                            .toJson());
            return path;
        };
        const QString https = QStringLiteral("https:/") + QStringLiteral("/example.com");
        MainWindow window({writeCatalog(QStringLiteral("js.json"), https, QStringLiteral("javascript:alert(1)"))});
        QCOMPARE(window.catalogErrors().size(), 1);
        QVERIFY2(window.catalogErrors().front().contains(QLatin1String("javascript:alert(1)' is refused")),
                 qPrintable(window.catalogErrors().front()));
        QCOMPARE(window.diagnoser()->catalog().entries().size(), 80);
        MainWindow second({writeCatalog(QStringLiteral("file.json"), QStringLiteral("file:///etc/passwd"), https)});
        QCOMPARE(second.catalogErrors().size(), 1);
        QVERIFY(second.catalogErrors().front().contains(QLatin1String("file:///etc/passwd' is refused")));
        MainWindow good({writeCatalog(QStringLiteral("good.json"), https, QStringLiteral("mailto:team@example.com"))});
        QVERIFY(good.catalogErrors().isEmpty());
        QCOMPARE(good.diagnoser()->catalog().entries().size(), 81);
    }

    // A 50 MB file is read and diagnosed on a worker thread: the event loop keeps turning all along.
    void largeFileKeepsTheWindowResponsive()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray info =
            "2026-11-20T10:15:02.123Z INFO  [sync] request GET /v1/sites completed in 120 ms, nothing to report here\n";
        const QByteArray error =
            "2026-11-20T10:15:02.456Z ERROR [sync] call failed with status 403: {\"message\":\"Cannot consume this "
            "service.\",\"details\":{\"applicationError\":{\"code\":\"DOMAINS_NO_THROTTLER_KEY\"}}}\n";
        QByteArray chunk;
        for (int i = 0; i < 99; ++i)
            chunk += info;
        chunk += error;
        while (f.size() < 50 * 1024 * 1024)
            f.write(chunk);
        f.close();

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = qMax(longestGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
        m_window->openFile(path);
        QVERIFY(m_window->diagnosePage()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 120000);
        QTest::qWait(50);
        timer.stop();
        qInfo("50 MB log: %lld ms, %d timer ticks, longest gap between ticks %lld ms", clock.elapsed(), ticks,
              longestGap);
        QVERIFY(ticks > 10);
        // The worker does the reading and matching; the main thread only shows the results.
        QVERIFY2(longestGap < 2000, qPrintable(QString::number(longestGap)));
        const Report &r = m_window->diagnosePage()->report();
        QVERIFY(r.results.size() > 4000);
        QCOMPARE(r.results.front().matches.front().entry->id, QStringLiteral("connect-domain.no-throttler-key"));

        m_window->openFile(path);
        QVERIFY(m_window->diagnosePage()->isBusy());
        m_window->diagnosePage()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 60000);
        QTRY_VERIFY(m_window->diagnosePage()->report().cancelled ||
                    m_window->diagnosePage()->report().results.size() > 4000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
