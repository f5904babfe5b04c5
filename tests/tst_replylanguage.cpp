// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "englishsentences.h"
#include "replycomposer.h"
#include "testdiagnosis.h"
#include "translations.h"

#include <QRegularExpression>
#include <QTest>

// Every entry of the embedded catalog, replied to in German and in Spanish, plain and Markdown: no sentence
// outside the quoted Wix text (the documented message and troubleshooting text, codes, URLs, captured values)
// is English. The same check on the English reply shows that it finds English.
class TestReplyLanguage : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

    // A failed response as the entry documents it, every placeholder holding a value of its own.
    static Diagnosis responseFor(const CatalogEntry &e, Match *match)
    {
        Diagnosis d;
        d.input.httpStatus = e.httpStatus;
        d.input.status = e.status;
        d.input.code = e.code;
        d.input.method = e.endpoint.method;
        d.input.url =
            e.endpoint.path.isEmpty() ? QString() : QStringLiteral("https://www.wixapis.com") + e.endpoint.path;
        d.input.requestId = QStringLiteral("1734427301.123456.7");
        match->entry = &e;
        match->level = e.isGeneric() ? Confidence::Generic : Confidence::Exact;
        match->confidence = 1.0;
        for (const QString &name : e.messageTemplate.variables())
            match->variables.append({name, QStringLiteral("value-of-") + name.toLower() + QStringLiteral(".com")});
        d.input.message =
            e.messageTemplate.isEmpty() ? QString() : ReplyComposer::fillVariables(e.messageTemplate.text(), *match);
        return d;
    }

    // What a reply quotes rather than says: Wix's text, the request and the captured values, as each format writes
    // them.
    static QStringList quotedIn(const Diagnosis &d, const Match &m)
    {
        QStringList quoted{m.entry->troubleshooting, d.input.message, d.input.code, d.input.url, d.input.requestId};
        for (const MessageTemplate::Capture &c : m.variables)
            quoted << c.value;
        for (qsizetype i = 0, n = quoted.size(); i < n; ++i)
            quoted << ReplyComposer::escapeMarkdown(quoted.at(i));
        return quoted;
    }

    QStringList englishInReplies(const QString &language, ReplyComposer::Format format) const
    {
        const auto phrases = [&language](const char *text) {
            return Translations::translate(language, "ReplyComposer", text);
        };
        QStringList found;
        for (const CatalogEntry &e : m_catalog->entries()) {
            Match m;
            const Diagnosis d = responseFor(e, &m);
            const QString reply = ReplyComposer::compose(d, m, format, language, phrases);
            for (const QString &sentence : EnglishSentences::find(reply, quotedIn(d, m)))
                found << e.id + QStringLiteral(": ") + sentence;
        }
        return found;
    }

