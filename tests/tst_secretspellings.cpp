// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Credentials as real pastes spell them (code that sets a header, config and export formats, clients' options and
// debug output, wrapped and escaped text, token shapes, URLs inside logs), each pasted above a failed response and
// diagnosed: no secret reaches the text report, the JSON report, the reply, the diagnosis (what history keeps) or
// the kept text (what the editor shows), and the names and ids around it stay visible. Kept apart from the fuzz
// target's plantings: these are spellings from clients' documentation and from what the clients print.
#include "diagnoser.h"
#include "jsonreport.h"
#include "redactor.h"
#include "replycomposer.h"
#include "testdiagnosis.h"
#include "textreport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

class TestSecretSpellings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestDiagnosis::loadEmbeddedCatalog(&m_catalog); }
    void noOutputHoldsTheSecret_data();
    void noOutputHoldsTheSecret();
    // A JSON log line longer than any block the reader cuts, with "token VALUE" at its end: still redacted.
    void longLineKeepsItsSecret();
    // A text too long to redact at once is cut where no name is separated from its value: the two pieces,
    // redacted apart, leak nothing, wherever the wanted cut falls.
    void cutsKeepStatementsWhole_data();
    void cutsKeepStatementsWhole();
    // A log too long to hold whole is read in blocks; a line longer than a block is cut, and the cut that used to
    // fall at the block size split "token VALUE": the value was then neither redacted nor counted.
    void streamedLineKeepsItsSecret();

private:
    std::shared_ptr<const Catalog> m_catalog;
};

