// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"
#include "replycomposer.h"
#include "samples.h"
#include "testdiagnosis.h"
#include "translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// What a reply substitutes into itself, written inside received and catalog text: none of it may be read again.
const QStringList kPayloads{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%L1"),
                            QStringLiteral("{domain}"), QStringLiteral("[REDACTED]")};

// A team catalog whose endpoint name and title hold the payload.
QByteArray teamCatalog(const QString &payload)
{
    const QJsonObject entry{
        {QStringLiteral("id"), QStringLiteral("team.held")},
        {QStringLiteral("title"), QString(QStringLiteral("Held ") + payload + QStringLiteral(" title"))},
        {QStringLiteral("endpoint"),
         QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("Team ") + payload + QStringLiteral(" call"))},
                     {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("path"), QStringLiteral("/team/v1/hold")}}},
        {QStringLiteral("status"), QStringLiteral("ALREADY_EXISTS")},
        {QStringLiteral("httpStatus"), 409},
        {QStringLiteral("code"), QStringLiteral("TEAM_HELD")},
        {QStringLiteral("template"), QStringLiteral("Domain {domain_name} is held by account {account_id}.")},
        {QStringLiteral("troubleshooting"), QString(QStringLiteral("Means ") + payload + QStringLiteral(" here."))},
        {QStringLiteral("source"), QStringLiteral("https://dev.wix.com/docs/rest/account-level/domains")},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Release {domain_name} from {account_id}.")}},
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("Then try again.")}}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                     {QStringLiteral("entries"), QJsonArray{entry}}})
        .toJson();
}

ReplyComposer::Phrases phrasesIn(const QString &language)
{
    return [language](const char *text) { return Translations::translate(language, "ReplyComposer", text); };
}

} // namespace

class TestReplyComposer : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

    void addPayloadRows()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("payload");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}) {
            for (const QString &payload : kPayloads)
                QTest::addRow("%s %s", qPrintable(language), qPrintable(payload)) << language << payload;
        }
    }

