// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "redactor.h"
#include "secretfinder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void secretsAreRemoved_data();
    void secretsAreRemoved();
    // What real clients print (tests/data/secrets, made by generate.py against a loopback server): no planted
    // secret survives, in any spelling.
    void realClientOutput_data();
    void realClientOutput();
    // A JSON document stays the same document: valid, with the same members, only secrets changed.
    void documentsStayValid_data();
    void documentsStayValid();
    void ordinaryTextIsKept_data();
    void ordinaryTextIsKept();
    void countsEachSecretOnce();
    void redactingTwiceChangesNothing();
    // The scanner reads the text as it will read once redacted: one reading finds every secret that a reading of the
    // redacted text would find (damaged text where a secret holds a pair's member or its label).
    void oneReadingReachesTheFixedPoint_data();
    void oneReadingReachesTheFixedPoint();
    // Over the fuzz corpus, the real clients' output and damaged mixtures of them.
    // A line that ends in '=' reads as a quoted-printable soft line break; it may be plain text as well.
    void equalsAtALineEnd_data();
    void equalsAtALineEnd();
    void redactingAgainChangesNothing_data();
    void redactingAgainChangesNothing();
};

namespace {

// The text with JSON \uXXXX escapes and percent-encoding undone, written here independently of the engine's decoder.
QString decodedForm(QString text)
{
    static const QRegularExpression unicode(QStringLiteral(R"(\\u([0-9A-Fa-f]{4}))"));
    for (int level = 0; level < 3; ++level) {
        QString out;
        qsizetype last = 0;
        for (auto it = unicode.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += QChar(m.captured(1).toUShort(nullptr, 16));
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        text = QUrl::fromPercentEncoding(out.toUtf8());
    }
    return text;
}

QString jwtOf(const QString &signature)
{
    return QStringLiteral("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNzM0NDI3MzAxfQ.") +
           signature;
}

void addKind(const char *kind, std::initializer_list<std::pair<QString, QString>> spellings)
{
    int i = 0;
    for (const auto &[text, secret] : spellings)
        QTest::addRow("%s %d", kind, ++i) << text << secret;
}

} // namespace

void TestRedactor::secretsAreRemoved_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl");
    const QString longJwt = jwtOf(QStringLiteral("SIGs3cr3tPart_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"));
    addKind("authorization header",
            {{QStringLiteral("> Authorization: IST.%1\n> Host: x").arg(jwt), jwt},
             {QStringLiteral("curl -H 'Authorization: Bearer abcdefgh12345678' https://x"), u"abcdefgh12345678"_qs},
             {QStringLiteral("authorization: token ghp_s3cr3tvalue99\r\nhost: x"), u"ghp_s3cr3tvalue99"_qs},
             {QStringLiteral("< set-cookie: session=s3cr3tvalue; Path=/"), u"s3cr3tvalue"_qs}});
    addKind("credential header by name",
            {{QStringLiteral("curl -H 'X-Api-Key: k3y-s3cr3t-1' https://x"), u"k3y-s3cr3t-1"_qs},
             {QStringLiteral("curl --header \"X-Auth-Token: t0k3n-s3cr3t-2\" https://x"), u"t0k3n-s3cr3t-2"_qs},
             {QStringLiteral("> X-Wix-Api-Key: wix-s3cr3t-3\n> Accept: */*"), u"wix-s3cr3t-3"_qs},
             {QStringLiteral("Proxy-Authorization: Basic cHJveHk6czNjcjN0\n"), u"cHJveHk6czNjcjN0"_qs},
             {QStringLiteral("x-amz-security-token: amz-s3cr3t-5\nPrivate-Token: gl-s3cr3t-6"), u"s3cr3t"_qs},
             {QStringLiteral("X-Client-Secret: cs-s3cr3t-7"), u"cs-s3cr3t-7"_qs}});
    addKind("URL query parameter",
            {{QStringLiteral("GET https://www.wixapis.com/x?access_token=qs-s3cr3t-1&siteId=1"), u"qs-s3cr3t-1"_qs},
             {QStringLiteral("> GET /v1/domains?siteId=9&api_key=qs-s3cr3t-2 HTTP/1.1"), u"qs-s3cr3t-2"_qs},
             {QStringLiteral("url: 'https://x.com/cb?code=qs-s3cr3t-3&state=abc'"), u"qs-s3cr3t-3"_qs},
             {QStringLiteral("fetch(\"https://x.com/a?signature=qs-s3cr3t-4\")"), u"qs-s3cr3t-4"_qs},
             {QStringLiteral("Request URL: https://x.com/a?key=qs-s3cr3t-5;x=1"), u"qs-s3cr3t-5"_qs},
             {QStringLiteral("https://x.com/login?user=a&password=qs-s3cr3t-6 failed"), u"qs-s3cr3t-6"_qs}});
    addKind(
        "URL fragment",
        {{QStringLiteral("https://app.example.com/cb#access_token=fr-s3cr3t-1&token_type=bearer"), u"fr-s3cr3t-1"_qs},
         {QStringLiteral("redirect to https://x.com/#id_token=fr-s3cr3t-2"), u"fr-s3cr3t-2"_qs},
         {QStringLiteral("Location: https://x.com/done#state=1&refresh_token=fr-s3cr3t-3"), u"fr-s3cr3t-3"_qs}});
    addKind("URL userinfo",
            {{QStringLiteral("curl https://agent:ui-s3cr3t-1@www.wixapis.com/x"), u"ui-s3cr3t-1"_qs},
             {QStringLiteral("proxy=http://proxyuser:ui-s3cr3t-2@10.0.0.1:3128"), u"ui-s3cr3t-2"_qs},
             {QStringLiteral("\"url\": \"https://ghp_uis3cr3t3@github.com/org/repo\""), u"ghp_uis3cr3t3"_qs}});
    addKind("curl -u", {{QStringLiteral("curl -u agent:cu-s3cr3t-1 https://x"), u"cu-s3cr3t-1"_qs},
                        {QStringLiteral("curl -v --user 'agent:cu-s3cr3t-2' https://x"), u"cu-s3cr3t-2"_qs},
                        {QStringLiteral("curl -uagent:cu-s3cr3t-3 https://x"), u"cu-s3cr3t-3"_qs},
                        {QStringLiteral("curl --user=\"agent:cu-s3cr3t-4\" https://x"), u"cu-s3cr3t-4"_qs},
                        {QStringLiteral("curl --proxy-user px:cu-s3cr3t-5 https://x"), u"cu-s3cr3t-5"_qs}});
    addKind("JSON key", {{QStringLiteral(R"({"password": "jk-s3cr3t-1", "user": "a"})"), u"jk-s3cr3t-1"_qs},
                         {QStringLiteral(R"({"client_secret":"jk-s3cr3t-2","client_id":"x"})"), u"jk-s3cr3t-2"_qs},
                         {QStringLiteral(R"({"refresh_token" : "jk-s3cr3t-3"})"), u"jk-s3cr3t-3"_qs},
                         {QStringLiteral(R"({ apiKey: 'jk-s3cr3t-4' })"), u"jk-s3cr3t-4"_qs},
                         {QStringLiteral(R"({'secret': 'jk-s3cr3t-5'})"), u"jk-s3cr3t-5"_qs},
                         {QStringLiteral(R"(body={"passwd":"jk-s3cr3t-6"})"), u"jk-s3cr3t-6"_qs}});
    addKind(
        "HAR name and value",
        {{QStringLiteral(R"({"name": "authorization", "value": "hv-s3cr3t-1"})"), u"hv-s3cr3t-1"_qs},
         {QStringLiteral(R"({"value": "hv-s3cr3t-2", "name": "Cookie"})"), u"hv-s3cr3t-2"_qs},
         {QStringLiteral("{\n  \"name\": \"X-Api-Key\",\n  \"comment\": \"\",\n  \"value\": \"hv-s3cr3t-3\"\n}"),
          u"hv-s3cr3t-3"_qs},
         {QStringLiteral(R"("queryString": [{"name": "code", "value": "hv-s3cr3t-4"}])"), u"hv-s3cr3t-4"_qs},
         {QStringLiteral(R"("params": [{"name": "password", "value": "hv-s3cr3t-5"}])"), u"hv-s3cr3t-5"_qs},
         // Damaged HARs: a value whose string never closes (odd bytes, a line break, the text cut off), with a
         // brace further on that once made the object unreadable.
         {QStringLiteral("{\n  \"name\": \"Authorization\",\n  \"value\": \"IST.eyJhbGciOiAi.hv-s3cr3t-6\uFFFD\u0008"
                         "\uFFFD\n< HTTP/1.1 403 Forbidden\n< Set-Cookie: a=b{c\": \"d\"\n}"),
          u"hv-s3cr3t-6"_qs},
         {QStringLiteral("{\"value\": \"hv-s3cr3t-7\u0000\uFFFD\n{\"x\": 1},\n \"name\": \"X-Api-Key\"}"),
          u"hv-s3cr3t-7"_qs},
         {QStringLiteral("\"headers\": [{\"name\": \"x-auth-token\", \"value\": \"hv-s3cr3t-8\u00FF\u00FE"),
          u"hv-s3cr3t-8"_qs},
         {QStringLiteral(R"({"name": "cookie", "value": "a{b}hv-s3cr3t-9"})"), u"hv-s3cr3t-9"_qs},
         // A brace inside another secret hides the pair until that secret is replaced.
         {QStringLiteral("{\"name\": \"cookie\",\n< Set-Cookie: a=b{c\n\"value\": \"hv-s3cr3t-10\"}"),
          u"hv-s3cr3t-10"_qs}});
    addKind("HAR cookies",
            {{QStringLiteral(R"("cookies": [{"name": "svSession", "value": "hc-s3cr3t-1", "path": "/"}])"),
              u"hc-s3cr3t-1"_qs},
             {QStringLiteral("\"cookies\": [\n {\n  \"name\": \"a\",\n  \"value\": \"hc-s3cr3t-2\",\n  "
                             "\"expires\": null,\n  \"httpOnly\": true,\n  \"secure\": true\n }\n]"),
              u"hc-s3cr3t-2"_qs},
             {QStringLiteral(R"("cookies":[{"name":"x","value":"a"},{"name":"theme","value":"hc-s3cr3t-3"}])"),
              u"hc-s3cr3t-3"_qs},
             // A HAR cut off inside its cookies array: the array never closes.
             {QStringLiteral("\"cookies\": [\n {\n  \"name\": \"svSession\",\n  \"value\": \"hc-s3cr3t-4\",\n  "
                             "\"httpOnly\": true,"),
              u"hc-s3cr3t-4"_qs}});
    addKind(
        "HAR postData",
        {{QStringLiteral(R"({"mimeType": "application/json", "text": "{\"client_secret\":\"pd-s3cr3t-1\"}"})"),
          u"pd-s3cr3t-1"_qs},
         {QStringLiteral(R"({"text": "{\"a\": \"{\\\"refresh_token\\\": \\\"pd-s3cr3t-2\\\"}\"}"})"),
          u"pd-s3cr3t-2"_qs},
         {QStringLiteral(R"({"text": "grant_type=password&username=a&password=pd-s3cr3t-3"})"), u"pd-s3cr3t-3"_qs}});
    addKind("bearer token",
            {{QStringLiteral("Bearer be-s3cr3t-1-abcdef was rejected"), u"be-s3cr3t-1-abcdef"_qs},
             {QStringLiteral("headers: { Authorization: `Bearer be-s3cr3t-2-abcdef` }"), u"be-s3cr3t-2"_qs},
             {QStringLiteral("auth header=Bearer+be-s3cr3t-3-abcdef"), u"be-s3cr3t-3"_qs}});
    addKind("JWT", {{QStringLiteral("token=%1 rejected").arg(jwt), jwt},
                    {QStringLiteral("the key:\n") + longJwt.left(40) + u'\n' + longJwt.mid(40, 40) + u'\n' +
                         longJwt.mid(80) + QStringLiteral("\nthanks"),
                     u"SIGs3cr3tPart"_qs},
                    {QStringLiteral("> key: ") + longJwt.left(64) + QStringLiteral("\n>  ") + longJwt.mid(64),
                     u"SIGs3cr3tPart"_qs},
                    {QStringLiteral("{\"msg\": \"") + longJwt.left(50) + QStringLiteral("\\n") + longJwt.mid(50) +
                         QStringLiteral("\"}"),
                     u"SIGs3cr3tPart"_qs}});
    addKind("PEM private key",
            {{QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEApem1s3cr3t\nQWERTY==\n"
                             "-----END RSA PRIVATE KEY-----"),
              u"MIIEpAIBAAKCAQEApem1s3cr3t"_qs},
             {QStringLiteral(
                  R"({"private_key": "-----BEGIN PRIVATE KEY-----\nMIGHpem2s3cr3t\n-----END PRIVATE KEY-----\n"})"),
              u"MIGHpem2s3cr3t"_qs},
             {QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEpem3s3cr3t\n"),
              u"b3BlbnNzaC1rZXktdjEpem3s3cr3t"_qs},
             {QStringLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----\r\nMIIFpem4s3cr3t\r\n-----END ENCRYPTED PRIVATE "
                             "KEY-----"),
              u"MIIFpem4s3cr3t"_qs}});
    addKind("JSON unicode escapes",
            {{QStringLiteral(R"({"\u0061ccess_token": "ue-s3cr3t-1"})"), u"ue-s3cr3t-1"_qs},
             {QStringLiteral(R"({"msg": "\u0041uthorization: Bearer ue-s3cr3t-2"})"), u"ue-s3cr3t-2"_qs},
             {QStringLiteral(R"({"pass\u0077ord":"ue-s3cr3t-3"})"), u"ue-s3cr3t-3"_qs},
             {QStringLiteral(R"({"password":"\u0075e-s3cr3t-4"})"), u"ue-s3cr3t-4"_qs}});
    addKind("percent-encoding",
            {{QStringLiteral("grpc-message: denied%3A%20Authorization%3A%20Bearer%20pe-s3cr3t-1"), u"pe-s3cr3t-1"_qs},
             {QStringLiteral("GET /cb?access%5Ftoken%3Dpe-s3cr3t-2 HTTP/1.1"), u"pe-s3cr3t-2"_qs},
             {QStringLiteral("q=%7B%22password%22%3A%22pe-s3cr3t-3%22%7D"), u"pe-s3cr3t-3"_qs}});
    const auto b64 = [](const char *text) { return QString::fromLatin1(QByteArray(text).toBase64()); };
    addKind("base64 HAR body",
            {{QStringLiteral(R"({"text": "%1", "encoding": "base64"})").arg(b64(R"({"token": "b64-s3cr3t-1"})")),
              b64(R"({"token": "b64-s3cr3t-1"})")},
             {QStringLiteral(R"({"encoding": "base64", "mimeType": "text/plain", "text": "%1"})")
                  .arg(b64("Authorization: Bearer b64-s3cr3t-2")),
              b64("Authorization: Bearer b64-s3cr3t-2")},
             {QStringLiteral("{\n \"size\": 40,\n \"text\": \"%1\",\n \"encoding\": \"base64\"\n}")
                  .arg(b64("user=a&password=b64-s3cr3t-3")),
              b64("user=a&password=b64-s3cr3t-3")}});
}