namespace {

const QString kJwtHead =
    QStringLiteral("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZ2VudCIsImlhdCI6MTczNDQyNzMwMX0");

// The failure every spelling is pasted above, as curl -v prints it.
const QString kFailure = QStringLiteral(
    "> GET /domains/v1/connected-domains/shop00.com?siteId=5e6f7a8b-1c2d-4e5f-8a9b-0c1d2e3f4a5b HTTP/1.1\n"
    "> Host: www.wixapis.com\n> wix-account-id: 1d2e3f4a-1111-2222-3333-444455556666\n>\n< HTTP/1.1 403 Forbidden\n"
    "< content-type: application/json\n< x-wix-request-id: 1734427301.191556792796277844\n<\n"
    R"({"message":"Permission denied: DOMAINS_NO_THROTTLER_KEY","details":{"applicationError":{)"
    R"("code":"DOMAINS_NO_THROTTLER_KEY","description":"Permission denied","data":{}}}})");

// Every text in the outputs, with what may hide a secret undone: JSON and JavaScript escapes, percent-encoding,
// HTML entities, quoted-printable soft breaks and e-mail quote marks (written here apart from the engine's decoder).
QString undone(QString text)
{
    static const QRegularExpression unicode(QStringLiteral(R"(\\u([0-9A-Fa-f]{4}))"));
    static const QRegularExpression quoteMarks(QStringLiteral(R"((?m)^(?:> ?)+)"));
    for (int level = 0; level < 3; ++level) {
        QString out;
        qsizetype last = 0;
        for (auto it = unicode.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last) + QChar(m.captured(1).toUShort(nullptr, 16));
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        text = QUrl::fromPercentEncoding(out.replace(QStringLiteral("\\\""), QStringLiteral("\"")).toUtf8());
        text.replace(u"&quot;"_qs, u"\""_qs).replace(u"&#34;"_qs, u"\""_qs).replace(u"&amp;"_qs, u"&"_qs);
        text.replace(u"=\r\n"_qs, QString()).replace(u"=\n"_qs, QString()).replace(u"=3D"_qs, u"="_qs);
        text.replace(quoteMarks, QString());
    }
    return text;
}

void add(const char *family, std::initializer_list<std::tuple<QString, QStringList, QStringList>> spellings)
{
    int i = 0;
    for (const auto &[text, secrets, kept] : spellings)
        QTest::addRow("%s %d", family, ++i) << text << secrets << kept;
}

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

void TestSecretSpellings::noOutputHoldsTheSecret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets"); // none may survive, each at least 8 characters
    QTest::addColumn<QStringList>("kept");    // names and ids that must stay visible
    const QStringList authorization{s(u"Authorization")};
    add("code sets a header",
        {{s(u"headers[\"Authorization\"] = \"Bearer PyDictT0kenA1\""), {s(u"PyDictT0kenA1")}, authorization},
         {s(u"headers = {'X-Wix-Api-Key': 'PyDictW1xKeyA2'}"), {s(u"PyDictW1xKeyA2")}, {s(u"X-Wix-Api-Key")}},
         {s(u"{\"accept\"=>[\"*/*\"], \"authorization\"=>[\"Token RubyHashT0kA3\"]}"),
          {s(u"RubyHashT0kA3")},
          {s(u"authorization")}},
         {s(u"Request headers: {Accept=[application/json], Authorization=[Token JavaMapT0kA4]}"),
          {s(u"JavaMapT0kA4")},
          authorization},
         {s(u"req.Header = http.Header{\"Authorization\": []string{\"Token GoHeaderT0kA5\"}}"),
          {s(u"GoHeaderT0kA5")},
          authorization},
         {s(u"client.DefaultRequestHeaders.Add(\"Authorization\", \"Token CsAddT0kenA6\");"),
          {s(u"CsAddT0kenA6")},
          authorization},
         {s(u"request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"CsAhvT0kenA7\");"),
          {s(u"CsAhvT0kenA7")},
          authorization},
         {s(u"Invoke-RestMethod -Uri $u -Headers @{ Authorization = \"Token PwshHashT0kA8\" }"),
          {s(u"PwshHashT0kA8")},
          authorization},
         {s(u"$headers = @{ 'X-Api-Key' = 'PwshApiK3yA9x' }"), {s(u"PwshApiK3yA9x")}, {s(u"X-Api-Key")}},
         {s(u"xhr.setRequestHeader(\"Authorization\", \"Token XhrSetT0kB1\");"), {s(u"XhrSetT0kB1")}, authorization},
         {s(u"conn.setRequestProperty(\"x-api-key\", \"JavaPropK3yB2\");"), {s(u"JavaPropK3yB2")}, {s(u"x-api-key")}},
         {s(u"new Request.Builder().addHeader(\"Authorization\", \"Token OkHttpT0kB3\")"),
          {s(u"OkHttpT0kB3")},
          authorization},
         {s(u"request.setValue(\"Token SwiftSetT0kB4\", forHTTPHeaderField: \"Authorization\")"),
          {s(u"SwiftSetT0kB4")},
          authorization},
         {s(u"fetch(url, { headers: { Authorization: `Token ${t}`, 'x-api-key': `JsTmplK3yB5x` } })"),
          {s(u"JsTmplK3yB5x")},
          {s(u"x-api-key")}},
         {s(u"curl_setopt($ch, CURLOPT_USERPWD, \"agent:PhpUserPwdB6\");"), {s(u"PhpUserPwdB6")}, {}},
         {s(u"  [\"Authorization\"]=>\n  string(21) \"Token PhpDumpT0kenB7\""), {s(u"PhpDumpT0kenB7")}, authorization},
         {s(u"Array\n(\n    [x-api-key] => PhpPrintK3yB8\n)"), {s(u"PhpPrintK3yB8")}, {s(u"x-api-key")}}});
    add("config and export formats",
        {{s(u"\"header\": [{\"key\": \"x-wix-request-id\", \"value\": \"1734427301.1915567\"}, "
            u"{\"key\": \"Authorization\", \"value\": \"Token PostmanHdrC1\", \"type\": \"text\"}]"),
          {s(u"PostmanHdrC1")},
          {s(u"x-wix-request-id"), s(u"1734427301.1915567"), authorization.front()}},
         {s(u"\"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"PostmanBearC2\", "
            u"\"type\": \"string\"}]}"),
          {s(u"PostmanBearC2")},
          {s(u"\"key\": \"token\"")}},
         {s(u"\"values\": [{\"key\": \"siteId\", \"value\": \"5e6f7a8b\", \"enabled\": true}, {\"key\": \"apiKey\", "
            u"\"value\": \"PostmanEnvC3x\", \"enabled\": true}]"),
          {s(u"PostmanEnvC3x")},
          {s(u"5e6f7a8b"), s(u"apiKey")}},
         {s(u"oauth:\n  client_id: app-42\n  client_secret: >-\n    YamlFoldedC4\n    SecondLineC4x\n  scope: x"),
          {s(u"YamlFoldedC4"), s(u"SecondLineC4x")},
          {s(u"client_id: app-42"), s(u"scope: x")}},
         {s(u"auth:\n  password: |\n    YamlLiteralC5\nnext: 1"), {s(u"YamlLiteralC5")}, {s(u"next: 1")}},
         {s(u"[wix]\napi_key = \"\"\"\nTomlTripleC6x\n\"\"\"\nsite = \"5e6f\""),
          {s(u"TomlTripleC6x")},
          {s(u"site = \"5e6f\"")}},
         {s(u"[credentials]\napi_key = IniSpaced C7x value\nregion = eu"),
          {s(u"IniSpaced C7x value")},
          {s(u"region = eu")}},
         {s(u"WIX_API_KEY=DotEnvK3yC8x\nWIX_SITE_ID=5e6f"), {s(u"DotEnvK3yC8x")}, {s(u"WIX_SITE_ID=5e6f")}},
         {s(u"export WIX_ACCESS_TOKEN='ShellExpC9xx'"), {s(u"ShellExpC9xx")}, {}},
         {s(u"docker run -e WIX_CLIENT_SECRET=DockerEnvD1x img"), {s(u"DockerEnvD1x")}, {s(u"img")}},
         {s(u"<add key=\"ApiKey\" value=\"XmlAddD2xxx\" />"), {s(u"XmlAddD2xxx")}, {s(u"ApiKey")}},
         {s(u"<password>XmlElemD3xxx</password>"), {s(u"XmlElemD3xxx")}, {}},
         {s(u"Set-Cookie: svSession=CookieD4xxx; Path=/; HttpOnly"), {s(u"CookieD4xxx")}, {s(u"Path=/")}},
         {s(u"{\"refreshToken\":\"CamelRefD5xx\",\"siteId\":\"5e6f\"}"), {s(u"CamelRefD5xx")}, {s(u"5e6f")}},
         {s(u"Client Secret: SpacedNameD6x"), {s(u"SpacedNameD6x")}, {}},
         {s(u"private-key = PrivKeyD7xxxx"), {s(u"PrivKeyD7xxxx")}, {}}});
    add("client options",
        {{s(u"http -a agent:HttpieAuthE1x GET https://www.wixapis.com/x"), {s(u"HttpieAuthE1x")}, {}},
         {s(u"http --auth=agent:HttpieAuthE2x GET https://www.wixapis.com/x"), {s(u"HttpieAuthE2x")}, {}},
         {s(u"http --auth-type=bearer --auth HttpieBearE3x GET https://x"), {s(u"HttpieBearE3x")}, {}},
         {s(u"http GET https://www.wixapis.com/x 'Authorization:Token HttpieItemE4' wix-site-id:5e6f"),
          {s(u"HttpieItemE4")},
          {s(u"wix-site-id:5e6f")}},
         {s(u"http GET https://www.wixapis.com/x X-Api-Key:HttpieKeyE5x"), {s(u"HttpieKeyE5x")}, {}},
         {s(u"curl --cert client.pem:CurlCertE6x https://x"), {s(u"CurlCertE6x")}, {s(u"client.pem")}},
         {s(u"curl --key k.pem --pass CurlPassE7x https://x"), {s(u"CurlPassE7x")}, {}},
         {s(u"curl --oauth2-bearer CurlOauthE8 https://x"), {s(u"CurlOauthE8")}, {}},
         {s(u"curl -H \"Authorization: Token CurlHdrE9xx\" https://x"), {s(u"CurlHdrE9xx")}, authorization},
         {s(u"wget --http-user=agent --http-password=WgetPassF1 https://x"), {s(u"WgetPassF1")}, {}},
         {s(u"Setting --header (header) to Authorization: Token WgetHdrF2xx"), {s(u"WgetHdrF2xx")}, authorization},
         {s(u"send: b'GET /x HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nAuthorization: Token PyHttpClF3x\\r\\n\\r\\n'"),
          {s(u"PyHttpClF3x")},
          authorization},
         {s(u"[Object: null prototype] {\n  authorization: 'Token N0deReqF4x',\n  'x-api-key': 'N0deApiK3yF5'\n}"),
          {s(u"N0deReqF4x"), s(u"N0deApiK3yF5")},
          {s(u"x-api-key")}},
         {s(u"<- \"GET /x HTTP/1.1\\r\\nUser-Agent: Ruby\\r\\nAuthorization: Token RubyNetF6x\\r\\n\\r\\n\""),
          {s(u"RubyNetF6x")},
          {s(u"User-Agent: Ruby")}},
         {s(u"{'User-Agent': 'python-requests/2.31', 'X-Wix-Api-Key': 'PyReqW1xF7x'}"),
          {s(u"PyReqW1xF7x")},
          {s(u"python-requests/2.31")}}});
    const QString qpJwt = kJwtHead + s(u".QpSoftBreakSignatureG1");
    add("wrapping and escaping",
        {{s(u"Authorization: Token ") + qpJwt.left(60) + s(u"=\n") + qpJwt.mid(60), {s(u"QpSoftBreakSignatureG1")}, {}},
         {s(u"<p>curl -H &quot;Authorization: Token HtmlEntG2xx&quot; https://x</p>"), {s(u"HtmlEntG2xx")}, {}},
         {s(u"{&quot;Authorization&quot;: &quot;Token HtmlEntG3xx&quot;}"), {s(u"HtmlEntG3xx")}, {}},
         {s(u"> > Authorization: Token QuotedWrapG4-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ\n"
            u"> > KLMNOPQRSTUVWXYZsecondPieceG4x"),
          {s(u"QuotedWrapG4"), s(u"secondPieceG4x")},
          {}},
         {s(u"api_key=3DQpEqualsG5xx&site=3D5e6f =\nmore"), {s(u"QpEqualsG5xx")}, {}},
         {s(u"{\"log\": \"{\\\"headers\\\": {\\\"authorization\\\": \\\"Token NestedEscG6\\\"}}\"}"),
          {s(u"NestedEscG6")},
          {}},
         {s(u"msg=\"request failed: Authorization%3A%20Token%20PercentG7xx\""), {s(u"PercentG7xx")}, {}},
         {s(u"\"password\": \"\\u0050assUnicodeG8\""), {s(u"assUnicodeG8")}, {}}});
    add("token shapes",
        {{s(u"access token: OauthNG.JWS.") + kJwtHead + s(u".OauthNgSigH1xx"), {s(u"OauthNgSigH1xx")}, {}},
         {s(u"using IST.") + kJwtHead + s(u".IstKeySigH2xx"), {s(u"IstKeySigH2xx")}, {}},
         {s(u"the call used ") + kJwtHead + s(u".BareJwtSigH3x and failed"), {s(u"BareJwtSigH3x")}, {}},
         {s(u"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIPemKeyH4xxxxxxxx\n-----END EC PRIVATE KEY-----"),
          {s(u"MHcCAQEEIPemKeyH4xxxxxxxx")},
          {}},
         {s(u"sent with Bearer BearerProseH5x"), {s(u"BearerProseH5x")}, {}},
         {s(u"auth header was Basic YWdlbnQ6QmFzaWNINngK"), {s(u"YWdlbnQ6QmFzaWNINngK")}, {}},
         {s(u"the token 7f3a9c2e8b4d1f6a0e5c rejected"), {s(u"7f3a9c2e8b4d1f6a0e5c")}, {}}});
    add("URL in a log",
        {{s(u"level=error url=https://www.wixapis.com/x?api_key=LogfmtUrlI1&siteId=5e6f status=403"),
          {s(u"LogfmtUrlI1")},
          {s(u"siteId=5e6f")}},
         {s(u"{\"level\":\"error\",\"url\":\"https://www.wixapis.com/x?access_token=JsonUrlI2xx\",\"status\":403}"),
          {s(u"JsonUrlI2xx")},
          {}},
         {s(u"Dec  7 14:00:01 host app[42]: GET https://www.wixapis.com/x?token=SyslogUrlI3 -> 403"),
          {s(u"SyslogUrlI3")},
          {}},
         {s(u"request url=\"https://www.wixapis.com/x?sig=QuotedUrlI4&a=1\" failed"), {s(u"QuotedUrlI4")}, {}},
         {s(u"url=https%3A%2F%2Fwww.wixapis.com%2Fx%3Fclient_secret%3DEncUrlI5xx"), {s(u"EncUrlI5xx")}, {}},
         {s(u"GET https://www.wixapis.com/x?apiKey=CamelUrlI6x&siteId=5e6f"), {s(u"CamelUrlI6x")}, {}}});
}

