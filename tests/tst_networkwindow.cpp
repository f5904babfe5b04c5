// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The window's network features against real local servers: Check DNS on a diagnosis (dnsmasq and a server that
// never answers, on loopback) keeps the event loop running and shows the verdict; Settings > Catalog
// subscriptions adds, updates and reports failures (an HTTP server on loopback).
#include "appsettings.h"
#include "appstyle.h"
#include "diagnosepage.h"
#include "dnscheckpanel.h"
#include "mainwindow.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "subscriptionsbox.h"
#include "testdnsservers.h"
#include "testhttpserver.h"
#include "testsettings.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

QString wixError(const QString &message, const QString &code)
{
    return QStringLiteral("HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n\r\n"
                          "{\"message\": \"%1\", \"details\": {\"applicationError\": {\"code\": \"%2\"}}}")
        .arg(message, code);
}

// Counts how long the event loop went without running a 10 ms timer: a frozen window shows as a long gap.
class LoopWatch
{
public:
    LoopWatch()
    {
        m_clock.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_longestGap = qMax(m_longestGap, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longestGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestGap = 0;
};

} // namespace

class TestNetworkWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TestDnsServers m_dns;
    bool m_dnsRunning = false;

    void diagnose(const QString &text)
    {
        m_window->diagnosePage()->setInputText(text);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        QTRY_VERIFY(m_window->diagnosePage()->resultsModel()->rowCount() > 0);
    }

