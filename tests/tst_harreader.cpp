// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "harsplitter.h"
#include "inputreader.h"
#include "samples.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTemporaryFile>
#include <QTest>

using namespace Samples;

namespace {

// What the splitter hands over, fed in pieces of the given size.
QList<QByteArray> split(const QByteArray &doc, qsizetype piece, HarSplitter::State *state, int *odd)
{
    QList<QByteArray> entries;
    HarSplitter splitter([&](QByteArrayView bytes, qsizetype) { entries.append(bytes.toByteArray()); },
                         [&]() { ++*odd; });
    for (qsizetype i = 0; i < doc.size(); i += piece)
        splitter.feed(doc.constData() + i, qMin(piece, doc.size() - i));
    splitter.finish();
    *state = splitter.state();
    return entries;
}

QByteArray failingHar(int count, qsizetype padding)
{
    QList<std::tuple<QString, QString, int, QByteArray>> entries;
    for (int i = 0; i < count; ++i) {
        const bool failed = i % 3 == 1;
        const QByteArray body =
            failed ? wixBody(QStringLiteral("Domain d%1.com is not permitted to target account.").arg(i),
                             QStringLiteral("DOMAINS_DOMAIN_NOT_PERMITTED"))
                   : QByteArray("{\"items\": [\"") + QByteArray(padding * (i % 5), 'x') + "\"]}";
        entries.append({QStringLiteral("POST"), QStringLiteral("https://www.wixapis.com/domains/v1/x%1").arg(i),
                        failed ? 403 : 200, body});
    }
    return har(entries);
}

QStringList summary(const InputReader::Result &r)
{
    QStringList lines{InputFormats::key(r.format), QString::number(r.bytes)};
    for (const ParsedResponse &p : r.candidates)
        lines << QStringList{p.location.key(), QString::number(p.httpStatus), p.code, p.message, p.url, p.text}.join(
            u'|');
    return lines + r.problems;
}

} // namespace