void TestSecretSpellings::noOutputHoldsTheSecret()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);
    const Diagnoser diagnoser(m_catalog);
    const Report report = diagnoser.diagnose((text + u'\n' + kFailure).toUtf8());
    QVERIFY2(!report.results.isEmpty(), qPrintable(report.redactedText));
    QString textReport;
    QTextStream out(&textReport);
    TextReport::writeReport(out, report, 0);
    out.flush();
    QByteArray json;
    JsonReport::writeReport(report, 0, [&](const QByteArray &bytes) { json += bytes; });
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
    QStringList outputs{report.redactedText, textReport, QString::fromUtf8(json)};
    for (const Diagnosis &d : report.results) {
        outputs << TestDiagnosis::describe(d) << d.input.text;
        for (const Match &m : d.matches)
            outputs << ReplyComposer::compose(d, m, ReplyComposer::Format::Markdown);
    }
    for (const QString &output : std::as_const(outputs)) {
        const QString plain = undone(output);
        for (const QString &secret : secrets)
            QVERIFY2(!output.contains(secret) && !plain.contains(secret), qPrintable(secret + u'\n' + output));
    }
    for (const QString &name : kept)
        QVERIFY2(report.redactedText.contains(name), qPrintable(name + u'\n' + report.redactedText));
    QVERIFY2(report.redactedText.contains(u"1734427301.191556792796277844"), qPrintable(report.redactedText));
    QVERIFY(report.redactedText.contains(u"shop00.com?siteId=5e6f7a8b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"));
    QVERIFY(report.redactedText.contains(u"wix-account-id: 1d2e3f4a-1111-2222-3333-444455556666"));
}

