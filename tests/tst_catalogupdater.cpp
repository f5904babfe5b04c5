// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Catalog subscriptions against real servers started here: plain HTTP on loopback (QTcpServer) and HTTPS with a
// certificate authority made for the test run (QSslServer, openssl). After every failure the last good copy is
// still the one in use, and the outcome says what happened.
#include "catalog.h"
#include "catalogfetcher.h"
#include "catalogupdater.h"
#include "embeddedcatalog.h"
#include "subscriptionstore.h"
#include "testhttpserver.h"
#include "testneeds.h"
#include "urlpolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray teamCatalog(const QString &version, const QString &title = QStringLiteral("Sample"))
{
    const QJsonObject entry{
        {QStringLiteral("id"), QStringLiteral("team.sample")},
        {QStringLiteral("title"), title},
        {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Connect Domain")}}},
        {QStringLiteral("status"), QStringLiteral("PERMISSION_DENIED")},
        {QStringLiteral("httpStatus"), 403},
        {QStringLiteral("code"), QStringLiteral("TEAM_SAMPLE")},
        {QStringLiteral("template"), QStringLiteral("Domain {domain} is held by the team.")},
        {QStringLiteral("troubleshooting"), QStringLiteral("Ask the team lead.")},
        {QStringLiteral("source"), QStringLiteral("https://example.com/team")},
        {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Check {domain}.")}},
                                             QJsonObject{{QStringLiteral("text"), QStringLiteral("Retry.")}}}},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("entries"), QJsonArray{entry}}})
        .toJson();
}

TestHttpResponse ok(const QByteArray &body, const QByteArray &etag = {})
{
    TestHttpResponse r;
    r.body = body;
    r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    if (!etag.isEmpty())
        r.headers << qMakePair(QByteArray("ETag"), etag)
                  << qMakePair(QByteArray("Last-Modified"), QByteArray("Sat, 28 Nov 2026 10:00:00 GMT"));
    return r;
}

TestHttpResponse status(int code, const QByteArray &reason)
{
    TestHttpResponse r;
    r.status = code;
    r.reason = reason;
    r.body = "{\"message\": \"" + reason + "\"}";
    return r;
}

TestHttpResponse redirectTo(const QByteArray &location)
{
    TestHttpResponse r;
    r.status = 302;
    r.reason = "Found";
    r.headers << qMakePair(QByteArray("Location"), location);
    return r;
}

// A subscription store in a folder of the test's own, and an updater that keeps it.
struct Subscriber
{
    QTemporaryDir data;
    SubscriptionStore store{data.path()};
    QNetworkAccessManager manager;
    CatalogUpdater updater{&manager, store};
};

// What a server answers a request whose validators (If-None-Match, If-Modified-Since) still hold.
TestHttpResponse notModified()
{
    TestHttpResponse r;
    r.status = 304;
    r.reason = "Not Modified";
    return r;
}

