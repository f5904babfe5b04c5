// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Registration by RDAP against a real HTTPS server started here on loopback (QSslServer, a CA made by openssl for
// the run), with a bootstrap file naming it: registered domains of several kinds, 404, 429 with Retry-After,
// malformed answers, oversized ones, a redirect to plain http, and a server that never answers.
#include "catalog.h"
#include "domainexplanation.h"
#include "embeddedcatalog.h"
#include "rdapbootstrap.h"
#include "rdapbootstrapstore.h"
#include "rdapchecker.h"
#include "testca.h"
#include "testhttpserver.h"
#include "testneeds.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonArray events(const QDateTime &created, const QDateTime &expires)
{
    return {QJsonObject{{QStringLiteral("eventAction"), QStringLiteral("registration")},
                        {QStringLiteral("eventDate"), created.toString(Qt::ISODate)}},
            QJsonObject{{QStringLiteral("eventAction"), QStringLiteral("expiration")},
                        {QStringLiteral("eventDate"), expires.toString(Qt::ISODate)}}};
}

QJsonObject registrar(const QString &name)
{
    const QJsonArray fn{QStringLiteral("fn"), QJsonObject(), QStringLiteral("text"), name};
    return {{QStringLiteral("objectClassName"), QStringLiteral("entity")},
            {QStringLiteral("roles"), QJsonArray{QStringLiteral("registrar")}},
            {QStringLiteral("vcardArray"), QJsonArray{QStringLiteral("vcard"), QJsonArray{fn}}}};
}