private slots:
    void initTestCase() { TestDiagnosis::loadEmbeddedCatalog(&m_catalog); }

    void detectorTellsEnglishFromGermanAndSpanish_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("english");
        QTest::newRow("en step") << QStringLiteral("Send the request again") << true;
        QTest::newRow("en heading") << QStringLiteral("What to do") << true;
        QTest::newRow("en with a name") << QStringLiteral("Check its status with Get Package") << true;
        QTest::newRow("en possessive") << QStringLiteral("Assign a Premium plan to your site") << true;
        QTest::newRow("en contraction") << QStringLiteral("Domains can't be assigned to free Wix sites") << true;
        QTest::newRow("de step") << QStringLiteral("Senden Sie die Anfrage erneut") << false;
        QTest::newRow("de with in and an") << QStringLiteral("Wenden Sie sich an das Team in Ihrem Konto") << false;
        QTest::newRow("es step") << QStringLiteral("Vuelva a enviar la solicitud") << false;
        QTest::newRow("es with a and no") << QStringLiteral("Pida a Wix la lista: no hay otra") << false;
        QTest::newRow("en with shared words") << QStringLiteral("Check the ID in a request") << true;
        QTest::newRow("en question") << QStringLiteral("Is it your domain?") << true;
        QTest::newRow("de with an endpoint")
            << QStringLiteral("Rufen Sie Create Registered Domain erneut auf") << false;
        QTest::newRow("de short") << QStringLiteral("Was zu tun ist") << false;
        QTest::newRow("es short with a") << QStringLiteral("Vuelva a conectar") << false;
        QTest::newRow("es with no") << QStringLiteral("Wix no admite estos TLD") << false;
        QTest::newRow("product name") << QStringLiteral("Adjust Product Instance Specifications") << false;
        QTest::newRow("endpoint label") << QStringLiteral("Create Connected Domain (API-Referenz)") << false;
    }

    void detectorTellsEnglishFromGermanAndSpanish()
    {
        QFETCH(QString, sentence);
        QFETCH(bool, english);
        QCOMPARE(EnglishSentences::find(sentence, {}).isEmpty(), !english);
    }

    void quotedTextIsNotJudged()
    {
        const QString reply = QStringLiteral("Bedeutung: You must purchase the domain first.\nSiehe `the code` und "
                                             "https://example.com/the-page-of-the-docs");
        QCOMPARE(EnglishSentences::find(reply, {QStringLiteral("You must purchase the domain first.")}), QStringList());
        QCOMPARE(EnglishSentences::find(reply, {}), QStringList{QStringLiteral("You must purchase the domain first")});
    }

    void everyReplyReadsInItsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<ReplyComposer::Format>("format");
        QTest::newRow("German, plain") << QStringLiteral("de") << ReplyComposer::Format::PlainText;
        QTest::newRow("German, Markdown") << QStringLiteral("de") << ReplyComposer::Format::Markdown;
        QTest::newRow("Spanish, plain") << QStringLiteral("es") << ReplyComposer::Format::PlainText;
        QTest::newRow("Spanish, Markdown") << QStringLiteral("es") << ReplyComposer::Format::Markdown;
    }

    void everyReplyReadsInItsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(ReplyComposer::Format, format);
        const QStringList english = englishInReplies(language, format);
        for (const QString &sentence : english)
            qWarning("English: %s", qPrintable(sentence));
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English sentences (above)").arg(english.size())));
    }

    // A reply speaks to the customer ("your domain", "you"): never of "the customer" in the third person, in any
    // language. What Wix wrote is quoted, and stays as written.
    void repliesAddressTheCustomer_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void repliesAddressTheCustomer()
    {
        QFETCH(QString, language);
        static const QRegularExpression thirdPerson(
            QStringLiteral(R"(\b(?:customers?(?:'s)?|Kunden?|Kundin|clientes?)\b)"),
            QRegularExpression::CaseInsensitiveOption);
        const auto phrases = [&language](const char *text) {
            return Translations::translate(language, "ReplyComposer", text);
        };
        QStringList found;
        for (const CatalogEntry &e : m_catalog->entries()) {
            Match m;
            const Diagnosis d = responseFor(e, &m);
            const QString reply = ReplyComposer::compose(d, m, ReplyComposer::Format::PlainText, language, phrases);
            const QString said = EnglishSentences::withoutQuotes(reply, quotedIn(d, m));
            for (const QString &line : said.split(u'\n')) {
                if (line.contains(thirdPerson))
                    found << e.id + QStringLiteral(": ") + line;
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // The check can fail: on the English replies it finds English in every entry's reply.
    void englishRepliesAreFound_data()
    {
        QTest::addColumn<ReplyComposer::Format>("format");
        QTest::newRow("plain") << ReplyComposer::Format::PlainText;
        QTest::newRow("Markdown") << ReplyComposer::Format::Markdown;
    }

    void englishRepliesAreFound()
    {
        QFETCH(ReplyComposer::Format, format);
        const QStringList english = englishInReplies(QStringLiteral("en"), format);
        for (const CatalogEntry &e : m_catalog->entries()) {
            const QString prefix = e.id + QStringLiteral(": ");
            const auto inThisEntry = [&prefix](const QString &s) { return s.startsWith(prefix); };
            // Each English step is one sentence at least, and the headings are English too.
            QVERIFY2(std::count_if(english.begin(), english.end(), inThisEntry) > e.steps.size(), qPrintable(e.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestReplyLanguage)
#include "tst_replylanguage.moc"
