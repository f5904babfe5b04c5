// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The command line's --format: text, Markdown, HTML and JSON rendered by the engine's one renderer
// (DiagnosisFile), as the window saves them. HTML holds received and catalog text only escaped.
class TestReportFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    // The program itself, with no subscription layered in and a fixed time for the report to name.
    Run runCli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1764000000"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DT_CLI_PATH), args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A team catalog whose every text is markup: an entry that a hostile file would bring.
    QString hostileCatalog()
    {
        const QString markup = QStringLiteral("<img src=x onerror=alert(1)>");
        const QJsonObject entry{
            {QStringLiteral("id"), QStringLiteral("team.hostile")},
            {QStringLiteral("title"), QString(QStringLiteral("Title ") + markup)},
            {QStringLiteral("endpoint"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Connect <b>Domain</b>")}}},
            {QStringLiteral("status"), QStringLiteral("PERMISSION_DENIED")},
            {QStringLiteral("httpStatus"), 403},
            {QStringLiteral("code"), QStringLiteral("TEAM_HOSTILE")},
            {QStringLiteral("template"), QStringLiteral("Domain {domain} is <script>held</script>.")},
            {QStringLiteral("troubleshooting"), QStringLiteral("Ask <iframe src=//evil.example>.")},
            {QStringLiteral("source"), QStringLiteral("https://example.com/team")},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Check {domain} \"&\" <svg onload=x>.")}},
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("Retry </li><li>.")}}}},
        };
        return write(QStringLiteral("hostile.json"),
                     QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                               {QStringLiteral("entries"), QJsonArray{entry}}})
                         .toJson());
    }

    // Every element the page holds is one the renderer writes; no received or catalog markup is live.
    static void verifyOnlyOwnMarkup(const QString &html)
    {
        static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)"));
        const QStringList own{
            QStringLiteral("html"),  QStringLiteral("head"),  QStringLiteral("meta"), QStringLiteral("title"),
            QStringLiteral("style"), QStringLiteral("body"),  QStringLiteral("h1"),   QStringLiteral("h2"),
            QStringLiteral("h3"),    QStringLiteral("p"),     QStringLiteral("ul"),   QStringLiteral("ol"),
            QStringLiteral("li"),    QStringLiteral("pre"),   QStringLiteral("code"), QStringLiteral("section"),
            QStringLiteral("span"),  QStringLiteral("a"),     QStringLiteral("b"),    QStringLiteral("table"),
            QStringLiteral("tr"),    QStringLiteral("td"),    QStringLiteral("th"),   QStringLiteral("div"),
            QStringLiteral("br"),    QStringLiteral("small"), QStringLiteral("i"),    QStringLiteral("tt"),
            QStringLiteral("em"),    QStringLiteral("strong")};
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(1).toLower();
            QVERIFY2(own.contains(name), qPrintable(name));
        }
        for (const QString &live : {QStringLiteral("<script"), QStringLiteral("<img"), QStringLiteral("<iframe"),
                                    QStringLiteral("<svg"), QStringLiteral("<b>Domain"), QStringLiteral("</li><li>.")})
            QVERIFY2(!html.contains(live, Qt::CaseInsensitive), qPrintable(live));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Received text (a message, a URL, a request id, a location) and catalog text (a hostile team file) come out
    // escaped, in every part of the page: the heading, the sections, the candidates, the input.
    void htmlEscapesReceivedAndCatalogText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("received");
        const QString message = QStringLiteral("Domain <script>alert('x')</script>.example is held");
        QTest::newRow("JSON body") << Samples::httpRaw(403, "Forbidden",
                                                       Samples::wixBody(message, QStringLiteral("TEAM_HOSTILE")))
                                   << QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt;");
        QTest::newRow("curl, markup in the path")
            << Samples::curlVerbose(
                   403, Samples::wixBody(QStringLiteral("<img src=y onerror=z>"), QStringLiteral("TEAM_HOSTILE")),
                   QStringLiteral("POST"), QStringLiteral("/v1/<svg/onload=alert(2)>"))
            << QStringLiteral("&lt;img src=y onerror=z&gt;");
        QTest::newRow("unknown code, ampersands and quotes")
            << Samples::httpRaw(
                   500, "Oops",
                   Samples::wixBody(QStringLiteral("a \"q\" & <i>b</i> & c"), QStringLiteral("<B>NOT_DOCUMENTED</B>")))
            << QStringLiteral("&lt;i&gt;b&lt;/i&gt;");
    }
    void htmlEscapesReceivedAndCatalogText()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, received);
        const QString catalog = hostileCatalog();
        const Run r = runCli({QStringLiteral("--match"), QStringLiteral("-"), QStringLiteral("--format"),
                              QStringLiteral("html"), QStringLiteral("--catalog"), catalog},
                             input);
        QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
        const QString html = QString::fromUtf8(r.out);
        QVERIFY2(html.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(html.left(200)));
        verifyOnlyOwnMarkup(html);
        QVERIFY2(html.contains(received), qPrintable(html));
        if (html.contains(QLatin1String("TEAM_HOSTILE</code>"))) // the hostile entry matched: its texts, escaped
            QVERIFY2(html.contains(QLatin1String("Title &lt;img src=x onerror=alert(1)&gt;")), qPrintable(html));
    }

    // The same report in each format: Markdown and HTML as the window saves them, text and JSON as before.
    void eachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("starts");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("Read: ");
        QTest::newRow("markdown") << QStringLiteral("markdown")
                                  << QStringLiteral("# Diagnosis\n\n*Domains Troubleshooter ");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("<!DOCTYPE html>\n");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("{");
    }
    void eachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, starts);
        const QByteArray input = "403, DOMAINS_NO_THROTTLER_KEY";
        const Run r =
            runCli({QStringLiteral("--match"), QStringLiteral("-"), QStringLiteral("--format"), format}, input);
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(starts), qPrintable(out.left(200)));
        QVERIFY2(out.contains(QLatin1String("DOMAINS_NO_THROTTLER_KEY")), qPrintable(out));
        if (format == QLatin1String("json")) // --format json is --json
            QCOMPARE(r.out,
                     runCli({QStringLiteral("--match"), QStringLiteral("-"), QStringLiteral("--json")}, input).out);
        if (format != QLatin1String("text") && format != QLatin1String("json")) // the time SOURCE_DATE_EPOCH names
            QVERIFY2(out.contains(QLatin1String("2025-11-24T16:00:00Z")), qPrintable(out.left(300)));
    }

    void formatErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--match"), QStringLiteral("-"),
                                                       QStringLiteral("--format"), QStringLiteral("pdf")}
                                        << QStringLiteral("--format takes text, markdown, html or json, not 'pdf'");
        QTest::newRow("with --list") << QStringList{QStringLiteral("--list"), QStringLiteral("--format"),
                                                    QStringLiteral("html")}
                                     << QStringLiteral("--format goes with --match FILE or --status/--code");
        QTest::newRow("with --json") << QStringList{QStringLiteral("--match"), QStringLiteral("-"),
                                                    QStringLiteral("--json"), QStringLiteral("--format"),
                                                    QStringLiteral("html")}
                                     << QStringLiteral("--json and --format html ask for two formats");
        QTest::newRow("with --reply") << QStringList{QStringLiteral("--match"), QStringLiteral("-"),
                                                     QStringLiteral("--reply"), QStringLiteral("--format"),
                                                     QStringLiteral("html")}
                                      << QStringLiteral("--reply prints the reply: it does not go with --format");
    }
    void formatErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