class TestHarReader : public QObject
{
    Q_OBJECT

private slots:
    // A string longer than the cap is kept up to the cap and the rest skipped: every entry handed over is still valid
    // JSON, whatever escapes and multi-byte characters stand where the string is cut and wherever chunks end.
    void longStringsAreCut_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<qsizetype>("piece");
        const QString mixed = QStringLiteral("ab\\\"c\u00e9\u00e9\\\\d\U0001F600\\ud83d\\ude00\\n");
        for (const qsizetype piece : {qsizetype(1024 * 1024), qsizetype(1024 * 1024 + 7), qsizetype(333333)}) {
            QTest::addRow("ascii, pieces of %lld", qlonglong(piece)) << QStringLiteral("x") << piece;
            QTest::addRow("escapes and UTF-8, pieces of %lld", qlonglong(piece)) << mixed << piece;
            QTest::addRow("UTF-8 only, pieces of %lld", qlonglong(piece)) << QStringLiteral("\u00e9\u4e2d") << piece;
        }
    }

    void longStringsAreCut()
    {
        QFETCH(QString, pattern);
        QFETCH(qsizetype, piece);
        const QString body = pattern.repeated(HarSplitter::kMaxStringBytes / pattern.toUtf8().size() + 5000);
        const QByteArray doc =
            har({{QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com/a"), 403, body.toUtf8()},
                 {QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com/b"), 404, QByteArray("{}")}});
        QList<QByteArray> entries;
        QList<int> cut;
        HarSplitter *self = nullptr;
        HarSplitter splitter(
            [&](QByteArrayView bytes, qsizetype) {
                entries.append(bytes.toByteArray());
                cut.append(self->cutStrings());
            },
            []() {});
        self = &splitter;
        for (qsizetype i = 0; i < doc.size(); i += piece)
            splitter.feed(doc.constData() + i, qMin(piece, doc.size() - i));
        splitter.finish();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(cut, (QList<int>{1, 0}));
        QVERIFY(entries.at(0).size() < HarSplitter::kMaxStringBytes + piece + 4096);
        QJsonParseError error;
        const QJsonObject first = QJsonDocument::fromJson(entries.at(0), &error).object();
        QCOMPARE(error.errorString(), QJsonParseError().errorString());
        const QString kept = first.value(QStringLiteral("response"))
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toObject()
                                 .value(QStringLiteral("text"))
                                 .toString();
        QVERIFY(kept.size() > 1000 && kept.size() < body.size());
        QVERIFY(body.startsWith(kept.chopped(2))); // a lone half of a surrogate pair may end it
        QCOMPARE(QJsonDocument::fromJson(entries.at(1))
                     .object()
                     .value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("url")),
                 QJsonValue(QStringLiteral("https://www.wixapis.com/b")));
    }

    // The answer says that a text was cut, and the entries after it are read as usual.
    void cutStringIsSaid()
    {
        const QByteArray body = QByteArray(HarSplitter::kMaxStringBytes + 1024 * 1024, 'x');
        QByteArray doc = har(
            {{QStringLiteral("POST"), QStringLiteral("https://www.wixapis.com/a"), 500, body},
             {QStringLiteral("POST"), QStringLiteral("https://www.wixapis.com/domain-connect/v1/connect-domain"), 403,
              wixBody(QStringLiteral("Cannot consume this service."), QStringLiteral("DOMAINS_NO_THROTTLER_KEY"))}});
        QBuffer buffer(&doc);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const InputReader::Result r = InputReader::read(&buffer);
        QCOMPARE(r.format, InputFormat::Har);
        QVERIFY2(r.problems.join(u'\n').contains(QLatin1String("HAR entry 1 of 2 holds a text longer than 4 MiB: only "
                                                               "its first 4 MiB were read, the rest was skipped.")),
                 qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.candidates.size(), 2);
        QVERIFY(r.candidates.at(0).text.size() <= HarSplitter::kMaxStringBytes + 1024 * 1024);
        QCOMPARE(r.candidates.at(1).code, QStringLiteral("DOMAINS_NO_THROTTLER_KEY"));
    }

    // Whatever the chunk boundaries, the same entries come out, each whole.
    void splitterIgnoresChunkBoundaries()
    {
        // Braces, brackets and escaped quotes inside strings must not count.
        const QByteArray doc =
            "{\"log\": {\"version\": \"1.2\", \"pages\": [{\"title\": \"a } ] \\\" {\"}],\n"
            "  \"entries\": [ {\"a\": \"}\\\\\\\"]\"}, {\"b\": [1, {\"c\": 2}]} ,{\"d\": \"\\u007d\"}],\n"
            "  \"after\": {\"entries\": [{\"no\": 1}]}}}";
        HarSplitter::State whole;
        int odd = 0;
        const QList<QByteArray> expected = split(doc, doc.size(), &whole, &odd);
        QCOMPARE(whole, HarSplitter::State::Done);
        QCOMPARE(expected,
                 (QList<QByteArray>{"{\"a\": \"}\\\\\\\"]\"}", "{\"b\": [1, {\"c\": 2}]}", "{\"d\": \"\\u007d\"}"}));
        for (qsizetype piece : {1, 2, 3, 7, 64}) {
            HarSplitter::State state;
            QCOMPARE(split(doc, piece, &state, &odd), expected);
            QCOMPARE(state, HarSplitter::State::Done);
        }
        QCOMPARE(odd, 0);
    }

    // Strings are skipped many bytes at a time: a quote, an escaped quote or an escaped backslash at any place of
    // a long string, on either side of a chunk's end, still ends (or does not end) the string where it should.
    void splitterFindsEveryStringEnd()
    {
        QList<QByteArray> entries;
        for (int at = 0; at < 48; ++at) {
            const QByteArray before(at, 'x');
            const QByteArray after(47 - at, 'y');
            entries << "{\"t\": \"" + before + "\\\"}]" + after + "\", \"u\": \"" + before + "\\\\\"}";
        }
        const QByteArray doc = "{\"log\": {\"entries\": [" + entries.join(", ") + "]}}";
        for (qsizetype piece : {qsizetype(1), qsizetype(5), qsizetype(16), qsizetype(17), doc.size()}) {
            HarSplitter::State state;
            int odd = 0;
            QCOMPARE(split(doc, piece, &state, &odd), entries);
            QCOMPARE(state, HarSplitter::State::Done);
            QCOMPARE(odd, 0);
        }
    }

    void splitterStates_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<HarSplitter::State>("state");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("odd");
        QTest::newRow("not an object") << QByteArray(R"([{"log": {"entries": []}}])") << HarSplitter::State::NotHar << 0
                                       << 0;
        QTest::newRow("log is not an object")
            << QByteArray(R"({"log": "entries", "message": "x"})") << HarSplitter::State::NotHar << 0 << 0;
        QTest::newRow("entries elsewhere")
            << QByteArray(R"({"log": {"x": {"entries": [{}]}}})") << HarSplitter::State::NotHar << 0 << 0;
        QTest::newRow("entries not an array")
            << QByteArray(R"({"log": {"entries": {"a": {}}}})") << HarSplitter::State::NotHar << 0 << 0;
        QTest::newRow("empty entries") << QByteArray(R"({"log": {"entries": []}})") << HarSplitter::State::Done << 0
                                       << 0;
        QTest::newRow("odd elements") << QByteArray(R"({"log": {"entries": [5, "x", [1], {}, null]}})")
                                      << HarSplitter::State::Done << 1 << 4;
        QTest::newRow("cut inside an entry") << QByteArray("{\"log\": {\"entries\": [{}, {\"response\": {\"sta")
                                             << HarSplitter::State::InEntries << 1 << 0;
        QTest::newRow("cut before the entries")
            << QByteArray(R"({"log": {"version": "1.2", )") << HarSplitter::State::Searching << 0 << 0;
    }
    void splitterStates()
    {
        QFETCH(QByteArray, doc);
        QFETCH(HarSplitter::State, state);
        QFETCH(int, entries);
        QFETCH(int, odd);
        HarSplitter::State got;
        int gotOdd = 0;
        QCOMPARE(split(doc, 5, &got, &gotOdd).size(), entries);
        QCOMPARE(got, state);
        QCOMPARE(gotOdd, odd);
    }

    // A file read in chunks gives the same answer as the same bytes read whole, including an entry bigger than a
    // chunk and entries that straddle two.
    void streamedEqualsWhole()
    {
        const QByteArray doc = failingHar(60, 200000); // about 12 MB
        QVERIFY(doc.size() > 8 * 1024 * 1024);
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(file.write(doc), doc.size());
        QVERIFY(file.seek(0));
        const InputReader::Result streamed = InputReader::read(&file);
        const InputReader::Result whole = InputReader::read(doc);
        QCOMPARE(InputFormats::key(streamed.format), QStringLiteral("har"));
        QCOMPARE(streamed.candidates.size(), 20);
        QCOMPARE(streamed.candidates.at(3).location.key(), QStringLiteral("entry 11 of 60"));
        QCOMPARE(streamed.candidates.at(3).code, QStringLiteral("DOMAINS_DOMAIN_NOT_PERMITTED"));
        QCOMPARE(streamed.candidates.at(3).requestId, QStringLiteral("1734.99"));
        QCOMPARE(summary(streamed), summary(whole));
        QVERIFY(streamed.problems.isEmpty());
        // Too big to keep as text: secrets are counted in the entries read, one authorization header each.
        QVERIFY(streamed.redactedText.isEmpty());
        QCOMPARE(streamed.redactions, 20);
        QCOMPARE(whole.redactions, 20);
    }

    // A small HAR is kept as redacted text, and its count covers every entry.
    void smallHarKeepsRedactedText()
    {
        const QByteArray doc = failingHar(6, 10);
        QBuffer buffer;
        buffer.setData(doc);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const InputReader::Result r = InputReader::read(&buffer);
        QCOMPARE(r.candidates.size(), 2);
        QCOMPARE(r.redactions, 6);
        QVERIFY(r.redactedText.contains(QLatin1String("[REDACTED]")));
        QVERIFY(!r.redactedText.contains(QLatin1String("secret-key-value")));
        for (const ParsedResponse &p : r.candidates)
            QVERIFY(!p.text.contains(QLatin1String("secret-key-value")));
        QCOMPARE(summary(r), summary(InputReader::read(doc)));
    }

    void keyOrderAndNumbersDoNotMatter()
    {
        const QByteArray doc =
            "{\"log\": {\"pages\": [{\"id\": \"{[\"}], \"entries\": [\n"
            "  {\"response\": {\"content\": {\"text\": \"{\\\"message\\\": \\\"Cannot consume this service.\\\", "
            "\\\"details\\\": {}}\"}, \"status\": 403.0},\n"
            "   \"request\": {\"url\": \"https://www.wixapis.com/domains/v1/connected-domains\", \"method\": "
            "\"POST\"}},\n"
            "  {\"response\": {\"status\": 200}}, {\"response\": {\"status\": 5e2}}]}}";
        const InputReader::Result r = InputReader::read(doc);
        QCOMPARE(InputFormats::key(r.format), QStringLiteral("har"));
        QCOMPARE(r.candidates.size(), 2);
        QCOMPARE(r.candidates.at(0).httpStatus, 403);
        QCOMPARE(r.candidates.at(0).message, QStringLiteral("Cannot consume this service."));
        QCOMPARE(r.candidates.at(0).method, QStringLiteral("POST"));
        QCOMPARE(r.candidates.at(1).httpStatus, 500);
        QCOMPARE(r.candidates.at(1).location.key(), QStringLiteral("entry 3 of 3"));
    }

    // A cut-off HAR keeps every entry before the cut and reads what remains of the last one as text.
    void truncatedHarKeepsWhatItHas()
    {
        const QByteArray doc = failingHar(4, 10);
        const InputReader::Result r = InputReader::read(doc.left(doc.size() - 80));
        QCOMPARE(InputFormats::key(r.format), QStringLiteral("har"));
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.front().code, QStringLiteral("DOMAINS_DOMAIN_NOT_PERMITTED"));
        QCOMPARE(r.candidates.front().location.key(), QStringLiteral("entry 2 of 4"));
        QVERIFY2(r.problems.join(u' ').contains(QLatin1String("ends inside entry 4")),
                 qPrintable(r.problems.join(u'\n')));

        const QByteArray failedLast = failingHar(2, 10);
        const InputReader::Result cutFailure = InputReader::read(failedLast.left(failedLast.size() - 60));
        QCOMPARE(cutFailure.candidates.size(), 1);
        QCOMPARE(cutFailure.candidates.front().location.key(), QStringLiteral("entry 2 of 2"));
        QCOMPARE(cutFailure.candidates.front().httpStatus, 403);

        const InputReader::Result cutAfter = InputReader::read(doc.left(doc.lastIndexOf(']') + 1));
        QCOMPARE(cutAfter.candidates.size(), 1);
        QCOMPARE(cutAfter.problems,
                 QStringList{QStringLiteral("The HAR file ends before it is closed: it may be truncated. All its 4 "
                                            "entries were read.")});
    }

    void brokenEntriesAreNamed()
    {
        const QByteArray doc = "{\"log\": {\"entries\": [{\"response\": {\"status\": 403, \"content\": {\"text\": "
                               "\"\xFF\xFE Cannot consume this service.\"}}}, {\"response\": {\"status\": 4xx}}, "
                               "{\"response\": {\"status\": 200}}]}}";
        const InputReader::Result r = InputReader::read(doc);
        QCOMPARE(InputFormats::key(r.format), QStringLiteral("har"));
        QCOMPARE(r.candidates.size(), 1);
        QVERIFY(r.candidates.front().text.contains(QLatin1String("Cannot consume this service.")));
        const QString problems = r.problems.join(u'\n');
        QVERIFY2(problems.contains(QLatin1String("HAR entry 1 of 3: The input is not valid UTF-8")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("HAR entry 2 of 3 is not valid JSON")), qPrintable(problems));
    }

    void utf16Har()
    {
        const QByteArray utf8 = failingHar(3, 10);
        const QString text = QString::fromUtf8(utf8);
        const QByteArray utf16 =
            QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const InputReader::Result r = InputReader::read(utf16);
        QCOMPARE(InputFormats::key(r.format), QStringLiteral("har"));
        QCOMPARE(r.bytes, utf16.size());
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.front().location.key(), QStringLiteral("entry 2 of 3"));
    }

    // JSON that only names "log" is read as what it is.
    void notAHar()
    {
        const InputReader::Result r =
            InputReader::read(R"({"log": "request failed", "message": "Cannot consume this service.", "details": {}})");
        QCOMPARE(InputFormats::key(r.format), QStringLiteral("wix-json"));
        QBuffer buffer;
        buffer.setData(R"({"log": "x", "message": "Cannot consume this service.", "details": {}})");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(InputFormats::key(InputReader::read(&buffer).format), QStringLiteral("wix-json"));
    }
};

QTEST_GUILESS_MAIN(TestHarReader)
#include "tst_harreader.moc"
