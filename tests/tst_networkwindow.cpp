// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The window's network features against real local servers: Check DNS on a diagnosis (dnsmasq and a server that
// never answers, on loopback) keeps the event loop running and shows the verdict; Settings > Catalog
// subscriptions adds, updates and reports failures (an HTTP server on loopback).
#include "appsettings.h"
#include "appstyle.h"
#include "catalogservice.h"
#include "diagnosepage.h"
#include "dnscheckpanel.h"
#include "loopwatch.h"
#include "mainwindow.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "subscriptionsbox.h"
#include "testdnsservers.h"
#include "testhttpserver.h"
#include "testneeds.h"
#include "testregistry.h"
#include "testsettings.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLayout>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

namespace {

QString wixError(const QString &message, const QString &code)
{
    return QStringLiteral("HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n\r\n"
                          "{\"message\": \"%1\", \"details\": {\"applicationError\": {\"code\": \"%2\"}}}")
        .arg(message, code);
}

} // namespace

class TestNetworkWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TestDnsServers m_dns;
    bool m_dnsRunning = false;
    TestRegistry m_registry; // the registry's RDAP server, on loopback

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
        // The test's own servers only: the default resolvers are public ones.
        AppSettings settings;
        settings.dnsServer = TestDnsServers::kDnsmasq.toString();
        settings.dnsResolvers = QStringList{TestDnsServers::kOldAnswers.toString()};
        settings.rdapBootstrapUrl.clear(); // never downloaded: the loopback registry's bootstrap file only
        settings.save();
        const QStringList wixNs{QStringLiteral("ns12.wixdns.net"), QStringLiteral("ns13.wixdns.net")};
        const QStringList oldNs{QStringLiteral("ns1.registrar-dns.test"), QStringLiteral("ns2.registrar-dns.test")};
        m_registry.hold(QStringLiteral("wix-ns.test"), {{QStringLiteral("active")}, wixNs});
        m_registry.hold(QStringLiteral("pointing.test"), {{QStringLiteral("active")}, oldNs, 200, true});
        m_registry.hold(QStringLiteral("elsewhere.test"), {{QStringLiteral("client transfer prohibited")}, oldNs, 45});
        m_window = std::make_unique<MainWindow>();
        panel()->setRdapBootstrap(m_registry.writeBootstrap(m_dir.path()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void offByDefault()
    {
        QVERIFY(!AppSettings().updateSubscriptionsAtStartup);
        QVERIFY(AppSettings().dnsServer.isEmpty());
        QCOMPARE(AppSettings().dnsResolvers, AppSettings::defaultDnsResolvers());
    }

    // An emptied resolver list stays empty: the user keeps to the system's resolver.
    void anEmptiedResolverListIsKept()
    {
        const AppSettings before = AppSettings::load();
        const auto restore = qScopeGuard([&] { before.save(); });
        AppSettings none = before;
        none.dnsResolvers.clear();
        none.save();
        QVERIFY(AppSettings::load().dnsResolvers.isEmpty());
    }

    void noButtonWithoutADomain()
    {
        diagnose(QStringLiteral("403, DOMAINS_NO_THROTTLER_KEY"));
        QVERIFY(panel()->isHidden());
    }

    void checkDnsShowsTheVerdict()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root and dnsmasq)");
        diagnose(wixError(QStringLiteral("Unable to connect domain nothing-here.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QVERIFY(panel()->isVisible());
        QCOMPARE(panel()->checkButton()->text(), QStringLiteral("Check domain"));
        QVERIFY2(panel()->checkButton()->accessibleDescription().contains(QLatin1String("nothing-here.test")),
                 qPrintable(panel()->checkButton()->accessibleDescription()));
        QVERIFY(panel()->verdictView()->isHidden()); // nothing to show before the check
        QSignalSpy requests(CatalogService::instance()->network(), &QNetworkAccessManager::finished);
        LoopWatch watch;
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->verdictView()->toPlainText().contains(QLatin1String("NXDOMAIN")), 10000);
        QVERIFY2(watch.longestHoldMs() < 300, qPrintable(QString::number(watch.longestHoldMs())));
        // The verdict is on screen after the check: the panel and its verdict box shown in the window, with room.
        QVERIFY(panel()->isVisible());
        QVERIFY(panel()->verdictView()->isVisible());
        QVERIFY(!panel()->verdictView()->visibleRegion().isEmpty());
        QVERIFY(panel()->verdictView()->viewport()->height() >= panel()->verdictView()->fontMetrics().height());
        // The registry was asked (RDAP) through the application's one network manager, CatalogService's.
        QTRY_VERIFY_WITH_TIMEOUT(!requests.isEmpty(), 10000);
        QVERIFY2(panel()->verdictView()->toPlainText().contains(QLatin1String("This supports the error")),
                 qPrintable(panel()->verdictView()->toPlainText()));
        QVERIFY(panel()->recordsView()->toPlainText().contains(QLatin1String("nothing-here.test.  NS")));

        // Into the reply only when asked.
        RemediationView *view = m_window->diagnosePage()->remediation();
        QVERIFY(!view->replyText(ReplyComposer::Format::PlainText).contains(QLatin1String("Live DNS check")));
        panel()->addToReplyBox()->setChecked(true);
        const QString reply = view->replyText(ReplyComposer::Format::PlainText);
        QVERIFY2(reply.contains(QLatin1String("Live DNS check of nothing-here.test:")), qPrintable(reply));
        QVERIFY(reply.contains(QLatin1String("This supports the error")));
    }

    // At 800x600 (and at scale 2, the same test run again) a check's result fits the window: the window stays
    // 800x600, the answer above keeps a readable height, the verdict sits right under the buttons and the sections
    // scroll in a box of a few lines right under it.
    void fitsIn800x600_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::newRow("records elsewhere") << QStringLiteral("elsewhere.test");
        QTest::newRow("a 63-letter label") << QString(QString(63, u'x') + QStringLiteral(".test"));
    }

    void fitsIn800x600()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root and dnsmasq)");
        const QSize windowSize = m_window->size();
        const auto restore = qScopeGuard([&] { m_window->resize(windowSize); });
        m_window->resize(800, 600);
        QFETCH(QString, domain);
        diagnose(QStringLiteral("HTTP/1.1 409 Conflict\r\ncontent-type: application/json\r\n\r\n"
                                "{\"message\": \"Domain %1 with different connection type is already "
                                "connected.\", \"details\": {\"applicationError\": {\"code\": \"ALREADY_EXISTS\"}}}")
                     .arg(domain));
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        QTest::qWait(50); // the layout settles

        QPlainTextEdit *verdict = panel()->verdictView();
        QPlainTextEdit *records = panel()->recordsView();
        QCOMPARE(records->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont)); // records line up
        auto *answer = m_window->diagnosePage()->remediation()->findChild<QTextBrowser *>(QStringLiteral("browser"));
        QVERIFY(answer);
        const int line = records->fontMetrics().lineSpacing();
        const QRect row = panel()->layout()->itemAt(0)->geometry();
        const QString where =
            QStringLiteral("window %1x%2, answer %3 px, row %4-%5, verdict %6-%7, box %8-%9")
                .arg(QString::number(m_window->width()), QString::number(m_window->height()),
                     QString::number(answer->height()), QString::number(row.top()), QString::number(row.bottom()),
                     QString::number(verdict->geometry().top()), QString::number(verdict->geometry().bottom()),
                     QString::number(records->geometry().top()), QString::number(records->geometry().bottom()));
        QVERIFY2(m_window->height() <= 600 && m_window->width() <= 800, qPrintable(where));
        QVERIFY2(answer->height() >= 12 * answer->fontMetrics().lineSpacing(), qPrintable(where));
        const int spacing = panel()->layout()->spacing();
        QVERIFY2(verdict->geometry().top() - row.bottom() - 1 <= spacing, qPrintable(where));
        QVERIFY2(records->geometry().top() - verdict->geometry().bottom() - 1 <= spacing, qPrintable(where));
        QVERIFY2(records->geometry().bottom() + 1 == panel()->height(), qPrintable(where));
        // The sections are there, and the box shows at least three lines of them; the rest scrolls.
        for (const char *section : {"Registration", "Delegation", "Propagation", "Warnings"})
            QVERIFY2(records->toPlainText().contains(QLatin1String(section)), qPrintable(records->toPlainText()));
        QVERIFY2(records->viewport()->height() >= 3 * line, qPrintable(where));
        QVERIFY(records->verticalScrollBar()->maximum() > 0);
    }

    // The hook for a HAR's Setup Info: records the answer expects, compared with the live DNS, shown and replied.
    void expectedRecordsAreCompared()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root and dnsmasq)");
        diagnose(wixError(QStringLiteral("Unable to connect domain pointing.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        ExpectedRecords expected;
        expected.connectionType = QStringLiteral("POINTING");
        expected.records << ExpectedRecords::Record{DnsType::A, QStringLiteral("185.230.63.171")}
                         << ExpectedRecords::Record{DnsType::CNAME, QStringLiteral("pointing.wixdns.net")};
        panel()->setExpectedRecords(expected);
        const auto restore = qScopeGuard([this] { panel()->setExpectedRecords({}); });
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        const QString lines = QStringLiteral(
            "Expected records (POINTING)\nA 185.230.63.171: missing (the DNS server 127.0.14.53 answers "
            "185.230.63.107).\nwww CNAME pointing.wixdns.net: in place (the DNS server 127.0.14.53 answers it).");
        QVERIFY2(panel()->recordsView()->toPlainText().contains(lines),
                 qPrintable(panel()->recordsView()->toPlainText()));
        panel()->addToReplyBox()->setChecked(true);
        QVERIFY(m_window->diagnosePage()->remediation()->replyText(ReplyComposer::Format::PlainText).contains(lines));
    }

    // A HAR's successful calls give Check domain the records to compare (Setup Info) and the connection type; the
    // next input, which tells none, takes them away.
    void expectedRecordsComeFromTheInput()
    {
        QFile har(QStringLiteral(DT_TEST_DATA "/flows/ns-error-get.chrome.har"));
        QVERIFY(har.open(QIODevice::ReadOnly));
        diagnose(QString::fromUtf8(har.readAll()));
        QCOMPARE(panel()->expectedRecords().connectionType, QStringLiteral("NAMESERVERS"));
        QCOMPARE(panel()->expectedRecords().records.size(), 2);
        QCOMPARE(panel()->expectedRecords().records.constFirst().value, QStringLiteral("ns1.wixdns.net"));
        diagnose(wixError(QStringLiteral("Unable to connect domain pointing.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QVERIFY(panel()->expectedRecords().isEmpty());
        QVERIFY(panel()->expectedRecords().connectionType.isEmpty());
    }

    // The close button hides the panel; the next diagnosis that captures a domain shows it again.
    void closeButtonHidesThePanel()
    {
        diagnose(wixError(QStringLiteral("Unable to connect domain pointing.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QVERIFY(panel()->isVisible());
        QVERIFY(panel()->closeButton()->isVisible());
        QVERIFY(!panel()->closeButton()->accessibleName().isEmpty());
        QTest::mouseClick(panel()->closeButton(), Qt::LeftButton);
        QVERIFY(panel()->isHidden());
        QVERIFY(!m_window->diagnosePage()->remediation()->replyText(ReplyComposer::Format::PlainText).isEmpty());
        diagnose(wixError(QStringLiteral("Unable to connect domain wix-ns.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QVERIFY(panel()->isVisible());
    }

    // A result is about the servers asked: a change of the DNS server or of the resolvers in Settings clears it.
    void aSettingsChangeClearsTheResult_data()
    {
        QTest::addColumn<bool>("server"); // else the resolvers
        QTest::newRow("DNS server") << true;
        QTest::newRow("resolvers") << false;
    }

    void aSettingsChangeClearsTheResult()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root and dnsmasq)");
        QFETCH(bool, server);
        diagnose(wixError(QStringLiteral("Unable to connect domain pointing.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        panel()->addToReplyBox()->setChecked(true);
        QVERIFY(!panel()->verdictView()->toPlainText().isEmpty());
        const AppSettings before = m_window->settings();
        AppSettings changed = before;
        if (server)
            changed.dnsServer = TestDnsServers::kOldAnswers.toString();
        else
            changed.dnsResolvers = QStringList{TestDnsServers::kDnsmasq.toString()};
        m_window->applySettings(changed);
        const auto restore = qScopeGuard([&] { m_window->applySettings(before); });
        QVERIFY(panel()->verdictView()->isHidden());
        QVERIFY(panel()->recordsView()->isHidden());
        QVERIFY(panel()->recordsView()->toPlainText().isEmpty());
        QVERIFY(panel()->addToReplyBox()->isHidden());
        QVERIFY(!m_window->diagnosePage()
                     ->remediation()
                     ->replyText(ReplyComposer::Format::PlainText)
                     .contains(QLatin1String("Live DNS check")));
        QVERIFY(panel()->checkButton()->isEnabled());
    }

    // The resolvers of the settings are asked beside the DNS server: the propagation section names each.
    void propagationAsksTheResolversOfTheSettings()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root and dnsmasq)");
        diagnose(wixError(QStringLiteral("Unable to connect domain wix-ns.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QCOMPARE(panel()->serversAsked(), (QList<QHostAddress>{TestDnsServers::kDnsmasq, TestDnsServers::kOldAnswers}));
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        const QString text = panel()->recordsView()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("the DNS server 127.0.14.53: Wix's answer (NS ns12.wixdns.net")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("the DNS server 127.0.15.53: not Wix's answer (NS ns1.oldhost.test")) &&
                     text.contains(QLatin1String("the old answer may be served until ")),
                 qPrintable(text));
    }

    // The finding the catalog says explains the diagnosed error comes first, and says so.
    void theVerdictThatExplainsTheErrorComesFirst_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("explained"); // %1: the registration date
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringLiteral("This explains DOMAIN_ALREADY_TAKEN: the domain is registered at "
                                                   "Example Registrar, Inc. since %1.");
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringLiteral("Das erkl\u00e4rt DOMAIN_ALREADY_TAKEN: Die Domain ist seit %1 bei "
                                                  "Example Registrar, Inc. registriert.");
        QTest::newRow("Spanish") << QStringLiteral("es")
                                 << QStringLiteral("Esto explica DOMAIN_ALREADY_TAKEN: el dominio est\u00e1 registrado "
                                                   "en Example Registrar, Inc. desde %1.");
    }

    void theVerdictThatExplainsTheErrorComesFirst()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root and dnsmasq)");
        QFETCH(QString, language);
        QFETCH(QString, explained);
        const QString since = QDateTime::currentDateTimeUtc().addYears(-3).date().toString(Qt::ISODate);
        diagnose(QStringLiteral("HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n\r\n"
                                "{\"message\": \"Domain elsewhere.test has already been purchased.\", \"details\": "
                                "{\"applicationError\": {\"code\": \"DOMAIN_ALREADY_TAKEN\"}}}"));
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        const QString english = QStringLiteral("This explains DOMAIN_ALREADY_TAKEN: the domain is registered at "
                                               "Example Registrar, Inc. since %1.")
                                    .arg(since);
        QVERIFY2(panel()->verdictView()->toPlainText().startsWith(english),
                 qPrintable(panel()->verdictView()->toPlainText()));
        QVERIFY2(panel()->recordsView()->toPlainText().contains(QLatin1String("Status: transfer locked.")),
                 qPrintable(panel()->recordsView()->toPlainText()));
        panel()->addToReplyBox()->setChecked(true);
        RemediationView::setReplyLanguage(language);
        const auto restore = qScopeGuard([] { RemediationView::setReplyLanguage({}); });
        const QString reply = m_window->diagnosePage()->remediation()->replyText(ReplyComposer::Format::PlainText);
        const qsizetype at = reply.indexOf(explained.arg(since));
        QVERIFY2(at >= 0, qPrintable(reply));
        // First of the check's text: before the DNS verdict and the sections.
        for (const char *later : {"elsewhere.test.  NS", "NS ns1.registrar-dns.test"})
            QVERIFY2(reply.indexOf(QLatin1String(later)) > at, qPrintable(reply));
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
                                       QStringLiteral("Registrierung\nwix-ns.test ist registriert."),
                                       QStringLiteral("\nDelegierung\n"),
                                       QStringLiteral("\nVerbreitung\n"),
                                       QStringLiteral("\nWarnungen\n"),
                                   };
        QTest::newRow("Spanish") << QStringLiteral("es")
                                 << QStringList{
                                        QStringLiteral("Comprobaci\u00f3n en vivo del DNS de wix-ns.test:"),
                                        QStringLiteral("Los servidores de nombres de wix-ns.test ya son los de Wix: "
                                                       "hay una conexi\u00f3n NAMESERVERS establecida."),
                                        QStringLiteral("Direcciones: 185.230.63.107."),
                                        QStringLiteral("wix-ns.test.  AAAA  ; no hay registros de este tipo"),
                                        QStringLiteral("Registro\nwix-ns.test est\u00e1 registrado."),
                                        QStringLiteral("\nDelegaci\u00f3n\n"),
                                        QStringLiteral("\nPropagaci\u00f3n\n"),
                                        QStringLiteral("\nAdvertencias\n"),
                                    };
    }

    void theDnsCheckInTheReplysLanguage()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root and dnsmasq)");
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
            for (const char *english :
                 {"Live DNS check", "already Wix's", "connection to Wix in place",
                  "Addresses:", "Records:", "no records of this type", "the name does not exist", "Registration\n",
                  "Propagation\n", "Warnings\n", "Resolvers asked", "is registered", "Wix's answer", "The registry"})
                QVERIFY2(!reply.contains(QLatin1String(english)), qPrintable(reply));
        }
        // On screen, the window's language.
        QVERIFY2(panel()->verdictView()->toPlainText().startsWith(
                     QLatin1String("The nameservers of wix-ns.test are already Wix's")),
                 qPrintable(panel()->verdictView()->toPlainText()));
        QVERIFY(panel()->recordsView()->toPlainText().contains(QLatin1String("; no records of this type")));
    }

    // Switching the window's language redraws the panel's verdict, records and buttons in it.
    void thePanelFollowsTheWindowsLanguage()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root and dnsmasq)");
        diagnose(wixError(QStringLiteral("Unable to connect domain nothing-here.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->addToReplyBox()->isVisible(), 10000);
        Translations::install(QStringLiteral("de"));
        const auto restore = qScopeGuard([] { Translations::install(); });
        QTRY_COMPARE(panel()->checkButton()->text(), QStringLiteral("Domain pr\u00fcfen"));
        // What explains the error first, then the DNS verdict.
        const QString verdict = panel()->verdictView()->toPlainText();
        QVERIFY2(verdict.startsWith(QStringLiteral("Das erkl\u00e4rt Invalid domain: Die Registry hat geantwortet")) &&
                     verdict.contains(QStringLiteral("\nnothing-here.test existiert nicht im DNS (NXDOMAIN)")),
                 qPrintable(verdict));
        QVERIFY2(panel()->recordsView()->toPlainText().contains(QStringLiteral("; der Name existiert nicht")),
                 qPrintable(panel()->recordsView()->toPlainText()));
    }

    void aSilentServerDoesNotFreezeTheWindow()
    {
        DT_NEEDS(m_dnsRunning, "no DNS server for the test (needs root)");
        diagnose(wixError(QStringLiteral("Unable to connect domain pointing.test, it is available for purchase."),
                          QStringLiteral("Invalid domain")));
        panel()->setServer(TestDnsServers::kSilent, 1500);
        LoopWatch watch;
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel()->checkButton(), Qt::LeftButton);
        QVERIFY(!panel()->checkButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->verdictView()->toPlainText().contains(QLatin1String("timed out")), 10000);
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