// An RFC 9083 domain object as registries send it.
QByteArray domainObject(const QString &name, const QStringList &statuses, const QStringList &nameservers,
                        int expiresInDays, bool signedDelegation = false)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray ns;
    for (const QString &n : nameservers)
        ns.append(QJsonObject{{QStringLiteral("objectClassName"), QStringLiteral("nameserver")},
                              {QStringLiteral("ldhName"), QString(n.toUpper() + u'.')}});
    const QJsonObject o{
        {QStringLiteral("objectClassName"), QStringLiteral("domain")},
        {QStringLiteral("ldhName"), name.toUpper()},
        {QStringLiteral("rdapConformance"), QJsonArray{QStringLiteral("rdap_level_0")}},
        {QStringLiteral("status"), QJsonArray::fromStringList(statuses)},
        {QStringLiteral("events"), events(now.addYears(-3), now.addDays(expiresInDays))},
        {QStringLiteral("entities"), QJsonArray{registrar(QStringLiteral("Example Registrar, Inc."))}},
        {QStringLiteral("nameservers"), ns},
        {QStringLiteral("secureDNS"), QJsonObject{{QStringLiteral("delegationSigned"), signedDelegation}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TestHttpResponse rdapAnswer(const QByteArray &body, int status = 200, const QByteArray &reason = "OK")
{
    TestHttpResponse r;
    r.status = status;
    r.reason = reason;
    r.body = body;
    r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/rdap+json"));
    return r;
}

const QStringList kWixNs{QStringLiteral("ns12.wixdns.net"), QStringLiteral("ns13.wixdns.net")};
const QStringList kOldNs{QStringLiteral("ns1.oldhost.example"), QStringLiteral("ns2.oldhost.example")};

} // namespace

class TestRdapChecker : public QObject
{
    Q_OBJECT

private:
    TestCa m_ca;
    std::unique_ptr<TestHttpServer> m_https;
    std::unique_ptr<TestHttpServer> m_plain;
    QTcpServer m_silent; // accepts connections and never answers
    QTemporaryDir m_dir;
    QString m_bootstrapFile;
    DnsTargets m_wix;
    Catalog m_catalog;

    int m_keptBootstrapDownloads = 0;

    QByteArray bootstrap(const QString &publication = QStringLiteral("2026-12-01T00:00:00Z")) const
    {
        const QString https = QString::fromLatin1(m_https->url("/rdap/"));
        const QString silent = QStringLiteral("https://127.0.0.1:%1/").arg(m_silent.serverPort());
        const QJsonArray services{
            QJsonArray{QJsonArray{QStringLiteral("test")}, QJsonArray{https}},
            QJsonArray{QJsonArray{QStringLiteral("silent")}, QJsonArray{silent}},
        };
        return QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")},
                                         {QStringLiteral("publication"), publication},
                                         {QStringLiteral("services"), services}})
            .toJson();
    }

    TestHttpResponse answer(const TestHttpRequest &request)
    {
        const QByteArray path = request.path;
        if (path == "/dns.json")
            return rdapAnswer(bootstrap());
        // For the kept bootstrap file: a valid one, and one without a version.
        if (path == "/kept/newer.json") {
            ++m_keptBootstrapDownloads;
            return rdapAnswer(bootstrap(QStringLiteral("2027-01-15T00:00:00Z")));
        }
        if (path == "/kept/unversioned.json")
            return rdapAnswer(bootstrap(QStringLiteral("2027-01-15T00:00:00Z")).replace("\"version\"", "\"v\""));
        const QString name = QString::fromLatin1(path.mid(path.lastIndexOf('/') + 1));
        const QString label = name.section(u'.', 0, 0);
        if (label == QLatin1String("wix"))
            return rdapAnswer(domainObject(name, {QStringLiteral("active")}, kWixNs, 300));
        if (label == QLatin1String("elsewhere"))
            return rdapAnswer(domainObject(name, {QStringLiteral("active")}, kOldNs, 300));
        if (label == QLatin1String("locked"))
            return rdapAnswer(domainObject(
                name, {QStringLiteral("client transfer prohibited"), QStringLiteral("server transfer prohibited")},
                kOldNs, 200));
        if (label == QLatin1String("redemption"))
            return rdapAnswer(domainObject(name, {QStringLiteral("redemption period")}, kOldNs, -3));
        if (label == QLatin1String("pendingdelete"))
            return rdapAnswer(domainObject(name, {QStringLiteral("pending delete")}, kOldNs, -40));
        if (label == QLatin1String("onhold"))
            return rdapAnswer(domainObject(name, {QStringLiteral("client hold")}, kOldNs, 100));
        if (label == QLatin1String("expiring"))
            return rdapAnswer(domainObject(name, {QStringLiteral("active")}, kWixNs, 3));
        if (label == QLatin1String("signed"))
            return rdapAnswer(domainObject(name, {QStringLiteral("active")}, kOldNs, 300, true));
        if (label == QLatin1String("limited")) {
            TestHttpResponse r = rdapAnswer("{\"errorCode\": 429}", 429, "Too Many Requests");
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("120"));
            return r;
        }
        if (label == QLatin1String("malformed"))
            return rdapAnswer("{\"objectClassName\": \"domain\", \"ldhName\": ");
        if (label == QLatin1String("entity"))
            return rdapAnswer("{\"objectClassName\": \"entity\", \"handle\": \"X\"}");
        if (label == QLatin1String("huge"))
            return rdapAnswer(QByteArray(10 * 1024 * 1024, ' '));
        if (label == QLatin1String("flood")) {
            TestHttpResponse r = rdapAnswer({});
            r.send = TestHttpResponse::Send::Endless;
            return r;
        }
        if (label == QLatin1String("redirect")) {
            TestHttpResponse r = rdapAnswer({}, 302, "Found");
            r.headers << qMakePair(QByteArray("Location"), m_plain->url("/rdap/domain/wix.test"));
            return r;
        }
        return rdapAnswer("{\"errorCode\": 404, \"title\": \"Not Found\"}", 404, "Not Found");
    }

    RdapResult check(const QString &domain, const QString &bootstrapSource, int timeoutMs = 5000,
                     const QByteArray &updatePath = {}, const QString &storePath = {})
    {
        QNetworkAccessManager manager;
        RdapChecker checker(&manager);
        checker.setBootstrap(bootstrapSource);
        if (!updatePath.isEmpty())
            checker.setBootstrapUpdates(QUrl(QString::fromLatin1(m_https->url(updatePath))), storePath);
        checker.setTimeout(timeoutMs);
        QSignalSpy spy(&checker, &RdapChecker::finished);
        checker.check(domain);
        if (!spy.wait(timeoutMs + 5000))
            return {};
        return spy.constFirst().constFirst().value<RdapResult>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RdapResult>();
        DT_NEEDS(QSslSocket::supportsSsl() && m_ca.create(),
                 "no TLS backend or no openssl: tools/install-deps installs both");
        m_ca.trustInThisProcess();
        const QSslConfiguration tls = m_ca.serverConfiguration();
        const auto handler = [this](const TestHttpRequest &r) { return answer(r); };
        m_https = std::make_unique<TestHttpServer>(handler, &tls);
        m_plain = std::make_unique<TestHttpServer>(handler);
        QVERIFY(m_https->isListening() && m_plain->isListening());
        QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
        m_bootstrapFile = m_dir.filePath(QStringLiteral("dns.json"));
        QFile file(m_bootstrapFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bootstrap());
        file.close();
        QString error;
        m_catalog = EmbeddedCatalog::load(&error);
        m_wix = m_catalog.dnsTargets();
        QVERIFY(error.isEmpty());
    }

    void registration_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<RdapResult::State>("state");
        QTest::addColumn<QStringList>("mentions"); // in the summary and details
        using S = RdapResult::State;
        const auto l = [](std::initializer_list<const char *> texts) {
            QStringList out;
            for (const char *t : texts)
                out << QString::fromUtf8(t);
            return out;
        };
        QTest::newRow("registered, Wix's nameservers")
            << QStringLiteral("wix.test") << S::Registered
            << l({"wix.test is registered.", "Example Registrar, Inc.", "lists Wix's nameservers", "ns12.wixdns.net",
                  "not signed"});
        QTest::newRow("registered elsewhere")
            << QStringLiteral("elsewhere.test") << S::Registered
            << l({"other nameservers than Wix's", "ns1.oldhost.example, ns2.oldhost.example"});
        QTest::newRow("transfer locked") << QStringLiteral("locked.test") << S::Registered
                                         << l({"Status: transfer locked."});
        QTest::newRow("redemption period")
            << QStringLiteral("redemption.test") << S::Registered
            << l({"is registered, but expired 3 day", "in the redemption period", "Expiry date "});
        QTest::newRow("pending delete") << QStringLiteral("pendingdelete.test") << S::Registered
                                        << l({"pending delete (about to be released)", "expired 40 day"});
        QTest::newRow("on hold") << QStringLiteral("onhold.test") << S::Registered << l({"on hold"});
        QTest::newRow("expiring in 3 days")
            << QStringLiteral("expiring.test") << S::Registered << l({"expires in 3 day"});
        QTest::newRow("signed delegation") << QStringLiteral("signed.test") << S::Registered
                                           << l({"The delegation is signed (DNSSEC)", "remove the DS records"});
        QTest::newRow("IDN, asked in ACE form")
            << QStringLiteral("Bücher.test") << S::NotRegistered << l({"xn--bcher-kva.test is not registered"});
        QTest::newRow("404") << QStringLiteral("absent.test") << S::NotRegistered << l({"HTTP 404"});
        QTest::newRow("429 with Retry-After")
            << QStringLiteral("limited.test") << S::NoAnswer << l({"No answer from the registry", "120 seconds"});
        QTest::newRow("malformed JSON") << QStringLiteral("malformed.test") << S::NoAnswer << l({"not JSON"});
        QTest::newRow("not a domain object")
            << QStringLiteral("entity.test") << S::NoAnswer << l({"not an RDAP domain object"});
        QTest::newRow("10 MiB answer") << QStringLiteral("huge.test") << S::NoAnswer << l({"over the 1.0 MB limit"});
        QTest::newRow("endless answer") << QStringLiteral("flood.test") << S::NoAnswer << l({"over the limit"});
        QTest::newRow("redirect to http")
            << QStringLiteral("redirect.test") << S::NoAnswer << l({"redirected from https to http://127.0.0.1"});
        QTest::newRow("a TLD without a server")
            << QStringLiteral("example.zz") << S::NoAnswer << l({"no RDAP server is known for .zz"});
        QTest::newRow("not a domain") << QStringLiteral("no domain!") << S::NotADomain << l({"is not a domain name"});
    }

    void registration()
    {
        QFETCH(QString, domain);
        QFETCH(RdapResult::State, state);
        QFETCH(QStringList, mentions);
        const RdapResult result = check(domain, m_bootstrapFile);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString text = (QStringList{result.summary(m_wix, now)} + result.details(m_wix, now)).join(u'\n');
        QVERIFY2(result.state == state, qPrintable(text));
        for (const QString &m : mentions)
            QVERIFY2(text.contains(m), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(m, text)));
        if (state == RdapResult::State::NoAnswer || state == RdapResult::State::NotADomain)
            QVERIFY2(!text.contains(QStringLiteral(" registered")), qPrintable(text));
        if (!result.url.isEmpty())
            QVERIFY2(text.contains(result.url.toDisplayString()), "the registry asked is named");
    }

    // A registry that accepts the connection and never answers: "no answer" when the time is up, not later.
    void serverThatNeverAnswers()
    {
        QElapsedTimer clock;
        clock.start();
        const RdapResult result = check(QStringLiteral("quiet.silent"), m_bootstrapFile, 1500);
        QVERIFY2(clock.elapsed() < 3000, "the check ends when its time is up");
        QCOMPARE(result.state, RdapResult::State::NoAnswer);
        QVERIFY2(!result.reason.isEmpty(), "it says why");
    }

    // The bootstrap file may be fetched from a URL (here the loopback server); a broken one is said so.
    void bootstrapFromUrl()
    {
        const RdapResult result = check(QStringLiteral("wix.test"), QString::fromLatin1(m_https->url("/dns.json")));
        QCOMPARE(result.state, RdapResult::State::Registered);
        QCOMPARE(result.bootstrapDate, QStringLiteral("2026-12-01T00:00:00Z"));
        const RdapResult broken =
            check(QStringLiteral("wix.test"), QString::fromLatin1(m_https->url("/rdap/domain/malformed.test")));
        QCOMPARE(broken.state, RdapResult::State::NoAnswer);
        QVERIFY2(broken.reason.contains(QStringLiteral("bootstrap")), qPrintable(broken.reason));
    }

    // The embedded bootstrap file: RFC 9224's format, with its date; longest match wins; https first.
    void embeddedBootstrap()
    {
        const RdapBootstrap embedded = RdapBootstrap::embedded();
        QVERIFY(!embedded.publication().isEmpty());
        QCOMPARE(embedded.serverFor(QStringLiteral("shop.example.com")),
                 QUrl(QStringLiteral("https://rdap.verisign.com/com/v1/")));
        QCOMPARE(
            RdapBootstrap::domainUrl(embedded.serverFor(QStringLiteral("example.NET")), QStringLiteral("example.NET")),
            QUrl(QStringLiteral("https://rdap.verisign.com/net/v1/domain/example.net")));
        QVERIFY(embedded.serverFor(QStringLiteral("example.notatld")).isEmpty());
        QVERIFY(embedded.serverFor(QStringLiteral("examplecom")).isEmpty());
        QString error;
        const QByteArray twoLevels = "{\"services\": [[[\"uk\"], [\"http://a.test/\", \"https://b.test/x\"]],"
                                     " [[\"co.uk\"], [\"https://c.test/\"]]]}";
        RdapBootstrap b = RdapBootstrap::parse(twoLevels, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(b.serverFor(QStringLiteral("shop.co.uk")), QUrl(QStringLiteral("https://c.test/")));
        QCOMPARE(b.serverFor(QStringLiteral("shop.org.uk")), QUrl(QStringLiteral("https://b.test/x/")));
        RdapBootstrap::parse("[1, 2]", &error);
        QVERIFY(!error.isEmpty());
    }

    // The kept bootstrap file is kept current as a subscription is: downloaded when due, kept when it is a valid
    // bootstrap file newer than the embedded one, used from then on, and not downloaded again until due.
    void keptBootstrapIsKeptCurrent()
    {
        QTemporaryDir data;
        const QString store = data.filePath(QStringLiteral("rdap/dns.json"));
        const int before = m_keptBootstrapDownloads;
        const RdapResult first = check(QStringLiteral("wix.test"), {}, 5000, "/kept/newer.json", store);
        QCOMPARE(first.state, RdapResult::State::Registered); // .test is only in the downloaded file
        QCOMPARE(first.bootstrap, store);
        QCOMPARE(first.bootstrapDate, QStringLiteral("2027-01-15T00:00:00Z"));
        QCOMPARE(m_keptBootstrapDownloads, before + 1);
        QVERIFY(!RdapBootstrapStore(store).isDue());
        const RdapResult second = check(QStringLiteral("elsewhere.test"), {}, 5000, "/kept/newer.json", store);
        QCOMPARE(second.state, RdapResult::State::Registered);
        QCOMPARE(m_keptBootstrapDownloads, before + 1); // not due: not downloaded again
        // Due again a week later.
        QVERIFY(RdapBootstrapStore(store).isDue(QDateTime::currentDateTimeUtc().addDays(8)));
    }

    // A download that is not a valid bootstrap file is not used: the embedded file (com and net) answers, and
    // .test has no server.
    void keptBootstrapRefusesInvalid_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("no version") << QByteArray("/kept/unversioned.json");
        QTest::newRow("not JSON") << QByteArray("/rdap/domain/malformed.test");
        QTest::newRow("404") << QByteArray("/kept/absent.json");
    }

    void keptBootstrapRefusesInvalid()
    {
        QFETCH(QByteArray, path);
        QTemporaryDir data;
        const QString store = data.filePath(QStringLiteral("rdap/dns.json"));
        const RdapResult result = check(QStringLiteral("wix.test"), {}, 5000, path, store);
        QCOMPARE(result.state, RdapResult::State::NoAnswer);
        QCOMPARE(result.bootstrap, QStringLiteral("embedded"));
        QCOMPARE(result.bootstrapDate, RdapBootstrap::embedded().publication());
        QVERIFY2(result.reason.contains(QLatin1String("no RDAP server is known for .test")), qPrintable(result.reason));
    }

    // The store's rules on their own: the first valid download kept and used instead of the embedded subset, a
    // newer one replaces it, an older one or an invalid one is refused, a folder that cannot be made leaves the
    // file in use as it was.
    void keptBootstrapStore()
    {
        QTemporaryDir data;
        const RdapBootstrapStore store(data.filePath(QStringLiteral("rdap/dns.json")));
        QString origin, error;
        QVERIFY(store.isDue());
        QVERIFY(!store.current(&origin).serverFor(QStringLiteral("example.com")).isEmpty());
        QCOMPARE(origin, QStringLiteral("embedded"));
        QCOMPARE(store.save("{\"services\": [", &error), RdapBootstrapStore::Saved::Invalid);
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.save(bootstrap(QStringLiteral("2026-06-01T00:00:00Z")), &error),
                 RdapBootstrapStore::Saved::Newer);
        QCOMPARE(store.current(&origin).publication(), QStringLiteral("2026-06-01T00:00:00Z"));
        QCOMPARE(origin, data.filePath(QStringLiteral("rdap/dns.json")));
        // An older download is refused, and marks the saved copy as checked: not due for another week.
        QVERIFY(store.isDue(QDateTime::currentDateTimeUtc().addDays(8)));
        QFile saved(data.filePath(QStringLiteral("rdap/dns.json")));
        QVERIFY(saved.open(QIODevice::Append));
        QVERIFY(saved.setFileTime(QDateTime::currentDateTimeUtc().addDays(-30), QFileDevice::FileModificationTime));
        saved.close();
        QVERIFY(store.isDue());
        QCOMPARE(store.save(bootstrap(QStringLiteral("2025-06-01T00:00:00Z")), &error),
                 RdapBootstrapStore::Saved::NotNewer);
        QVERIFY(!store.isDue());
        QCOMPARE(store.current().publication(), QStringLiteral("2026-06-01T00:00:00Z"));
        QCOMPARE(store.save(bootstrap(QStringLiteral("2027-01-15T00:00:00Z")), &error),
                 RdapBootstrapStore::Saved::Newer);
        QCOMPARE(store.current(&origin).publication(), QStringLiteral("2027-01-15T00:00:00Z"));
        // The kept file maps .test, which the embedded one lacks.
        QCOMPARE(store.current().serverFor(QStringLiteral("wix.test")),
                 QUrl(QString::fromLatin1(m_https->url("/rdap/"))));
        QFile blocker(data.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        const RdapBootstrapStore unwritable(data.filePath(QStringLiteral("file/dns.json")));
        QCOMPARE(unwritable.save(bootstrap(QStringLiteral("2027-01-15T00:00:00Z")), &error),
                 RdapBootstrapStore::Saved::WriteFailed);
        QVERIFY(!error.isEmpty());
        unwritable.current(&origin);
        QCOMPARE(origin, QStringLiteral("embedded"));
    }

    // The findings the catalog says explain an error come first and say so; only what the registry answered counts.
    void explainsTheError_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("expected"); // empty: nothing explains it
        const QString created = QDateTime::currentDateTimeUtc().addYears(-3).date().toString(Qt::ISODate);
        QTest::newRow("taken: registered")
            << QStringLiteral("wix.test") << QStringLiteral("registered-domains.domain-already-taken")
            << QStringLiteral("This explains DOMAIN_ALREADY_TAKEN: the domain is registered at Example Registrar, Inc. "
                              "since %1.")
                   .arg(created);
        QTest::newRow("cannot be registered: registered elsewhere")
            << QStringLiteral("elsewhere.test") << QStringLiteral("registered-domains.invalid-domain")
            << QStringLiteral("This explains INVALID_DOMAIN: the domain is registered at Example Registrar, Inc. since "
                              "%1.")
                   .arg(created);
        QTest::newRow("available for purchase: not registered")
            << QStringLiteral("absent.test") << QStringLiteral("connect-domain.available-for-purchase")
            << QStringLiteral("This explains Invalid domain: the registry answered that it has no such domain: it is "
                              "not registered.");
        QTest::newRow("available for purchase, but registered")
            << QStringLiteral("wix.test") << QStringLiteral("connected-domains.available-for-purchase") << QString();
        QTest::newRow("an entry no finding explains")
            << QStringLiteral("locked.test") << QStringLiteral("registered-domains.tld-not-supported") << QString();
        QTest::newRow("the registry limits requests: no guess")
            << QStringLiteral("limited.test") << QStringLiteral("registered-domains.domain-already-taken") << QString();
    }

    // The findings a registry answer supports, each by the rule for its whole family (both transfer prohibitions
    // are a transfer lock; any hold is on hold).
    void findings_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("findings");
        const QString reg = QStringLiteral("registered");
        QTest::newRow("active") << QStringLiteral("wix.test") << QStringList{reg};
        QTest::newRow("transfer locked") << QStringLiteral("locked.test")
                                         << QStringList{reg, QStringLiteral("transfer-locked")};
        QTest::newRow("redemption") << QStringLiteral("redemption.test")
                                    << QStringList{reg, QStringLiteral("redemption-period"), QStringLiteral("expired")};
        QTest::newRow("pending delete") << QStringLiteral("pendingdelete.test")
                                        << QStringList{reg, QStringLiteral("pending-delete"),
                                                       QStringLiteral("expired")};
        QTest::newRow("client hold") << QStringLiteral("onhold.test") << QStringList{reg, QStringLiteral("on-hold")};
        QTest::newRow("expiring, not expired") << QStringLiteral("expiring.test") << QStringList{reg};
        QTest::newRow("404") << QStringLiteral("absent.test") << QStringList{QStringLiteral("not-registered")};
        QTest::newRow("malformed answer") << QStringLiteral("malformed.test") << QStringList();
    }

    void findings()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, findings);
        DomainAnswers answers;
        answers.registration = check(domain, m_bootstrapFile);
        QCOMPARE(DomainExplanation::findings(answers, m_wix, QDateTime::currentDateTimeUtc()), findings);
    }

    void explainsTheError()
    {
        QFETCH(QString, domain);
        QFETCH(QString, entry);
        QFETCH(QString, expected);
        const CatalogEntry *e = m_catalog.find(entry);
        QVERIFY(e);
        DomainAnswers answers;
        answers.registration = check(domain, m_bootstrapFile);
        const QStringList got = DomainExplanation::explain(answers, *e, m_wix, QDateTime::currentDateTimeUtc());
        QCOMPARE(got, expected.isEmpty() ? QStringList() : QStringList{expected});
    }

    void json()
    {
        const RdapResult result = check(QStringLiteral("signed.test"), m_bootstrapFile);
        const QJsonObject o = result.toJson(m_wix, QDateTime::currentDateTimeUtc());
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
        const QJsonObject reg = o.value(QStringLiteral("registration")).toObject();
        QCOMPARE(reg.value(QStringLiteral("delegationSigned")).toBool(), true);
        QCOMPARE(reg.value(QStringLiteral("nameservers")).toArray().first().toString(),
                 QStringLiteral("ns1.oldhost.example"));
        QCOMPARE(reg.value(QStringLiteral("registrar")).toString(), QStringLiteral("Example Registrar, Inc."));
    }
};

QTEST_GUILESS_MAIN(TestRdapChecker)
#include "tst_rdapchecker.moc"
