// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Renders each page of the real window, fed with real inputs, to PNG files for the README.
#include "../testdnsservers.h"
#include "../testhttpserver.h"
#include "../testregistry.h"
#include "appsettings.h"
#include "appstyle.h"
#include "apptheme.h"
#include "callview.h"
#include "catalogpage.h"
#include "catalogupdater.h"
#include "diagnosepage.h"
#include "dnscheckpanel.h"
#include "findbar.h"
#include "lookuppage.h"
#include "mainwindow.h"
#include "remediationview.h"
#include "settingsdialog.h"
#include "subscriptionsbox.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace {

// A sync job's log: one failure repeated 40 times, another three times, a third once.
QString repeatingLog()
{
    // The same error for three domains (one group that names them), another error, and one seen once.
    const QString domainError = QStringLiteral(
        "{\"message\":\"Domain shop0%1.com is not permitted to target account.\",\"details\":{\"applicationError\":"
        "{\"code\":\"DOMAINS_DOMAIN_NOT_PERMITTED\"}}}");
    const QString siteError =
        QStringLiteral("{\"message\":\"SiteId: 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b is not permitted to target "
                       "account.\",\"details\":{\"applicationError\":{\"code\":\"DOMAINS_SITE_NOT_PERMITTED\"}}}");
    QString log;
    for (int i = 0; i < 44; ++i) {
        const bool other = i == 10 || i == 20 || i == 30;
        log += QStringLiteral("2026-11-20T10:15:%1Z ERROR [domains-sync] req=1763471234.%2 call failed with status "
                              "403: %3\n")
                   .arg(QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')), QString::number(5550100 + i),
                        other ? siteError : domainError.arg(i % 3));
    }
    log +=
        QStringLiteral("2026-11-20T10:16:00Z ERROR [domains-sync] call failed with status 429: {\"message\":\"Too many "
                       "requests\",\"details\":{}}\n");
    return log;
}

void settle(DiagnosePage *page)
{
    QTest::qWait(400);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QTest::qWait(200);
}

bool save(QWidget *window, const QString &dir, const QString &name)
{
    QTest::qWait(150);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = window->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

const char *kHar = R"({"log": {"version": "1.2", "entries": [
 {"request": {"method": "GET", "url": "https:/)"
                   R"(/www.wixapis.com/domains/v1/connected-domains/shop-example.com"},
  "response": {"status": 404, "headers": [{"name": "x-wix-request-id", "value": "1763471234.11122233344"}],
   "content": {"text": "{\"message\":\"Domain name shop-example.com wasn't found.\",\"details\":{\"applicationError\":{\"code\":\"NOT_FOUND\"}}}"}}},
 {"request": {"method": "GET", "url": "https:/)"
                   R"(/www.wixapis.com/site-list/v2/sites"}, "response": {"status": 200, "content": {"text": "{}"}}},
 {"request": {"method": "POST", "url": "https:/)"
                   R"(/www.wixapis.com/domains/v1/connected-domains"},
  "response": {"status": 403, "headers": [{"name": "x-wix-request-id", "value": "1763471299.99988877766"}],
   "content": {"text": "{\"message\":\"Domain shop-example.com can't be assigned to free Wix site 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b.\",\"details\":{\"applicationError\":{\"code\":\"NON_PREMIUM_SITE\"}}}"}}}
]}})";

// The Timeline of a connect-by-nameservers walk whose Update DNS Zone failed (tests/data/flows), the failed call
// chosen; then at 800x600 in the dark theme.
bool saveTimeline(MainWindow *window, const QString &out)
{
    window->showPage(MainWindow::Page::Diagnose);
    DiagnosePage *page = window->diagnosePage();
    page->openFile(QStringLiteral(DT_TEST_DATA "/flows/ns-error-dns.chrome.har"));
    settle(page);
    page->showTimeline(true);
    QTreeView *calls = page->timelineView()->callsView();
    for (int row = 0; row < calls->model()->rowCount(); ++row) {
        if (calls->model()->index(row, TimelineModel::Status).data().toInt() >= 400)
            calls->setCurrentIndex(calls->model()->index(row, 0));
    }
    for (int wait = 0; wait < 100 && page->callView()->isReading(); ++wait)
        QTest::qWait(100);
    bool ok = save(window, out, QStringLiteral("14-timeline"));
    AppTheme::apply(AppTheme::Theme::Dark);
    window->resize(800, 600);
    ok &= save(window, out, QStringLiteral("15-timeline-dark-800x600"));
    AppTheme::apply(AppTheme::Theme::System);
    window->resize(1280, 800);
    page->showTimeline(false);
    return ok;
}

