// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"
#include "jsonreport.h"
#include "samples.h"
#include "testdiagnosis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Samples;

namespace {

struct Seed
{
    const char *id;
    const char *code;
    int status;
    const char *message;
    const char *variable;
    const char *value;
};

// One realistic message per Connect Domain row of the seed article.
const Seed kConnectDomain[] = {
    {"connect-domain.available-for-purchase", "Invalid domain", 400,
     "Unable to connect domain shop-example.com, it is available for purchase.", "domainName", "shop-example.com"},
    {"connect-domain.restricted", "Invalid domain", 400, "Domain shop-example.xyz is restricted.", "domainName",
     "shop-example.xyz"},
    {"connect-domain.invalid-connection-type", "Invalid connection type", 400, "Invalid connection type: CNAME.",
     "connectionType", "CNAME"},
    {"connect-domain.additional-records-not-supported", "Invalid type of record", 400,
     "Additional DNS records can not be provided for NAMESERVERS.", "connectionType", "NAMESERVERS"},
    {"connect-domain.guid-not-valid", "DOMAINS_GUID_NOT_VALID", 400, "Wix site id / Wix account ID is invalid.", "",
     ""},
    {"connect-domain.missing-site-id-for-assign-as", "DOMAINS_MISSING_SITE_ID_FOR_ASSIGN_AS", 400,
     "Missing siteId for assignAs REDIRECT.", "assignAs", "REDIRECT"},
    {"connect-domain.permission-denied", "DOMAINS_PERMISSION_DENIED", 403,
     "Permission denied for target accountId: 1d2e3f4a-1111-2222-3333-444455556666.", "targetAccountId",
     "1d2e3f4a-1111-2222-3333-444455556666"},
    {"connect-domain.domain-not-permitted", "DOMAINS_DOMAIN_NOT_PERMITTED", 403,
     "Domain shop-example.com is not permitted to target account.", "domain", "shop-example.com"},
    {"connect-domain.no-throttler-key", "DOMAINS_NO_THROTTLER_KEY", 403, "Cannot consume this service.", "", ""},
    {"connect-domain.site-not-permitted", "DOMAINS_SITE_NOT_PERMITTED", 403,
     "SiteId: 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b is not permitted to target account.", "siteId",
     "0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b"},
    {"connect-domain.invalid-preview-records", "INVALID_DOMAINS_PREVIEW_RECORDS", 403,
     "Preview records are missing A and/or CName and/or NS for domain: shop-example.com.", "domainName",
     "shop-example.com"},
    {"connect-domain.guid-not-found", "DOMAINS_GUID_NOT_FOUND", 403, "", "", ""},
};

const QString kConnectPath = QStringLiteral("/domain-connect/v1/connect-domain");
const QString kConnectUrl = QStringLiteral("https://www.wixapis.com/domain-connect/v1/connect-domain");

QList<Match> topTied(const Diagnosis &d)
{
    QList<Match> out;
    for (const Match &m : d.matches) {
        if (m.confidence == d.matches.front().confidence)
            out.append(m);
    }
    return out;
}

} // namespace