void TestSecretSpellings::longLineKeepsItsSecret()
{
    // The secret starts a few characters before 256 Ki characters, right after the line's last space: a reader that
    // cuts the line at a space near there separates it from its name.
    const QString secret = s(u"LongLineT0kenJ1x") + QString(300, u'q');
    const qsizetype secretStart = 256 * 1024 - 5;
    QString line = s(u"{\"level\":\"error\",\"msg\":\"");
    while (line.size() < secretStart)
        line += s(u"padding words of a long log message ");
    line.truncate(secretStart - 7);
    line += s(u" token ") + secret + s(u"\",\"status\":403}\n");
    QCOMPARE(line.indexOf(secret), secretStart);
    const Diagnoser diagnoser(m_catalog);
    const Report report = diagnoser.diagnose((line + kFailure).toUtf8());
    QVERIFY(!report.redactedText.isEmpty());
    QVERIFY(!report.redactedText.contains(secret.right(300)));
    QByteArray json;
    JsonReport::writeReport(report, 0, [&](const QByteArray &bytes) { json += bytes; });
    QVERIFY(!json.contains(secret.right(300).toUtf8()));
}

void TestSecretSpellings::cutsKeepStatementsWhole_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("secret");
    QTest::newRow("prose") << s(u"the token CutProseK1x9 was refused") << s(u"CutProseK1x9");
    QTest::newRow("header") << s(u"Authorization: Token CutHeaderK2x") << s(u"CutHeaderK2x");
    QTest::newRow("member") << s(u"{\"client_secret\": \"Cut Member K3x\"}") << s(u"Cut Member K3x");
    QTest::newRow("parameter") << s(u"GET /x?access_token=CutParamK4x&a=1") << s(u"CutParamK4x");
    QTest::newRow("option") << s(u"curl --user agent:CutOptionK5x https://x") << s(u"CutOptionK5x");
}