// One Check domain: the error diagnosed, then the registry (the loopback registry) and the DNS servers asked.
bool saveDomainCheck(MainWindow *window, const QString &out, const QString &name, const QString &response,
                     const QHostAddress &server, const QList<QHostAddress> &resolvers)
{
    window->diagnosePage()->setInputText(response);
    settle(window->diagnosePage());
    DnsCheckPanel *panel = window->diagnosePage()->remediation()->dnsCheck();
    panel->setServer(server);
    panel->setResolvers(resolvers);
    panel->check();
    for (int i = 0; i < 120 && panel->isChecking(); ++i)
        QTest::qWait(100);
    panel->addToReplyBox()->setChecked(true);
    return save(window, out, name);
}

QString wixError(int status, const QString &message, const QString &code)
{
    return QStringLiteral("HTTP/1.1 %1 Error\r\ncontent-type: application/json\r\nx-wix-request-id: "
                          "1763471301.55544433322\r\n\r\n{\"message\": \"%2\", \"details\": {\"applicationError\": "
                          "{\"code\": \"%3\"}}}")
        .arg(QString::number(status), message, code);
}

// Check domain, against a registry (RDAP) and dnsmasq on loopback (needs root; skipped with a note otherwise):
// registered elsewhere with the old nameservers, transfer locked, and DNS broken.
bool saveDomainChecks(MainWindow *window, const QString &out)
{
    TestDnsServers dns;
    QString why;
    if (!dns.start(&why)) {
        qInfo("skipped 12-check-domain-*: %s", qPrintable(why));
        return true;
    }
    TestRegistry registry;
    const QStringList oldNs{QStringLiteral("ns1.registrar-dns.test"), QStringLiteral("ns2.registrar-dns.test")};
    registry.hold(QStringLiteral("pointing.test"), {{QStringLiteral("active")}, oldNs, 200, true});
    registry.hold(
        QStringLiteral("elsewhere.test"),
        {{QStringLiteral("client transfer prohibited"), QStringLiteral("server transfer prohibited")}, oldNs, 45});
    registry.hold(QStringLiteral("wix-ns.test"),
                  {{QStringLiteral("active")}, {QStringLiteral("ns12.wixdns.net"), QStringLiteral("ns13.wixdns.net")}});
    QTemporaryDir dir;
    DnsCheckPanel *panel = window->diagnosePage()->remediation()->dnsCheck();
    panel->setRdapBootstrapUpdates({}); // no download: the registry's bootstrap file only
    panel->setRdapBootstrap(registry.writeBootstrap(dir.path()));
    window->showPage(MainWindow::Page::Diagnose);
    using S = TestDnsServers;
    bool ok = saveDomainCheck(
        window, out, QStringLiteral("12-check-domain-old-nameservers"),
        wixError(409, QStringLiteral("Domain pointing.test with different connection type is already connected."),
                 QStringLiteral("DOMAINS_ALREADY_EXISTS")),
        S::kDnsmasq, {S::kOldAnswers, S::kSilent});
    ok &= saveDomainCheck(window, out, QStringLiteral("12-check-domain-transfer-locked"),
                          wixError(400, QStringLiteral("Domain elsewhere.test has already been purchased."),
                                   QStringLiteral("DOMAIN_ALREADY_TAKEN")),
                          S::kDnsmasq, {S::kOldAnswers});
    ok &= saveDomainCheck(window, out, QStringLiteral("12-check-domain-dns-broken"),
                          wixError(400,
                                   QStringLiteral("Unable to connect domain wix-ns.test, it's available for purchase."),
                                   QStringLiteral("Invalid domain")),
                          S::kNxdomainForAll, {S::kSilent, S::kRefused});
    panel->setRdapBootstrap({});
    return ok;
}