private slots:
    void initTestCase() { TestDiagnosis::loadEmbeddedCatalog(&m_catalog); }

    // A request URL, a message and a code as received, each holding text a substitution would read again: the
    // reply quotes them as they came (a chained .arg() turned "/a%2Fb" into "/a403Fb").
    void receivedTextIsQuotedAsItCame_data() { addPayloadRows(); }
    void receivedTextIsQuotedAsItCame()
    {
        QFETCH(QString, language);
        QFETCH(QString, payload);
        const QString path = QStringLiteral("/a%2Fb/") + payload + QStringLiteral("?x=1%2C2");
        const QString message = QStringLiteral("Refused ") + payload + QStringLiteral(" for now");
        const QString code = QStringLiteral("TEAM_") + payload + QStringLiteral("_REFUSED");
        const Diagnoser diagnoser(m_catalog);
        const Report report =
            diagnoser.diagnose(Samples::curlVerbose(403, Samples::wixBody(message, code), QStringLiteral("GET"), path));
        QCOMPARE(report.results.size(), 1);
        const Diagnosis &d = report.results.front();
        QVERIFY2(!d.matches.isEmpty(), qPrintable(TestDiagnosis::describe(d)));
        QCOMPARE(d.input.url.endsWith(path), true);
        const Match &m = d.matches.front();
        const QString plain =
            ReplyComposer::compose(d, m, ReplyComposer::Format::PlainText, language, phrasesIn(language));
        for (const QString &expected : {QString(d.input.url), message, code})
            QVERIFY2(plain.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + plain));
        QVERIFY2(plain.contains(QStringLiteral("HTTP 403")), qPrintable(plain));
        const QString md = ReplyComposer::compose(d, m, ReplyComposer::Format::Markdown, language, phrasesIn(language));
        QVERIFY2(md.contains(QString(d.input.url + u'`')), qPrintable(md));
        QVERIFY2(md.contains(QString(u'`' + code + u'`')), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("HTTP 403")), qPrintable(md));
    }

    // A team catalog's endpoint name, title and meaning holding the same text, and captured values holding it.
    void catalogTextIsQuotedAsWritten_data() { addPayloadRows(); }
    void catalogTextIsQuotedAsWritten()
    {
        QFETCH(QString, language);
        QFETCH(QString, payload);
        auto catalog = std::make_shared<Catalog>(*m_catalog);
        QString error;
        QVERIFY2(catalog->addJson(teamCatalog(payload), QStringLiteral("team.json"), &error), qPrintable(error));
        const QString domain = QStringLiteral("shop") + payload + QStringLiteral(".example");
        const QString account = QStringLiteral("acc") + payload;
        const Diagnoser diagnoser(catalog);
        const Report report = diagnoser.diagnose(Samples::curlVerbose(
            409,
            Samples::wixBody(QStringLiteral("Domain %1 is held by account %2.").arg(domain, account),
                             QStringLiteral("TEAM_HELD")),
            QStringLiteral("POST"), QStringLiteral("/team/v1/hold")));
        QCOMPARE(report.results.size(), 1);
        const Diagnosis &d = report.results.front();
        QVERIFY2(d.identified(), qPrintable(TestDiagnosis::describe(d)));
        const Match &m = d.matches.front();
        QCOMPARE(m.entry->id, QStringLiteral("team.held"));
        const QString plain =
            ReplyComposer::compose(d, m, ReplyComposer::Format::PlainText, language, phrasesIn(language));
        const QString endpoint = QStringLiteral("Team ") + payload + QStringLiteral(" call");
        for (const QString &expected : {endpoint, QStringLiteral("HTTP 409"), QString(u' ' + domain + u' '),
                                        QString(u' ' + account + u'.'), QString(QStringLiteral("Means ") + payload)})
            QVERIFY2(plain.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + plain));
        QVERIFY2(plain.contains(QStringLiteral("\n1. ")), qPrintable(plain));
        const QString md = ReplyComposer::compose(d, m, ReplyComposer::Format::Markdown, language, phrasesIn(language));
        for (const QString &expected :
             {ReplyComposer::escapeMarkdown(endpoint), QStringLiteral("HTTP 409"), QString(u'`' + domain + u'`')})
            QVERIFY2(md.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + md));
    }

    void plainAndMarkdown()
    {
        const Diagnoser diagnoser(m_catalog);
        const Report report = diagnoser.diagnose(
            "HTTP/1.1 403 Forbidden\r\nx-wix-request-id: 1734427301.19\r\n\r\n"
            R"({"message":"SiteId: 0f9e_site is not permitted to target account.","details":{"applicationError":{"code":"DOMAINS_SITE_NOT_PERMITTED"}}})");
        QCOMPARE(report.results.size(), 1);
        const Diagnosis &d = report.results.front();
        QVERIFY(d.identified());
        const Match &m = d.matches.front();
        QCOMPARE(m.entry->id, QStringLiteral("connect-domain.site-not-permitted"));

        const QString plain = ReplyComposer::compose(d, m, ReplyComposer::Format::PlainText);
        QVERIFY(plain.contains(QLatin1String("HTTP 403")));
        QVERIFY(plain.contains(QLatin1String("1. Check that site 0f9e_site belongs")));
        QVERIFY(plain.contains(QLatin1String("Request ID: 1734427301.19")));
        QVERIFY(plain.contains(QLatin1String("Connect Domain is deprecated")));
        QVERIFY(plain.contains(
            QLatin1String("https://dev.wix.com/docs/rest/account-level/domains/domain-connections/error-messages")));

        const QString md = ReplyComposer::compose(d, m, ReplyComposer::Format::Markdown);
        QVERIFY(md.contains(QLatin1String("`DOMAINS_SITE_NOT_PERMITTED`")));
        QVERIFY(md.contains(QLatin1String("1. Check that site `0f9e_site` belongs")));
        QVERIFY2(md.contains(QLatin1String("> SiteId: 0f9e\\_site is not permitted")), qPrintable(md));
        QVERIFY(md.contains(QLatin1String("[Wix documentation](https://")));
    }

    void missingValuesAreNamed()
    {
        Diagnosis d;
        Match m;
        m.entry = m_catalog->find(QStringLiteral("connect-domain.restricted"));
        QVERIFY(m.entry);
        const QString plain = ReplyComposer::compose(d, m, ReplyComposer::Format::PlainText);
        QVERIFY2(plain.contains(QLatin1String("<domainName> uses a TLD")), qPrintable(plain));
        const QString md = ReplyComposer::compose(d, m, ReplyComposer::Format::Markdown);
        QVERIFY2(md.contains(QLatin1String("\\<domainName\\> uses a TLD")), qPrintable(md));
    }

    // Placeholders are filled before the text around them is escaped: a team catalog whose names have '_' keeps
    // its values in a Markdown reply, the values are quoted as code, and only the literal text is escaped.
    void markdownFillsBeforeEscaping()
    {
        auto catalog = std::make_shared<Catalog>(*m_catalog);
        QString error;
        QVERIFY2(catalog->addFile(QStringLiteral(DT_TEST_DATA "/catalogs/team-underscore-names.json"), &error),
                 qPrintable(error));
        const Diagnoser diagnoser(catalog);
        const Report report = diagnoser.diagnose("HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\n\r\n"
                                                 R"({"message":"Domain shop_one.example is held by account acc_77.",)"
                                                 R"("details":{"applicationError":{"code":"TEAM_DOMAIN_HELD"}}})");
        QCOMPARE(report.results.size(), 1);
        const Diagnosis &d = report.results.front();
        QVERIFY(d.identified());
        const Match &m = d.matches.front();
        QCOMPARE(m.entry->id, QStringLiteral("team.domain-held"));

        const QString md = ReplyComposer::compose(d, m, ReplyComposer::Format::Markdown);
        QVERIFY2(md.contains(QLatin1String("1. Ask the owner of account `acc_77` to release `shop_one.example`.")),
                 qPrintable(md));
        QVERIFY2(md.contains(QLatin1String("2. Connect `shop_one.example` again once it is released "
                                           "(only\\_this domain, \\*not\\* the others).")),
                 qPrintable(md));
        QVERIFY2(!md.contains(QLatin1String("domain\\_name")), qPrintable(md));

        const QString plain = ReplyComposer::compose(d, m, ReplyComposer::Format::PlainText);
        QVERIFY2(plain.contains(QLatin1String("1. Ask the owner of account acc_77 to release shop_one.example.")),
                 qPrintable(plain));
        QCOMPARE(ReplyComposer::fillVariables(QStringLiteral("{domain_name} and {unknown_name}"), m),
                 QStringLiteral("shop_one.example and <unknown_name>"));
    }
};

QTEST_GUILESS_MAIN(TestReplyComposer)
#include "tst_replycomposer.moc"
