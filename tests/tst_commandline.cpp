// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "samples.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    static Run run(QStringList args)
    {
        args.prepend(QStringLiteral("domains-troubleshooter"));
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = CommandLine::run(args, out, err);
        out.flush();
        err.flush();
        return r;
    }

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the command line reads the catalog subscriptions' folder
        QCoreApplication::setApplicationName(QStringLiteral("domains-troubleshooter"));
        QCoreApplication::setApplicationVersion(QStringLiteral("test"));
    }

    // One parse decides the front end: the window only with none of the headless actions, and never on an error.
    void frontEndChosenByOneParse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("headless");
        QTest::newRow("list") << QStringList{QStringLiteral("--list")} << true;
        QTest::newRow("status=") << QStringList{QStringLiteral("--status=403")} << true;
        QTest::newRow("code alone") << QStringList{QStringLiteral("--code"), QStringLiteral("X")} << true;
        QTest::newRow("help") << QStringList{QStringLiteral("-h")} << true;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << true;
        QTest::newRow("json alone") << QStringList{QStringLiteral("--json")} << true;
        QTest::newRow("two files") << QStringList{QStringLiteral("a.har"), QStringLiteral("b.har")} << false;
        QTest::newRow("file") << QStringList{QStringLiteral("response.har")} << false;
        QTest::newRow("catalog") << QStringList{QStringLiteral("--catalog"), QStringLiteral("team.json")} << false;
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("Qt's own options") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                                         QStringLiteral("-style=fusion"), QStringLiteral("-reverse")}
                                          << false;
    }

    void frontEndChosenByOneParse()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, headless);
        const CommandLine::Options o = CommandLine::parse(QStringList{QStringLiteral("x")} + args);
        QCOMPARE(o.isHeadless(), headless);
    }

    void windowOptionsParsed()
    {
        const CommandLine::Options o = CommandLine::parse(
            {QStringLiteral("x"), QStringLiteral("--catalog"), QStringLiteral("a.json"), QStringLiteral("-platform"),
             QStringLiteral("offscreen"), QStringLiteral("--catalog=b.json"), QStringLiteral("--exit-after-startup"),
             QStringLiteral("response.har")});
        QCOMPARE(o.action, CommandLine::Options::Action::Window);
        QCOMPARE(o.catalogFiles, (QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")}));
        QCOMPARE(o.files, QStringList{QStringLiteral("response.har")});
        QVERIFY(o.exitAfterStartup);
    }

    // Every option error exits 2 with one line on standard error and nothing on standard output.
    void optionErrorsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--match")} << QStringLiteral("match");
        QTest::newRow("two actions") << QStringList{QStringLiteral("--list"), QStringLiteral("--status=403")}
                                     << QStringLiteral("--list");
        QTest::newRow("bad top") << QStringList{QStringLiteral("--list"), QStringLiteral("--top=x")}
                                 << QStringLiteral("--top");
        QTest::newRow("json alone") << QStringList{QStringLiteral("--json")} << QStringLiteral("--json");
        QTest::newRow("bad status") << QStringList{QStringLiteral("--status"), QStringLiteral("999x")}
                                    << QStringLiteral("999x");
        QTest::newRow("stray file") << QStringList{QStringLiteral("--match"), QStringLiteral("a"), QStringLiteral("b")}
                                    << QStringLiteral("'b'");
        QTest::newRow("top alone") << QStringList{QStringLiteral("--top=2")} << QStringLiteral("--top");
    }

    void optionErrorsExitTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.endsWith(u'\n'));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

#ifdef DT_APP_PATH
    // The windowed executable itself, with no display at all: an option error, help and a headless action all
    // answer without trying to open one (it used to abort on --frobnicate).
    void appNeedsNoDisplayForHeadlessWork_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("stray --json") << QStringList{QStringLiteral("--json")} << 2;
        QTest::newRow("stray file after --list") << QStringList{QStringLiteral("--list"), QStringLiteral("a.har")} << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("look up") << QStringList{QStringLiteral("--status"), QStringLiteral("403")} << 0;
    }

    void appNeedsNoDisplayForHeadlessWork()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"})
            env.remove(QLatin1String(name));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DT_APP_PATH), args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), exitCode);
        if (exitCode == 2) {
            QCOMPARE(err.count('\n'), 1);
            QVERIFY(p.readAllStandardOutput().isEmpty());
        } else {
            QVERIFY2(err.isEmpty(), err.constData());
        }
    }
