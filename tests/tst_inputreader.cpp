// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"
#include "errorbody.h"
#include "inputreader.h"
#include "matcher.h"
#include "samples.h"
#include "testdiagnosis.h"
#include "textdecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

using namespace Samples;

class TestInputReader : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QByteArray body =
            wixBody(QStringLiteral("Cannot consume this service."), QStringLiteral("DOMAINS_NO_THROTTLER_KEY"));
        QTest::newRow("wix body") << body << QStringLiteral("wix-json") << 0
                                  << QStringLiteral("DOMAINS_NO_THROTTLER_KEY")
                                  << QStringLiteral("Cannot consume this service.");
        QTest::newRow("wix pretty CRLF") << wixPretty(QStringLiteral("Cannot consume this service."),
                                                      QStringLiteral("DOMAINS_NO_THROTTLER_KEY"))
                                         << QStringLiteral("wix-json") << 0
                                         << QStringLiteral("DOMAINS_NO_THROTTLER_KEY")
                                         << QStringLiteral("Cannot consume this service.");
        QTest::newRow("raw HTTP") << httpRaw(403, "Forbidden", body) << QStringLiteral("http") << 403
                                  << QStringLiteral("DOMAINS_NO_THROTTLER_KEY")
                                  << QStringLiteral("Cannot consume this service.");
        QTest::newRow("curl -v") << curlVerbose(403, body, QStringLiteral("POST"), QStringLiteral("/x"))
                                 << QStringLiteral("curl") << 403 << QStringLiteral("DOMAINS_NO_THROTTLER_KEY")
                                 << QStringLiteral("Cannot consume this service.");
        QTest::newRow("HAR") << har({{QStringLiteral("POST"), QStringLiteral("https://a/b"), 403, body}})
                             << QStringLiteral("har") << 403 << QStringLiteral("DOMAINS_NO_THROTTLER_KEY")
                             << QStringLiteral("Cannot consume this service.");
        QTest::newRow("log") << logLine(403, body) << QStringLiteral("log") << 403
                             << QStringLiteral("DOMAINS_NO_THROTTLER_KEY")
                             << QStringLiteral("Cannot consume this service.");
        QTest::newRow("node dump") << nodeDump(403, QStringLiteral("It's bad."), QStringLiteral("SOME_CODE"))
                                   << QStringLiteral("log") << 403 << QStringLiteral("SOME_CODE")
                                   << QStringLiteral("It's bad.");
        QTest::newRow("google") << QByteArray(
                                       R"({"error": {"code": 403, "message": "Nope", "status": "PERMISSION_DENIED"}})")
                                << QStringLiteral("google-json") << 403 << QString() << QStringLiteral("Nope");
        QTest::newRow("problem+json")
            << QByteArray(R"({"type": "about:blank", "title": "Forbidden", "status": 403, "detail": "Nope"})")
            << QStringLiteral("problem-json") << 403 << QString() << QStringLiteral("Nope");
    }
    void formats()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, format);
        QFETCH(int, httpStatus);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const InputReader::Result r = InputReader::read(input);
        QCOMPARE(InputFormats::key(r.format), format);
        QVERIFY(!r.candidates.isEmpty());
        const ParsedResponse &p = r.candidates.front();
        QCOMPARE(p.httpStatus, httpStatus);
        QCOMPARE(p.code, code);
        QCOMPARE(p.message, message);
    }

    void harEntryDetails()
    {
        const InputReader::Result r = InputReader::read(
            har({{QStringLiteral("POST"), QStringLiteral("https://www.wixapis.com/x"), 500, QByteArray()},
                 {QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com/y"), 204, QByteArray()}}));
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.front().method, QStringLiteral("POST"));
        QCOMPARE(r.candidates.front().url, QStringLiteral("https://www.wixapis.com/x"));
        QCOMPARE(r.candidates.front().requestId, QStringLiteral("1734.99"));
        QCOMPARE(r.candidates.front().location.key(), QStringLiteral("entry 1 of 2"));
        QCOMPARE(r.redactions, 2); // the authorization header of each entry
    }

    void validationViolations()
    {
        const InputReader::Result r = InputReader::read(
            R"({"message":"bad","details":{"validationError":{"fieldViolations":[{"field":"a","description":"A is wrong","violatedRule":"FORMAT"},{"field":"b","description":"B is wrong"}]}}})");
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.front().violations.size(), 2);
        QCOMPARE(r.candidates.front().violations.at(1).field, QStringLiteral("b"));
        QVERIFY(r.candidates.front().descriptions.contains(QStringLiteral("A is wrong")));
    }

    void decoding()
    {
        QStringList problems;
        QCOMPARE(TextDecoding::decode("\xEF\xBB\xBFhi", &problems), QStringLiteral("hi"));
        QVERIFY(problems.isEmpty());
        QCOMPARE(TextDecoding::decode(QByteArray("\xFE\xFF\0h\0i", 6), &problems), QStringLiteral("hi"));
        TextDecoding::decode(QByteArray("a\0b", 3), &problems);
        QVERIFY(problems.join(u' ').contains(QLatin1String("NUL")));
    }

    // Bytes that are not text are called what they are, with their size and first bytes, and nothing in them is
    // read (no response, no secret counted); text in any of the encodings read stays text.
    void binaryIsSaidToBe_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("firstBytes");
        QFile self(QCoreApplication::applicationFilePath()); // an ELF executable
        QVERIFY(self.open(QIODevice::ReadOnly));
        QTest::newRow("ELF") << self.read(256 * 1024) << QStringLiteral("7F 45 4C 46");
        const auto file = [](const char *name) {
            QFile f(QStringLiteral(DT_TEST_DATA "/binary/") + QLatin1String(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTest::newRow("PNG") << file("gradient.png") << QStringLiteral("89 50 4E 47 0D 0A 1A 0A");
        QTest::newRow("gzip") << file("response.txt.gz") << QStringLiteral("1F 8B 08");
        QTest::newRow("zip") << file("responses.zip") << QStringLiteral("50 4B 03 04");
        QRandomGenerator random(23);
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QTest::newRow("random bytes") << noise << QString::fromLatin1(noise.first(4).toHex(' ').toUpper());
        // A secret written into binary data is not counted: the bytes are not read as text.
        QByteArray withSecret =
            noise.first(2000) + "\nAuthorization: Bearer sk_live_51Habcdefghijklmnop\n" + noise.sliced(2000, 2000);
        QTest::newRow("random bytes around a secret")
            << withSecret << QString::fromLatin1(noise.first(4).toHex(' ').toUpper());
        QTest::newRow("NUL bytes") << QByteArray(5000, '\0') << QStringLiteral("00 00 00 00 00 00 00 00 \u2026");
    }
    void binaryIsSaidToBe()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, firstBytes);
        QVERIFY(!input.isEmpty());
        QVERIFY(InputReader::isBinary(input));
        const InputReader::Result r = InputReader::read(input);
        QCOMPARE(r.format, InputFormat::Binary);
        QCOMPARE(r.bytes, input.size());
        QVERIFY(r.candidates.isEmpty());
        QCOMPARE(r.redactions, 0);
        QVERIFY(r.redactedText.isEmpty());
        const QString said = r.problems.join(u'|');
        QVERIFY2(said.contains(QLatin1String("binary data")) && said.contains(firstBytes), qPrintable(said));
        QVERIFY2(said.contains(QLocale().formattedDataSize(input.size())), qPrintable(said));
        // The same from a file, and from a pipe-like device read to its end.
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(input);
        f.seek(0);
        const InputReader::Result fromFile = InputReader::read(&f);
        QCOMPARE(fromFile.format, InputFormat::Binary);
        QCOMPARE(fromFile.bytes, input.size());
        QCOMPARE(fromFile.problems, r.problems);
        QCOMPARE(fromFile.redactions, 0);
    }

    // The sniff reads plain text sixteen bytes at a time: a suspect byte (a NUL, DEL, a byte that starts no UTF-8
    // character) counts wherever it falls, next to line breaks, tabs and two-byte characters, across the sixteen.
    void suspectBytesCountAtEveryOffset()
    {
        const QByteArray suspects[] = {QByteArray(1, '\0'), "\x7F", "\x80", "\xFF", "\x01"};
        for (int offset = 0; offset < 40; ++offset) {
            for (const QByteArray &suspect : suspects) {
                // 64 bytes: ten percent is 6.4, so six suspects are text and seven are binary data.
                // Only ASCII bytes are replaced: a two-byte character cut in half would be one more suspect.
                const QByteArray text = QByteArray("ab\tcd\r\n\xC3\xA4 {\"m\": 1}\n").repeated(4).left(64);
                QList<int> ascii;
                for (int i = 0; i < text.size(); ++i) {
                    if (uchar(text.at(i)) < 0x80)
                        ascii << i;
                }
                QByteArray six = text;
                for (int k = 0; k < 6; ++k)
                    six[ascii.at((offset + k * 3) % ascii.size())] = suspect.at(0);
                QByteArray seven = six;
                seven[ascii.at((offset + 6 * 3) % ascii.size())] = suspect.at(0);
                QVERIFY2(!InputReader::isBinary(six), qPrintable(QStringLiteral("offset %1").arg(offset)));
                QVERIFY2(InputReader::isBinary(seven), qPrintable(QStringLiteral("offset %1").arg(offset)));
            }
        }
    }

    void textIsNotBinary_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QString text = QStringLiteral("2026-11-20 ERROR call failed with status 403: Domäne café.example "
                                            "{\"message\":\"Cannot consume this service.\"}\n");
        QTest::newRow("UTF-8") << text.toUtf8();
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8());
        QTest::newRow("UTF-16LE with BOM")
            << QByteArray("\xFF\xFE" + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        QByteArray be;
        for (const QChar c : text)
            be += char(c.unicode() >> 8) + QByteArray(1, char(c.unicode() & 0xFF));
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF" + be);
        QTest::newRow("Latin-1") << text.toLatin1().repeated(20);
        QTest::newRow("log with colours")
            << QByteArray("\x1b[31mERROR\x1b[0m\tstatus 403\r\n").repeated(50) + text.toUtf8();
        QTest::newRow("a few NULs") << QByteArray(text.toUtf8().repeated(10)).replace("ERROR", QByteArray("ERR\0R", 5));
        QTest::newRow("UTF-8 cut in the middle of a character") << QByteArray(8191, 'a') + "\xC3\xA4";
    }
    void textIsNotBinary()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!InputReader::isBinary(input));
        const InputReader::Result r = InputReader::read(input);
        QVERIFY(r.format != InputFormat::Binary);
        QVERIFY2(!r.problems.join(u'|').contains(QLatin1String("binary")), qPrintable(r.problems.join(u'|')));
    }

    // An empty input, or one of white space, says so.
    void emptyIsSaidToBe()
    {
        InputReader::Result r = InputReader::read(QByteArray());
        QCOMPARE(r.format, InputFormat::Empty);
        QVERIFY2(r.problems.join(u'|').contains(QLatin1String("The input is empty")),
                 qPrintable(r.problems.join(u'|')));
        QCOMPARE(r.redactions, 0);
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(" \n\t\r\n  \n");
        f.seek(0);
        r = InputReader::read(&f);
        QCOMPARE(r.format, InputFormat::Empty);
        QVERIFY2(r.problems.join(u'|').contains(QLatin1String("only white space")), qPrintable(r.problems.join(u'|')));
    }

    // A device never ends: it is read up to the limit, and the answer says so.
    void deviceIsReadUpToTheLimit()
    {
        QFile zero(QStringLiteral("/dev/zero"));
        QVERIFY(zero.open(QIODevice::ReadOnly));
        const qint64 limit = 20 * 1024 * 1024;
        const InputReader::Result r = InputReader::read(&zero, nullptr, {}, limit);
        QCOMPARE(r.bytes, limit);
        QVERIFY2(r.problems.join(u'|').contains(QStringLiteral("larger than 20 MiB: the first 20 MiB were read")),
                 qPrintable(r.problems.join(u'|')));
    }

    // A file over the limit is cut at the limit, and says so; one at the limit is read whole.
    void fileOverTheLimitSaysSo()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QByteArray(3000, 'x') + logLine(403, wixBody(QStringLiteral("Cannot consume this service."),
                                                                QStringLiteral("DOMAINS_NO_THROTTLER_KEY"))));
        file.seek(0);
        InputReader::Result r = InputReader::read(&file, nullptr, {}, 1000);
        QCOMPARE(r.bytes, 1000);
        QVERIFY(r.problems.join(u'|').contains(QStringLiteral("the first")));
        file.seek(0);
        r = InputReader::read(&file, nullptr, {}, file.size());
        QCOMPARE(r.bytes, file.size());
        QVERIFY(!r.problems.join(u'|').contains(QStringLiteral("the first")));
    }

    // A log longer than kStreamThreshold is read block by block: the same responses, at the same lines, as when it
    // is read whole, with secrets redacted in every block.
    // One assembly step joins what a paste says of one failure, wherever it says it, and says how it joined it.
    void assemblyJoinsOneFailure_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("explained");
        const QByteArray body = wixBody(QStringLiteral("Domain a-b.com with different settings is already connected."),
                                        QStringLiteral("DOMAINS_ALREADY_EXISTS"));
        QTest::newRow("error line, prose, body") << "Request failed with status code 409\nThe response was:\n" + body
                                                 << 409 << QStringLiteral("status 409 (line 1) joined with the body");
        QTest::newRow("body printed twice") << "{'message': 'Domain a-b.com with different settings is already "
                                               "connected.', 'details': {'applicationError': {'code': "
                                               "'DOMAINS_ALREADY_EXISTS'}}}\n" +
                                                   body + "\nfailed: 409 Conflict\n"
                                            << 409 << QStringLiteral("the same failure printed again");
        QTest::newRow("arrow, empty body")
            << QByteArray("PATCH /domains/v1/dns-zones/a.com -> 500\n"
                          "{\"message\":\"\",\"details\":{}}\n")
            << 500 << QStringLiteral("status 500 (line 1) joined with the body (line 2)");
        QTest::newRow("wget") << "HTTP request sent, awaiting response... 409 Conflict\n" + body +
                                     "\n2026-12-07 10:00:00 ERROR 409: Conflict.\n"
                              << 409 << QStringLiteral("the status restated");
    }

    void assemblyJoinsOneFailure()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, explained);
        // As the diagnoser reads: a line with an error code is kept even without a status.
        const InputReader::Result r =
            InputReader::read(input, nullptr, [](const ParsedResponse &line) { return line.isError(); });
        QCOMPARE(r.candidates.size(), 1);
        const ParsedResponse &failure = r.candidates.front();
        QCOMPARE(failure.httpStatus, status);
        QVERIFY2(failure.assembly.join(u' ').contains(explained), qPrintable(failure.assembly.join(u'\n')));
    }

    void twoFailuresStayTwo()
    {
        const QByteArray input = "POST /domains/v1/connected-domains -> 409\n" +
                                 wixBody(QStringLiteral("Domain a-b.com with different settings is already connected."),
                                         QStringLiteral("DOMAINS_ALREADY_EXISTS")) +
                                 "\nPOST /domains/v1/connected-domains -> 403\n" +
                                 wixBody(QStringLiteral("Permission denied for account ID 12."),
                                         QStringLiteral("DOMAINS_PERMISSION_DENIED")) +
                                 '\n';
        const InputReader::Result r = InputReader::read(input);
        QCOMPARE(r.candidates.size(), 2);
        QCOMPARE(r.candidates.at(0).httpStatus, 409);
        QCOMPARE(r.candidates.at(1).httpStatus, 403);
    }

    // A status from wherever a person or program writes it; never a number that is something else.
    void statusFromAnyPlace_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("status");
        QTest::newRow("aiohttp")
            << QStringLiteral(
                   "aiohttp.client_exceptions.ClientResponseError: 404, message='Not Found', url=URL('https://x/y')")
            << 404;
        QTest::newRow("de") << QStringLiteral("Der Aufruf ist fehlgeschlagen (Statuscode 400)") << 400;
        QTest::newRow("es") << QStringLiteral("la API devuelve el código de estado 428 con este mensaje") << 428;
        QTest::newRow("console arguments") << QStringLiteral(R"(["Wix Domains API",403,"{}"])") << 403;
        QTest::newRow("response arrow") << QStringLiteral("<- 428 Precondition Required (412 ms)") << 428;
        QTest::newRow("logfmt") << QStringLiteral("level=error status=503 msg=failed") << 503;
        QTest::newRow("no-break space") << QStringLiteral("Status:\u00a0403\u00a0Forbidden") << 403;
        QTest::newRow("port") << QStringLiteral("error: listening on :443 failed") << 0;
        QTest::newRow("count") << QStringLiteral("processed 404 records with errors") << 0;
        QTest::newRow("line number") << QStringLiteral("Error in Connector.cs:line 500") << 0;
        QTest::newRow("year") << QStringLiteral("error since 2026") << 0;
    }

    void statusFromAnyPlace()
    {
        QFETCH(QString, line);
        QFETCH(int, status);
        ParsedResponse r;
        ErrorBody::readLenient(line, &r);
        QCOMPARE(r.httpStatus, status);
    }

    // A request id under any label that names it; never a value that is not one.
    void requestIdUnderAnyLabel_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("id");
        const QString id = QStringLiteral("1765432100.123456789012345678");
        QTest::newRow("ticket column") << QStringLiteral("Request Id: ") + id << id;
        QTest::newRow("prose") << QStringLiteral("request ID = ") + id << id;
        QTest::newRow("camel case") << QStringLiteral("requestId=") + id << id;
        QTest::newRow("no-break space") << QStringLiteral("x-wix-request-id:\u00a0") + id << id;
        QTest::newRow("upper snake") << QStringLiteral("X_WIX_REQUEST_ID ") + id << id;
        QTest::newRow("markdown") << QStringLiteral("**Request ID:** `") + id + u'`' << id;
        QTest::newRow("tab") << QStringLiteral("x-wix-request-id\t") + id << id;
        QTest::newRow("spanish") << QStringLiteral("ID de solicitud: ") + id << id;
        QTest::newRow("not a value") << QStringLiteral("x-wix-request-id: see the headers below") << QString();
        QTest::newRow("missing") << QStringLiteral("request id: unknown") << QString();
    }

    void requestIdUnderAnyLabel()
    {
        QFETCH(QString, line);
        QFETCH(QString, id);
        ParsedResponse r;
        ErrorBody::readLenient(line, &r);
        QCOMPARE(r.requestId, id);
    }

    void requestIdFromHeaderPairs()
    {
        // HAR's and Postman's header arrays: name (or key) and value, one object per header.
        const QByteArray input = R"({"status": 403, "message": "Permission denied for account ID 12.", )"
                                 R"("headers": [{"name": "content-type", "value": "application/json"}, )"
                                 R"({"name": "X-Wix-Request-Id", "value": "1765.4321"}]})";
        const InputReader::Result r = InputReader::read(input);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.front().requestId, QStringLiteral("1765.4321"));
    }

    void longLogIsReadInBlocks()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray info = "2026-01-12T10:15:02Z INFO  [sync] request GET /v1/sites/1 completed in 120 ms\n";
        const QByteArray error = logLine(
            403, wixBody(QStringLiteral("Cannot consume this service."), QStringLiteral("DOMAINS_NO_THROTTLER_KEY")));
        const QByteArray secret = "2026-01-12T10:15:03Z ERROR retry with Authorization: Bearer s3cr3t-in-block-x1\n";
        QByteArray all;
        int pieces = 0;
        int lines = 0;
        QList<int> errorLines;
        while (all.size() < InputReader::kStreamThreshold * 2 + 12345) {
            const QByteArray &piece = pieces % 997 == 0 ? error : pieces % 1499 == 0 ? secret : info;
            if (&piece == &error)
                errorLines.append(lines + 2); // logLine's error is its second line
            all += piece;
            lines += int(piece.count('\n'));
            ++pieces;
        }
        file.write(all);
        file.seek(0);
        const InputReader::Result streamed = InputReader::read(&file);
        QCOMPARE(streamed.bytes, all.size());
        QVERIFY(streamed.redactedText.isEmpty()); // not held
        QVERIFY(streamed.redactions > 20);
        QList<int> found;
        for (const ParsedResponse &r : streamed.candidates) {
            QVERIFY(!r.text.contains(QStringLiteral("s3cr3t-in-block")));
            if (r.code == QLatin1String("DOMAINS_NO_THROTTLER_KEY"))
                found.append(r.location.first);
        }
        QCOMPARE(found, errorLines);
    }

    // A long log read block by block redacts and reads only the lines that may matter: it finds what reading the
    // whole text redacted finds, at the same lines, for what could tell the two apart: failures and secrets over
    // several lines (CRLF, pretty-printed JSON, a YAML block, a table), a documented message on a line of its own, a
    // long line, bytes that are not UTF-8, lines that only name a method or a URL, and every piece at block edges.
    void longLogFindsWhatTheWholeTextGives()
    {
        const QByteArray filler = "2026-11-20T10:15:02.123Z INFO  [sync] request GET /v1/sites/7 completed in 120 ms\n";
        const QByteArray conflict =
            wixBody(QStringLiteral("Domain a-b.com with different settings is already connected."),
                    QStringLiteral("DOMAINS_ALREADY_EXISTS"));
        const QList<QByteArray> pieces = {
            logLine(403, wixBody(QStringLiteral("Cannot consume this service."),
                                 QStringLiteral("DOMAINS_NO_THROTTLER_KEY"))),
            "2026-11-20T10:15:04Z ERROR call failed with status 409:\r\n" +
                wixPretty(QStringLiteral("Domain a-b.com with different settings is already connected."),
                          QStringLiteral("DOMAINS_ALREADY_EXISTS")) +
                "\r\n",
            "2026-11-20T10:15:05Z WARN request failed with status 403\nThe API says: Cannot consume this service.\n",
            "2026-11-20T10:15:06Z ERROR {\"token\": \"s3cr3t-json-1\", \"status\": 409, \"body\": " + conflict + "}\n",
            "2026-11-20T10:15:07Z DEBUG retry with Authorization: Bearer s3cr3t-bearer-2\n",
            "2026-11-20T10:15:08Z DEBUG " + QByteArray(100000, 'a') + " api_key=s3cr3t-long-3 status 500 " + conflict +
                "\n",
            "2026-11-20T10:15:09Z ERROR status 409 caf\xe9 \xff\xfe " + conflict + "\n",
            "| Status | Request id |\n|---|---|\n| 409 | 1765.4321 |\n",
            "config:\n  password: |\n    s3cr3t-yaml-4\n  retries: 3\n",
            "2026-11-20T10:15:10Z DEBUG curl -u admin:s3cr3t-curl-5 -X POST "
            "https://www.wixapis.com/domains/v1/connected-domains\n",
            "2026-11-20T10:15:11Z INFO POST /domains/v1/connected-domains -> 409 x-wix-request-id=1765.99\n" +
                conflict + "\n",
        };
        QByteArray all;
        for (int i = 0; all.size() < InputReader::kStreamThreshold + 3 * 1024 * 1024; ++i) {
            all += pieces.at(i % pieces.size());
            for (int lines = 0; lines < (i * 7919) % 2000; ++lines) // the pieces fall at every place of a block
                all += filler;
        }
        std::shared_ptr<const Catalog> catalog;
        TestDiagnosis::loadEmbeddedCatalog(&catalog);
        const Matcher matcher(*catalog); // keeps a line as the diagnoser does: when it may hold a documented message
        const InputReader::KeepLine keep = [&matcher](const ParsedResponse &r) { return matcher.mightMatch(r); };
        QBuffer buffer(&all);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const InputReader::Result streamed = InputReader::read(&buffer, nullptr, keep);
        const InputReader::Result whole = InputReader::read(all, nullptr, keep);
        QCOMPARE(whole.format, InputFormat::Log);
        QVERIFY(streamed.redactedText.isEmpty()); // read in blocks
        QVERIFY(streamed.candidates.size() > 100);
        QCOMPARE(streamed.candidates.size(), whole.candidates.size());
        for (qsizetype i = 0; i < whole.candidates.size(); ++i) {
            const ParsedResponse &s = streamed.candidates.at(i);
            const ParsedResponse &w = whole.candidates.at(i);
            const QString at = QString::number(i) + u' ' + w.location.label() + u' ' + w.text.left(200);
            QVERIFY2(s.location == w.location && s.httpStatus == w.httpStatus && s.code == w.code &&
                         s.message == w.message && s.requestId == w.requestId && s.method == w.method &&
                         s.url == w.url && s.text == w.text && s.assembly == w.assembly,
                     qPrintable(at + u'\n' + s.location.label() + u' ' + s.text.left(200)));
            QVERIFY2(!s.text.contains(QStringLiteral("s3cr3t")), qPrintable(s.text.left(300)));
        }
        QVERIFY(streamed.redactions > 0);
    }

    // A JSON document over the streaming threshold is no single error body to parse whole: it is read in blocks
    // like a log (its memory bounded whatever its strings hold), and the error body at its start is still found.
    void longJsonDocumentIsReadInBlocks()
    {
        QByteArray json = "{\"message\": \"Site is not permitted to target account.\", \"details\": "
                          "{\"applicationError\": {\"code\": \"DOMAINS_SITE_NOT_PERMITTED\"}}, \"data\": \"";
        json += QByteArray(InputReader::kStreamThreshold + 4096, 'x') + "\"}";
        QTemporaryFile file;
        QVERIFY(file.open() && file.write(json) == json.size() && file.seek(0));
        std::shared_ptr<const Catalog> catalog;
        TestDiagnosis::loadEmbeddedCatalog(&catalog);
        const Report report = Diagnoser(catalog).diagnose(&file);
        QCOMPARE(report.bytes, json.size());
        QCOMPARE(report.format, InputFormat::Log);
        QCOMPARE(report.results.size(), 1);
        QCOMPARE(report.results.front().input.code, QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"));
    }

    // Bytes that hold no text (random bytes, an image, an archive) are not searched as if they were log lines; the
    // text around them is, with its line numbers, and the answer says what was left out.
    void bytesThatAreNoTextAreNotScanned()
    {
        QRandomGenerator random(20261207);
        const auto randomBytes = [&random](qsizetype size) {
            QByteArray bytes(size, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
            return bytes;
        };
        const QByteArray error = logLine(
            403, wixBody(QStringLiteral("Cannot consume this service."), QStringLiteral("DOMAINS_NO_THROTTLER_KEY")));
        QByteArray text;
        while (text.size() < 9 * 1024 * 1024)
            text += "2026-01-12T10:15:02Z INFO  [sync] request GET /v1/sites/1 completed in 120 ms\n";
        QByteArray all = error + text + randomBytes(12 * 1024 * 1024);
        QBuffer buffer(&all);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const InputReader::Result r = InputReader::read(&buffer);
        QCOMPARE(r.bytes, all.size());
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.front().location.key(), QStringLiteral("line 2"));
        QVERIFY2(r.problems.join(u'\n').contains(QLatin1String("Part of the input is not text")),
                 qPrintable(r.problems.join(u'\n')));

        // Random bytes that happen to start like JSON are no JSON document to read whole: binary data, not read.
        QByteArray json = "{" + randomBytes(InputReader::kStreamThreshold + 4096);
        QBuffer jsonBuffer(&json);
        QVERIFY(jsonBuffer.open(QIODevice::ReadOnly));
        const InputReader::Result notJson = InputReader::read(&jsonBuffer);
        QCOMPARE(notJson.format, InputFormat::Binary);
        QVERIFY2(notJson.problems.join(u'\n').contains(QLatin1String("binary data")),
                 qPrintable(notJson.problems.join(u'\n')));
        QVERIFY(notJson.candidates.isEmpty());

        // Text in a legacy encoding is still text.
        QByteArray latin1;
        while (latin1.size() < InputReader::kStreamThreshold + 4096)
            latin1 += "2026-01-12 Gr\xfc\xdf"
                      "e aus M\xfc"
                      "nchen: \xc4"
                      "nderung gespeichert\n";
        latin1 += error;
        QBuffer latin1Buffer(&latin1);
        QVERIFY(latin1Buffer.open(QIODevice::ReadOnly));
        const InputReader::Result legacy = InputReader::read(&latin1Buffer);
        QCOMPARE(legacy.candidates.size(), 1);
        QVERIFY(!legacy.problems.join(u'\n').contains(QLatin1String("not text")));
    }
};

QTEST_GUILESS_MAIN(TestInputReader)
#include "tst_inputreader.moc"
