// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// What real clients print, kept in tests/data/pastes (see generate.py there): each paste must come out as one
// result whose top match is the documented entry, as sure as the paste allows.
#include "diagnoser.h"
#include "jsonreport.h"
#include "replycomposer.h"
#include "testdiagnosis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kPastes = QStringLiteral(DT_TEST_DATA "/pastes/");

int rank(Confidence level)
{
    switch (level) {
    case Confidence::Exact:
        return 3;
    case Confidence::Likely:
        return 2;
    case Confidence::Possible:
        return 1;
    case Confidence::Generic:
        break;
    }
    return 0;
}

Confidence levelNamed(const QString &name)
{
    if (name == QLatin1String("Exact"))
        return Confidence::Exact;
    if (name == QLatin1String("Likely"))
        return Confidence::Likely;
    return name == QLatin1String("Possible") ? Confidence::Possible : Confidence::Generic;
}

} // namespace

class TestPastes : public QObject
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

    void paste_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        QFile manifest(kPastes + QLatin1String("cases.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(manifest.readAll()).array();
        QVERIFY(cases.size() >= 50);
        QHash<int, int> perShape;
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            ++perShape[c.value(QLatin1String("shape")).toInt()];
            QTest::newRow(qPrintable(c.value(QLatin1String("file")).toString()))
                << c.value(QLatin1String("file")).toString() << c;
        }
        for (int shape = 1; shape <= 10; ++shape)
            QVERIFY2(perShape.value(shape) >= 5, qPrintable(QString::number(shape)));
    }

    void paste()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        check(file, expected);
    }

    // Pastes from sources the set above never saw (e-mail clients, ticket systems, log aggregators, error
    // trackers, API tools, site consoles, scripts): written by unseen/write.py, expectations from the catalog.
    void unseen_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        QFile manifest(kPastes + QLatin1String("unseen/cases.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(manifest.readAll()).array();
        QHash<QString, int> perFamily;
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            ++perFamily[c.value(QLatin1String("family")).toString()];
            const QString file = QLatin1String("unseen/") + c.value(QLatin1String("file")).toString();
            QTest::newRow(qPrintable(file)) << file << c;
        }
        QVERIFY(perFamily.size() >= 7);
        for (auto it = perFamily.cbegin(); it != perFamily.cend(); ++it)
            QVERIFY2(it.value() >= 4, qPrintable(it.key()));
    }

    void unseen()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        check(file, expected);
    }

private:
    // One result, whose top match is the expected entry at the expected level or better, with the facts the
    // paste shows kept on the result, in the JSON report and in the reply.
    void check(const QString &file, const QJsonObject &expected)
    {
        QFile f(kPastes + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Report report = m_diagnoser->diagnose(f.readAll());
        QString all;
        for (const Diagnosis &d : report.results)
            all += TestDiagnosis::describe(d) + u'\n';
        QVERIFY2(report.results.size() == 1, qPrintable(QStringLiteral("%1 results (%2)\n%3")
                                                            .arg(report.results.size())
                                                            .arg(InputFormats::key(report.format), all)));
        const Diagnosis &d = report.results.front();
        QVERIFY2(d.identified(), qPrintable(all));
        const Match &top = d.matches.front();
        const QString expect = expected.value(QLatin1String("expect")).toString();
        QVERIFY2(top.entry->id == expect, qPrintable(all));
        QVERIFY2(d.matches.size() < 2 || d.matches.at(1).confidence < top.confidence, qPrintable(all));
        const Confidence level = levelNamed(expected.value(QLatin1String("level")).toString());
        QVERIFY2(rank(top.level) >= rank(level), qPrintable(all));

        if (expected.value(QLatin1String("notDomains")).toBool()) {
            QVERIFY2(d.notes.join(u' ').contains(QLatin1String("not a Domains API error")), qPrintable(all));
            for (const Match &m : d.matches)
                QVERIFY2(m.entry->isGeneric() || rank(m.level) <= rank(Confidence::Possible), qPrintable(all));
        }
        // What was received is kept, on the result, in the JSON report and in the reply.
        const QJsonObject json =
            JsonReport::report(report, 0).value(QLatin1String("results")).toArray().first().toObject();
        const QString reply = ReplyComposer::compose(d, top, ReplyComposer::Format::PlainText);
        const struct
        {
            const char *key;
            QString value;
            QString jsonValue;
        } facts[] = {
            {"requestId", d.input.requestId, json.value(QLatin1String("input"))[QLatin1String("requestId")].toString()},
            {"code", d.input.code, json.value(QLatin1String("input"))[QLatin1String("code")].toString()},
            {"method", d.input.method, json.value(QLatin1String("source"))[QLatin1String("method")].toString()},
            {"url", d.input.url, json.value(QLatin1String("source"))[QLatin1String("url")].toString()},
        };
        for (const auto &fact : facts) {
            const QString want = expected.value(QLatin1String(fact.key)).toString();
            if (want.isEmpty())
                continue;
            // A fact the set knows is not read yet: the check must fail (an unexpected pass is reported).
            const bool open = expected.value(QLatin1String("open")).toString() == QLatin1String(fact.key);
            if (open)
                QEXPECT_FAIL("", qPrintable(expected.value(QLatin1String("openReason")).toString()), Continue);
            QVERIFY2(
                fact.value == want,
                qPrintable(
                    QStringLiteral("%1: '%2', expected '%3'\n%4").arg(QLatin1String(fact.key), fact.value, want, all)));
            if (open)
                QEXPECT_FAIL("", "the same fact in the JSON report", Continue);
            QCOMPARE(fact.jsonValue, want);
            if (top.entry->isGeneric())
                QVERIFY2(reply.contains(want), qPrintable(reply));
        }
    }
};

QTEST_GUILESS_MAIN(TestPastes)
#include "tst_pastes.moc"
