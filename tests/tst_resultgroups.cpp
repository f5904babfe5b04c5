// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"
#include "jsonreport.h"
#include "replycomposer.h"
#include "resultgroups.h"
#include "samples.h"
#include "testdiagnosis.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace Samples;

namespace {

// One log line as a service writes it: its own time and request id, then the response body.
QByteArray logLine(int i, int status, const QByteArray &body)
{
    return QStringLiteral("2026-11-20T10:%1:%2.%3Z ERROR [domains-sync] req=1763471234.%4 call failed with status %5: ")
               .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
               .arg(i % 60, 2, 10, QLatin1Char('0'))
               .arg(i % 1000, 3, 10, QLatin1Char('0'))
               .arg(5550000 + i)
               .arg(status)
               .toUtf8() +
           body + '\n';
}

QByteArray domainNotPermitted(const QString &domain)
{
    return wixBody(QStringLiteral("Domain %1 is not permitted to target account.").arg(domain),
                   QStringLiteral("DOMAINS_DOMAIN_NOT_PERMITTED"));
}

QString shop(int n)
{
    return QStringLiteral("shop%1.com").arg(n, 2, 10, QLatin1Char('0'));
}

// The same error for `domains` domains, each `times` times, taking turns.
QByteArray sameErrorFor(int domains, int times)
{
    QByteArray log;
    int line = 0;
    for (int t = 0; t < times; ++t) {
        for (int d = 0; d < domains; ++d)
            log += logLine(line++, 403, domainNotPermitted(shop(d)));
    }
    return log;
}

} // namespace

class TestResultGroups : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<Diagnoser> m_diagnoser;