bool runOpenssl(const QStringList &arguments, const QString &directory)
{
    QProcess p;
    p.setWorkingDirectory(directory);
    p.start(QStringLiteral("openssl"), arguments);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestCatalogUpdater : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    QSslConfiguration m_trustedServer;   // signed by the test CA
    QSslConfiguration m_untrustedServer; // self-signed: must be refused
    QByteArray m_good = teamCatalog(QStringLiteral("1"));

    CatalogUpdater::UpdateReport update(Subscriber &sub, const QByteArray &url)
    {
        QSignalSpy spy(&sub.updater, &CatalogUpdater::finished);
        sub.updater.update(QUrl(QString::fromLatin1(url)));
        if (!spy.wait(30000))
            return {};
        return spy.constFirst().constFirst().value<CatalogUpdater::UpdateReport>();
    }

    QByteArray copyOf(const Subscriber &sub, const QByteArray &url)
    {
        QFile f(sub.store.copyPath(QUrl(QString::fromLatin1(url))));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The copy in use is the good one, and the catalog built from the subscriptions still has its entry.
    void verifyGoodCopyKept(const Subscriber &sub, const QByteArray &url)
    {
        QCOMPARE(copyOf(sub, url), m_good);
        QString error;
        Catalog catalog = EmbeddedCatalog::load(&error);
        QStringList messages;
        sub.store.layerInto(&catalog, &messages);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        const CatalogEntry *entry = catalog.find(QStringLiteral("team.sample"));
        QVERIFY(entry);
        QCOMPARE(entry->layer, QUrl(QString::fromLatin1(url)).toDisplayString());
    }

    QSslConfiguration serverConfig(const QString &cert, const QString &key)
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        QFile certFile(m_certs.filePath(cert));
        QFile keyFile(m_certs.filePath(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return c;
        c.setLocalCertificate(QSslCertificate(certFile.readAll()));
        c.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        return c;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<CatalogUpdater::UpdateReport>();
        QStandardPaths::setTestModeEnabled(true);
        DT_NEEDS(QSslSocket::supportsSsl(),
                 "Qt has no TLS backend: tools/install-deps installs libqt6network6 with its OpenSSL plugin");
        DT_NEEDS(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "openssl is missing: tools/install-deps installs it");
        // A certificate authority for this run only, a server certificate it signs, and one it does not.
        const QString dir = m_certs.path();
        const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QFile ext(m_certs.filePath(QStringLiteral("server.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QVERIFY(runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                               QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                           QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                                           QStringLiteral("-subj"), QStringLiteral("/CN=Test-only CA")},
                           dir));
        QVERIFY(runOpenssl(QStringList{QStringLiteral("req")} + ec +
                               QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                           QStringLiteral("-out"), QStringLiteral("server.csr"),
                                           QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                           dir));
        QVERIFY(runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                            QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
                            QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                           dir));
        QVERIFY(
            runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                           QStringList{QStringLiteral("-keyout"), QStringLiteral("other.key"), QStringLiteral("-out"),
                                       QStringLiteral("other.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")},
                       dir));
        m_trustedServer = serverConfig(QStringLiteral("server.crt"), QStringLiteral("server.key"));
        m_untrustedServer = serverConfig(QStringLiteral("other.crt"), QStringLiteral("other.key"));
        // The client trusts the test CA the way a desk trusts its company's: through the default configuration.
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.addCaCertificates(m_certs.filePath(QStringLiteral("ca.crt")));
        QSslConfiguration::setDefaultConfiguration(client);
    }

    void addressRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://catalog.example.com/team.json") << true;
        QTest::newRow("http on 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/team.json") << true;
        QTest::newRow("http on 127.9.9.9") << QStringLiteral("http://127.9.9.9/team.json") << true;
        QTest::newRow("http on [::1]") << QStringLiteral("http://[::1]:8080/team.json") << true;
        QTest::newRow("http on localhost") << QStringLiteral("http://localhost/team.json") << true;
        QTest::newRow("http elsewhere") << QStringLiteral("http://catalog.example.com/team.json") << false;
        QTest::newRow("http on a LAN address") << QStringLiteral("http://192.168.1.10/team.json") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/team.json") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("no host") << QStringLiteral("https:///team.json") << false;
        QTest::newRow("with a password") << QStringLiteral("https://user:secret@example.com/team.json") << false;
    }

    void addressRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(UrlPolicy::problem(QUrl(url)).isEmpty(), allowed);
    }

    void redirectRule()
    {
        const QUrl https(QStringLiteral("https://example.com/a"));
        QVERIFY(!UrlPolicy::redirectProblem(https, QUrl(QStringLiteral("http://127.0.0.1/a"))).isEmpty());
        QVERIFY(UrlPolicy::redirectProblem(https, QUrl(QStringLiteral("https://cdn.example.com/a"))).isEmpty());
        const QUrl local(QStringLiteral("http://127.0.0.1/a"));
        QVERIFY(UrlPolicy::redirectProblem(local, QUrl(QStringLiteral("https://example.com/a"))).isEmpty());
        QVERIFY(!UrlPolicy::redirectProblem(local, QUrl(QStringLiteral("http://example.com/a"))).isEmpty());
    }

    // Every way a download can go wrong, each after a good copy was kept.
    void failuresKeepTheGoodCopy_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("404") << QByteArray("/404") << QStringLiteral("HTTP 404 Not Found");
        QTest::newRow("500") << QByteArray("/500") << QStringLiteral("HTTP 500 Internal Server Error");
        QTest::newRow("over the cap, with Content-Length") << QByteArray("/big") << QStringLiteral("over the 5.0 MB");
        QTest::newRow("over the cap, no Content-Length")
            << QByteArray("/endless") << QStringLiteral("more than 5.0 MB");
        QTest::newRow("a body that stalls") << QByteArray("/stall") << QStringLiteral("stalled");
        QTest::newRow("cut off mid-way") << QByteArray("/cut") << QStringLiteral("closed the connection");
        QTest::newRow("invalid JSON") << QByteArray("/invalid-json") << QStringLiteral("not valid JSON");
        QTest::newRow("valid JSON, not a catalog")
            << QByteArray("/invalid-catalog") << QStringLiteral("field 'seeAlso': link 'javascript:");
        QTest::newRow("an HTML error page") << QByteArray("/html") << QStringLiteral("not a valid catalog");
        QTest::newRow("six redirects") << QByteArray("/hop/6") << QStringLiteral("more than 5 redirects");
    }

    void failuresKeepTheGoodCopy()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, reason);
        const QByteArray good = m_good;
        QByteArray failWith; // what the subscription's address serves once the good copy is kept
        TestHttpServer server([&](const TestHttpRequest &r) -> TestHttpResponse {
            const QByteArray p = r.path == "/catalog.json" ? failWith : r.path;
            if (p.isEmpty())
                return ok(good, "\"v1\"");
            if (p == "/404")
                return status(404, "Not Found");
            if (p == "/500")
                return status(500, "Internal Server Error");
            if (p == "/big") {
                TestHttpResponse big = ok(QByteArray(6 * 1024 * 1024, ' '));
                big.send = TestHttpResponse::Send::StallAfter; // announced, and only the start sent
                big.partBytes = 1024;
                return big;
            }
            if (p == "/endless") {
                TestHttpResponse endless = ok({});
                endless.send = TestHttpResponse::Send::Endless;
                return endless;
            }
            if (p == "/stall") {
                TestHttpResponse stall = ok(good);
                stall.send = TestHttpResponse::Send::StallAfter;
                stall.partBytes = 40;
                return stall;
            }
            if (p == "/cut") {
                TestHttpResponse cut = ok(good);
                cut.send = TestHttpResponse::Send::CutAfter;
                cut.partBytes = good.size() / 2;
                return cut;
            }
            if (p == "/invalid-json")
                return ok(good.left(good.size() - 3));
            if (p == "/invalid-catalog")
                return ok(QByteArray(good).replace("\"source\"", "\"seeAlso\": [{\"label\": \"x\", \"url\": "
                                                                 "\"javascript:alert(1)\"}], \"source\""));
            if (p == "/html")
                return ok("<html><body>Sign in to continue</body></html>");
            if (p.startsWith("/hop/")) {
                const int left = p.mid(5).toInt();
                return left == 0 ? ok(good) : redirectTo("/hop/" + QByteArray::number(left - 1));
            }
            return status(400, "Bad Request");
        });
        QVERIFY(server.isListening());
        Subscriber sub;
        sub.updater.fetcher()->setTimeouts(1500, 20000);

        const QByteArray url = server.url("/catalog.json");
        QCOMPARE(update(sub, url).status, CatalogUpdater::UpdateStatus::Updated);
        verifyGoodCopyKept(sub, url);

        failWith = path;
        const QByteArray failing = url;
        QElapsedTimer clock;
        clock.start();
        const CatalogUpdater::UpdateReport outcome = update(sub, failing);
        QCOMPARE(outcome.status, CatalogUpdater::UpdateStatus::Failed);
        QVERIFY2(outcome.reason.contains(reason), qPrintable(outcome.reason));
        QVERIFY2(clock.elapsed() < 15000, "a failure is reported without waiting for the long timeouts");
        QCOMPARE(copyOf(sub, failing), good);
        verifyGoodCopyKept(sub, url);
        const QString line = CatalogUpdater::describe(outcome);
        QVERIFY2(line.contains(reason) && line.contains(QStringLiteral("is kept")), qPrintable(line));
        const Subscription after = sub.store.load().constLast();
        QCOMPARE(after.state, Subscription::State::Failed);
        QVERIFY2(after.stateText().contains(QStringLiteral("using the copy from")), qPrintable(after.stateText()));
        if (path == "/endless")
            QVERIFY2(server.endlessBytesSent() < 32 * 1024 * 1024, "the download stopped soon after the cap");
    }

    void unchangedCostsOneSmallRequest()
    {
        QByteArray body = m_good;
        TestHttpServer server([&](const TestHttpRequest &r) -> TestHttpResponse {
            if (r.headers.value("if-none-match") == "\"v1\"" && body == m_good)
                return notModified();
            return ok(body, body == m_good ? "\"v1\"" : "\"v2\"");
        });
        Subscriber sub;
        const QByteArray url = server.url("/catalog.json");

        CatalogUpdater::UpdateReport first = update(sub, url);
        QCOMPARE(first.status, CatalogUpdater::UpdateStatus::Updated);
        QCOMPARE(first.subscription.entries, 1);
        QCOMPARE(first.subscription.version, QStringLiteral("1"));
        QVERIFY(!server.requests().constFirst().headers.contains("if-none-match"));

        const CatalogUpdater::UpdateReport second = update(sub, url);
        QCOMPARE(second.status, CatalogUpdater::UpdateStatus::Unchanged);
        QCOMPARE(server.requests().constLast().headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(server.requests().constLast().headers.value("if-modified-since"),
                 QByteArray("Sat, 28 Nov 2026 10:00:00 GMT"));
        QCOMPARE(second.subscription.state, Subscription::State::UpToDate);
        QCOMPARE(second.subscription.lastChanged, first.subscription.lastChanged);

        body = teamCatalog(QStringLiteral("2"), QStringLiteral("Sample, revised"));
        const CatalogUpdater::UpdateReport third = update(sub, url);
        QCOMPARE(third.status, CatalogUpdater::UpdateStatus::Updated);
        QCOMPARE(third.subscription.version, QStringLiteral("2"));
        QCOMPARE(copyOf(sub, url), body);
    }

    void redirectChainIsFollowed()
    {
        TestHttpServer server([&](const TestHttpRequest &r) -> TestHttpResponse {
            const int left = r.path.mid(5).toInt();
            return left == 0 ? ok(m_good) : redirectTo("/hop/" + QByteArray::number(left - 1));
        });
        Subscriber sub;
        const CatalogUpdater::UpdateReport outcome = update(sub, server.url("/hop/5"));
        QVERIFY2(outcome.status == CatalogUpdater::UpdateStatus::Updated, qPrintable(outcome.reason));
        QCOMPARE(server.requests().size(), 6);
    }

    void httpsWithTheTestAuthority()
    {
        TestHttpServer server([&](const TestHttpRequest &) { return ok(m_good, "\"v1\""); }, &m_trustedServer);
        QVERIFY(server.isListening());
        Subscriber sub;
        const CatalogUpdater::UpdateReport outcome = update(sub, server.url("/catalog.json"));
        QVERIFY2(outcome.status == CatalogUpdater::UpdateStatus::Updated, qPrintable(outcome.reason));
        QCOMPARE(copyOf(sub, server.url("/catalog.json")), m_good);
    }

    // Failures that only HTTPS has: a certificate nobody vouches for, and a redirect down to plain http.
    void httpsFailuresKeepTheGoodCopy_data()
    {
        QTest::addColumn<bool>("untrusted");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a certificate that does not verify") << true << QStringLiteral("certificate was refused");
        QTest::newRow("a redirect to http") << false << QStringLiteral("redirected from https to http://127.0.0.1");
    }

    void httpsFailuresKeepTheGoodCopy()
    {
        QFETCH(bool, untrusted);
        QFETCH(QString, reason);
        TestHttpServer plain([&](const TestHttpRequest &) { return ok(teamCatalog(QStringLiteral("evil"))); });
        int served = 0;
        TestHttpServer server(
            [&](const TestHttpRequest &) {
                return served++ == 0 ? ok(m_good, "\"v1\"") : redirectTo(plain.url("/catalog.json"));
            },
            &m_trustedServer);
        TestHttpServer other([&](const TestHttpRequest &) { return ok(teamCatalog(QStringLiteral("evil"))); },
                             &m_untrustedServer);
        Subscriber sub;
        const QByteArray url = server.url("/catalog.json");
        QCOMPARE(update(sub, url).status, CatalogUpdater::UpdateStatus::Updated);

        const QByteArray failing = untrusted ? other.url("/catalog.json") : url;
        if (untrusted) {
            QString error;
            QVERIFY(sub.store.add(QUrl(QString::fromLatin1(failing)), &error));
            QVERIFY(sub.store.writeCopy(QUrl(QString::fromLatin1(failing)), m_good, &error));
        }
        const CatalogUpdater::UpdateReport outcome = update(sub, failing);
        QCOMPARE(outcome.status, CatalogUpdater::UpdateStatus::Failed);
        QVERIFY2(outcome.reason.contains(reason), qPrintable(outcome.reason));
        QVERIFY(plain.requests().isEmpty()); // never asked: the redirect was refused before it was followed
        QVERIFY(other.requests().isEmpty()); // never asked: the handshake was refused
        QCOMPARE(copyOf(sub, failing), m_good);
        verifyGoodCopyKept(sub, url);
    }

    void refusedConnection()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        Subscriber sub;
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(closedPort) + "/catalog.json";
        const CatalogUpdater::UpdateReport outcome = update(sub, url);
        QCOMPARE(outcome.status, CatalogUpdater::UpdateStatus::Failed);
        QVERIFY2(outcome.reason.contains(QStringLiteral("refused the connection")), qPrintable(outcome.reason));
        QVERIFY(!QFile::exists(sub.store.copyPath(QUrl(QString::fromLatin1(url)))));
        QVERIFY2(CatalogUpdater::describe(outcome).contains(QString::fromLatin1(url)),
                 qPrintable(CatalogUpdater::describe(outcome)));
    }

    // A download cancelled or superseded never reports, even when its outcome was queued at once (an address
    // refused by the rule): the next download's signal carries its own outcome alone.
    void cancelledDownloadSendsNothing()
    {
        qRegisterMetaType<CatalogFetcher::Download>();
        TestHttpServer server([&](const TestHttpRequest &) { return ok(m_good); });
        QNetworkAccessManager manager;
        CatalogFetcher fetcher(&manager);
        QSignalSpy spy(&fetcher, &CatalogFetcher::finished);
        const CatalogFetcher::Request refused{QUrl(QStringLiteral("http://192.0.2.1/catalog.json")), {}, {}};
        fetcher.fetch(refused);
        fetcher.cancel();
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);

        fetcher.fetch(refused);
        fetcher.fetch({QUrl(QString::fromLatin1(server.url("/catalog.json"))), {}, {}});
        QVERIFY(spy.wait(30000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        const auto result = spy.constFirst().constFirst().value<CatalogFetcher::Download>();
        QCOMPARE(result.status, CatalogFetcher::DownloadStatus::Downloaded);
        QCOMPARE(result.body, m_good);
    }

    void plainHttpElsewhereIsNeverAsked()
    {
        Subscriber sub;
        // 192.0.2.0/24 is TEST-NET-1: refused by the address rule before any connection is tried.
        const CatalogUpdater::UpdateReport outcome = update(sub, "http://192.0.2.1/catalog.json");
        QCOMPARE(outcome.status, CatalogUpdater::UpdateStatus::Failed);
        QVERIFY2(outcome.reason.contains(QStringLiteral("plain http is refused")), qPrintable(outcome.reason));
        QVERIFY(sub.store.load().isEmpty()); // and it is not subscribed
    }

    void damagedCopyIsSetAside()
    {
        TestHttpServer server([&](const TestHttpRequest &) { return ok(m_good, "\"v1\""); });
        Subscriber sub;
        const QByteArray url = server.url("/catalog.json");
        QCOMPARE(update(sub, url).status, CatalogUpdater::UpdateStatus::Updated);

        QFile copy(sub.store.copyPath(QUrl(QString::fromLatin1(url))));
        QVERIFY(copy.open(QIODevice::WriteOnly | QIODevice::Truncate));
        copy.write(m_good.left(100));
        copy.close();

        QString error;
        Catalog catalog = EmbeddedCatalog::load(&error);
        const qsizetype embedded = catalog.entries().size();
        QStringList messages;
        sub.store.layerInto(&catalog, &messages);
        QCOMPARE(catalog.entries().size(), embedded);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.constFirst().contains(QStringLiteral("set aside")), qPrintable(messages.constFirst()));
        const QStringList aside = QDir(sub.data.path()).entryList({QStringLiteral("*.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(sub.store.load().constFirst().state, Subscription::State::Failed);

        // The next update downloads it whole again (no validators for a copy that is gone) and uses it.
        const CatalogUpdater::UpdateReport again = update(sub, url);
        QCOMPARE(again.status, CatalogUpdater::UpdateStatus::Updated);
        QVERIFY(!server.requests().constLast().headers.contains("if-none-match"));
        verifyGoodCopyKept(sub, url);
    }

    // --update-catalog and --list, as a script runs them: the real binary, with its own data folder.
    void commandLine()
    {
        const QByteArray body = m_good;
        bool failing = false;
        TestHttpServer server([&](const TestHttpRequest &r) -> TestHttpResponse {
            if (failing)
                return status(500, "Internal Server Error");
            if (r.headers.value("if-none-match") == "\"v1\"")
                return notModified();
            return ok(body, "\"v1\"");
        });
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        struct Run
        {
            int code;
            QByteArray out;
            QByteArray err;
        };
        auto run = [&env](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(env);
            QSignalSpy done(&p, &QProcess::finished);
            p.start(QStringLiteral(DT_CLI_PATH), args);
            done.wait(60000); // the server answers from this event loop

            return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const QString url = QString::fromLatin1(server.url("/team.json"));

        Run r = run({QStringLiteral("--update-catalog"), url, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("updated"));
        QCOMPARE(o.value(QStringLiteral("entries")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
        QVERIFY(!o.contains(QStringLiteral("etag")));

        r = run({QStringLiteral("--update-catalog"), url});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, (url + QStringLiteral(": unchanged (1 entry)\n")).toUtf8());

        r = run({QStringLiteral("--list")});
        QCOMPARE(r.code, 0);
        const QByteArray line =
            "team.sample  403 PERMISSION_DENIED  TEAM_SAMPLE  Domain {domain} is held by the team.  [" + url.toUtf8() +
            "]";
        QVERIFY2(r.out.contains(line), r.out.right(400).constData());
        QVERIFY(r.out.contains("connect-domain.restricted  400 INVALID_ARGUMENT"));
        QVERIFY(r.out.contains("[embedded]"));
        r = run({QStringLiteral("--list"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &e : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray()) {
            if (e.toObject().value(QStringLiteral("id")).toString() == QLatin1String("team.sample")) {
                QCOMPARE(e.toObject().value(QStringLiteral("layer")).toString(), url);
                found = true;
            }
        }
        QVERIFY(found);

        failing = true;
        r = run({QStringLiteral("--update-catalog"), url});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        const QByteArray start =
            url.toUtf8() + ": failed: the server answered HTTP 500 Internal Server Error; the copy from ";
        QVERIFY2(r.err.startsWith(start), r.err.constData());
        QVERIFY(r.err.trimmed().endsWith("is kept"));
        r = run({QStringLiteral("--list")});
        QVERIFY(r.out.contains("team.sample"));

        r = run({QStringLiteral("--update-catalog"), QStringLiteral("http://192.0.2.1/team.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("plain http is refused"), r.err.constData());
    }

    void damagedListIsSetAside()
    {
        QTemporaryDir data;
        QFile list(data.filePath(QStringLiteral("subscriptions.json")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("{\"subscriptions\": [");
        list.close();
        SubscriptionStore store(data.path());
        QString message;
        QVERIFY(store.load(&message).isEmpty());
        QVERIFY2(message.contains(QStringLiteral("set aside")), qPrintable(message));
        QVERIFY(!QFile::exists(list.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogUpdater)
#include "tst_catalogupdater.moc"