void TestRedactor::secretsAreRemoved()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const Redactor::Result r = Redactor::redact(text);
    QVERIFY2(!r.text.contains(secret), qPrintable(r.text));
    QVERIFY2(!decodedForm(r.text).contains(secret), qPrintable(r.text));
    QVERIFY(r.count > 0);
    QCOMPARE(Redactor::redact(r.text).text, r.text);
}

// What real clients print (tests/data/secrets, made by generate.py against a loopback server): no planted
// secret survives, in any spelling.
void TestRedactor::realClientOutput_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DT_TEST_DATA "/secrets"));
    const QStringList cases = dir.entryList({QStringLiteral("*.txt")});
    QVERIFY(cases.size() >= 10);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestRedactor::realClientOutput()
{
    QFETCH(QString, path);
    QFile text(path);
    QFile secrets(path.chopped(4) + QStringLiteral(".secrets"));
    QVERIFY(text.open(QIODevice::ReadOnly) && secrets.open(QIODevice::ReadOnly));
    const Redactor::Result r = Redactor::redact(QString::fromUtf8(text.readAll()));
    const QString decoded = decodedForm(r.text);
    for (const QByteArray &secret : secrets.readAll().split('\n')) {
        if (secret.isEmpty())
            continue;
        QVERIFY2(!r.text.contains(QLatin1String(secret)), qPrintable(QString::fromLatin1(secret) + u'\n' + r.text));
        QVERIFY2(!decoded.contains(QLatin1String(secret)), qPrintable(QString::fromLatin1(secret) + u'\n' + decoded));
    }
    QCOMPARE(Redactor::redact(r.text).text, r.text);
}

