// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"
#include "replycomposer.h"
#include "testdiagnosis.h"

#include <QTest>

class TestReplyComposer : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

private slots:
    void initTestCase() { TestDiagnosis::loadEmbeddedCatalog(&m_catalog); }

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