#endif

    void listJson()
    {
        const Run r = run({QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QVERIFY(!o.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("sources")).toArray().isEmpty());
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 80);
        const QJsonObject first = entries.first().toObject();
        for (const char *key : {"id", "api", "endpoint", "httpStatus", "status", "code", "template", "steps", "links"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("connect-domain.available-for-purchase"));
    }

    void statusAndCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("matches");
        QTest::newRow("both") << QStringList{QStringLiteral("--status"), QStringLiteral("403"),
                                             QStringLiteral("--code"), QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")}
                              << 0 << 1;
        QTest::newRow("words and prose code")
            << QStringList{QStringLiteral("--status"), QStringLiteral("invalid argument"), QStringLiteral("--code"),
                           QStringLiteral("Invalid-Domain")}
            << 0 << 6;
        QTest::newRow("code alone") << QStringList{QStringLiteral("--code"), QStringLiteral("domains guid not found")}
                                    << 0 << 4;
        QTest::newRow("status alone") << QStringList{QStringLiteral("--status"),
                                                     QStringLiteral("FAILED_PRECONDITION (428)")}
                                      << 0 << 12;
        QTest::newRow("nothing fits") << QStringList{QStringLiteral("--status"), QStringLiteral("404"),
                                                     QStringLiteral("--code"), QStringLiteral("DOMAINS_GUID_NOT_FOUND")}
                                      << 1 << 0;
    }
    // Standard output is a device: the JSON goes to it as bytes, the same text a string stream receives.
    void jsonToADeviceIsTheSameText()
    {
        QByteArray log;
        for (int i = 0; i < 5; ++i)
            log += Samples::logLine(403, Samples::wixBody(QStringLiteral("Caf\u00e9 %1 is not permitted.").arg(i),
                                                          QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")));
        const QString path = write(QStringLiteral("five.log"), log);
        const QStringList args{QStringLiteral("domains-troubleshooter"), QStringLiteral("--match"), path,
                               QStringLiteral("--json")};
        const Run text = run(args.mid(1));
        QCOMPARE(text.json().value(QStringLiteral("results")).toArray().size(), 5);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString errors;
        QTextStream out(&buffer);
        QTextStream err(&errors);
        QCOMPARE(CommandLine::run(args, out, err), text.code);
        out.flush();
        QCOMPARE(QString::fromUtf8(buffer.data()), text.out);
        for (const QStringList &more :
             {QStringList{QStringLiteral("--list"), QStringLiteral("--json")},
              QStringList{QStringLiteral("--status"), QStringLiteral("403"), QStringLiteral("--json")}}) {
            QBuffer again;
            QVERIFY(again.open(QIODevice::WriteOnly));
            QTextStream to(&again);
            CommandLine::run(QStringList{args.front()} + more, to, err);
            to.flush();
            QCOMPARE(QString::fromUtf8(again.data()), run(more).out);
        }
    }

    // What real clients print with planted secrets (tests/data/secrets): the program's printed answer, as text and
    // as JSON, holds none of them.
    void noSecretIsPrinted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("json");
        const QDir dir(QStringLiteral(DT_TEST_DATA "/secrets"));
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")})) {
            QTest::addRow("%s text", qPrintable(name)) << dir.filePath(name) << false;
            QTest::addRow("%s json", qPrintable(name)) << dir.filePath(name) << true;
        }
    }
    void noSecretIsPrinted()
    {
        QFETCH(QString, path);
        QFETCH(bool, json);
        QProcess cli;
        cli.start(QStringLiteral(DT_CLI_PATH),
                  json ? QStringList{QStringLiteral("--match"), path, QStringLiteral("--json")}
                       : QStringList{QStringLiteral("--match"), path});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray printed = out + cli.readAllStandardError();
        QVERIFY(printed.contains("redact"));
        // JSON escapes undone, so that a secret spelled with \uXXXX counts too.
        const QByteArray decoded = json ? QJsonDocument::fromJson(out).toJson() : printed;
        QVERIFY(!decoded.isEmpty());
        QFile secrets(path.chopped(4) + QStringLiteral(".secrets"));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        for (const QByteArray &secret : secrets.readAll().split('\n')) {
            if (!secret.isEmpty()) {
                QVERIFY2(!printed.contains(secret), secret.constData());
                QVERIFY2(!decoded.contains(secret), secret.constData());
            }
        }
    }

    // Devices and FIFOs: a catalog that is not a regular file is refused at once; a device given to --match is read
    // up to --max-input and the answer says so; a FIFO nobody writes to is named before the wait.
    void devicesAndPipesAreBounded()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("never-written"));
        QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const QString &path : {QStringLiteral("/dev/zero"), fifo, m_dir.path()}) {
            const Run r = run({QStringLiteral("--catalog"), path, QStringLiteral("--list")});
            QCOMPARE(r.code, int(CommandLine::UsageError));
            QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
        }
        QProcess cli;
        cli.start(QStringLiteral(DT_CLI_PATH), {QStringLiteral("--match"), QStringLiteral("/dev/zero"),
                                                QStringLiteral("--max-input"), QStringLiteral("20")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), int(CommandLine::NothingFound));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QVERIFY2(out.contains(QStringLiteral("larger than 20 MiB: the first 20 MiB were read")), qPrintable(out));
        QCOMPARE(
            run({QStringLiteral("--match"), QStringLiteral("-"), QStringLiteral("--max-input"), QStringLiteral("0")})
                .code,
            int(CommandLine::UsageError));

        QProcess waiting;
        waiting.start(QStringLiteral(DT_CLI_PATH), {QStringLiteral("--match"), fifo});
        waiting.setReadChannel(QProcess::StandardError);
        QVERIFY(waiting.waitForReadyRead(10000));
        QVERIFY(QString::fromUtf8(waiting.readAllStandardError()).contains(QStringLiteral("waiting for")));
        QVERIFY(waiting.state() == QProcess::Running);
        waiting.kill();
        waiting.waitForFinished();
    }

    void statusAndCode()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(int, matches);
        const Run r = run(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.code, exitCode);
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject result = results.first().toObject();
        QCOMPARE(result.value(QStringLiteral("source")).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("query"));
        const QJsonArray m = result.value(QStringLiteral("matches")).toArray();
        QCOMPARE(m.size(), matches);
        for (const QJsonValue &v : m) {
            for (const char *key : {"id", "api", "endpoint", "httpStatus", "status", "code", "template", "confidence",
                                    "variables", "reasons"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("bad status") << QStringList{QStringLiteral("--status"), QStringLiteral("teapot")}
                                    << QStringLiteral("unknown status 'teapot'");
        QTest::newRow("two actions") << QStringList{QStringLiteral("--list"), QStringLiteral("--status"),
                                                    QStringLiteral("403")}
                                     << QStringLiteral("choose one");
        QTest::newRow("bad top") << QStringList{QStringLiteral("--list"), QStringLiteral("--top"), QStringLiteral("x")}
                                 << QStringLiteral("--top");
        QTest::newRow("missing file") << QStringList{QStringLiteral("--match"), QStringLiteral("/nonexistent/file.har")}
                                      << QStringLiteral("cannot read /nonexistent/file.har");
        QTest::newRow("missing catalog") << QStringList{QStringLiteral("--list"), QStringLiteral("--catalog"),
                                                        QStringLiteral("/nonexistent/team.json")}
                                         << QStringLiteral("/nonexistent/team.json");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void invalidCatalogFile()
    {
        const QString path = write(QStringLiteral("bad.json"), R"({"api": "team", "entries": [{"id": "team.x"}]})");
        const Run r = run({QStringLiteral("--list"), QStringLiteral("--catalog"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(path + QLatin1String(": entry 'team.x': field 'title': is missing")),
                 qPrintable(r.err));
    }

    void matchJsonShape()
    {
        const QString path = write(
            QStringLiteral("curl.txt"),
            Samples::curlVerbose(403,
                                 Samples::wixBody(QStringLiteral("SiteId: s-1 is not permitted to target account."),
                                                  QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")),
                                 QStringLiteral("POST"), QStringLiteral("/domain-connect/v1/connect-domain")));
        const Run r = run(
            {QStringLiteral("--match"), path, QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QVERIFY(o.contains(QStringLiteral("catalog")));
        const QJsonObject result = o.value(QStringLiteral("results")).toArray().first().toObject();
        const QJsonObject source = result.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("curl"));
        QCOMPARE(source.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(source.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://www.wixapis.com/domain-connect/v1/connect-domain"));
        const QJsonObject input = result.value(QStringLiteral("input")).toObject();
        QCOMPARE(input.value(QStringLiteral("httpStatus")).toInt(), 403);
        QCOMPARE(input.value(QStringLiteral("status")).toString(), QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(input.value(QStringLiteral("code")).toString(), QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"));
        QCOMPARE(input.value(QStringLiteral("requestId")).toString(), QStringLiteral("1734427301.191556792796277844"));
        QCOMPARE(result.value(QStringLiteral("redactions")).toInt(), 1);
        const QJsonArray matches = result.value(QStringLiteral("matches")).toArray();
        QCOMPARE(matches.size(), 1);
        const QJsonObject m = matches.first().toObject();
        QCOMPARE(m.value(QStringLiteral("id")).toString(), QStringLiteral("connect-domain.site-not-permitted"));
        QCOMPARE(m.value(QStringLiteral("variables")).toObject().value(QStringLiteral("siteId")).toString(),
                 QStringLiteral("s-1"));
        QVERIFY(m.value(QStringLiteral("confidence")).toDouble() >= 0.9);
        QVERIFY(m.value(QStringLiteral("steps"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("s-1")));
        QVERIFY(result.contains(QStringLiteral("nearMisses")));
        QVERIFY(!r.out.contains(QLatin1String("eyJ")));
    }

    void matchNothingAndText()
    {
        const QString prose = write(QStringLiteral("prose.txt"), "All good here, thanks.");
        QCOMPARE(run({QStringLiteral("--match"), prose}).code, 1);
        const QString log = write(QStringLiteral("app.log"),
                                  Samples::logLine(400, Samples::wixBody(QStringLiteral("Domain a.ws is restricted."),
                                                                         QStringLiteral("Invalid domain"))));
        const Run r = run({QStringLiteral("--match"), log});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("connect-domain.restricted")));
        QVERIFY(r.out.contains(QLatin1String("1. a.ws uses a TLD")));
    }

    // --reply goes with --match or --status/--code, not with --json; its format and language are checked.
    void replyOptionErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString m = QStringLiteral("--match");
        const QString f = QStringLiteral("-");
        QTest::newRow("alone") << QStringList{QStringLiteral("--reply")};
        QTest::newRow("with --list") << QStringList{QStringLiteral("--list"), QStringLiteral("--reply")};
        QTest::newRow("with --json") << QStringList{m, f, QStringLiteral("--reply"), QStringLiteral("--json")};
        QTest::newRow("unknown format") << QStringList{m, f, QStringLiteral("--reply=html")};
        QTest::newRow("unknown language")
            << QStringList{m, f, QStringLiteral("--reply"), QStringLiteral("--reply-language"), QStringLiteral("fr")};
        QTest::newRow("language alone") << QStringList{m, f, QStringLiteral("--reply-language"), QStringLiteral("de")};
    }
    void replyOptionErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, int(CommandLine::UsageError));
        QVERIFY2(r.err.contains(QLatin1String("--reply")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void replyOptionsParsed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("language");
        const QString m = QStringLiteral("--match");
        const QString f = QStringLiteral("x.log");
        QTest::newRow("bare") << QStringList{m, f, QStringLiteral("--reply")} << int(ReplyComposer::Format::PlainText)
                              << QString();
        QTest::newRow("bare, then an option")
            << QStringList{QStringLiteral("--reply"), m, f} << int(ReplyComposer::Format::PlainText) << QString();
        QTest::newRow("markdown") << QStringList{m, f, QStringLiteral("--reply"), QStringLiteral("markdown")}
                                  << int(ReplyComposer::Format::Markdown) << QString();
        QTest::newRow("text=, es") << QStringList{QStringLiteral("--status=403"), QStringLiteral("--reply=text"),
                                                  QStringLiteral("--reply-language=es")}
                                   << int(ReplyComposer::Format::PlainText) << QStringLiteral("es");
    }
    void replyOptionsParsed()
    {
        QFETCH(QStringList, args);
        QFETCH(int, format);
        QFETCH(QString, language);
        args.prepend(QStringLiteral("domains-troubleshooter"));
        const CommandLine::Options o = CommandLine::parse(args);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.reply.has_value());
        QCOMPARE(int(*o.reply), format);
        QCOMPARE(o.replyLanguage, language);
    }

    // The reply of each response (parted by ---), in the language asked for; a response no entry fits is named
    // on standard error. The window's copy is compared with this output in tst_mainwindow.
    void replyForEachResponse()
    {
        const QString har =
            write(QStringLiteral("two.har"),
                  Samples::har({{QStringLiteral("POST"),
                                 QStringLiteral("https://www.wixapis.com/domain-connect/v1/connect-domain"), 403,
                                 Samples::wixBody(QStringLiteral("Cannot consume this service."),
                                                  QStringLiteral("DOMAINS_NO_THROTTLER_KEY"))},
                                {QStringLiteral("GET"),
                                 QStringLiteral("https://www.wixapis.com/domains/v1/registered-domains/x.com"), 404,
                                 Samples::wixBody(QStringLiteral("Domain x.com not found."),
                                                  QStringLiteral("DOMAINS_GUID_NOT_FOUND"))}}));
        const Run r = run({QStringLiteral("--match"), har, QStringLiteral("--reply"), QStringLiteral("markdown"),
                           QStringLiteral("--reply-language"), QStringLiteral("de")});
        QCOMPARE(r.code, int(CommandLine::Found));
        const QStringList replies = r.out.split(QStringLiteral("\n---\n\n"));
        QCOMPARE(replies.size(), 2);
        QVERIFY2(replies.at(0).startsWith(QLatin1String("**")), qPrintable(r.out));
        QVERIFY2(replies.at(0).contains(QLatin1String("`DOMAINS_NO_THROTTLER_KEY`")), qPrintable(r.out));
        QVERIFY2(replies.at(1).contains(QLatin1String("DOMAINS_GUID_NOT_FOUND")), qPrintable(r.out));
        for (const QString &reply : replies) // the reply's own words in German
            QVERIFY2(reply.contains(QLatin1String("Was zu tun ist")), qPrintable(reply));
        QVERIFY(!r.out.contains(QLatin1String("What to do")));

        const QString prose = write(QStringLiteral("prose-reply.txt"), "HTTP/1.1 418 I'm a teapot\n\nno idea\n");
        const Run none = run({QStringLiteral("--match"), prose, QStringLiteral("--reply")});
        QCOMPARE(none.out, QString());

        const Run lookup =
            run({QStringLiteral("--code"), QStringLiteral("DOMAINS_NO_THROTTLER_KEY"), QStringLiteral("--reply")});
        QCOMPARE(lookup.code, int(CommandLine::Found));
        QVERIFY2(lookup.out.contains(QLatin1String("What to do:")), qPrintable(lookup.out));
        QVERIFY2(lookup.out.contains(QLatin1String("DOMAINS_NO_THROTTLER_KEY")), qPrintable(lookup.out));
    }

    // A file that holds no response says what it is: binary data (its size and first bytes), or empty.
    void notAResponseIsSaidToBe_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("said");
        const QString binary = QStringLiteral(DT_TEST_DATA "/binary/");
        QTest::newRow("PNG") << binary + QStringLiteral("gradient.png") << QStringLiteral("binary")
                             << QStringLiteral("starting 89 50 4E 47 0D 0A 1A 0A \u2026");
        QTest::newRow("gzip") << binary + QStringLiteral("response.txt.gz") << QStringLiteral("binary")
                              << QStringLiteral("starting 1F 8B 08");
        QTest::newRow("zip") << binary + QStringLiteral("responses.zip") << QStringLiteral("binary")
                             << QStringLiteral("starting 50 4B 03 04");
        QTest::newRow("ELF") << QStringLiteral(DT_CLI_PATH) << QStringLiteral("binary")
                             << QStringLiteral("starting 7F 45 4C 46");
        QTest::newRow("empty") << write(QStringLiteral("empty.log"), QByteArray()) << QStringLiteral("empty")
                               << QStringLiteral("The input is empty");
    }
    void notAResponseIsSaidToBe()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QString, said);
        const Run text = run({QStringLiteral("--match"), path});
        QCOMPARE(text.code, int(CommandLine::NothingFound));
        QVERIFY2(text.out.contains(said), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QLatin1String("redacted")), qPrintable(text.out));
        const Run json = run({QStringLiteral("--match"), path, QStringLiteral("--json")});
        QCOMPARE(json.code, int(CommandLine::NothingFound));
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(o.value(QStringLiteral("redactions")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("results")).toArray().isEmpty());
        QVERIFY2(o.value(QStringLiteral("problems")).toArray().first().toString().contains(said), qPrintable(json.out));
    }

    // Received and catalog text holding what a substitution reads (%1, %2, %L1, {domain}, [REDACTED]) comes out
    // of the text report, the JSON report and --reply as it went in, in each language.
    void substitutionTextComesOutAsItWentIn_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}) {
            for (const QString &payload : {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%L1"),
                                           QStringLiteral("{domain}"), QStringLiteral("[REDACTED]")})
                QTest::addRow("%s %s", qPrintable(language), qPrintable(payload)) << payload << language;
        }
    }
    void substitutionTextComesOutAsItWentIn()
    {
        QFETCH(QString, payload);
        QFETCH(QString, language);
        const QString message = QStringLiteral("Refused ") + payload + QStringLiteral(" today");
        const QString code = QStringLiteral("TEAM_") + payload;
        const QString path = QStringLiteral("/a%2Fb/") + payload + QStringLiteral("?x=1%2C2");
        const QString input =
            write(QStringLiteral("payload.txt"),
                  Samples::curlVerbose(403, Samples::wixBody(message, code), QStringLiteral("GET"), path));
        const QStringList expected{message, code, QStringLiteral("https://www.wixapis.com") + path};
        const Run text = run({QStringLiteral("--match"), input});
        const Run json = run({QStringLiteral("--match"), input, QStringLiteral("--json")});
        const Run reply = run({QStringLiteral("--match"), input, QStringLiteral("--reply"),
                               QStringLiteral("--reply-language"), language});
        const QString jsonText = QString::fromUtf8(QJsonDocument(json.json()).toJson());
        for (const QString &e : expected) {
            QVERIFY2(text.out.contains(e), qPrintable(e + u'\n' + text.out));
            QVERIFY2(jsonText.contains(e), qPrintable(e + u'\n' + jsonText));
            QVERIFY2(reply.out.contains(e), qPrintable(e + u'\n' + reply.out));
        }
    }

    // Repeated failures are one result that counts them, in the text report and in --json alike; the same error
    // for several domains names each domain with its count.
    void repeatedFailuresAreCounted()
    {
        QByteArray log;
        for (int i = 0; i < 10000; ++i) {
            const QString domain = QStringLiteral("shop%1.com").arg(i % 3, 2, 10, QLatin1Char('0'));
            log += "2026-11-20T10:15:" + QByteArray::number(i % 60) + " ERROR req=" + QByteArray::number(9000 + i) +
                   " call failed with status 403: " +
                   Samples::wixBody(QStringLiteral("Domain %1 is not permitted to target account.").arg(domain),
                                    QStringLiteral("DOMAINS_DOMAIN_NOT_PERMITTED")) +
                   '\n';
        }
        const QString path = write(QStringLiteral("repeated.log"), log);
        const Run text = run({QStringLiteral("--match"), path});
        QCOMPARE(text.code, 0);
        // (no translation is loaded here: plurals read "(s)")
        QVERIFY2(text.out.contains(QLatin1String("10000 response")), qPrintable(text.out.left(200)));
        QCOMPARE(text.out.count(QLatin1String("\n[")), 1);
        QVERIFY2(text.out.contains(QLatin1String("Seen 10000 time")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral(" \u00b7 3 domain")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("Where: line 1, line 2, line 3,")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("line 100 and 9900 more")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("shop01.com  (3333 response")), qPrintable(text.out));

        const Run json = run(
            {QStringLiteral("--match"), path, QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("1")});
        const QJsonArray results = json.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject result = results.at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("count")).toInt(), 10000);
        QCOMPARE(result.value(QStringLiteral("locations")).toArray().size(), 100);
        QCOMPARE(result.value(QStringLiteral("values")).toArray().size(), 3);
        QCOMPARE(result.value(QStringLiteral("matches")).toArray().size(), 1);
    }

    // The real binary, reading standard input.
    void binaryReadsStdin()
    {
        QProcess p;
        p.start(QStringLiteral(DT_CLI_PATH),
                {QStringLiteral("--match"), QStringLiteral("-"), QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        p.write("403 DOMAINS_NO_THROTTLER_KEY");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("matches"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("connect-domain.no-throttler-key"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