private slots:
    void initTestCase()
    {
        TestDiagnosis::loadEmbeddedCatalog(&m_catalog);
        m_diagnoser = std::make_unique<Diagnoser>(m_catalog);
    }

    // 10,000 copies of one failure, each with its own time and request id: one result that counts them, its
    // locations capped.
    void identicalFailuresAreCounted()
    {
        const QByteArray body =
            wixBody(QStringLiteral("Cannot consume this service."), QStringLiteral("DOMAINS_NO_THROTTLER_KEY"));
        QByteArray log;
        for (int i = 0; i < 10000; ++i)
            log += logLine(i, 403, body);
        const Report r = m_diagnoser->diagnose(log);
        QCOMPARE(r.results.size(), 1);
        QCOMPARE(r.responseCount(), 10000);
        const ResponseGroup &g = r.results.front().group;
        QCOMPARE(g.count, 10000);
        QVERIFY(g.identical());
        QCOMPARE(g.locations.size(), ResponseGroup::kMaxLocations);
        QCOMPARE(g.locations.front().key(), QStringLiteral("line 1"));
        QCOMPARE(g.locations.at(1).key(), QStringLiteral("line 2"));
        QCOMPARE(g.moreLocations(), 10000 - int(ResponseGroup::kMaxLocations));
        QCOMPARE(r.results.front().matches.front().entry->id, QStringLiteral("connect-domain.no-throttler-key"));
    }

    // A log too long to hold is read block by block: the groups are counted across the blocks.
    void streamedLogIsCountedAcrossBlocks()
    {
        const QByteArray one = logLine(7, 403, domainNotPermitted(QStringLiteral("shop-a.com")));
        const QByteArray other = logLine(8, 403, domainNotPermitted(QStringLiteral("shop-b.net")));
        QTemporaryFile file;
        QVERIFY(file.open());
        const qint64 lines = InputReader::kStreamThreshold / (one.size() + other.size()) + 1000;
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += one + other;
        for (qint64 i = 0; i < lines; i += 1000)
            file.write(block);
        file.seek(0);
        const Report r = m_diagnoser->diagnose(&file);
        QVERIFY2(r.bytes > InputReader::kStreamThreshold, qPrintable(QString::number(r.bytes)));
        QCOMPARE(r.results.size(), 1);
        const ResponseGroup &g = r.results.front().group;
        QCOMPARE(g.count, int((lines + 999) / 1000 * 2000));
        QCOMPARE(g.distinctValues(), 2);
        QCOMPARE(g.values.at(0).count, g.count / 2);
        QCOMPARE(g.values.at(1).values.front().value, QStringLiteral("shop-b.net"));
    }

    // The same error for three domains: one group that lists each domain with how many responses named it.
    void sameErrorDifferentValues()
    {
        QByteArray log = sameErrorFor(3, 22);
        log += logLine(
            99, 403,
            wixBody(QStringLiteral("Cannot consume this service."), QStringLiteral("DOMAINS_NO_THROTTLER_KEY")));
        const Report r = m_diagnoser->diagnose(log);
        QCOMPARE(r.results.size(), 2);
        QCOMPARE(r.responseCount(), 67);
        const Diagnosis &d = r.results.front();
        QCOMPARE(d.group.count, 66);
        QVERIFY(!d.group.identical());
        QCOMPARE(d.group.distinctValues(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(ResultGroups::valuesText(d.group.values.at(i)), shop(i));
            QCOMPARE(d.group.values.at(i).count, 22);
        }
        // (this test loads no translation: the English plural is the window's and the command line's)
        QVERIFY2(ResultGroups::differenceLabel(d.group).startsWith(QLatin1String("3 domain")),
                 qPrintable(ResultGroups::differenceLabel(d.group)));
        QVERIFY(r.results.at(1).group.identical());
        QCOMPARE(r.results.at(1).group.count, 1);
    }

    // Beyond the listed values, distinct values are counted, and so are the responses that carry them.
    void valuesAreCappedThenCounted()
    {
        const int domains = int(ResponseGroup::kMaxValues) + 50;
        const Report r = m_diagnoser->diagnose(sameErrorFor(domains, 2));
        QCOMPARE(r.results.size(), 1);
        const ResponseGroup &g = r.results.front().group;
        QCOMPARE(g.count, domains * 2);
        QCOMPARE(g.values.size(), ResponseGroup::kMaxValues);
        QCOMPARE(g.moreValues, 50);
        QCOMPARE(g.moreValueResponses, 100);
        QCOMPARE(g.distinctValues(), domains);
    }

    // The reply names every value of a group up to a limit, each with its count, then how many more.
    void replyNamesTheValues()
    {
        const Report few = m_diagnoser->diagnose(sameErrorFor(3, 22));
        const Diagnosis &d = few.results.front();
        const QString plain = ReplyComposer::compose(d, d.matches.front(), ReplyComposer::Format::PlainText);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(plain.contains(QStringLiteral("- %1 (22)").arg(shop(i))), qPrintable(plain));
        const QString md = ReplyComposer::compose(d, d.matches.front(), ReplyComposer::Format::Markdown);
        QVERIFY2(md.contains(QStringLiteral("- `shop02.com` (22)")), qPrintable(md));

        const Report many = m_diagnoser->diagnose(sameErrorFor(32, 1));
        const Diagnosis &m = many.results.front();
        const QString reply = ReplyComposer::compose(m, m.matches.front(), ReplyComposer::Format::PlainText);
        QVERIFY2(reply.contains(QStringLiteral("- shop19.com (1)")), qPrintable(reply));
        QVERIFY2(!reply.contains(QStringLiteral("shop20.com")), qPrintable(reply));
        QVERIFY2(reply.contains(QStringLiteral("- and 12 more")), qPrintable(reply));

        // One response, or the same values every time: nothing to list.
        const Report one = m_diagnoser->diagnose(sameErrorFor(1, 5));
        const Diagnosis &o = one.results.front();
        QCOMPARE(o.group.count, 5);
        QVERIFY(!ReplyComposer::compose(o, o.matches.front(), ReplyComposer::Format::PlainText)
                     .contains(QLatin1String("(5)")));
    }

    // --json gives each result's count, its first locations and its distinct values; the keys it had stay.
    void jsonGivesTheGroup()
    {
        const Report r = m_diagnoser->diagnose(sameErrorFor(3, 40));
        const QJsonObject doc = JsonReport::report(r, 1);
        const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject first = results.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("count")).toInt(), 120);
        const QJsonArray locations = first.value(QStringLiteral("locations")).toArray();
        QCOMPARE(locations.size(), 100);
        QCOMPARE(locations.at(0).toString(), QStringLiteral("line 1"));
        QCOMPARE(first.value(QStringLiteral("moreLocations")).toInt(), 20);
        const QJsonArray values = first.value(QStringLiteral("values")).toArray();
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.at(2).toObject().value(QStringLiteral("count")).toInt(), 40);
        QCOMPARE(values.at(2).toObject().value(QStringLiteral("variables")).toObject().value(QStringLiteral("domain")),
                 QJsonValue(QStringLiteral("shop02.com")));
        QCOMPARE(first.value(QStringLiteral("moreValues")).toInt(), 0);
        for (const char *key : {"source", "input", "matches", "nearMisses", "redactions"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("source")).toObject().value(QStringLiteral("location")).toString(),
                 QStringLiteral("line 1"));
    }

    // A log of more different errors than are listed: the rest are counted, and the report says so.
    void differentErrorsBeyondTheCapAreCounted()
    {
        QByteArray log;
        const int errors = int(ResultGroups::Collector::kMaxGroups) + 25;
        for (int i = 0; i < errors; ++i)
            log += logLine(i, 500, wixBody(QStringLiteral("Upstream failure number %1.").arg(i), QString()));
        const Report r = m_diagnoser->diagnose(log);
        QCOMPARE(r.results.size(), ResultGroups::Collector::kMaxGroups);
        QVERIFY2(r.problems.join(u'\n').contains(QLatin1String("25 further response")),
                 qPrintable(r.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestResultGroups)
#include "tst_resultgroups.moc"
