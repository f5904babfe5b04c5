// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The live DNS check against real DNS servers started here, on loopback addresses of their own: Debian's dnsmasq
// with fixed records (it forwards nowhere), a dnsmasq that answers NXDOMAIN for every name, servers that answer
// every question with SERVFAIL or REFUSED, one that never answers, and an address where nothing listens. Qt 6.4's
// QDnsLookup asks port 53, so the servers need root, which CI has.
#include "catalog.h"
#include "diagnoser.h"
#include "dnschecker.h"
#include "dnsverdict.h"
#include "embeddedcatalog.h"
#include "expectedrecords.h"
#include "testdnsservers.h"
#include "testhttpserver.h"
#include "testneeds.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDnsChecker : public QObject
{
    Q_OBJECT

private:
    TestDnsServers m_servers;
    DnsTargets m_wix;
    QTemporaryDir m_dir;
    // A registry's RDAP server on loopback (plain http, which the address rule allows on this computer only).
    TestHttpServer m_rdap{[](const TestHttpRequest &request) { return rdapAnswer(request.path); }};

    // The registry's answers: the nameservers it holds for each domain (as data), 429 for one, 404 for the rest.
    static TestHttpResponse rdapAnswer(const QByteArray &path)
    {
        static const QHash<QByteArray, QStringList> registry{
            {"wix-ns.test", {QStringLiteral("ns12.wixdns.net"), QStringLiteral("ns13.wixdns.net")}},
            {"pointing.test", {QStringLiteral("ns1.registrar-dns.test")}},
            {"xn--bcher-kva.test", {QStringLiteral("ns1.wixdns.net"), QStringLiteral("ns2.wixdns.net")}},
            {"twice.test", {QStringLiteral("ns1.other.example")}},
        };
        const QByteArray name = path.mid(path.lastIndexOf('/') + 1);
        TestHttpResponse r;
        r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/rdap+json"));
        if (registry.contains(name)) {
            QJsonArray ns;
            for (const QString &n : registry.value(name))
                ns.append(QJsonObject{{QStringLiteral("ldhName"), n}});
            const QString expires = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
            const QJsonObject o{{QStringLiteral("objectClassName"), QStringLiteral("domain")},
                                {QStringLiteral("ldhName"), QString::fromLatin1(name)},
                                {QStringLiteral("status"), QJsonArray{QStringLiteral("client transfer prohibited")}},
                                {QStringLiteral("events"),
                                 QJsonArray{QJsonObject{{QStringLiteral("eventAction"), QStringLiteral("expiration")},
                                                        {QStringLiteral("eventDate"), expires}}}},
                                {QStringLiteral("nameservers"), ns},
                                {QStringLiteral("secureDNS"),
                                 QJsonObject{{QStringLiteral("delegationSigned"), name == "pointing.test"}}}};
            r.body = QJsonDocument(o).toJson();
        } else if (name == "elsewhere.test") {
            r.status = 429;
            r.reason = "Too Many Requests";
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("30"));
        } else {
            r.status = 404;
            r.reason = "Not Found";
        }
        return r;
    }

    QString rdapBootstrapFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("dns.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"version": "1.0", "publication": "2026-12-01T00:00:00Z", "services": [[["test"], [")" +
                       m_rdap.url("/rdap/") + R"("]]]})");
        return path;
    }

    DnsReport check(const QString &domain, const QHostAddress &server, int timeoutMs = 4000)
    {
        DnsChecker checker;
        QSignalSpy spy(&checker, &DnsChecker::finished);
        checker.check(domain, server, timeoutMs);
        if (!spy.wait(timeoutMs + 5000))
            return {};
        return spy.constFirst().constFirst().value<DnsReport>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<DnsReport>();
        QString why;
        DT_NEEDS(m_servers.start(&why), qPrintable(why));
        QString error;
        m_wix = EmbeddedCatalog::load(&error).dnsTargets();
        QVERIFY(error.isEmpty());
    }

    // What counts as Wix comes from the embedded catalog's data.
    void targetsAreCatalogData()
    {
        QVERIFY(m_wix.isWixNameserver(QStringLiteral("ns12.wixdns.net.")));
        QVERIFY(m_wix.isWixNameserver(QStringLiteral("NS13.WIXDNS.NET")));
        QVERIFY(!m_wix.isWixNameserver(QStringLiteral("wixdns.net.evil.test")));
        QVERIFY(!m_wix.isWixNameserver(QStringLiteral("notwixdns.net")));
        QVERIFY(m_wix.addresses.contains(QStringLiteral("185.230.63.107")));
        QVERIFY(m_wix.isWixCnameTarget(QStringLiteral("pointing.wixdns.net.")));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<DnsVerdict::Kind>("kind");
        QTest::addColumn<QStringList>("mentions");
        using K = DnsVerdict::Kind;
        QTest::newRow("nameservers at Wix")
            << QStringLiteral("wix-ns.test") << K::NameserversAtWix << QStringList{QStringLiteral("ns12.wixdns.net")};
        QTest::newRow("A and www CNAME at Wix")
            << QStringLiteral("pointing.test") << K::PointingAtWix
            << QStringList{QStringLiteral("the A record and the www CNAME"), QStringLiteral("POINTING")};
        QTest::newRow("pointing elsewhere") << QStringLiteral("elsewhere.test") << K::PointingElsewhere
                                            << QStringList{QStringLiteral("192.0.2.44"),
                                                           QStringLiteral("2001:db8::44"),
                                                           QStringLiteral("ns1.registrar-dns.test"),
                                                           QStringLiteral("POINTING fits"),
                                                           QStringLiteral("185.230.63.107"),
                                                           QStringLiteral("NAMESERVERS fits")};
        QTest::newRow("subdomain, parent zone at Wix")
            << QStringLiteral("shop.brand.test") << K::NameserversAtWix
            << QStringList{QStringLiteral("parent zone brand.test"), QStringLiteral("ns1.wixdns.net")};
        QTest::newRow("IDN in Unicode") << QStringLiteral("Bücher.test") << K::PointingAtWix
                                        << QStringList{QStringLiteral("bücher.test (xn--bcher-kva.test)")};
        QTest::newRow("IDN in ACE") << QStringLiteral("xn--bcher-kva.test.") << K::PointingAtWix
                                    << QStringList{QStringLiteral("bücher.test (xn--bcher-kva.test)")};
        QTest::newRow("Wix and another server")
            << QStringLiteral("twice.test") << K::PointingAtWix << QStringList{QStringLiteral("192.0.2.99")};
        QTest::newRow("NXDOMAIN") << QStringLiteral("nothing-here.test") << K::DoesNotExist
                                  << QStringList{QStringLiteral("NXDOMAIN")};
        QTest::newRow("REFUSED") << QStringLiteral("example.org") << K::NoAnswer
                                 << QStringList{QStringLiteral("REFUSED")};
        QTest::newRow("a pasted URL") << QStringLiteral("https://wix-ns.test/path") << K::NameserversAtWix
                                      << QStringList();
        QTest::newRow("not a domain") << QStringLiteral("not a domain!") << K::NotADomain
                                      << QStringList{QStringLiteral("is not a domain name")};
    }

    void verdicts()
    {
        QFETCH(QString, domain);
        QFETCH(DnsVerdict::Kind, kind);
        QFETCH(QStringList, mentions);
        const DnsReport report = check(domain, TestDnsServers::kDnsmasq);
        const DnsVerdict verdict = DnsVerdict::judge(report, m_wix);
        const QString text = verdict.replyText(report);
        QVERIFY2(verdict.kind == kind, qPrintable(text));
        for (const QString &m : mentions)
            QVERIFY2(text.contains(m), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(m, text)));
    }

    void rawRecordsAreShown()
    {
        const DnsReport report = check(QStringLiteral("pointing.test"), TestDnsServers::kDnsmasq);
        const QStringList raw = report.rawLines();
        QVERIFY2(raw.contains(QStringLiteral("pointing.test.  A  185.230.63.107")), qPrintable(raw.join(u'\n')));
        QVERIFY2(raw.contains(QStringLiteral("www.pointing.test.  CNAME  pointing.wixdns.net.")),
                 qPrintable(raw.join(u'\n')));
        QVERIFY2(raw.contains(QStringLiteral("pointing.test.  NS  ns1.registrar-dns.test.")),
                 qPrintable(raw.join(u'\n')));
        QVERIFY2(raw.contains(QStringLiteral("pointing.test.  AAAA  ; no records of this type")),
                 qPrintable(raw.join(u'\n')));
    }

    // A server that cannot be trusted gives "no verdict" naming itself and why, never "exists" or "does not
    // exist": each is asked the control question (the TLD's NS) as well as the domain's.
    void untrustedServersGiveNoVerdict_data()
    {
        QTest::addColumn<QHostAddress>("server");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("why");
        using S = TestDnsServers;
        const QString wix = QStringLiteral("wix-ns.test"), absent = QStringLiteral("nothing-here.test");
        QTest::newRow("nothing listens") << S::kNothingListens << wix << QStringLiteral("no usable reply");
        QTest::newRow("nothing listens, absent name") << S::kNothingListens << absent << QStringLiteral("no usable");
        QTest::newRow("REFUSED") << S::kRefused << wix << QStringLiteral("REFUSED");
        QTest::newRow("SERVFAIL") << S::kServfail << absent << QStringLiteral("SERVFAIL");
        QTest::newRow("NXDOMAIN for every name") << S::kNxdomainForAll << wix << QStringLiteral("NXDOMAIN");
        QTest::newRow("NXDOMAIN for every name, absent name")
            << S::kNxdomainForAll << absent << QStringLiteral("test. NS");
        QTest::newRow("a TLD the server does not serve")
            << S::kDnsmasq << QStringLiteral("example.org") << QStringLiteral("org. NS");
    }

    void untrustedServersGiveNoVerdict()
    {
        QFETCH(QHostAddress, server);
        QFETCH(QString, domain);
        QFETCH(QString, why);
        const DnsReport report = check(domain, server, 1500);
        const DnsVerdict verdict = DnsVerdict::judge(report, m_wix);
        const QString text = verdict.replyText(report);
        QVERIFY2(verdict.kind == DnsVerdict::Kind::NoAnswer, qPrintable(text));
        QVERIFY2(verdict.summary.startsWith(QStringLiteral("No verdict: ")), qPrintable(text));
        QVERIFY2(verdict.summary.contains(why), qPrintable(text));
        QVERIFY2(verdict.summary.contains(server.toString()), qPrintable(text));
        QVERIFY2(!verdict.summary.contains(QStringLiteral("exist")), qPrintable(text));
        QVERIFY2(report.find(QStringLiteral("test"), DnsType::NS) || report.find(QStringLiteral("org"), DnsType::NS),
                 "the control question was asked");
    }

    // Every verdict names the server asked and how long the check took, in words and in JSON.
    void verdictNamesServerAndTime_data()
    {
        QTest::addColumn<QHostAddress>("server");
        QTest::addColumn<QString>("domain");
        QTest::newRow("at Wix") << TestDnsServers::kDnsmasq << QStringLiteral("wix-ns.test");
        QTest::newRow("absent") << TestDnsServers::kDnsmasq << QStringLiteral("nothing-here.test");
        QTest::newRow("SERVFAIL") << TestDnsServers::kServfail << QStringLiteral("wix-ns.test");
    }

    void verdictNamesServerAndTime()
    {
        QFETCH(QHostAddress, server);
        QFETCH(QString, domain);
        const DnsReport report = check(domain, server);
        const DnsVerdict verdict = DnsVerdict::judge(report, m_wix);
        const QString asked = verdict.details.value(0);
        QVERIFY2(asked.contains(server.toString()), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("%1 ms").arg(report.elapsedMs)), qPrintable(asked));
        const QJsonObject o = verdict.toJson();
        QCOMPARE(o.value(QStringLiteral("servers")).toArray().first().toString(), server.toString());
        QCOMPARE(o.value(QStringLiteral("elapsedMs")).toInteger(-1), report.elapsedMs);
        for (const DnsQuery &q : report.queries)
            QVERIFY2(q.elapsedMs >= 0 && q.elapsedMs <= report.elapsedMs, qPrintable(q.name + kDnsTypes.key(q.type)));
    }

    // A name that fails on its own (SERVFAIL, a timeout) while the server answers the control question: no
    // verdict either, naming the question that failed.
    void ownQuestionFailing()
    {
        DnsReport report = check(QStringLiteral("wix-ns.test"), TestDnsServers::kDnsmasq);
        for (DnsQuery &q : report.queries) {
            if (q.name == QLatin1String("wix-ns.test") && q.type == DnsType::AAAA)
                q.status = DnsStatus::ServerFailure;
        }
        const DnsVerdict verdict = DnsVerdict::judge(report, m_wix);
        QCOMPARE(verdict.kind, DnsVerdict::Kind::NoAnswer);
        QVERIFY2(verdict.summary.contains(QStringLiteral("wix-ns.test. AAAA")), qPrintable(verdict.summary));
    }

    // A check cancelled or superseded never reports, even when its report was queued at once (a name refused):
    // the next check's signal carries that check's whole report alone, never a half-filled one.
    void cancelledCheckSendsNothing()
    {
        DnsChecker checker;
        QSignalSpy spy(&checker, &DnsChecker::finished);
        checker.check(QStringLiteral("not a name!"), TestDnsServers::kDnsmasq);
        checker.cancel();
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);

        checker.check(QStringLiteral("also not a name!"), TestDnsServers::kDnsmasq);
        checker.check(QStringLiteral("wix-ns.test"), TestDnsServers::kDnsmasq, 4000);
        QVERIFY(spy.wait(9000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        const DnsReport report = spy.constFirst().constFirst().value<DnsReport>();
        QCOMPARE(report.input, QStringLiteral("wix-ns.test"));
        QVERIFY(report.problem.isEmpty());
        QVERIFY(!report.queries.isEmpty());
        for (const DnsQuery &q : report.queries)
            QVERIFY2(q.status == DnsStatus::Answered || q.status == DnsStatus::NoRecords ||
                         q.status == DnsStatus::NameNotFound,
                     qPrintable(q.name + u' ' + kDnsTypes.key(q.type)));
    }

    void serverFailure()
    {
        const DnsReport report = check(QStringLiteral("wix-ns.test"), TestDnsServers::kServfail);
        const DnsVerdict verdict = DnsVerdict::judge(report, m_wix);
        QCOMPARE(verdict.kind, DnsVerdict::Kind::NoAnswer);
        QVERIFY2(verdict.summary.contains(QStringLiteral("SERVFAIL")), qPrintable(verdict.summary));
        for (const DnsQuery &q : report.queries)
            QCOMPARE(q.status, DnsStatus::ServerFailure);
    }

    // The verdict bears on the error being looked at.
    void tiedToTheError()
    {
        QString error;
        const Catalog catalog = EmbeddedCatalog::load(&error);
        const CatalogEntry *purchase = catalog.find(QStringLiteral("connect-domain.available-for-purchase"));
        QVERIFY(purchase);
        const DnsVerdict absent = DnsVerdict::judge(
            check(QStringLiteral("nothing-here.test"), TestDnsServers::kDnsmasq), m_wix, purchase, {});
        QVERIFY2(absent.aboutTheError.startsWith(QStringLiteral("This supports the error")),
                 qPrintable(absent.aboutTheError));
        const DnsVerdict present =
            DnsVerdict::judge(check(QStringLiteral("elsewhere.test"), TestDnsServers::kDnsmasq), m_wix, purchase, {});
        QVERIFY2(present.aboutTheError.startsWith(QStringLiteral("This does not support the error")),
                 qPrintable(present.aboutTheError));

        const CatalogEntry *type =
            catalog.find(QStringLiteral("connected-domains.already-exists-different-connection-type"));
        QVERIFY(type);
        const DnsVerdict differs = DnsVerdict::judge(check(QStringLiteral("wix-ns.test"), TestDnsServers::kDnsmasq),
                                                     m_wix, type, QStringLiteral("POINTING"));
        QVERIFY2(differs.aboutTheError.contains(QStringLiteral("shows NAMESERVERS in place")),
                 qPrintable(differs.aboutTheError));
    }

    // A team catalog can extend what counts as Wix: the same records then read differently.
    void teamCatalogExtendsTargets()
    {
        Catalog catalog;
        QString error;
        catalog = EmbeddedCatalog::load(&error);
        QVERIFY(catalog.addJson(R"({"api": "team", "dnsTargets": {"nameserverSuffixes": ["registrar-dns.test"]},
                                   "entries": []})",
                                QStringLiteral("team.json"), &error));
        const DnsReport report = check(QStringLiteral("elsewhere.test"), TestDnsServers::kDnsmasq);
        QCOMPARE(DnsVerdict::judge(report, m_wix).kind, DnsVerdict::Kind::PointingElsewhere);
        QCOMPARE(DnsVerdict::judge(report, catalog.dnsTargets()).kind, DnsVerdict::Kind::NameserversAtWix);
    }

    // --check-dns, as a script runs it.
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict"); // JSON, or a piece of the text on standard error
        const QString server = TestDnsServers::kDnsmasq.toString();
        QTest::newRow("at Wix") << QStringList{QStringLiteral("wix-ns.test"), QStringLiteral("--dns-server"), server}
                                << 0 << QStringLiteral("nameservers-at-wix");
        QTest::newRow("NXDOMAIN") << QStringList{QStringLiteral("nothing-here.test"), QStringLiteral("--dns-server"),
                                                 server}
                                  << 0 << QStringLiteral("does-not-exist");
        QTest::newRow("no answer") << QStringList{QStringLiteral("wix-ns.test"), QStringLiteral("--dns-server"),
                                                  TestDnsServers::kServfail.toString()}
                                   << 1 << QStringLiteral("no-answer");
        QTest::newRow("silent") << QStringList{QStringLiteral("wix-ns.test"), QStringLiteral("--dns-server"),
                                               TestDnsServers::kSilent.toString()}
                                << 1 << QStringLiteral("no-answer");
        QTest::newRow("nothing listens") << QStringList{QStringLiteral("wix-ns.test"), QStringLiteral("--dns-server"),
                                                        TestDnsServers::kNothingListens.toString()}
                                         << 1 << QStringLiteral("no-answer");
        QTest::newRow("REFUSED") << QStringList{QStringLiteral("wix-ns.test"), QStringLiteral("--dns-server"),
                                                TestDnsServers::kRefused.toString()}
                                 << 1 << QStringLiteral("no-answer");
        QTest::newRow("NXDOMAIN for every name")
            << QStringList{QStringLiteral("wix-ns.test"), QStringLiteral("--dns-server"),
                           TestDnsServers::kNxdomainForAll.toString()}
            << 1 << QStringLiteral("no-answer");
        QTest::newRow("not a domain") << QStringList{QStringLiteral("not a domain")} << 2
                                      << QStringLiteral("'not a domain' is not a domain name");
        QTest::newRow("not an IP address")
            << QStringList{QStringLiteral("wix-ns.test"), QStringLiteral("--dns-server"), QStringLiteral("dns.example")}
            << 2 << QStringLiteral("--dns-server takes an IP address");
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DT_CLI_PATH),
                QStringList{QStringLiteral("--check-dns")} + args + QStringList{QStringLiteral("--json")});
        QElapsedTimer clock;
        clock.start();
        // The event loop runs meanwhile: the SERVFAIL and REFUSED servers answer from it.
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY2(clock.elapsed() < 10000, "no check takes longer than 10 s, the program's exit included");
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), exitCode);
        if (exitCode == 2) {
            QVERIFY2(err.contains(verdict.toUtf8()), err.constData());
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("verdict")).toString(), verdict);
        // The control first; the domain's four only once it answered (a silent server is asked nothing else).
        const bool silent = args.at(2) == TestDnsServers::kSilent.toString();
        QCOMPARE(o.value(QStringLiteral("queries")).toArray().size(), silent ? 1 : 5);
        QCOMPARE(o.value(QStringLiteral("server")).toString(), args.at(2));
    }

    // --check-domain: the registration (RDAP) and the DNS of each server, asked at once.
    void checkDomain_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QList<QHostAddress>>("servers");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("registration");
        QTest::addColumn<QStringList>("dnsVerdicts");
        QTest::addColumn<QString>("delegation");
        using S = TestDnsServers;
        const QList<QHostAddress> dnsmasq{S::kDnsmasq};
        QTest::newRow("registered, nameservers at Wix")
            << QStringLiteral("wix-ns.test") << dnsmasq << 0 << QStringLiteral("registered")
            << QStringList{QStringLiteral("nameservers-at-wix")} << QStringLiteral("at-wix");
        QTest::newRow("not registered, NXDOMAIN")
            << QStringLiteral("nothing-here.test") << dnsmasq << 0 << QStringLiteral("not-registered")
            << QStringList{QStringLiteral("does-not-exist")} << QStringLiteral("unknown");
        QTest::newRow("one resolver lies")
            << QStringLiteral("wix-ns.test") << QList<QHostAddress>{S::kDnsmasq, S::kNxdomainForAll} << 1
            << QStringLiteral("registered")
            << QStringList{QStringLiteral("nameservers-at-wix"), QStringLiteral("no-answer")}
            << QStringLiteral("at-wix");
        QTest::newRow("the registry limits requests")
            << QStringLiteral("elsewhere.test") << dnsmasq << 1 << QStringLiteral("no-answer")
            << QStringList{QStringLiteral("pointing-elsewhere")} << QStringLiteral("unknown");
        QTest::newRow("the registrar still lists the old nameservers")
            << QStringLiteral("pointing.test") << dnsmasq << 0 << QStringLiteral("registered")
            << QStringList{QStringLiteral("pointing-at-wix")} << QStringLiteral("registrar-has-old-nameservers");
        QTest::newRow("Wix's at the registry, the old answer in DNS")
            << QStringLiteral("bücher.test") << dnsmasq << 0 << QStringLiteral("registered")
            << QStringList{QStringLiteral("pointing-at-wix")} << QStringLiteral("resolver-holds-old-answer");
        QTest::newRow("nameservers disagree")
            << QStringLiteral("twice.test") << dnsmasq << 0 << QStringLiteral("registered")
            << QStringList{QStringLiteral("pointing-at-wix")} << QStringLiteral("nameservers-disagree");
    }

    void checkDomain()
    {
        QFETCH(QString, domain);
        QFETCH(QList<QHostAddress>, servers);
        QFETCH(int, exitCode);
        QFETCH(QString, registration);
        QFETCH(QStringList, dnsVerdicts);
        QFETCH(QString, delegation);
        QStringList args{QStringLiteral("--check-domain"), domain, QStringLiteral("--rdap-bootstrap"),
                         rdapBootstrapFile(), QStringLiteral("--json")};
        for (const QHostAddress &server : servers)
            args << QStringLiteral("--dns-server") << server.toString();
        const QDateTime started = QDateTime::currentDateTime();
        QProcess p;
        p.start(QStringLiteral(DT_CLI_PATH), args);
        QSignalSpy finished(&p, &QProcess::finished); // the event loop runs: the RDAP server answers from it
        QVERIFY(finished.wait(30000));
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(p.exitCode(), exitCode);
        QCOMPARE(o.value(QStringLiteral("registration")).toObject().value(QStringLiteral("state")).toString(),
                 registration);
        const QJsonObject delegated = o.value(QStringLiteral("delegation")).toObject();
        QCOMPARE(delegated.value(QStringLiteral("verdict")).toString(), delegation);
        if (delegation == QLatin1String("resolver-holds-old-answer")) {
            // The old answer's TTL (an hour) says until when a resolver may serve it.
            const auto until = [](const QDateTime &t) -> QString {
                return QStringLiteral("may be served until ") + t.addSecs(3600).toString(QStringLiteral("HH:mm"));
            };
            const QString summary = delegated.value(QStringLiteral("summary")).toString();
            QVERIFY2(summary.contains(until(started)) || summary.contains(until(QDateTime::currentDateTime())),
                     qPrintable(summary));
        }
        const QJsonArray dns = o.value(QStringLiteral("dns")).toArray();
        QCOMPARE(dns.size(), dnsVerdicts.size());
        for (qsizetype i = 0; i < dns.size(); ++i) {
            const QJsonObject one = dns.at(i).toObject();
            QCOMPARE(one.value(QStringLiteral("server")).toString(), servers.at(i).toString());
            QCOMPARE(one.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("verdict")).toString(),
                     dnsVerdicts.at(i));
        }
    }

    // Before a switch to Wix's nameservers: a signed delegation, and the MX and TXT records the switch would lose.
    void warningsBeforeASwitch_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("warnings"); // a piece of each, in order
        QTest::newRow("MX and TXT records")
            << QStringLiteral("elsewhere.test")
            << QStringList{QStringLiteral("MX records (10 mail.elsewhere.test)"),
                           QStringLiteral("TXT records (v=spf1 include:_spf.registrar-dns.test ~all)")};
        QTest::newRow("signed delegation")
            << QStringLiteral("pointing.test") << QStringList{QStringLiteral("the delegation is signed (DNSSEC)")};
        QTest::newRow("already at Wix") << QStringLiteral("wix-ns.test") << QStringList();
    }

    void warningsBeforeASwitch()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, warnings);
        QProcess p;
        p.start(QStringLiteral(DT_CLI_PATH),
                {QStringLiteral("--check-domain"), domain, QStringLiteral("--rdap-bootstrap"), rdapBootstrapFile(),
                 QStringLiteral("--dns-server"), TestDnsServers::kDnsmasq.toString(), QStringLiteral("--json")});
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        const QJsonArray got =
            QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(got.size(), warnings.size());
        for (qsizetype i = 0; i < warnings.size(); ++i)
            QVERIFY2(got.at(i).toString().contains(warnings.at(i)), qPrintable(got.at(i).toString()));
    }

    // The same as text, as an agent reads it: plain words, the registry's dates relative to today.
    void checkDomainAsText()
    {
        QProcess p;
        p.start(QStringLiteral(DT_CLI_PATH),
                {QStringLiteral("--check-domain"), QStringLiteral("wix-ns.test"), QStringLiteral("--rdap-bootstrap"),
                 rdapBootstrapFile(), QStringLiteral("--dns-server"), TestDnsServers::kDnsmasq.toString()});
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        for (const char *m :
             {"wix-ns.test is registered.", "expires in 30 days", "Status: transfer locked.", "lists Wix's nameservers",
              "Asked the DNS server 127.0.14.53", "The registry and DNS agree on Wix's nameservers"})
            QVERIFY2(text.contains(QLatin1String(m)),
                     qPrintable(QStringLiteral("'%1' not in:\n%2").arg(QLatin1String(m), text)));
    }

    // The records a walk's Setup Info gave and the connection type its calls named, read from the timeline of a
    // browser's HAR or a client's log (tests/data/flows, made by generate.py against a stand-in that answers with
    // the documented Setup Info shape).
    void expectedRecordsFromAWalk_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("connectionType");
        QTest::addColumn<QStringList>("records");
        QTest::newRow("pointing, Chrome")
            << QStringLiteral("pointing-ok.chrome.har") << QStringLiteral("POINTING")
            << QStringList{QStringLiteral("A 185.230.63.107"), QStringLiteral("CNAME pointing.wixdns.net")};
        QTest::newRow("nameservers, Firefox")
            << QStringLiteral("ns-ok.firefox.har") << QStringLiteral("NAMESERVERS")
            << QStringList{QStringLiteral("NS ns1.wixdns.net"), QStringLiteral("NS ns2.wixdns.net")};
        QTest::newRow("nameservers, a client's log")
            << QStringLiteral("ns-ok.log") << QStringLiteral("NAMESERVERS")
            << QStringList{QStringLiteral("NS ns1.wixdns.net"), QStringLiteral("NS ns2.wixdns.net")};
        QTest::newRow("pointing, Setup Info skipped")
            << QStringLiteral("pointing-skip-setup.chrome.har") << QStringLiteral("POINTING") << QStringList();
    }

    void expectedRecordsFromAWalk()
    {
        QFETCH(QString, file);
        QFETCH(QString, connectionType);
        QFETCH(QStringList, records);
        QFile input(QStringLiteral(DT_TEST_DATA "/flows/") + file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QString error;
        const Diagnoser diagnoser(std::make_shared<const Catalog>(EmbeddedCatalog::load(&error)));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ExpectedRecords expected = ExpectedRecords::fromTimeline(diagnoser.diagnose(&input).timeline);
        QCOMPARE(expected.connectionType, connectionType);
        QStringList read;
        for (const ExpectedRecords::Record &r : expected.records)
            read << kDnsTypes.key(r.type) + u' ' + r.value;
        QCOMPARE(read, records);
    }

    // Records an answer says the domain should have (a HAR's Setup Info), against what DNS answers.
    void expectedRecords_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QHostAddress>("server");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<ExpectedRecords::State>("state");
        QTest::addColumn<QString>("line");
        using S = ExpectedRecords::State;
        const QHostAddress dnsmasq = TestDnsServers::kDnsmasq;
        QTest::newRow("A in place") << QStringLiteral("pointing.test") << dnsmasq << QStringLiteral("A")
                                    << QStringLiteral("185.230.63.107") << S::Present
                                    << QStringLiteral("A 185.230.63.107: in place (the DNS server 127.0.14.53 "
                                                      "answers it).");
        QTest::newRow("another A") << QStringLiteral("pointing.test") << dnsmasq << QStringLiteral("A")
                                   << QStringLiteral("185.230.63.171") << S::Missing
                                   << QStringLiteral("A 185.230.63.171: missing (the DNS server 127.0.14.53 answers "
                                                     "185.230.63.107).");
        QTest::newRow("www CNAME, case and dot")
            << QStringLiteral("pointing.test") << dnsmasq << QStringLiteral("CNAME")
            << QStringLiteral("Pointing.WixDNS.net.") << S::Present << QString();
        QTest::newRow("NS at Wix") << QStringLiteral("wix-ns.test") << dnsmasq << QStringLiteral("NS")
                                   << QStringLiteral("ns13.wixdns.net") << S::Present << QString();
        QTest::newRow("NS not yet") << QStringLiteral("elsewhere.test") << dnsmasq << QStringLiteral("NS")
                                    << QStringLiteral("ns12.wixdns.net") << S::Missing << QString();
        QTest::newRow("no AAAA at all") << QStringLiteral("pointing.test") << dnsmasq << QStringLiteral("AAAA")
                                        << QStringLiteral("2001:db8::1") << S::Missing
                                        << QStringLiteral("AAAA 2001:db8::1: missing (the DNS server 127.0.14.53 "
                                                          "answers no such record).");
        QTest::newRow("refused: not known") << QStringLiteral("pointing.test") << TestDnsServers::kRefused
                                            << QStringLiteral("A") << QStringLiteral("185.230.63.107") << S::NotKnown
                                            << QStringLiteral("A 185.230.63.107: not known (the DNS server "
                                                              "127.0.14.57 gave no answer for it).");
    }

    void expectedRecords()
    {
        QFETCH(QString, domain);
        QFETCH(QHostAddress, server);
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(ExpectedRecords::State, state);
        QFETCH(QString, line);
        ExpectedRecords expected;
        expected.connectionType = QStringLiteral("POINTING");
        expected.records << ExpectedRecords::Record{kDnsTypes.fromKey(type).value(), value};
        const DnsReport report = check(domain, server, 1500);
        const QList<ExpectedRecords::Comparison> got = expected.compare(report);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.constFirst().state, state);
        if (!line.isEmpty())
            QCOMPARE(expected.lines(report), QStringList{line});
    }

    void json()
    {
        const DnsReport report = check(QStringLiteral("Bücher.test"), TestDnsServers::kDnsmasq);
        const QJsonObject o = report.toJson();
        QCOMPARE(o.value(QStringLiteral("ace")).toString(), QStringLiteral("xn--bcher-kva.test"));
        QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("bücher.test"));
        QCOMPARE(DnsVerdict::judge(report, m_wix).toJson().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("pointing-at-wix"));
    }

    // Last: Qt 6.4's lookups have no timeout of their own, so the unanswered ones hold resolver threads for the
    // resolver's own time (about 10 s) after the check has given up on them.
    void serverThatNeverAnswers()
    {
        QElapsedTimer clock;
        clock.start();
        const DnsReport report = check(QStringLiteral("wix-ns.test"), TestDnsServers::kSilent, 1500);
        QVERIFY2(clock.elapsed() < 3000, "the check gives up when its time is up");
        const DnsVerdict verdict = DnsVerdict::judge(report, m_wix);
        QCOMPARE(verdict.kind, DnsVerdict::Kind::NoAnswer);
        QVERIFY2(verdict.summary.contains(QStringLiteral("timed out")), qPrintable(verdict.summary));
        QVERIFY2(verdict.summary.contains(TestDnsServers::kSilent.toString()), qPrintable(verdict.summary));
        // Only the control question was asked: the others wait for its answer, so a silent server holds one of
        // Qt's five lookup threads, not five.
        QCOMPARE(report.queries.size(), 1);
        QVERIFY(report.queries.constFirst().control);
        QCOMPARE(report.queries.constFirst().status, DnsStatus::TimedOut);
    }
};

QTEST_GUILESS_MAIN(TestDnsChecker)
#include "tst_dnschecker.moc"