void TestSecretSpellings::cutsKeepStatementsWhole()
{
    QFETCH(QString, statement);
    QFETCH(QString, secret);
    const QString padding = QString(2000, u'p') + s(u" words and more words ");
    const QString text = padding + statement + u' ' + padding;
    const qsizetype from = padding.size() - 10;
    for (qsizetype wanted = from; wanted < from + statement.size() + 10; ++wanted) {
        const qsizetype cut = Redactor::safeCut(text, wanted);
        QVERIFY(cut > 0 && cut <= wanted);
        const QString pieces = Redactor::redact(text.left(cut)).text + Redactor::redact(text.mid(cut)).text;
        QVERIFY2(!pieces.contains(secret), qPrintable(QString::number(wanted) + u' ' + QString::number(cut)));
    }
}

void TestSecretSpellings::streamedLineKeepsItsSecret()
{
    constexpr qsizetype kBlock = 4 * 1024 * 1024; // the stream reader's block, in characters
    const QByteArray head = "2026-12-07T10:00:00Z ERROR status=403 message=\"Permission denied\" msg=\"";
    // A block of a long log is redacted when it is read, and read when it may carry an error: "error" after the
    // token makes the block that holds it one.
    QByteArray line =
        head + QByteArray(kBlock - head.size() - 10, 'p') + " token StreamT0kenQ7x error" + QByteArray(40, 'z');
    line += QByteArray(InputReader::kStreamThreshold + 1024 * 1024 - line.size(), 'q') + "\"\n";
    QBuffer buffer(&line);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const Report report = Diagnoser(m_catalog).diagnose(&buffer);
    QCOMPARE(report.redactions, 1);
    for (const Diagnosis &d : report.results)
        QVERIFY(!d.input.text.contains(QStringLiteral("StreamT0kenQ7x")));
}

QTEST_GUILESS_MAIN(TestSecretSpellings)
#include "tst_secretspellings.moc"