// A JSON document stays the same document: valid, with the same members, only secrets changed.
void TestRedactor::documentsStayValid_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("header named in a message, then an escaped quote")
        << QStringLiteral(R"({"msg": "retry with \"Authorization: Bearer abcdefgh123\" after \"401\"", "n": 1})");
    QTest::newRow("escaped JSON body with a token")
        << QStringLiteral(R"({"body": "{\"token\": \"t-123\\\"x\", \"code\": \"A\"}", "ok": true})");
    QTest::newRow("header line ending in an escaped backslash")
        << QStringLiteral(R"(["Authorization: Basic dXNlcjpwYXNz\\", "next"])");
    QTest::newRow("cookie up to a unicode escape") << QStringLiteral(R"({"h": "Cookie: a=b\u0022; c=d\u000aHost: x"})");
    QTest::newRow("query token before an escaped slash")
        << QStringLiteral(R"({"url": "https:\/\/x.com\/a?token=abc\/def&x=1"})");
    QTest::newRow("PEM key with escaped newlines")
        << QStringLiteral(R"({"k": "-----BEGIN PRIVATE KEY-----\nMIGH\/abc+\n-----END PRIVATE KEY-----\n"})");
    QTest::newRow("JWT before an escaped quote")
        << QStringLiteral(R"({"m": "\"%1\""})").arg(jwtOf(QStringLiteral("abcdefghijklmnop")));
    for (const char *name : {"har-chrome.txt", "har-escaped.txt", "log-jsonlines.txt"}) {
        QFile file(QStringLiteral(DT_TEST_DATA "/secrets/") + QLatin1String(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int line = 0;
        for (const QByteArray &record : file.readAll().split(name[0] == 'l' ? '\n' : '\0')) {
            if (!record.trimmed().isEmpty())
                QTest::addRow("%s %d", name, ++line) << QString::fromUtf8(record);
        }
    }
}

void TestRedactor::documentsStayValid()
{
    QFETCH(QString, json);
    QJsonParseError error;
    const QJsonDocument before = QJsonDocument::fromJson(json.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Redactor::Result r = Redactor::redact(json);
    QVERIFY(r.count > 0);
    const QJsonDocument after = QJsonDocument::fromJson(r.text.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + r.text));
    // Same shape: the keys are the same, and only strings changed.
    static const QRegularExpression strings(QStringLiteral(R"("(?:[^"\\]|\\.)*")"));
    QCOMPARE(QString::fromUtf8(after.toJson()).replace(strings, QStringLiteral("S")),
             QString::fromUtf8(before.toJson()).replace(strings, QStringLiteral("S")));
}

void TestRedactor::ordinaryTextIsKept_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("prose") << QStringLiteral(
        "The system wasn't able to authenticate you (missing Authorization header).\n"
        "< x-wix-request-id: 1734427301.191556792796277844\nwix-account-id: abc");
    QTest::newRow("error code with KEY") << QStringLiteral(
        "DOMAINS_NO_THROTTLER_KEY: App lacks the Manage Domains scope\ncode=DOMAINS_NO_THROTTLER_KEY status=403");
    QTest::newRow("Wix error body") << QStringLiteral(
        R"({"message": "Permission denied", "details": {"applicationError": {"code": "DOMAINS_NO_THROTTLER_KEY", )"
        R"("description": "token and key scopes", "data": {}}}})");
    QTest::newRow("URL without secrets") << QStringLiteral(
        "GET https://www.wixapis.com/domains/v1/connected-domains?siteId=5e6f&paging.limit=10 HTTP/1.1");
    QTest::newRow("www-authenticate") << QStringLiteral(
        "< www-authenticate: Bearer realm=\"wix\", error=\"invalid_token\"");
    QTest::newRow("percent sign") << QStringLiteral("100% of requests failed; 50%3 left");
}

void TestRedactor::ordinaryTextIsKept()
{
    QFETCH(QString, text);
    const Redactor::Result r = Redactor::redact(text);
    QCOMPARE(r.text, text);
    QCOMPARE(r.count, 0);
}

void TestRedactor::countsEachSecretOnce()
{
    const Redactor::Result r = Redactor::redact(
        QStringLiteral("Authorization: Bearer k1-secret-value\nCookie: a=b-secret\nhttps://x/?token=abc"));
    QCOMPARE(r.count, 3);
}

void TestRedactor::redactingTwiceChangesNothing()
{
    const Redactor::Result once = Redactor::redact(QStringLiteral("Authorization: Bearer abcdefgh12345678"));
    const Redactor::Result twice = Redactor::redact(once.text);
    QCOMPARE(twice.text, once.text);
    QCOMPARE(twice.count, 0);
}

namespace {

// The text with every secret the scanner finds in it replaced by the placeholder (text without escapes).
QString withSecretsReplaced(const QString &text)
{
    QList<SecretFinder::Secret> secrets = SecretFinder::find(text);
    std::sort(secrets.begin(), secrets.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    QString out;
    qsizetype last = 0;
    for (const SecretFinder::Secret &s : std::as_const(secrets)) {
        if (s.end <= last)
            continue;
        out += QStringView(text).mid(last, qMax(s.start, last) - last);
        out += Redactor::kPlaceholder;
        last = s.end;
    }
    return out + QStringView(text).mid(last);
}

// Damaged mixtures, as a fuzzer makes them: slices of one document spliced into another, ranges cut or repeated.
QString damagedMixture(const QList<QString> &documents, QRandomGenerator &random)
{
    QString text = documents.at(random.bounded(documents.size()));
    for (int step = random.bounded(1, 6); step > 0; --step) {
        const QString &other = documents.at(random.bounded(documents.size()));
        const qsizetype from = random.bounded(other.size() + 1);
        const qsizetype length = random.bounded(qMin<qsizetype>(other.size() - from, 400) + 1);
        const qsizetype at = random.bounded(text.size() + 1);
        switch (random.bounded(3)) {
        case 0:
            text.insert(at, QStringView(other).mid(from, length));
            break;
        case 1:
            text.remove(at, random.bounded(60));
            break;
        default:
            text.insert(at, QStringView(text).mid(at, random.bounded(80)).toString());
        }
    }
    return text;
}

} // namespace

void TestRedactor::oneReadingReachesTheFixedPoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("a pair's name inside a cookie option hides the label")
        << QStringLiteral(
               R"({"name": "X-Api-Key", "value": "v1", "note": "curl -b 'session=abc123; "name": "plain"' ", )"
               R"("value": "S3CR3Tvalue9"})")
        << QStringLiteral("S3CR3Tvalue9");
    QTest::newRow("a label holding a query secret")
        << QStringLiteral(R"({"name": "Cont?apiKey=S3CR3Tabc12-Type", "value": "application/json"})")
        << QStringLiteral("S3CR3Tabc12");
}

void TestRedactor::oneReadingReachesTheFixedPoint()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString once = withSecretsReplaced(text);
    QVERIFY2(!once.contains(secret), qPrintable(once));
    QCOMPARE(withSecretsReplaced(once), once);
}

void TestRedactor::equalsAtALineEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    // The fuzzer's input (corpus: jwt-after-a-line-ending-in-equals): '=' ends the lines around a token's line. A
    // block of escapes and NULs comes three times, between runs of '='.
    const QByteArray block = QByteArray("one\\u1 \x04") + QByteArray(7, '\0') + QByteArray("\\\\ \"");
    const auto equals = [](int n) { return QByteArray(n, '='); };
    QTest::newRow("a line ending in '=' before a token's line, read as a soft line break")
        << QString::fromUtf8("line " + block + equals(20) + '\x16' + equals(14) + block + equals(41) + "C=\n" +
                             "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Zq7XvtwOk9W2\n" + "=qu[ot" + equals(11) +
                             block + equals(44) + "qu[ot)ed" + equals(9) + "q)ed" + equals(9) + "qu[ot)ed*\x17" +
                             QByteArray(2, '\0'))
        << QStringLiteral("Zq7XvtwOk9W2");
    QTest::newRow("base64 padding at a line's end before a bearer line")
        << QStringLiteral("data: aGVsbG8=\nAuthorization: Bearer S3CR3Tbearer77\n") << QStringLiteral("S3CR3Tbearer77");
}

void TestRedactor::equalsAtALineEnd()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString once = Redactor::redact(text).text;
    QVERIFY2(!once.contains(secret), qPrintable(once));
    QCOMPARE(Redactor::redact(once).text, once);
}

void TestRedactor::redactingAgainChangesNothing_data()
{
    QTest::addColumn<QString>("text");
    QList<QString> documents;
    const std::pair<QString, QString> folders[] = {
        {QStringLiteral(DT_TEST_DATA "/secrets"), QStringLiteral("*.txt")},
        {QStringLiteral(DT_TEST_DATA "/../fuzz/corpus/redactor"), QStringLiteral("*")}};
    for (const auto &[folder, pattern] : folders) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({pattern}, QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            documents.append(QString::fromUtf8(file.readAll()));
            QTest::newRow(qPrintable(name)) << documents.back();
        }
    }
    QVERIFY(documents.size() >= 15);
    QRandomGenerator random(28);
    for (int i = 0; i < 3000; ++i)
        QTest::addRow("damaged mixture %d", i) << damagedMixture(documents, random);
}

void TestRedactor::redactingAgainChangesNothing()
{
    QFETCH(QString, text);
    const Redactor::Result once = Redactor::redact(text);
    QCOMPARE(Redactor::redact(once.text).text, once.text);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