class TestDiagnoser : public QObject
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

    void identifies_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expectedId"); // empty: no error should be found
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("results");
        QTest::addColumn<int>("topCount"); // how many entries tie at the top; 0: do not check

        // Every Connect Domain row, in three shapes each.
        for (const Seed &s : kConnectDomain) {
            const QString id = QLatin1String(s.id);
            const QString message = QString::fromUtf8(s.message);
            const QString code = QLatin1String(s.code);
            const QByteArray body = wixBody(message, code);
            QTest::newRow(qPrintable(id + QLatin1String(" / curl -v")))
                << curlVerbose(s.status, body, QStringLiteral("POST"), kConnectPath) << id << s.variable << s.value << 1
                << 1;
            QTest::newRow(qPrintable(id + QLatin1String(" / pretty body")))
                << wixPretty(message, code) << id << s.variable << s.value << 1 << 0;
            QTest::newRow(qPrintable(id + QLatin1String(" / log line")))
                << logLine(s.status, body) << id << s.variable << s.value << 1 << 0;
        }
        QTest::newRow("connect / HAR") << har({{QStringLiteral("POST"), kConnectUrl, 403,
                                                wixBody(QStringLiteral("Cannot consume this service."),
                                                        QStringLiteral("DOMAINS_NO_THROTTLER_KEY"))}})
                                       << QStringLiteral("connect-domain.no-throttler-key") << QString() << QString()
                                       << 1 << 1;
        QTest::newRow("connect / node dump")
            << nodeDump(403, QStringLiteral("SiteId: 0f9e8d7c is not permitted to target account."),
                        QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"))
            << QStringLiteral("connect-domain.site-not-permitted") << QStringLiteral("siteId")
            << QStringLiteral("0f9e8d7c") << 1 << 1;
        QTest::newRow("connect / python requests")
            << pythonSdk(400, "Bad Request", kConnectUrl,
                         wixBody(QStringLiteral("Domain `shop.ws` is restricted."), QStringLiteral("Invalid domain")))
            << QStringLiteral("connect-domain.restricted") << QStringLiteral("domainName") << QStringLiteral("shop.ws")
            << 1 << 1;
        QTest::newRow("connect / raw HTTP")
            << httpRaw(403, "Forbidden", wixBody(QString(), QStringLiteral("DOMAINS_GUID_NOT_FOUND")))
            << QStringLiteral("connect-domain.guid-not-found") << QString() << QString() << 1 << 0;

        // An apostrophe doubled, as SQL and YAML escape it: folded away like any quote, in the words the matcher
        // looks up as in the message it compares.
        QTest::newRow("doubled apostrophe")
            << httpRaw(400, "Bad Request", wixBody(QStringLiteral("Domain shop.ws can''t be registered."), {}))
            << QStringLiteral("registered-domains.invalid-domain") << QStringLiteral("domainName")
            << QStringLiteral("shop.ws") << 1 << 1;

        // Near-twins.
        QTest::newRow("twin: it's available (Connected Domains)")
            << wixBody(QStringLiteral("Unable to connect domain a.com, it's available for purchase."),
                       QStringLiteral("Invalid domain"))
            << QStringLiteral("connected-domains.available-for-purchase") << QStringLiteral("domainName")
            << QStringLiteral("a.com") << 1 << 1;
        QTest::newRow("twin: is Wix restricted")
            << wixBody(QStringLiteral("Domain a.ws is Wix restricted."), QStringLiteral("Invalid domain"))
            << QStringLiteral("connected-domains.restricted") << QStringLiteral("domainName") << QStringLiteral("a.ws")
            << 1 << 1;
        QTest::newRow("twin: and/or wording")
            << wixBody(QStringLiteral("Missing A, and/or CName, and/or NS preview records for domain a.com."),
                       QStringLiteral("INVALID_DOMAINS_PREVIEW_RECORDS"))
            << QStringLiteral("connected-domains.invalid-preview-records") << QStringLiteral("domainName")
            << QStringLiteral("a.com") << 1 << 1;
        QTest::newRow("twin: same message, 428 DNS code")
            << httpRaw(428, "Precondition Required",
                       wixBody(QStringLiteral("Domain a.com is not permitted to target account."),
                               QStringLiteral("DOMAIN_NOT_PERMITTED")))
            << QStringLiteral("domain-dns.create-domain-not-permitted") << QStringLiteral("domain")
            << QStringLiteral("a.com") << 1 << 2;
        QTest::newRow("twin: MX value message")
            << wixBody(QStringLiteral("Value of MX record \"aspmx.l.google.com\" is invalid, it should start with a "
                                      "priority and then the mail server, for example \"5 aspmx.l.google.com\"."),
                       QStringLiteral("DOMAIN_MX_RECORD_VALUE_INVALID"))
            << QStringLiteral("domain-dns.create-mx-record-value-invalid") << QStringLiteral("value")
            << QStringLiteral("aspmx.l.google.com") << 1 << 2;
        QTest::newRow("twin: MX multiple records message")
            << wixBody(QStringLiteral("Multiple MX records with the same hostName mail.a.com not supported, the "
                                      "multiple values belong to the same hostName should be combined under one MX."),
                       QStringLiteral("DOMAIN_MX_RECORD_VALUE_INVALID"))
            << QStringLiteral("domain-dns.create-multiple-records-same-host") << QStringLiteral("hostName")
            << QStringLiteral("mail.a.com") << 1 << 2;
        QTest::newRow("twin: URL picks Get Connected Domain")
            << curlVerbose(403,
                           wixBody(QStringLiteral("Permission denied for account ID 42."),
                                   QStringLiteral("DOMAINS_PERMISSION_DENIED")),
                           QStringLiteral("GET"), QStringLiteral("/domains/v1/connected-domains/a.com"))
            << QStringLiteral("connected-domains.get-permission-denied") << QStringLiteral("accountId")
            << QStringLiteral("42") << 1 << 1;
        QTest::newRow("twin: URL picks Create Connected Domain")
            << curlVerbose(403,
                           wixBody(QStringLiteral("Permission denied for account ID 42."),
                                   QStringLiteral("DOMAINS_PERMISSION_DENIED")),
                           QStringLiteral("POST"), QStringLiteral("/domains/v1/connected-domains"))
            << QStringLiteral("connected-domains.permission-denied") << QString() << QString() << 1 << 1;
        QTest::newRow("twin: URL picks Update DNS Zone")
            << curlVerbose(428,
                           wixBody(QStringLiteral("Value of record TXT is empty."),
                                   QStringLiteral("DOMAIN_DNS_EMPTY_RECORD_VALUE")),
                           QStringLiteral("PATCH"), QStringLiteral("/domains/v1/dns-zones/a.com"))
            << QStringLiteral("domain-dns.update-empty-record-value") << QStringLiteral("recordType")
            << QStringLiteral("TXT") << 1 << 1;
        QTest::newRow("twin: URL picks Create DNS Zone")
            << curlVerbose(428,
                           wixBody(QStringLiteral("Value of record TXT is empty."),
                                   QStringLiteral("DOMAIN_DNS_EMPTY_RECORD_VALUE")),
                           QStringLiteral("POST"), QStringLiteral("/domains/v1/dns-zones"))
            << QStringLiteral("domain-dns.create-empty-record-value") << QStringLiteral("recordType")
            << QStringLiteral("TXT") << 1 << 1;
        QTest::newRow("twin: method other than the documented POST")
            << QByteArray("GET https://www.wixapis.com/domains/v1/registered-domains/x failed with status 400: "
                          "{\"message\":\"Domain a.com can't be registered.\",\"details\":{}}")
            << QStringLiteral("registered-domains.invalid-domain") << QStringLiteral("domainName")
            << QStringLiteral("a.com") << 1 << 1;
        QTest::newRow("another Wix API: generic only")
            << curlVerbose(428,
                           wixBody(QStringLiteral("Domain a.com is not permitted to target account."),
                                   QStringLiteral("DOMAIN_NOT_PERMITTED")),
                           QStringLiteral("POST"), QStringLiteral("/ecom/v1/checkouts"))
            << QStringLiteral("wix-api.precondition-required") << QString() << QString() << 1 << 1;
        QTest::newRow("tie: code only, no URL")
            << QByteArray("403 DOMAINS_GUID_NOT_FOUND") << QStringLiteral("connect-domain.guid-not-found") << QString()
            << QString() << 1 << 4;
        QTest::newRow("tie: bare message shared by two APIs")
            << QByteArray("Domain a.com is not permitted to target account.")
            << QStringLiteral("connect-domain.domain-not-permitted") << QStringLiteral("domain")
            << QStringLiteral("a.com") << 1 << 3;

        // Other shapes and APIs.
        QTest::newRow("bare status and code with comma")
            << QByteArray("403, DOMAINS_GUID_NOT_FOUND") << QStringLiteral("connect-domain.guid-not-found") << QString()
            << QString() << 1 << 4;
        QTest::newRow("bare wrapped message")
            << QByteArray("Unable to connect domain\n  shop-example.com, it is\n  available for purchase")
            << QStringLiteral("connect-domain.available-for-purchase") << QStringLiteral("domainName")
            << QStringLiteral("shop-example.com") << 1 << 1;
        QTest::newRow("google error shape")
            << QByteArray(
                   R"({"error": {"code": 400, "message": "Query 'shop$$' has invalid characters. Only alphanumeric values, hyphens, dots, and spaces are supported.", "status": "INVALID_ARGUMENT", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "INVALID_QUERY", "domain": "wixapis.com"}]}})")
            << QStringLiteral("domain-search.invalid-query") << QStringLiteral("query") << QStringLiteral("shop$$") << 1
            << 1;
        QTest::newRow("problem+json")
            << QByteArray("{\"type\": \"https:/"
                          "/example.com/probs/domain\", \"title\": \"Bad Request\", \"status\": 400, \"detail\": "
                          "\"Domain shop.ws can't be registered because the TLD ws isn't supported for Wix sites.\", "
                          "\"instance\": \"/v1/registered-domains\", \"code\": \"TLD_NOT_SUPPORTED\"}")
            << QStringLiteral("registered-domains.tld-not-supported") << QStringLiteral("tld") << QStringLiteral("ws")
            << 1 << 1;
        QTest::newRow("gRPC trailers") << QByteArray("< HTTP/2 200\n< content-type: application/grpc\n< grpc-status: "
                                                     "7\n< grpc-message: Cannot%20consume%20this%20service.\n")
                                       << QStringLiteral("connect-domain.no-throttler-key") << QString() << QString()
                                       << 1 << 1;
        QTest::newRow("gRPC log line") << QByteArray("E1120 10:15:02 client.go:88] rpc error: grpc-status=7 "
                                                     "grpc-message=\"Cannot consume this service.\"")
                                       << QStringLiteral("connect-domain.no-throttler-key") << QString() << QString()
                                       << 1 << 1;
        QTest::newRow("validation error")
            << httpRaw(
                   400, "Bad Request",
                   QByteArray(
                       R"({"message":"Invalid request","details":{"validationError":{"fieldViolations":[{"field":"tlds[0]","description":"At least one element of the tlds array has an invalid format.","violatedRule":"FORMAT"}]}}})"))
            << QStringLiteral("domain-search.invalid-tld-format") << QString() << QString() << 1 << 1;
        QTest::newRow("registered: too long, not the shorter twin")
            << wixBody(QStringLiteral("Domain aaaa.com can't be registered because the domain name is too long."),
                       QString())
            << QStringLiteral("registered-domains.domain-too-long") << QStringLiteral("domainName")
            << QStringLiteral("aaaa.com") << 1 << 1;
        QTest::newRow("registered: product instance not active")
            << logLine(400, wixBody(QStringLiteral("Product instance pi-9 has status \"PENDING\". You can only "
                                                   "register a domain if the related product instance is \"ACTIVE\"."),
                                    QStringLiteral("PRODUCT_INSTANCE_NOT_ACTIVE")))
            << QStringLiteral("registered-domains.product-instance-not-active") << QStringLiteral("status")
            << QStringLiteral("PENDING") << 1 << 1;
        QTest::newRow("CNAME with $value placeholder")
            << wixBody(QStringLiteral("Host name of the CNAME record a.com is invalid, it should end with the domain "
                                      "name but not equal to it, for example \"en.domain.com\"."),
                       QStringLiteral("DOMAIN_CNAME_RECORD_HOSTNAME_INVALID"))
            << QStringLiteral("domain-dns.create-cname-hostname-invalid") << QStringLiteral("value")
            << QStringLiteral("a.com") << 1 << 2;
        QTest::newRow("5xx empty body with status")
            << httpRaw(500, "Internal Server Error", "{\"message\": \"\", \"details\": {}}")
            << QStringLiteral("wix-api.internal-error") << QString() << QString() << 1 << 1;
        QTest::newRow("5xx empty body alone")
            << QByteArray("{\"message\": \"\", \"details\": {}}") << QStringLiteral("wix-api.internal-error")
            << QString() << QString() << 1 << 1;
        QTest::newRow("401 with no body") << QByteArray("HTTP/1.1 401 Unauthorized\r\ncontent-length: 0\r\n\r\n")
                                          << QStringLiteral("wix-api.unauthorized") << QString() << QString() << 1 << 1;
        QTest::newRow("429 in a log") << QByteArray("WARN wix client: request failed with status 429 Too Many Requests")
                                      << QStringLiteral("wix-api.resource-exhausted") << QString() << QString() << 1
                                      << 1;
        QTest::newRow("unknown code falls back to status")
            << httpRaw(403, "Forbidden",
                       wixBody(QStringLiteral("Something else went wrong."), QStringLiteral("SOMETHING_ELSE")))
            << QStringLiteral("wix-api.permission-denied") << QString() << QString() << 1 << 1;
        QTest::newRow("HAR with two failures and a success")
            << har({{QStringLiteral("GET"),
                     QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains/a.com"), 404,
                     wixBody(QStringLiteral("Domain name a.com wasn't found."), QStringLiteral("NOT_FOUND"))},
                    {QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com/site-list/v2/sites"), 200,
                     QByteArray("{\"sites\": []}")},
                    {QStringLiteral("POST"), QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains"),
                     409,
                     wixBody(QStringLiteral("Domain a.com with different connection type is already connected."),
                             QStringLiteral("DOMAINS_ALREADY_EXISTS"))}})
            << QStringLiteral("connected-domains.get-not-found") << QStringLiteral("domainName")
            << QStringLiteral("a.com") << 2 << 1;
        QTest::newRow("curl -i")
            << QByteArray("HTTP/2 400 \r\ndate: Thu, 20 Nov 2026 10:15:02 GMT\r\n\r\n{\"message\":\"Unsupported TLDs "
                          "ws found.\",\"details\":{\"applicationError\":{\"code\":\"TLD_NOT_SUPPORTED\"}}}")
            << QStringLiteral("domain-search.tld-not-supported") << QStringLiteral("tlds") << QStringLiteral("ws") << 1
            << 1;

        // No error in the input.
        QTest::newRow("negative: 200 response")
            << httpRaw(200, "OK", "{\"domain\": \"a.com\", \"status\": \"CONNECTED\"}") << QString() << QString()
            << QString() << 0 << 0;
        QTest::newRow("negative: prose") << QByteArray(
                                                "Hi team, the customer says the domain page looks fine now. Thanks!")
                                         << QString() << QString() << QString() << 0 << 0;
        QTest::newRow("negative: empty") << QByteArray("   \n ") << QString() << QString() << QString() << 0 << 0;
        QTest::newRow("negative: info log")
            << QByteArray("INFO request GET /v1/sites took 120ms status=200\nDEBUG cache hit LOG_LEVEL_DEBUG")
            << QString() << QString() << QString() << 0 << 0;
    }

    void identifies()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expectedId);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(int, results);
        QFETCH(int, topCount);
        const Report report = m_diagnoser->diagnose(input);
        QCOMPARE(report.results.size(), results);
        if (expectedId.isEmpty()) {
            QVERIFY(!report.identified());
            return;
        }
        const Diagnosis &d = report.results.front();
        QVERIFY2(d.identified(), qPrintable(InputFormats::key(report.format)));
        const QList<Match> top = topTied(d);
        QStringList ids;
        for (const Match &m : top)
            ids << m.entry->id;
        QVERIFY2(ids.contains(expectedId), qPrintable(TestDiagnosis::describe(d)));
        if (topCount > 0)
            QCOMPARE(top.size(), topCount);
        const Match &m = top.at(ids.indexOf(expectedId));
        QVERIFY(!m.reasons.isEmpty());
        QVERIFY(m.confidence > 0.0 && m.confidence <= 1.0);
        if (!variable.isEmpty())
            QCOMPARE(m.value(variable), value);
    }

    void endpointsDecide()
    {
        const Report other = m_diagnoser->diagnose(curlVerbose(
            428, wixBody(QStringLiteral("Domain a.com is not permitted to target account."), QStringLiteral("X")),
            QStringLiteral("POST"), QStringLiteral("/stores/v1/products")));
        QVERIFY(other.results.front().notes.join(u' ').contains(QLatin1String("not a Domains API error")));
        QVERIFY(other.results.front().matches.front().entry->isGeneric());
        const Report method =
            m_diagnoser->diagnose("GET https://www.wixapis.com/domains/v1/registered-domains/x failed with status 400: "
                                  "{\"message\":\"Domain a.com can't be registered.\",\"details\":{}}");
        // GET .../registered-domains/{id} is Get Registered Domain: the Create entry's message came from elsewhere.
        QVERIFY(method.results.front().matches.front().reasons.join(u' ').contains(
            QLatin1String("the URL names another endpoint than Create Registered Domain")));
    }

    // The whole documented message with its status decides over an entry that shares only the code, and says so.
    void wholeMessageDecidesOverASharedCode()
    {
        const Report r = m_diagnoser->diagnose(httpRaw(
            400, "Bad Request",
            wixBody(QStringLiteral("Domain lund-bakery.se can't be registered because the TLD se isn't supported "
                                   "for Wix sites."),
                    QStringLiteral("INVALID_DOMAIN"))));
        QCOMPARE(r.results.size(), 1);
        const Match &top = r.results.front().matches.front();
        QCOMPARE(top.entry->id, QStringLiteral("registered-domains.tld-not-supported"));
        QVERIFY(top.level == Confidence::Likely || top.level == Confidence::Exact);
        QVERIFY2(top.reasons.join(u' ').contains(QLatin1String("decides over entries that share only the code")),
                 qPrintable(top.reasons.join(u';')));
    }

    // The Registered Domains paths are documented: the URL names the endpoint.
    void registeredDomainsUrlsDecide_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("create") << QStringLiteral("POST") << QStringLiteral("/domains/v1/registered-domains")
                                << QStringLiteral("Domain lund-bakery.se has already been purchased.")
                                << QStringLiteral("DOMAIN_ALREADY_TAKEN") << QStringLiteral("Create Registered Domain");
        QTest::newRow("get") << QStringLiteral("GET")
                             << QStringLiteral("/domains/v1/registered-domains/0c5f7a8e-1d2b-4c3a-9e8f-112233445566")
                             << QStringLiteral("Registered domain 0c5f7a8e-1d2b-4c3a-9e8f-112233445566 doesn't exist.")
                             << QStringLiteral("REGISTERED_DOMAIN_NOT_FOUND")
                             << QStringLiteral("Get Registered Domain");
    }

    void registeredDomainsUrlsDecide()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, code);
        QFETCH(QString, endpoint);
        const Report r = m_diagnoser->diagnose(curlVerbose(400, wixBody(message, code), method, path));
        QCOMPARE(r.results.size(), 1);
        const QStringList reasons = r.results.front().matches.front().reasons;
        QVERIFY2(reasons.contains(QStringLiteral("the URL names the %1 endpoint").arg(endpoint)),
                 qPrintable(reasons.join(u';')));
    }

    void curlDetails()
    {
        const Report r = m_diagnoser->diagnose(curlVerbose(
            403, wixBody(QStringLiteral("Cannot consume this service."), QStringLiteral("DOMAINS_NO_THROTTLER_KEY")),
            QStringLiteral("POST"), kConnectPath));
        QCOMPARE(InputFormats::key(r.format), QStringLiteral("curl"));
        QCOMPARE(r.redactions, 1);
        QVERIFY(r.redactedText.contains(QLatin1String("authorization: [REDACTED]")));
        QVERIFY(!r.redactedText.contains(QLatin1String("eyJ")));
        const ParsedResponse &in = r.results.front().input;
        QCOMPARE(in.requestId, QStringLiteral("1734427301.191556792796277844"));
        QCOMPARE(in.method, QStringLiteral("POST"));
        QCOMPARE(in.url, kConnectUrl);
        QCOMPARE(in.status, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(r.results.front().matches.front().level, Confidence::Exact);
    }

    // --top N: N matches, and those that tie with the last of them; the text and JSON reports both ask this.
    void topKeepsTies()
    {
        Diagnosis d;
        for (const double confidence : {0.9, 0.8, 0.8, 0.8, 0.5}) {
            Match m;
            m.confidence = confidence;
            d.matches.append(m);
        }
        QCOMPARE(d.shownMatches(0), 5);
        QCOMPARE(d.shownMatches(1), 1);
        QCOMPARE(d.shownMatches(2), 4);
        QCOMPARE(d.shownMatches(4), 4);
        QCOMPARE(d.shownMatches(5), 5);
        QCOMPARE(d.shownMatches(9), 5);
        QCOMPARE(Diagnosis().shownMatches(3), 0);
    }

    // A failed response whose message shares most words of a documented one, but not its wording, at a status
    // with no entry of its own: nothing matches, and the near miss names the entry and says how near it is.
    void nearMissesExplainWhy()
    {
        const Report r = m_diagnoser->diagnose(
            httpRaw(422, "Unprocessable Entity",
                    wixBody(QStringLiteral("Could not extract the root domain from shop, the TLD is missing."), {})));
        QCOMPARE(r.results.size(), 1);
        const Diagnosis &d = r.results.front();
        QVERIFY(!d.identified());
        QCOMPARE(d.nearMisses.size(), 1);
        QCOMPARE(d.nearMisses.front().entry->id, QStringLiteral("domain-search.invalid-domain"));
        // 7 of the template's 11 literal words: extract, root, domain, from, tld, is, missing.
        QCOMPARE(d.nearMisses.front().reasons,
                 QStringList{QStringLiteral("the message shares 63% of the words of the documented \u201cFailed to "
                                            "extract root domain from {domain}, or TLD is missing or invalid.\u201d, "
                                            "but not its wording")});

        // With a documented message found, the entries that share only its code are near misses that say the
        // message differs; the match itself is never listed among them.
        const Report shared = m_diagnoser->diagnose(
            httpRaw(400, "Bad Request",
                    wixBody(QStringLiteral("Domain shop.ws is restricted."), QStringLiteral("Invalid domain"))));
        const Diagnosis &s = shared.results.front();
        QCOMPARE(s.matches.front().entry->id, QStringLiteral("connect-domain.restricted"));
        QStringList nearIds;
        for (const NearMiss &n : s.nearMisses) {
            nearIds << n.entry->id;
            QVERIFY2(n.reasons.value(0).startsWith(QLatin1String("the message differs from the documented")),
                     qPrintable(n.reasons.join(u';')));
        }
        QCOMPARE(nearIds, (QStringList{QStringLiteral("connect-domain.available-for-purchase"),
                                       QStringLiteral("connected-domains.available-for-purchase"),
                                       QStringLiteral("connected-domains.restricted")}));

        const Report miss = m_diagnoser->diagnose(httpRaw(
            400, "Bad Request", wixBody(QStringLiteral("Domain a.com is blocked"), QStringLiteral("Invalid domain"))));
        const Diagnosis &m = miss.results.front();
        QVERIFY(m.identified());
        QCOMPARE(m.matches.front().level, Confidence::Possible);
        QVERIFY(m.matches.front().reasons.join(u' ').contains(QLatin1String("differs from the documented")));
    }

    // "Domain {domainName} can't be registered." is found inside the longer documented message of a too-long name;
    // with the whole message accounted for by another template, the shorter one is a near miss, not a match.
    void wholeMessageOutranksAPartOfIt()
    {
        const Report r = m_diagnoser->diagnose(
            httpRaw(400, "Bad Request",
                    wixBody(QStringLiteral("Domain %1.com can't be registered because the domain name is too long.")
                                .arg(QString(70, u'a')),
                            QStringLiteral("DOMAIN_TOO_LONG"))));
        QCOMPARE(r.results.size(), 1);
        const Diagnosis &d = r.results.front();
        QStringList matched;
        for (const Match &m : d.matches)
            matched << m.entry->id;
        QCOMPARE(matched, QStringList{QStringLiteral("registered-domains.domain-too-long")});
        const auto part = std::find_if(d.nearMisses.cbegin(), d.nearMisses.cend(), [](const NearMiss &n) {
            return n.entry->id == QLatin1String("registered-domains.invalid-domain");
        });
        QVERIFY(part != d.nearMisses.cend());
        QVERIFY2(part->reasons.contains(QStringLiteral("the text contains the documented message")),
                 qPrintable(part->reasons.join(u';')));
    }

    // A team catalog documents "Unable to connect {domainName}, it is available for purchase." beside the real
    // "Unable to connect domain {domainName}, it is available for purchase.", with the same code and status. Both
    // fit the real message whole, the shorter one only because its placeholder takes "domain shop.ws" too: the
    // template that accounts for more of the message's words is the match, the other a near miss. An exact twin in
    // another API still ties.
    void moreLiteralWordsOutrankAPlaceholderThatTookThem()
    {
        const auto entry = [](const QString &id, const QString &text) {
            return QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("title"), QStringLiteral("Domain not purchased yet")},
                {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Team Endpoint")}}},
                {QStringLiteral("status"), QStringLiteral("INVALID_ARGUMENT")},
                {QStringLiteral("httpStatus"), 400},
                {QStringLiteral("code"), QStringLiteral("Invalid domain")},
                {QStringLiteral("template"), text},
                {QStringLiteral("troubleshooting"), QStringLiteral("Purchase the domain first.")},
                {QStringLiteral("source"), QStringLiteral("https://example.com/team-docs")},
                {QStringLiteral("steps"),
                 QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Purchase the domain first.")}},
                            QJsonObject{{QStringLiteral("text"), QStringLiteral("Send the request again.")}}}},
            };
        };
        QString error;
        auto catalog = std::make_shared<Catalog>(EmbeddedCatalog::load(&error));
        const QJsonArray entries{
            entry(QStringLiteral("team.looser-fit"),
                  QStringLiteral("Unable to connect {domainName}, it is available for purchase.")),
            entry(QStringLiteral("team.twin"),
                  QStringLiteral("Unable to connect domain {domainName}, it is available for purchase."))};
        QVERIFY2(catalog->addJson(QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                                            {QStringLiteral("entries"), entries}})
                                      .toJson(),
                                  QStringLiteral("team.json"), &error),
                 qPrintable(error));
        const Diagnoser diagnoser(catalog);
        const Report r = diagnoser.diagnose(
            httpRaw(400, "Bad Request",
                    wixBody(QStringLiteral("Unable to connect domain shop.ws, it is available for purchase."),
                            QStringLiteral("Invalid domain"))));
        QCOMPARE(r.results.size(), 1);
        const Diagnosis &d = r.results.front();
        QStringList matched;
        for (const Match &m : d.matches)
            matched << m.entry->id;
        QCOMPARE(matched,
                 (QStringList{QStringLiteral("connect-domain.available-for-purchase"), QStringLiteral("team.twin")}));
        QCOMPARE(d.matches.at(0).confidence, d.matches.at(1).confidence);
        QVERIFY(std::any_of(d.nearMisses.cbegin(), d.nearMisses.cend(),
                            [](const NearMiss &n) { return n.entry->id == QLatin1String("team.looser-fit"); }));
    }

    // Every template, filled with sample values and wrapped in a Wix body, is matched to its own entry first,
    // with its values captured.
    void roundTripWholeCatalog()
    {
        int checked = 0;
        for (const CatalogEntry &e : m_catalog->entries()) {
            if (e.isGeneric())
                continue;
            const QString message = e.messageTemplate.fill(sampleValues());
            const Report r = m_diagnoser->diagnose(httpRaw(e.httpStatus, "Error", wixBody(message, e.code)));
            QVERIFY2(r.results.size() == 1, qPrintable(e.id));
            QStringList ids;
            const QList<Match> top = topTied(r.results.front());
            for (const Match &m : top)
                ids << m.entry->id;
            QVERIFY2(ids.contains(e.id), qPrintable(e.id + QLatin1String(" -> ") + ids.join(u',')));
            const Match &m = top.at(ids.indexOf(e.id));
            QVERIFY2(m.level == Confidence::Exact, qPrintable(e.id));
            for (const QString &v : e.messageTemplate.variables())
                QVERIFY2(m.value(v) == sampleValues().value(v),
                         qPrintable(e.id + u' ' + v + QLatin1String(" = ") + m.value(v)));
            ++checked;
        }
        QCOMPARE(checked, 69);
    }

    void lookupByStatusAndCode()
    {
        const Report both = m_diagnoser->lookup(QStringLiteral("PERMISSION_DENIED (403)"),
                                                QStringLiteral("domains-site-not-permitted"));
        QCOMPARE(both.results.front().matches.size(), 1);
        QCOMPARE(both.results.front().matches.front().entry->id, QStringLiteral("connect-domain.site-not-permitted"));
        const Report code = m_diagnoser->lookup(QString(), QStringLiteral("invalid domain"));
        QStringList ids;
        for (const Match &m : code.results.front().matches)
            ids << m.entry->id;
        QVERIFY(ids.contains(QStringLiteral("connect-domain.restricted")));
        QVERIFY(ids.contains(QStringLiteral("domain-search.invalid-domain")));
        QVERIFY(ids.contains(QStringLiteral("registered-domains.invalid-domain")));
        const Report status = m_diagnoser->lookup(QStringLiteral("428"), QString());
        QCOMPARE(status.results.front().matches.size(), 12); // 11 Domain DNS rows and the generic 428
        QVERIFY(m_diagnoser->lookup(QStringLiteral("403"), QStringLiteral("NO_SUCH_CODE"))
                    .results.front()
                    .matches.isEmpty());
    }

    // The JSON report handed out piece by piece is the document QJsonDocument would write, byte for byte.
    void streamedJsonIsTheDocument()
    {
        QByteArray log;
        for (int i = 0; i < 30; ++i) {
            log +=
                logLine(403, wixBody(QStringLiteral("SiteId: 0f9e8d7c-%1 is not permitted to target account.").arg(i),
                                     QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")));
            log += logLine(400, "{\"message\":\"Domain \\\"x\\\" \u00e9t\u00e9 is blocked\",\"details\":{}}");
        }
        const QList<Report> reports = {
            m_diagnoser->diagnose(log),
            m_diagnoser->diagnose(curlVerbose(404, wixBody(QString(), QStringLiteral("DOMAINS_GUID_NOT_FOUND")),
                                              QStringLiteral("GET"), QStringLiteral("/domains/v1/x"))),
            m_diagnoser->diagnose(QByteArray("nothing to see here")),
            m_diagnoser->lookup(QStringLiteral("403"), QString()),
        };
        QVERIFY(reports.at(0).responseCount() >= 60);
        QCOMPARE(reports.at(0).results.size(), 2); // one per error: the site IDs are counted in the first
        QCOMPARE(reports.at(0).results.front().group.distinctValues(), 30);
        QVERIFY(reports.at(2).results.isEmpty());
        for (const Report &r : reports) {
            for (const int top : {0, 1, 3}) {
                const QByteArray whole = QJsonDocument(JsonReport::report(r, top)).toJson(QJsonDocument::Indented);
                QByteArray streamed;
                int pieces = 0;
                JsonReport::writeReport(r, top, [&](const QByteArray &piece) {
                    streamed += piece;
                    ++pieces;
                });
                QCOMPARE(streamed, whole);
                QVERIFY(r.results.size() < 2 || pieces > r.results.size()); // one result at a time
            }
        }
    }

    // Hostile input gets an answer, never a crash or a hang.
    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QByteArray random(1 << 20, '\0');
        QRandomGenerator gen(42);
        for (char &c : random)
            c = char(gen.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("invalid UTF-8") << QByteArray("\xC3\x28 Domain a.com is restricted. \xFF\xFE\xFD");
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xFF\xFE") +
                                                QByteArray::fromRawData(
                                                    reinterpret_cast<const char *>(u"403 DOMAINS_GUID_NOT_FOUND"), 52);
        QTest::newRow("NUL bytes") << QByteArray("403\0 DOMAINS_GUID_NOT_FOUND\0\0", 30);
        QTest::newRow("100,000 nested brackets") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("300,000 nested brackets") << QByteArray(300000, '[') + QByteArray(300000, ']');
        QTest::newRow("300,000 nested objects in a log line")
            << QByteArray("ERROR status 500 ") + QByteArray("{\"a\":").repeated(300000);
        QTest::newRow("100,000 open objects") << QByteArray("{\"a\":").repeated(100000);
        QTest::newRow("30 MB line") << QByteArray("ERROR status 403 ") + QByteArray(30 * 1024 * 1024, 'x');
        QTest::newRow("truncated HAR") << har({{QStringLiteral("GET"), kConnectUrl, 403,
                                                wixBody(QStringLiteral("Cannot consume this service."),
                                                        QStringLiteral("DOMAINS_NO_THROTTLER_KEY"))}})
                                              .chopped(40);
        QTest::newRow("HAR with wrong types") << QByteArray(
            R"({"log": {"entries": [{"response": {"status": "403"}}, 5, {"response": {"status": 403, "content": {"text": 7}}}]}})");
        QTest::newRow("huge numbers") << QByteArray(
            R"({"message": "x", "details": {}, "status": 1e400, "code": 123456789012345678901234567890})");
        QTest::newRow("duplicate keys") << QByteArray(
            R"({"message": "a", "message": "Cannot consume this service.", "details": {"applicationError": {"code": "X", "code": "DOMAINS_NO_THROTTLER_KEY"}}})");
    }
    void hostileInput()
    {
        QFETCH(QByteArray, input);
        const Report r = m_diagnoser->diagnose(input);
        QVERIFY(r.bytes == input.size());
        for (const Diagnosis &d : r.results)
            QVERIFY(d.identified() || d.input.isError());
    }

    void hostileAnswersAreSpecific()
    {
        const Report truncated =
            m_diagnoser->diagnose(har({{QStringLiteral("GET"), kConnectUrl, 403, QByteArray("{}")}}).chopped(40));
        QVERIFY(truncated.problems.join(u' ').contains(
            QLatin1String("before its list of entries is closed: it may be truncated")));
        const Report wrongTypes =
            m_diagnoser->diagnose(R"({"log": {"entries": [{"response": {"status": "403"}}, 5]}})");
        QCOMPARE(InputFormats::key(wrongTypes.format), QStringLiteral("har"));
        QVERIFY(wrongTypes.problems.join(u' ').contains(QLatin1String("response.status is not a number")));
        QVERIFY(wrongTypes.problems.join(u' ').contains(QLatin1String("entry 2 of 2 has no response")));
        const Report utf8 = m_diagnoser->diagnose("\xC3\x28 Domain a.com is restricted.");
        QVERIFY(utf8.problems.join(u' ').contains(QLatin1String("not valid UTF-8")));
        QVERIFY(utf8.identified());
        const Report utf16 = m_diagnoser->diagnose(
            QByteArray("\xFF\xFE") +
            QByteArray::fromRawData(reinterpret_cast<const char *>(u"403 DOMAINS_GUID_NOT_FOUND"), 52));
        QVERIFY(utf16.identified());
        const Report huge = m_diagnoser->diagnose(R"({"message": "x", "details": {}, "status": 1e400})");
        QVERIFY(
            huge.problems.join(u' ').contains(QLatin1String("looks like JSON, but it is not valid (illegal number")));
        const Report jsonLines = m_diagnoser->diagnose("{\"level\":\"info\",\"msg\":\"ok\"}\n{\"level\":\"error\","
                                                       "\"status\":403,\"body\":{\"message\":\"Cannot consume "
                                                       "this service.\",\"details\":{}}}\n");
        QVERIFY(jsonLines.problems.isEmpty());
        QCOMPARE(jsonLines.results.size(), 1);
        QCOMPARE(jsonLines.results.front().input.location.key(), QStringLiteral("line 2"));
        QCOMPARE(jsonLines.results.front().matches.front().entry->id,
                 QStringLiteral("connect-domain.no-throttler-key"));
        const Report nested = m_diagnoser->diagnose(QByteArray(100000, '[') + QByteArray(100000, ']'));
        QVERIFY(nested.problems.join(u' ').contains(QLatin1String("nested too deeply")));
    }

    void bigHar()
    {
        QList<std::tuple<QString, QString, int, QByteArray>> entries;
        for (int i = 0; i < 20000; ++i)
            entries.append({QStringLiteral("POST"), kConnectUrl, 403,
                            wixBody(QStringLiteral("Domain d%1.com is not permitted to target account.").arg(i),
                                    QStringLiteral("DOMAINS_DOMAIN_NOT_PERMITTED"))});
        const Report r = m_diagnoser->diagnose(har(entries));
        // One error for 20,000 domains: one result that counts them and lists the first domains.
        QCOMPARE(r.results.size(), 1);
        const ResponseGroup &g = r.results.front().group;
        QCOMPARE(g.count, 20000);
        QCOMPARE(g.distinctValues(), 20000);
        QCOMPARE(g.values.last().values.front().value, QStringLiteral("d%1.com").arg(ResponseGroup::kMaxValues - 1));
        QCOMPARE(g.locations.last().key(), QStringLiteral("entry %1 of 20000").arg(ResponseGroup::kMaxLocations));
        QCOMPARE(r.redactions, 20000);
    }

    void cancellationStopsEarly()
    {
        QByteArray log;
        for (int i = 0; i < 5000; ++i)
            log += "ERROR call failed with status 403: {\"message\":\"Cannot consume this service.\",\"details\":{}}\n";
        std::atomic_bool cancel{true};
        const Report r = m_diagnoser->diagnose(log, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.results.size() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "tst_diagnoser.moc"
