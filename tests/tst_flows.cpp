// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "callinspector.h"
#include "diagnoser.h"
#include "embeddedcatalog.h"
#include "flowjson.h"
#include "flowwalks.h"
#include "jsonreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The walks of tests/data/flows with the states expected of each step: flowwalks.h.
// JSON written with single quotes, which moc and people read more easily inside C++ strings.
static QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

class TestFlows : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Catalog> m_catalog;

    Report diagnoseFile(const QString &path, const Catalog *catalog = nullptr)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(path));
        const Diagnoser diagnoser(catalog ? std::make_shared<const Catalog>(*catalog) : m_catalog);
        return diagnoser.diagnose(&file);
    }
    static QString data(const QString &name) { return QStringLiteral(DT_TEST_DATA "/flows/") + name; }
    static const FlowResult *flowOf(const Report &r, const QString &id)
    {
        for (const FlowResult &f : r.flows) {
            if (f.flow == id)
                return &f;
        }
        return nullptr;
    }
    static QByteArray runCli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(DT_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            qFatal("dt-cli did not finish");
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = std::make_shared<const Catalog>(EmbeddedCatalog::load(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void catalogHoldsTheDocumentedFlows()
    {
        QStringList ids;
        for (const FlowDefinition &f : m_catalog->flows()) {
            ids.append(f.id);
            QVERIFY(f.source.startsWith(QLatin1String("https://github.com/wix")));
            for (const FlowStep &s : f.steps)
                QVERIFY2(s.source.startsWith(QLatin1String("https://")), qPrintable(f.id + u'/' + s.id));
            for (const FlowRule &r : f.rules)
                QVERIFY(r.source.startsWith(QLatin1String("https://")));
        }
        QCOMPARE(ids, QStringList({QStringLiteral("connect-by-nameservers"), QStringLiteral("connect-by-pointing"),
                                   QStringLiteral("register-domain"), QStringLiteral("update-dns-registered")}));
        // The packed catalog holds what the JSON says.
        QString error;
        const Catalog fromJson = Catalog::fromDirectory(QStringLiteral(DT_CATALOG_DIR), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(FlowDefinition::toJsonList(fromJson.flows()), FlowDefinition::toJsonList(m_catalog->flows()));
    }

    void walks_data()
    {
        QTest::addColumn<QString>("walk");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("failedStep");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QString>("verdictSays");
        const QList<FlowWalks::Row> rows = FlowWalks::rows();
        for (const FlowWalks::Row &r : rows) {
            for (const char *shape : FlowWalks::kShapes) {
                QTest::addRow("%s%s", r.walk, shape)
                    << QLatin1String(r.walk) + QLatin1String(shape) << r.flow << r.states
                    << QString::fromLatin1(r.failedStep) << r.missing << QString::fromLatin1(r.verdictSays);
            }
        }
    }

    void walks()
    {
        QFETCH(QString, walk);
        QFETCH(QString, flow);
        QFETCH(QStringList, states);
        QFETCH(QString, failedStep);
        QFETCH(QStringList, missing);
        QFETCH(QString, verdictSays);
        const Report report = diagnoseFile(data(walk));
        const FlowResult *f = flowOf(report, flow);
        QVERIFY2(f, qPrintable(QStringLiteral("the flow %1 is not found").arg(flow)));
        QStringList got;
        for (const StepResult &s : f->steps)
            got.append(FlowAnalysis::stateKey(s.state));
        QCOMPARE(got, states);
        QCOMPARE(f->failedStep, failedStep);
        QCOMPARE(f->missingSteps, missing);
        QVERIFY2(f->verdict.contains(verdictSays, Qt::CaseInsensitive), qPrintable(f->verdict));
        // The other connect flow is ruled out by the connection type the calls carried.
        const QString other = flow == QLatin1String("connect-by-nameservers")
                                  ? QStringLiteral("connect-by-pointing")
                                  : QStringLiteral("connect-by-nameservers");
        if (flow.startsWith(QLatin1String("connect")))
            QVERIFY(!flowOf(report, other));
    }

    // A log too long to keep as text (a few MiB: read whole; over the streaming threshold: read block by block) gives
    // the timeline and the flow verdict its walk gives alone: filler lines before and after the walk move only the
    // calls' line numbers.
    void bigLogGivesTheSameTimeline_data()
    {
        QTest::addColumn<QString>("walk");
        QTest::addColumn<qint64>("size");
        for (const char *walk : {"ns-error-dns.log", "ns-endless-polling.log", "dns-out-of-order.log"}) {
            QTest::addRow("%s, 3 MiB", walk) << QString::fromLatin1(walk) << qint64(3) * 1024 * 1024;
            QTest::addRow("%s, 20 MiB", walk) << QString::fromLatin1(walk) << qint64(20) * 1024 * 1024;
        }
    }

    void bigLogGivesTheSameTimeline()
    {
        QFETCH(QString, walk);
        QFETCH(qint64, size);
        QFile small(data(walk));
        QVERIFY(small.open(QIODevice::ReadOnly));
        const QByteArray walkText = small.readAll();
        // Lines a client logs between its Wix calls: other APIs, with methods, paths and numbers of their own.
        QByteArray filler;
        for (int i = 0; filler.size() < size / 2; ++i)
            filler += "2026-11-20T09:29:59.000Z INFO  [sync] request GET /v1/sites/" + QByteArray::number(i) +
                      " completed in 120 ms with 42 items, status 200\n";
        const int before = int(filler.count('\n'));
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.log")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(filler + walkText + filler);
        big.close();

        const Report alone = diagnoseFile(data(walk));
        const Report inside = diagnoseFile(big.fileName());
        QVERIFY(alone.timeline.calls().size() > 2);
        QCOMPARE(inside.timeline.calls().size(), alone.timeline.calls().size());
        for (qsizetype i = 0; i < alone.timeline.calls().size(); ++i)
            QCOMPARE(inside.timeline.calls().at(i).location.first,
                     alone.timeline.calls().at(i).location.first + before);
        auto withoutPlaces = [](QJsonArray rows) {
            for (QJsonValueRef row : rows) {
                QJsonObject o = row.toObject();
                o.remove(QStringLiteral("location"));
                row = o;
            }
            return rows;
        };
        QCOMPARE(withoutPlaces(FlowJson::timeline(inside.timeline)), withoutPlaces(FlowJson::timeline(alone.timeline)));
        QCOMPARE(FlowJson::flows(inside.flows), FlowJson::flows(alone.flows));
        QVERIFY(!inside.flows.isEmpty());
    }

    // Polling is one row while it answers the same; the row counts the calls and spans their times.
    void pollingIsFolded()
    {
        for (const char *shape : {".chrome.har", ".firefox.har", ".log"}) {
            const Report r = diagnoseFile(data(QStringLiteral("ns-endless-polling") + QLatin1String(shape)));
            QCOMPARE(r.timeline.callCount(), 43);
            QCOMPARE(r.timeline.calls().size(), 4);
            const TimelineCall &poll = r.timeline.calls().last();
            QCOMPARE(poll.count, 40);
            QCOMPARE(poll.fact(QStringLiteral("dnsPropagationStatus")), QStringLiteral("IN_PROGRESS"));
            QCOMPARE(poll.spanMs(), qint64(39 * 3000)); // the walk polls every 3 s
            QCOMPARE(poll.time, QStringLiteral("2026-11-20T09:30:06.000Z"));
        }
    }

    // What a timeline row holds: every Wix call, failed or not, with its request id; a failure with the catalog
    // entry it matched; a success with the facts its step keeps (Setup Info's records).
    void timelineRows()
    {
        const Report r = diagnoseFile(data(QStringLiteral("pointing-dns-zone.firefox.har")));
        const QJsonArray rows = FlowJson::timeline(r.timeline);
        QCOMPARE(rows.size(), 5); // create, setup, dns zone, 2 polls folded, the completed poll
        const QJsonObject setup = rows.at(1).toObject();
        QCOMPARE(setup.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(setup.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/domains/v1/connected-domain-setup-info/mybusiness.com"));
        QCOMPARE(setup.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(setup.value(QStringLiteral("requestId")).toString(), QStringLiteral("1763631000.000000000000000002"));
        const QJsonObject facts = setup.value(QStringLiteral("facts")).toObject();
        QCOMPARE(facts.value(QStringLiteral("aRecord")).toString(), QStringLiteral("185.230.63.107"));
        QCOMPARE(facts.value(QStringLiteral("cnameRecord")).toString(), QStringLiteral("pointing.wixdns.net"));
        QVERIFY(setup.value(QStringLiteral("durationMs")).toDouble() > 0);

        const Report failed = diagnoseFile(data(QStringLiteral("ns-error-create.chrome.har")));
        QCOMPARE(failed.timeline.calls().size(), 1);
        const TimelineCall &c = failed.timeline.calls().first();
        QCOMPARE(c.entry, QStringLiteral("connected-domains.non-premium-site"));
        QCOMPARE(c.code, QStringLiteral("NON_PREMIUM_SITE"));
        QCOMPARE(c.location.key(), QStringLiteral("entry 1 of 1"));
    }

    // The Authorization token of every request (a successful one too) is in the HAR and the log; it never reaches
    // the timeline, the flows, the JSON report or the text report.
    void tokenNeverShows()
    {
        const QByteArray signature("c2lnbmF0dXJlLXNlY3JldA");
        const QByteArray header("eyJraWQiOiJQb3pIX2FDMiIs");
        for (const char *walk : {"ns-ok.chrome.har", "ns-ok.firefox.har", "ns-ok.log", "ns-error-create.chrome.har"}) {
            QFile in(data(QLatin1String(walk)));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QVERIFY(in.readAll().contains(signature)); // the input does hold it
            const Report r = diagnoseFile(data(QLatin1String(walk)));
            const QByteArray json = QJsonDocument(JsonReport::report(r, 0)).toJson();
            QVERIFY(json.contains("\"timeline\""));
            QVERIFY(!json.contains(signature) && !json.contains(header));
            for (const QStringList &args :
                 {QStringList{QStringLiteral("--match"), data(QLatin1String(walk))},
                  QStringList{QStringLiteral("--match"), data(QLatin1String(walk)), QStringLiteral("--json")}}) {
                const QByteArray out = runCli(args);
                QVERIFY2(out.contains("Timeline") || out.contains("\"timeline\""), out.constData());
                QVERIFY(!out.contains(signature) && !out.contains(header));
            }
        }
    }

    // The command line: the text report prints the timeline and the verdict; --json streams the same.
    void commandLine()
    {
        const QString har = data(QStringLiteral("ns-error-create.chrome.har"));
        const QByteArray text = runCli({QStringLiteral("--match"), har});
        QVERIFY2(text.contains("Timeline: 1 Wix call"), text.constData());
        QVERIFY(text.contains("POST /domains/v1/connected-domains  403 NON_PREMIUM_SITE"));
        QVERIFY(text.contains("Flow: Connect an external domain using name servers (connect-by-nameservers)"));
        QVERIFY(text.contains("1. Assign a Premium plan to the site (Resellers API, Create Package): missing"));
        QVERIFY(text.contains("Verdict: Create Connected Domain failed with NON_PREMIUM_SITE"));
        const QByteArray out = runCli({QStringLiteral("--match"), har, QStringLiteral("--json")});
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject flow = doc.value(QStringLiteral("flows")).toArray().first().toObject();
        QCOMPARE(flow.value(QStringLiteral("flow")).toString(), QStringLiteral("connect-by-nameservers"));
        QCOMPARE(flow.value(QStringLiteral("failedStep")).toString(), QStringLiteral("create-connected-domain"));
        QCOMPARE(flow.value(QStringLiteral("missingSteps")).toArray(), QJsonArray{QStringLiteral("premium-plan")});
        const QJsonObject call = doc.value(QStringLiteral("timeline")).toArray().first().toObject();
        QCOMPARE(call.value(QStringLiteral("entry")).toString(), QStringLiteral("connected-domains.non-premium-site"));
        QCOMPARE(call.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-20T09:30:00.000Z"));
        QCOMPARE(doc.value(QStringLiteral("results")).toArray().size(), 1);
    }

    // The reply for the ticket ends with the flow's verdict, tied to the step that broke.
    void replyHoldsTheVerdict()
    {
        for (const char *format : {"text", "markdown"}) {
            const QByteArray reply =
                runCli({QStringLiteral("--match"), data(QStringLiteral("ns-error-create.firefox.har")),
                        QStringLiteral("--reply"), QLatin1String(format)});
            QVERIFY2(reply.contains("Where the calls stand in Wix's documented flow"), reply.constData());
            QVERIFY(reply.contains("Create Connected Domain failed with NON\\_PREMIUM\\_SITE") ||
                    reply.contains("Create Connected Domain failed with NON_PREMIUM_SITE"));
            QVERIFY(!reply.contains("c2lnbmF0dXJlLXNlY3JldA"));
        }
        // A walk that follows no flow adds nothing.
        QTemporaryDir dir;
        QFile body(dir.filePath(QStringLiteral("body.json")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(json("{'message': 'Domain a.com can't be assigned to free Wix site s1.', 'details': "
                        "{'applicationError': {'code': 'NON_PREMIUM_SITE'}}}")
                       .replace("can\"t", "can't"));
        body.close();
        const QByteArray plain =
            runCli({QStringLiteral("--match"), body.fileName(), QStringLiteral("--reply"), QStringLiteral("text")});
        QVERIFY(plain.contains("NON_PREMIUM_SITE"));
        QVERIFY(!plain.contains("documented flow"));
    }

    // Each call of a HAR keeps where its entry stands in the file, and the entry read again from there is that
    // call's, headers and bodies redacted; also past a chunk boundary, behind an entry bigger than a chunk.
    void callsAreReadAgainFromTheirPlace()
    {
        QFile original(data(QStringLiteral("ns-endless-polling.firefox.har")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject har = QJsonDocument::fromJson(original.readAll()).object();
        QJsonObject log = har.value(QLatin1String("log")).toObject();
        QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QJsonObject big = entries.at(0).toObject();
        QJsonObject response = big.value(QLatin1String("response")).toObject();
        response.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), QString(5 << 20, u'x')}});
        big.insert(QStringLiteral("response"), response);
        QJsonObject request = big.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("url"), QStringLiteral("https://static.example.com/\u00e9t\u00e9.js"));
        big.insert(QStringLiteral("request"), request);
        entries.insert(1, big);
        log.insert(QStringLiteral("entries"), entries);
        har.insert(QStringLiteral("log"), log);
        QTemporaryDir dir;
        const QString padded = dir.filePath(QStringLiteral("padded.har"));
        QFile out(padded);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(har).toJson(QJsonDocument::Indented));
        out.close();
        for (const QString &path : {data(QStringLiteral("ns-ok.chrome.har")), data(QStringLiteral("ns-ok.firefox.har")),
                                    data(QStringLiteral("ns-error-dns.chrome.har")), padded}) {
            const Report report = diagnoseFile(path);
            QVERIFY(report.timeline.calls().size() >= 2);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const TimelineCall &call : report.timeline.calls()) {
                QVERIFY(call.sourceOffset > 0 && call.sourceSize > 0);
                QVERIFY(file.seek(call.sourceOffset));
                const QJsonObject entry = QJsonDocument::fromJson(file.read(call.sourceSize)).object();
                QCOMPARE(entry.value(QLatin1String("startedDateTime")).toString(), call.time);
                const CallDetails details = CallInspector::readHarEntry(&file, call.sourceOffset, call.sourceSize);
                QVERIFY2(details.problem.isEmpty(), qPrintable(details.problem));
                QVERIFY2(details.request.startsWith(call.method + u' '), qPrintable(details.request));
                QVERIFY(details.request.contains(call.path));
                QVERIFY2(details.response.startsWith(QStringLiteral("HTTP %1").arg(call.status)),
                         qPrintable(details.response));
                QVERIFY(!details.request.contains(QLatin1String("c2lnbmF0dXJlLXNlY3JldA")));
            }
        }
        // A range that is not an entry any more (the file changed) is said to be so, not shown.
        QFile file(padded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CallDetails moved = CallInspector::readHarEntry(&file, 3, 40);
        QVERIFY(moved.request.isEmpty() && !moved.problem.isEmpty());
    }

    // --reply-language writes the flow verdict in the reply's language, whatever the interface's (English here).
    void replyVerdictInTheReplyLanguage()
    {
        const QByteArray reply = runCli({QStringLiteral("--match"), data(QStringLiteral("ns-error-create.chrome.har")),
                                         QStringLiteral("--reply"), QStringLiteral("text"),
                                         QStringLiteral("--reply-language"), QStringLiteral("de")});
        // German words from the German translation of the flow section's heading and of the verdict.
        QVERIFY2(reply.contains("Wo die Aufrufe im dokumentierten Ablauf von Wix stehen"), reply.constData());
        QVERIFY2(reply.contains("ist mit NON_PREMIUM_SITE fehlgeschlagen"), reply.constData());
        QVERIFY(!reply.contains("failed with NON_PREMIUM_SITE"));
    }

    // A team catalog adds a flow of its own, and it is followed.
    void teamCatalogAddsAFlow()
    {
        const QByteArray team = json(
            "{'api': 'team', 'entries': [], 'flows': [{"
            "            'id': 'team-check-then-register', 'title': 'Check availability, then register',"
            "            'source': 'https://example.com/our-runbook',"
            "            'steps': ["
            "              {'id': 'check', 'name': 'Check Domain Availability', 'method': 'GET',"
            "               'path': '/domain-search/v2/check-domain-availability', 'source': "
            "'https://example.com/our-runbook'},"
            "              {'id': 'register', 'name': 'Create Registered Domain', 'method': 'POST',"
            "               'path': '/domains/v1/registered-domains', 'source': 'https://example.com/our-runbook'},"
            "              {'id': 'poll', 'name': 'Get Registered Domain', 'method': 'GET',"
            "               'path': '/domains/v1/registered-domains/{id}', 'repeats': true,"
            "               'until': {'fact': 'status', 'value': 'ACTIVE'},"
            "               'facts': [{'name': 'status', 'paths': ['registeredDomain.status']}],"
            "               'source': 'https://example.com/our-runbook'}]}]}");
        Catalog catalog = *m_catalog;
        QString error;
        QVERIFY2(catalog.addJson(team, QStringLiteral("team.json"), &error), qPrintable(error));
        // The register walk, whose first call was Suggest Domains, not Check Domain Availability.
        const Report r = diagnoseFile(data(QStringLiteral("register-ok.firefox.har")), &catalog);
        const FlowResult *f = flowOf(r, QStringLiteral("register-domain"));
        QVERIFY(f);
        QVERIFY(!flowOf(r, QStringLiteral("team-check-then-register"))); // 2 of its steps against 3
        Catalog only;
        QVERIFY(only.addJson(team, QStringLiteral("team.json"), &error));
        const Report t = diagnoseFile(data(QStringLiteral("register-ok.firefox.har")), &only);
        const FlowResult *teamFlow = flowOf(t, QStringLiteral("team-check-then-register"));
        QVERIFY(teamFlow);
        QStringList states;
        for (const StepResult &s : teamFlow->steps)
            states.append(FlowAnalysis::stateKey(s.state));
        QCOMPARE(states, QStringList({QStringLiteral("missing"), QStringLiteral("done"), QStringLiteral("done")}));
    }

    void badFlowsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("flows");
        QTest::addColumn<QString>("says");
        const QByteArray step =
            json("{'id': 'a', 'name': 'A', 'method': 'GET', 'path': '/x/v1/a', 'source': 'https://e.com'}");
        QTest::newRow("unknown rule kind")
            << json("[{'id': 'f', 'title': 'F', 'source': 'https://e.com', 'steps': [") + step +
                   json("], 'rules': [{'kind': 'guess', 'method': 'GET', 'path': '/x', 'source': 'https://e.com'}]}]")
            << QStringLiteral("kind");
        QTest::newRow("rule names no step")
            << json("[{'id': 'f', 'title': 'F', 'source': 'https://e.com', 'steps': [") + step +
                   json("], 'rules': [{'kind': 'errorMeansMissingStep', 'method': 'GET', 'path': '/x/v1/a', 'code': "
                        "'C', 'missingStep': 'b', 'source': 'https://e.com'}]}]")
            << QStringLiteral("missingStep");
        QTest::newRow("path without a method")
            << json("[{'id': 'f', 'title': 'F', 'source': 'https://e.com', 'steps': [{'id': 'a', 'name': 'A', 'path': "
                    "'/x', 'source': 'https://e.com'}]}]")
            << QStringLiteral("path");
        QTest::newRow("http source") << json("[{'id': 'f', 'title': 'F', 'source': 'http://e.com', 'steps': [") + step +
                                            "]}]"
                                     << QStringLiteral("source");
        QTest::newRow("no steps") << json("[{'id': 'f', 'title': 'F', 'source': 'https://e.com', 'steps': []}]")
                                  << QStringLiteral("steps");
        QTest::newRow("unknown field")
            << json("[{'id': 'f', 'title': 'F', 'source': 'https://e.com', 'stepz': [], 'steps': [") + step + "]}]"
            << QStringLiteral("stepz");
        QTest::newRow("not an array") << QByteArray(json("{'id': 'f'}")) << QStringLiteral("flows");
    }

    void badFlowsAreRefused()
    {
        QFETCH(QByteArray, flows);
        QFETCH(QString, says);
        Catalog catalog = *m_catalog;
        QString error;
        QVERIFY(!catalog.addJson(json("{'api': 'team', 'entries': [], 'flows': ") + flows + "}",
                                 QStringLiteral("team.json"), &error));
        QVERIFY2(error.contains(says) && error.contains(QLatin1String("team.json")), qPrintable(error));
        QCOMPARE(catalog.flows().size(), m_catalog->flows().size()); // unchanged
    }

    void paths_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        QTest::newRow("full url") << "/domains/v1/connected-domains/{id}"
                                  << "https://www.wixapis.com/domains/v1/connected-domains/a.com?x=1" << true;
        QTest::newRow("bare path") << "/domains/v1/dns-zones/{domainName}"
                                   << "/domains/v1/dns-zones/a.com" << true;
        QTest::newRow("case and slash") << "/domains/v1/dns-zones/{d}"
                                        << "/Domains/V1/dns-zones/a.com/" << true;
        QTest::newRow("longer") << "/domains/v1/connected-domains"
                                << "/domains/v1/connected-domains/a.com" << false;
        QTest::newRow("other literal") << "/domains/v1/connected-domains/{id}"
                                       << "/domains/v1/registered-domains/a.com" << false;
        QTest::newRow("loopback") << "/domains/v1/connected-domains"
                                  << "http://127.0.0.1:8080/domains/v1/connected-domains" << true;
        QTest::newRow("fragment") << "/domain-search/v2/suggest-domains"
                                  << "https://www.wixapis.com/domain-search/v2/suggest-domains#x" << true;
    }

    void paths()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        QCOMPARE(pathMatches(pattern, requestPath(url)), matches);
    }

    // 5,000 different calls stay 5,000 small rows, not bodies; past the cap only a count is kept.
    void timelineIsBounded()
    {
        Timeline t;
        for (int i = 0; i < Timeline::kMaxRows + 10; ++i) {
            TimelineCall c;
            c.method = QStringLiteral("GET");
            c.path = QStringLiteral("/domains/v1/connected-domains/d%1.com").arg(i);
            c.status = 200;
            t.add(c);
        }
        QCOMPARE(t.calls().size(), Timeline::kMaxRows);
        QCOMPARE(t.droppedRows(), 10);
        QCOMPARE(t.callCount(), int(Timeline::kMaxRows) + 10);
    }
};

QTEST_GUILESS_MAIN(TestFlows)
#include "tst_flows.moc"
