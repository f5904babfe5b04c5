// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "inputreader.h"
#include "samples.h"
#include "textdecoding.h"

#include <QBuffer>
#include <QFile>
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

        // Random bytes that happen to start like JSON are no JSON document to read whole.
        QByteArray json = "{" + randomBytes(InputReader::kStreamThreshold + 4096);
        QBuffer jsonBuffer(&json);
        QVERIFY(jsonBuffer.open(QIODevice::ReadOnly));
        const InputReader::Result notJson = InputReader::read(&jsonBuffer);
        QVERIFY2(notJson.problems.join(u'\n').contains(QLatin1String("Part of the input is not text")),
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
