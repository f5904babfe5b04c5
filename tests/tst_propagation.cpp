// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Propagation: several resolvers asked at once, each started here on a loopback address of its own (Qt 6.4's
// QDnsLookup asks port 53, so root, which CI has): dnsmasq with Wix's answers and a TTL of an hour, a dnsmasq
// still holding the old answers with a TTL of five minutes, one that never answers, one that refuses and one
// that answers NXDOMAIN for every name. Each resolver's answer, whether it is Wix's, until when the old one may
// be served, and the resolvers that gave no answer counted apart from the mismatches.
#include "domaincheck.h"
#include "domainsections.h"
#include "embeddedcatalog.h"
#include "propagation.h"
#include "testdnsservers.h"
#include "testneeds.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TestPropagation : public QObject
{
    Q_OBJECT

    TestDnsServers m_servers;
    DnsTargets m_wix;

    // Every resolver of the test at once, the silent one first (it must not hold up the others).
    static QList<QHostAddress> allResolvers()
    {
        using S = TestDnsServers;
        return {S::kSilent, S::kDnsmasq, S::kOldAnswers, S::kRefused, S::kNxdomainForAll};
    }

    DomainAnswers checkAll(const QString &domain, qint64 *elapsedMs)
    {
        QNetworkAccessManager manager;
        DomainCheck check(&manager);
        // A bootstrap that names no server for .test: the registry part ends at once, without any connection.
        check.setDnsTimeout(2500);
        QSignalSpy finished(&check, &DomainCheck::finished);
        QElapsedTimer clock;
        clock.start();
        check.check(domain, allResolvers());
        if (!finished.wait(15000))
            return {};
        *elapsedMs = clock.elapsed();
        return finished.constFirst().constFirst().value<DomainAnswers>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<DomainAnswers>();
        QString why;
        DT_NEEDS(m_servers.start(&why), qPrintable(why));
        QString error;
        m_wix = EmbeddedCatalog::load(&error).dnsTargets();
        QVERIFY(error.isEmpty());
    }

    void eachResolver_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("states"); // per resolver, in the order of allResolvers()
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QList<int>>("cachedSeconds"); // -1: no "until"
        const QString no = QStringLiteral("no-answer"), wix = QStringLiteral("matches-wix"),
                      old = QStringLiteral("differs");
        QTest::newRow("moved to Wix's nameservers")
            << QStringLiteral("wix-ns.test") << QStringList{no, wix, old, no, no}
            << QStringList{{},
                           QStringLiteral("NS ns12.wixdns.net, ns13.wixdns.net"),
                           QStringLiteral("NS ns1.oldhost.test, ns2.oldhost.test \u00b7 A 192.0.2.80"),
                           {},
                           {}}
            << QList<int>{-1, -1, 300, -1, -1};
        QTest::newRow("pointed at Wix") << QStringLiteral("pointing.test") << QStringList{no, wix, old, no, no}
                                        << QStringList{{},
                                                       QStringLiteral(
                                                           "A 185.230.63.107 \u00b7 www CNAME pointing.wixdns.net"),
                                                       QStringLiteral("A 192.0.2.80 \u00b7 www CNAME pointing.test"),
                                                       {},
                                                       {}}
                                        << QList<int>{-1, -1, 300, -1, -1};
        QTest::newRow("elsewhere on the current DNS, absent on the old")
            << QStringLiteral("elsewhere.test") << QStringList{no, old, old, no, no}
            << QStringList{{},
                           QStringLiteral("A 192.0.2.44 \u00b7 www CNAME elsewhere.test"),
                           QStringLiteral("the name does not exist"),
                           {},
                           {}}
            << QList<int>{-1, 3600, -1, -1, -1};
    }

    void eachResolver()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, states);
        QFETCH(QStringList, answers);
        QFETCH(QList<int>, cachedSeconds);
        qint64 elapsed = 0;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const DomainAnswers all = checkAll(domain, &elapsed);
        QCOMPARE(all.dns.size(), states.size());
        // The silent resolver does not hold up the others: each answers, the check ends with its own time limit.
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Propagation p = Propagation::judge(all.dns, m_wix, now);
        QCOMPARE(p.rows.size(), states.size());
        for (qsizetype i = 0; i < states.size(); ++i) {
            const Propagation::Row &row = p.rows.at(i);
            const QString where =
                QStringLiteral("%1: %2 (%3)").arg(allResolvers().at(i).toString(), row.answer, row.reason);
            QVERIFY2(Propagation::key(row.state) == states.at(i), qPrintable(where));
            if (!answers.at(i).isEmpty())
                QVERIFY2(row.answer.contains(answers.at(i)), qPrintable(where));
            if (cachedSeconds.at(i) < 0) {
                QVERIFY2(!row.cachedUntil.isValid(), qPrintable(where));
            } else {
                // The resolver's TTL from the time it answered: between the check's start and its end.
                QVERIFY2(row.cachedUntil >= before.addSecs(cachedSeconds.at(i) - 1) &&
                             row.cachedUntil <= now.addSecs(cachedSeconds.at(i)),
                         qPrintable(where + row.cachedUntil.toString(Qt::ISODate)));
            }
            QCOMPARE(row.address, allResolvers().at(i).toString());
        }
        // The resolvers that gave no answer are counted apart from the mismatches, each with its reason.
        QCOMPARE(p.count(Propagation::State::NoAnswer), 3);
        QCOMPARE(p.count(Propagation::State::MatchesWix), int(states.count(QStringLiteral("matches-wix"))));
        QCOMPARE(p.count(Propagation::State::Differs), int(states.count(QStringLiteral("differs"))));
        QVERIFY2(p.rows.at(0).reason.contains(QLatin1String("timed out")), qPrintable(p.rows.at(0).reason));
        QVERIFY2(p.rows.at(3).reason.contains(QLatin1String("REFUSED")), qPrintable(p.rows.at(3).reason));
        QVERIFY2(p.rows.at(4).reason.contains(QLatin1String("NXDOMAIN")), qPrintable(p.rows.at(4).reason));
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("noAnswer")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("resolvers")).toArray().size(), states.size());
    }

    // The command line: --dns-server repeated, the propagation in JSON and in the text's own section; a resolver
    // that does not answer makes the exit code "no verdict" (1), but is not a mismatch.
    void commandLine()
    {
        using S = TestDnsServers;
        QStringList args{QStringLiteral("--check-domain"), QStringLiteral("wix-ns.test")};
        for (const QHostAddress &server : {S::kDnsmasq, S::kOldAnswers, S::kSilent})
            args << QStringLiteral("--dns-server") << server.toString();
        QProcess json;
        json.start(QStringLiteral(DT_CLI_PATH), args + QStringList{QStringLiteral("--json")});
        QVERIFY(json.waitForFinished(20000));
        QCOMPARE(json.exitCode(), 1);
        const QJsonObject p = QJsonDocument::fromJson(json.readAllStandardOutput())
                                  .object()
                                  .value(QStringLiteral("propagation"))
                                  .toObject();
        QCOMPARE(p.value(QStringLiteral("matchesWix")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("differs")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("noAnswer")).toInt(), 1);
        const QJsonArray resolvers = p.value(QStringLiteral("resolvers")).toArray();
        QCOMPARE(resolvers.size(), 3);
        QCOMPARE(resolvers.at(1).toObject().value(QStringLiteral("server")).toString(), S::kOldAnswers.toString());
        QVERIFY(resolvers.at(1).toObject().contains(QStringLiteral("oldAnswerCachedUntil")));
        QProcess text;
        text.start(QStringLiteral(DT_CLI_PATH), args);
        QVERIFY(text.waitForFinished(20000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        for (const char *line : {"\nPropagation\n", "the DNS server 127.0.15.53: not Wix's answer",
                                 "the old answer may be served until", "\nDelegation\n", "\nWarnings\n"})
            QVERIFY2(out.contains(QLatin1String(line)), qPrintable(out));
        QVERIFY2(out.startsWith(QLatin1String("Registration\n")), qPrintable(out));
    }

    // In words: per resolver, and the old answer's time in the local clock, as the agent's own clock shows it.
    void inWords()
    {
        qint64 elapsed = 0;
        const DomainAnswers all = checkAll(QStringLiteral("wix-ns.test"), &elapsed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<DomainSection> sections = DomainSection::of(all, m_wix, now);
        QCOMPARE(sections.size(), 4);
        const DomainSection &propagation = sections.at(2);
        QCOMPARE(propagation.kind, DomainSection::Kind::Propagation);
        QCOMPARE(propagation.title, QStringLiteral("Propagation"));
        const QString text = propagation.lines.join(u'\n');
        const QString until = now.addSecs(300).toLocalTime().toString(QStringLiteral("HH:mm"));
        const QString untilBefore = now.addSecs(299).toLocalTime().toString(QStringLiteral("HH:mm"));
        QVERIFY2(text.contains(QStringLiteral("old answer may be served until ") + until) ||
                     text.contains(QStringLiteral("old answer may be served until ") + untilBefore),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Resolvers asked: 5. Wix's answer: 1; another answer: 1; no answer "
                                              "(not counted as a mismatch): 3.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the DNS server 127.0.15.53: not Wix's answer")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the DNS server 127.0.14.55: no answer")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestPropagation)
#include "tst_propagation.moc"