    DnsCheckPanel *panel() const { return m_window->diagnosePage()->remediation()->dnsCheck(); }

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("tst_networkwindow"));
        QDir(SubscriptionStore::defaultDirectory()).removeRecursively();
        QApplication::setStyle(new AppStyle);
        Translations::install();
        QString why;
        m_dnsRunning = m_dns.start(&why);
        if (!m_dnsRunning && qgetenv("CI") == "true")
            QFAIL(qPrintable(why));
        AppSettings settings;
        settings.dnsServer = TestDnsServers::kDnsmasq.toString();
        settings.save();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void offByDefault()
    {
        QVERIFY(!AppSettings().updateSubscriptionsAtStartup);
        QVERIFY(AppSettings().dnsServer.isEmpty());
    }

    void noButtonWithoutADomain()
    {
        diagnose(QStringLiteral("403, DOMAINS_NO_THROTTLER_KEY"));
        QVERIFY(panel()->isHidden());
    }

    void checkDnsShowsTheVerdict()
    {
        if (!m_dnsRunning)
            QSKIP("no DNS server for the test (needs root and dnsmasq)");
        diagnose(wixError(QStringLiteral("Unable to connect domain nothing-here.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QVERIFY(panel()->isVisible());
        QVERIFY2(panel()->checkButton()->text().contains(QLatin1String("nothing-here.test")),
                 qPrintable(panel()->checkButton()->text()));
        LoopWatch watch;
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->verdictLabel()->text().contains(QLatin1String("NXDOMAIN")), 10000);
        QVERIFY2(watch.longestGapMs() < 300, qPrintable(QString::number(watch.longestGapMs())));
        QVERIFY2(panel()->verdictLabel()->text().contains(QLatin1String("This supports the error")),
                 qPrintable(panel()->verdictLabel()->text()));
        QVERIFY(panel()->recordsView()->toPlainText().contains(QLatin1String("nothing-here.test.  NS")));

        // Into the reply only when asked.
        RemediationView *view = m_window->diagnosePage()->remediation();
        QVERIFY(!view->replyText(ReplyComposer::Format::PlainText).contains(QLatin1String("Live DNS check")));
        panel()->addToReplyBox()->setChecked(true);
        const QString reply = view->replyText(ReplyComposer::Format::PlainText);
        QVERIFY2(reply.contains(QLatin1String("Live DNS check of nothing-here.test:")), qPrintable(reply));
        QVERIFY(reply.contains(QLatin1String("This supports the error")));
    }

    // After a check the panel takes only the height its content needs: the verdict right under the buttons, the
    // records right under it and sized to their lines; the remediation text above it has the rest.
    void thePanelTakesOnlyTheHeightItNeeds()
    {
        if (!m_dnsRunning)
            QSKIP("no DNS server for the test (needs root and dnsmasq)");
        const QSize windowSize = m_window->size();
        const auto restore = qScopeGuard([&] { m_window->resize(windowSize); });
        m_window->resize(800, 600);
        diagnose(QStringLiteral("HTTP/1.1 409 Conflict\r\ncontent-type: application/json\r\n\r\n"
                                "{\"message\": \"Domain pointing.test with different connection type is already "
                                "connected.\", \"details\": {\"applicationError\": {\"code\": \"ALREADY_EXISTS\"}}}"));
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        QCoreApplication::processEvents();
        QLabel *verdict = panel()->verdictLabel();
        QPlainTextEdit *records = panel()->recordsView();
        const int spacing = panel()->layout()->spacing();
        const QRect row = panel()->layout()->itemAt(0)->geometry();
        const QString where = QStringLiteral("row %1-%2, verdict %3-%4 (needs %5), records %6-%7 (hint %8)")
                                  .arg(row.top())
                                  .arg(row.bottom())
                                  .arg(verdict->geometry().top())
                                  .arg(verdict->geometry().bottom())
                                  .arg(verdict->heightForWidth(verdict->width()))
                                  .arg(records->geometry().top())
                                  .arg(records->geometry().bottom())
                                  .arg(records->sizeHint().height());
        QVERIFY2(verdict->geometry().top() - row.bottom() - 1 <= spacing, qPrintable(where));
        QVERIFY2(verdict->height() <= verdict->heightForWidth(verdict->width()), qPrintable(where));
        QVERIFY2(records->geometry().top() - verdict->geometry().bottom() - 1 <= spacing, qPrintable(where));
        // Every record line shows without scrolling, and the box is no taller than they are.
        QVERIFY(records->document()->blockCount() >= 4);
        QCOMPARE(records->verticalScrollBar()->maximum(), 0);
        QVERIFY2(records->height() <= records->sizeHint().height(), qPrintable(where));
        QVERIFY2(records->geometry().bottom() + 1 == panel()->height(), qPrintable(where));
    }

    // The check goes into the reply in the reply's language, as the rest of the reply does, while the panel
    // speaks the window's language.
    void theDnsCheckInTheReplysLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringList{
                                       QStringLiteral("Live-DNS-Pr\u00fcfung von wix-ns.test:"),
                                       QStringLiteral("Die Nameserver von wix-ns.test sind bereits die von Wix: Eine "
                                                      "NAMESERVERS-Verbindung ist eingerichtet."),
                                       QStringLiteral("Laut DNS ist f\u00fcr diese Domain eine NAMESERVERS-Verbindung "
                                                      "zu Wix eingerichtet."),
                                       QStringLiteral("Adressen: 185.230.63.107."),
                                       QStringLiteral("Eintr\u00e4ge:"),
                                       QStringLiteral("wix-ns.test.  AAAA  ; keine Eintr\u00e4ge dieses Typs"),
                                   };
        QTest::newRow("Spanish") << QStringLiteral("es")
                                 << QStringList{
                                        QStringLiteral("Comprobaci\u00f3n en vivo del DNS de wix-ns.test:"),
                                        QStringLiteral("Los servidores de nombres de wix-ns.test ya son los de Wix: "
                                                       "hay una conexi\u00f3n NAMESERVERS establecida."),
                                        QStringLiteral("Direcciones: 185.230.63.107."),
                                        QStringLiteral("wix-ns.test.  AAAA  ; no hay registros de este tipo"),
                                    };
    }

    void theDnsCheckInTheReplysLanguage()
    {
        if (!m_dnsRunning)
            QSKIP("no DNS server for the test (needs root and dnsmasq)");
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        diagnose(QStringLiteral("HTTP/1.1 409 Conflict\r\ncontent-type: application/json\r\n\r\n"
                                "{\"message\": \"Domain wix-ns.test with different connection type is already "
                                "connected.\", \"details\": {\"applicationError\": {\"code\": \"ALREADY_EXISTS\"}}}"));
        QVERIFY(panel()->isVisible());
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        panel()->addToReplyBox()->setChecked(true);
        RemediationView *view = m_window->diagnosePage()->remediation();
        RemediationView::setReplyLanguage(language);
        const auto restore = qScopeGuard([] { RemediationView::setReplyLanguage({}); });
        for (const ReplyComposer::Format format : {ReplyComposer::Format::PlainText, ReplyComposer::Format::Markdown}) {
            const QString reply = view->replyText(format);
            for (const QString &sentence : expected)
                QVERIFY2(reply.contains(sentence), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(sentence, reply)));
            for (const char *english : {"Live DNS check", "already Wix's", "connection to Wix in place",
                                        "Addresses:", "Records:", "no records of this type", "the name does not exist"})
                QVERIFY2(!reply.contains(QLatin1String(english)), qPrintable(reply));
        }
        // On screen, the window's language.
        QVERIFY2(panel()->verdictLabel()->text().startsWith(
                     QLatin1String("The nameservers of wix-ns.test are already Wix's")),
                 qPrintable(panel()->verdictLabel()->text()));
        QVERIFY(panel()->recordsView()->toPlainText().contains(QLatin1String("; no records of this type")));
    }

    // Switching the window's language redraws the panel's verdict, records and buttons in it.
    void thePanelFollowsTheWindowsLanguage()
    {
        if (!m_dnsRunning)
            QSKIP("no DNS server for the test (needs root and dnsmasq)");
        diagnose(wixError(QStringLiteral("Unable to connect domain nothing-here.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        Translations::install(QStringLiteral("de"));
        const auto restore = qScopeGuard([] { Translations::install(); });
        QTRY_COMPARE(panel()->checkButton()->text(), QStringLiteral("DNS f\u00fcr nothing-here.test pr\u00fcfen"));
        QVERIFY2(panel()->verdictLabel()->text().startsWith(
                     QStringLiteral("nothing-here.test existiert nicht im DNS (NXDOMAIN)")),
                 qPrintable(panel()->verdictLabel()->text()));
        QVERIFY2(panel()->recordsView()->toPlainText().contains(QStringLiteral("; der Name existiert nicht")),
                 qPrintable(panel()->recordsView()->toPlainText()));
    }

    void aSilentServerDoesNotFreezeTheWindow()
    {
        if (!m_dnsRunning)
            QSKIP("no DNS server for the test (needs root)");
        diagnose(wixError(QStringLiteral("Unable to connect domain pointing.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        panel()->setServer(TestDnsServers::kSilent, 1500);
        LoopWatch watch;
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QVERIFY(!panel()->checkButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->verdictLabel()->text().contains(QLatin1String("timed out")), 10000);
        QVERIFY(clock.elapsed() >= 1400);
        QVERIFY2(watch.longestGapMs() < 300, qPrintable(QString::number(watch.longestGapMs())));
        QVERIFY(panel()->checkButton()->isEnabled());
        panel()->setServer(TestDnsServers::kDnsmasq);
    }

    void subscriptionsInSettings()
    {
        QByteArray body = R"({"api": "team", "version": "7", "entries": []})";
        int status = 200;
        TestHttpServer server([&](const TestHttpRequest &) {
            TestHttpResponse r;
            r.status = status;
            r.reason = status == 200 ? QByteArray("OK") : QByteArray("Internal Server Error");
            r.body = body;
            return r;
        });
        QNetworkAccessManager manager;
        QTemporaryDir data;
        CatalogUpdater updater(&manager, SubscriptionStore(data.path()));
        SubscriptionsBox box(&updater);
        QSignalSpy finished(&updater, &CatalogUpdater::finished);
        QVERIFY(box.addUrl(QString::fromLatin1(server.url("/team.json"))));
        QVERIFY(finished.wait(10000));
        QTreeWidgetItem *row = box.list()->topLevelItem(0);
        QVERIFY(row);
        QCOMPARE(row->text(SubscriptionsBox::VersionColumn), QStringLiteral("7"));
        QCOMPARE(row->text(SubscriptionsBox::EntriesColumn), QStringLiteral("0"));
        QCOMPARE(row->text(SubscriptionsBox::StateColumn), QStringLiteral("Updated"));
        QVERIFY(box.catalogChanged());

        status = 500;
        QTest::mouseClick(box.updateButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        row = box.list()->topLevelItem(0);
        const QString state = row->text(SubscriptionsBox::StateColumn);
        QVERIFY2(state.startsWith(QLatin1String("Failed: the server answered HTTP 500")) &&
                     state.contains(QLatin1String("using the copy from")),
                 qPrintable(state));
        QCOMPARE(row->text(SubscriptionsBox::VersionColumn), QStringLiteral("7"));
    }

    void addressRefusedInSettings()
    {
        QNetworkAccessManager manager;
        QTemporaryDir data;
        CatalogUpdater updater(&manager, SubscriptionStore(data.path()));
        SubscriptionsBox box(&updater);
        QTimer::singleShot(0, this, [] {
            // The message box that explains the refusal.
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
        });
        QVERIFY(!box.addUrl(QStringLiteral("http://192.0.2.1/team.json")));
        QCOMPARE(box.list()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestNetworkWindow)
#include "tst_networkwindow.moc"