// Settings > Catalog subscriptions: one kept up to date, one whose server is down (a local server each).
bool saveSubscriptions(MainWindow *window, const QString &out)
{
    const QByteArray team = R"({"api": "team", "version": "2026.11.3", "entries": []})";
    TestHttpServer server([&](const TestHttpRequest &) {
        TestHttpResponse r;
        r.body = team;
        r.headers << qMakePair(QByteArray("ETag"), QByteArray("\"3\""));
        return r;
    });
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        closedPort = probe.serverPort();
    }
    SettingsDialog dialog(AppSettings::load(), window->catalogErrors(), window->catalogUpdater(), window);
    dialog.resize(1060, 680); // wide enough for every column, State included
    dialog.show();
    QSignalSpy finished(window->catalogUpdater(), &CatalogUpdater::allFinished);
    dialog.subscriptions()->addUrl(QString::fromLatin1(server.url("/support/team-catalog.json")));
    finished.wait(10000);
    dialog.subscriptions()->addUrl(QStringLiteral("http://127.0.0.1:%1/escalations.json").arg(closedPort));
    finished.wait(10000);
    dialog.subscriptions()->list()->setCurrentItem(dialog.subscriptions()->list()->topLevelItem(0));
    return save(&dialog, out, QStringLiteral("13-subscriptions"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle); // as the app runs
    Translations::install();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    QTemporaryDir home;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooterScreenshots"));
    QDir(SubscriptionStore::defaultDirectory()).removeRecursively(); // from an earlier run
    // Only the loopback servers the screenshots start: no public resolver, no bootstrap download.
    AppSettings settings;
    settings.dnsResolvers.clear();
    settings.rdapBootstrapUrl.clear();
    settings.save();

    MainWindow window;
    const bool scaled = argc > 2 && QByteArray(argv[2]) == "--scaled";
    if (scaled) {
        // Run with QT_SCALE_FACTOR set: the window as it first opens at that scale, fitted to the screen.
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.diagnosePage()->setInputText(DiagnosePage::exampleText());
        settle(window.diagnosePage());
        return save(&window, out, QStringLiteral("9-scale-%1").arg(QString::fromLocal8Bit(qgetenv("QT_SCALE_FACTOR"))))
                   ? 0
                   : 1;
    }
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (argc > 2 && QByteArray(argv[2]) == "--timeline") // only the Timeline's shots
        return saveTimeline(&window, out) ? 0 : 1;
    bool ok = true;

    window.showPage(MainWindow::Page::Diagnose);
    ok &= save(&window, out, QStringLiteral("1-empty"));

    window.diagnosePage()->setInputText(DiagnosePage::exampleText());
    settle(window.diagnosePage());
    ok &= save(&window, out, QStringLiteral("2-diagnose-curl"));

    window.diagnosePage()->setInputText(QString::fromUtf8(kHar));
    settle(window.diagnosePage());
    ok &= save(&window, out, QStringLiteral("3-diagnose-har"));

    window.diagnosePage()->setInputText(QStringLiteral(
        "2026-11-20T10:15:02Z ERROR [dns] update failed with status 428: {\"message\":\"Domain shop-example.com is "
        "not permitted to target account.\",\"details\":{}}\n2026-11-20T10:15:09Z WARN [dns] request failed with "
        "status "
        "400: {\"message\":\"Domain shop-example.com is "
        "blocked\",\"details\":{\"applicationError\":{\"code\":\"SOMETHING_NEW\"}}}\n"));
    settle(window.diagnosePage());
    ok &= save(&window, out, QStringLiteral("4-diagnose-log"));

    window.showPage(MainWindow::Page::Lookup);
    window.lookupPage()->statusCombo()->setCurrentIndex(window.lookupPage()->statusCombo()->findData(403));
    window.lookupPage()->codeCombo()->setCurrentText(QStringLiteral("DOMAINS_GUID_NOT_FOUND"));
    ok &= save(&window, out, QStringLiteral("5-look-up"));

    window.showPage(MainWindow::Page::Catalog);
    window.catalogPage()->filterEdit()->setText(QStringLiteral("tld"));
    ok &= save(&window, out, QStringLiteral("6-catalog"));

    // The smallest window the app is made for, and the dark theme.
    window.showPage(MainWindow::Page::Diagnose);
    window.diagnosePage()->setInputText(QString::fromUtf8(kHar));
    settle(window.diagnosePage());
    window.resize(800, 600);
    ok &= save(&window, out, QStringLiteral("7-small-800x600"));
    window.resize(1280, 800);
    AppTheme::apply(AppTheme::Theme::Dark);
    window.diagnosePage()->setInputText(DiagnosePage::exampleText());
    settle(window.diagnosePage());
    ok &= save(&window, out, QStringLiteral("8-dark"));

    // Many results: identical errors grouped, Find open in the answer; then the filter at 800x600, dark.
    AppTheme::apply(AppTheme::Theme::System);
    window.diagnosePage()->setInputText(repeatingLog());
    settle(window.diagnosePage());
    FindBar *find = window.diagnosePage()->remediation()->findBar();
    find->open();
    find->field()->setText(QStringLiteral("shop01"));
    ok &= save(&window, out, QStringLiteral("10-grouped-find"));
    find->close();
    AppTheme::apply(AppTheme::Theme::Dark);
    window.resize(800, 600);
    window.diagnosePage()->findChild<QLineEdit *>(QStringLiteral("resultsFilter"))->setText(QStringLiteral("site"));
    ok &= save(&window, out, QStringLiteral("11-filter-dark-800x600"));
    AppTheme::apply(AppTheme::Theme::System);
    window.diagnosePage()->findChild<QLineEdit *>(QStringLiteral("resultsFilter"))->clear();
    window.resize(1280, 800);
    // The grouped answer in German and in Spanish: the window, the steps and what the reply will say.
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("es")}) {
        Translations::install(language);
        settle(window.diagnosePage());
        ok &= save(&window, out,
                   language == QLatin1String("de") ? QStringLiteral("7-german") : QStringLiteral("8-spanish"));
    }
    Translations::install(QStringLiteral("en"));
    settle(window.diagnosePage());
    ok &= saveDomainChecks(&window, out);
    ok &= saveSubscriptions(&window, out);
    ok &= saveTimeline(&window, out);
    return ok ? 0 : 1;
}
