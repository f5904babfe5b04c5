// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"
#include "replycomposer.h"
#include "testdiagnosis.h"
#include "translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

// The catalog's own text in German and Spanish, the reply in a language of its own, and the command line's
// translations (it links the same translations library as the window).
class TestCatalogTranslations : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

    static QJsonObject teamEntry(const QJsonObject &translations)
    {
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("team.sample")},
            {QStringLiteral("title"), QStringLiteral("Sample")},
            {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Get Thing")}}},
            {QStringLiteral("status"), QStringLiteral("NOT_FOUND")},
            {QStringLiteral("httpStatus"), 404},
            {QStringLiteral("code"), QStringLiteral("TEAM_THING_NOT_FOUND")},
            {QStringLiteral("template"), QStringLiteral("Thing {thingId} was not found.")},
            {QStringLiteral("troubleshooting"), QStringLiteral("Check the thing.")},
            {QStringLiteral("source"), QStringLiteral("https://example.com/errors")},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Look for {thingId}.")},
                                    {QStringLiteral("links"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("label"), QStringLiteral("Things")},
                                         {QStringLiteral("url"), QStringLiteral("https://example.com/things")}}}}},
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("Retry.")}}}},
            {QStringLiteral("translations"), translations}};
    }

    static QByteArray teamFile(const QJsonObject &translations)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                         {QStringLiteral("entries"), QJsonArray{teamEntry(translations)}}})
            .toJson();
    }

    static QJsonObject german(const QJsonObject &extra = {})
    {
        QJsonObject de{{QStringLiteral("title"), QStringLiteral("Beispiel")},
                       {QStringLiteral("steps"),
                        QJsonArray{QStringLiteral("Suchen Sie {thingId}."), QStringLiteral("Erneut versuchen.")}},
                       {QStringLiteral("labels"), QJsonObject{{QStringLiteral("Things"), QStringLiteral("Dinge")}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            de.insert(it.key(), it.value());
        return QJsonObject{{QStringLiteral("de"), de}};
    }

    static QStringList variables(const QString &text)
    {
        QString error;
        QStringList names = MessageTemplate::referencedVariables(text, &error);
        names.sort();
        return names;
    }

    static QStringList linkLabels(const CatalogEntry &e)
    {
        QStringList labels;
        for (const RemediationStep &step : e.steps) {
            for (const Link &l : step.links)
                labels << l.label;
        }
        for (const Link &l : e.seeAlso)
            labels << l.label;
        labels.removeDuplicates();
        return labels;
    }

    static QString runCli(const QStringList &arguments, const QByteArray &input, const QString &language)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QString());
        env.insert(QStringLiteral("LANGUAGE"), QString());
        env.insert(QStringLiteral("LANG"), language);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(DT_CLI_PATH), arguments);
        cli.write(input);
        cli.closeWriteChannel();
        if (!cli.waitForFinished(30000))
            return {};
        return QString::fromUtf8(cli.readAllStandardOutput());
    }

private slots:
    void initTestCase() { TestDiagnosis::loadEmbeddedCatalog(&m_catalog); }

    void embeddedEntriesSpeakGermanAndSpanish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    // Every entry of the embedded catalog, whatever its API: the title, each step, each link label and the
    // deprecation note read in the language; the placeholders are the template's, as in English.
    void embeddedEntriesSpeakGermanAndSpanish()
    {
        QFETCH(QString, language);
        QStringList gaps;
        QSet<QString> apis;
        for (const CatalogEntry &e : m_catalog->entries()) {
            apis.insert(e.api);
            const QString where = e.id + QLatin1Char(' ') + language + QStringLiteral(": ");
            const EntryTranslation *t = e.translation(language);
            if (!t) {
                gaps << where + QStringLiteral("no translation");
                continue;
            }
            if (t->title.isEmpty() || t->title == e.title)
                gaps << where + QStringLiteral("title");
            if (!e.deprecation.isEmpty() && (t->deprecation.isEmpty() || t->deprecation == e.deprecation))
                gaps << where + QStringLiteral("deprecation");
            for (qsizetype i = 0; i < e.steps.size(); ++i) {
                const QString step = i < t->steps.size() ? t->steps.at(i) : QString();
                if (step.isEmpty() || step == e.steps.at(i).text || variables(step) != variables(e.steps.at(i).text))
                    gaps << where + QStringLiteral("steps[%1]").arg(i + 1);
            }
            for (const QString &label : linkLabels(e)) {
                const auto translated = [&label](const EntryTranslation::Label &l) {
                    return l.english == label && !l.translated.trimmed().isEmpty();
                };
                if (std::none_of(t->labels.begin(), t->labels.end(), translated))
                    gaps << where + QStringLiteral("label '%1'").arg(label);
            }
            // What Wix wrote stays as Wix wrote it.
            const CatalogEntry shown = e.localized(language);
            QCOMPARE(shown.messageTemplate.text(), e.messageTemplate.text());
            QCOMPARE(shown.troubleshooting, e.troubleshooting);
        }
        for (const QString &gap : std::as_const(gaps))
            qWarning("Not translated: %s", qPrintable(gap));
        QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("%1 fields not translated (above)").arg(gaps.size())));
        QCOMPARE(apis.size(), 6);
    }

    void aLanguageWithoutTranslationReadsEnglish()
    {
        const CatalogEntry *e = m_catalog->find(QStringLiteral("connect-domain.guid-not-found"));
        QVERIFY(e);
        const CatalogEntry french = e->localized(QStringLiteral("fr"));
        QCOMPARE(french.title, e->title);
        QCOMPARE(french.steps.size(), e->steps.size());
        QCOMPARE(french.steps.front().text, e->steps.front().text);
    }

    void partialTranslationFallsBackFieldByField()
    {
        Catalog c;
        QString error;
        QJsonObject onlyTitle{
            {QStringLiteral("de"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Nur Titel")}}}};
        QVERIFY2(c.addJson(teamFile(onlyTitle), QStringLiteral("team.json"), &error), qPrintable(error));
        const CatalogEntry shown = c.find(QStringLiteral("team.sample"))->localized(QStringLiteral("de"));
        QCOMPARE(shown.title, QStringLiteral("Nur Titel"));
        QCOMPARE(shown.steps.at(0).text, QStringLiteral("Look for {thingId}."));
        QCOMPARE(shown.steps.at(0).links.at(0).label, QStringLiteral("Things"));
    }

    void translatedTextSurvivesThePack()
    {
        Catalog c;
        QString error;
        QVERIFY2(c.addJson(teamFile(german()), QStringLiteral("team.json"), &error), qPrintable(error));
        const Catalog again = Catalog::fromPack(c.toPack(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CatalogEntry shown = again.find(QStringLiteral("team.sample"))->localized(QStringLiteral("de"));
        QCOMPARE(shown.title, QStringLiteral("Beispiel"));
        QCOMPARE(shown.steps.at(0).text, QStringLiteral("Suchen Sie {thingId}."));
        QCOMPARE(shown.steps.at(0).links.at(0).label, QStringLiteral("Dinge"));
        QCOMPARE(shown.steps.at(0).links.at(0).url, QStringLiteral("https://example.com/things"));
    }

    void badTranslationsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("translations");
        QTest::addColumn<QString>("message");
        QTest::newRow("too few steps") << german({{QStringLiteral("steps"), QJsonArray{QStringLiteral("Eins.")}}})
                                       << QStringLiteral(
                                              "field 'translations.de.steps': must be an array of 2 strings");
        QTest::newRow("undeclared variable")
            << german({{QStringLiteral("steps"), QJsonArray{QStringLiteral("{siteId}"), QStringLiteral("Zwei.")}}})
            << QStringLiteral("field 'translations.de.steps[1]': uses {siteId}");
        QTest::newRow("step not a string")
            << german({{QStringLiteral("steps"), QJsonArray{1, QStringLiteral("Zwei.")}}})
            << QStringLiteral("field 'translations.de.steps[1]': must be a string");
        QTest::newRow("label the entry lacks")
            << german({{QStringLiteral("labels"), QJsonObject{{QStringLiteral("Nothing"), QStringLiteral("Nichts")}}}})
            << QStringLiteral("field 'translations.de.labels': the entry has no link labelled 'Nothing'");
        QTest::newRow("Wix's own text") << german({{QStringLiteral("troubleshooting"), QStringLiteral("Prüfen.")}})
                                        << QStringLiteral("unknown field 'troubleshooting'");
        QTest::newRow("not a language") << QJsonObject{{QStringLiteral("German"),
                                                        QJsonObject{{QStringLiteral("title"), QStringLiteral("X")}}}}
                                        << QStringLiteral("field 'translations.German': is not a language code");
        QTest::newRow("english") << QJsonObject{{QStringLiteral("en"),
                                                 QJsonObject{{QStringLiteral("title"), QStringLiteral("X")}}}}
                                 << QStringLiteral("field 'translations.en': is not a language code");
        QTest::newRow("empty title") << german({{QStringLiteral("title"), QStringLiteral(" ")}})
                                     << QStringLiteral("field 'title': must not be empty");
    }

    void badTranslationsAreRefused()
    {
        QFETCH(QJsonObject, translations);
        QFETCH(QString, message);
        Catalog c;
        QString error;
        QVERIFY(!c.addJson(teamFile(translations), QStringLiteral("team.json"), &error));
        QVERIFY2(error.startsWith(QLatin1String("team.json: entry 'team.sample': ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void replyInTheCustomersLanguage()
    {
        const Diagnoser diagnoser(m_catalog);
        const Report report = diagnoser.diagnose(
            "HTTP/1.1 403 Forbidden\r\nx-wix-request-id: 1734427301.19\r\n\r\n"
            R"({"message":"SiteId: 0f9e_site is not permitted to target account.","details":{"applicationError":{"code":"DOMAINS_SITE_NOT_PERMITTED"}}})");
        const Diagnosis &d = report.results.front();
        const Match &m = d.matches.front();
        const auto in = [&](const QString &language) {
            return ReplyComposer::compose(d, m, ReplyComposer::Format::PlainText, language, [&](const char *text) {
                return Translations::translate(language, "ReplyComposer", text);
            });
        };
        const QString german = in(QStringLiteral("de"));
        QVERIFY2(german.contains(QStringLiteral("1. Prüfen Sie, ob die Website 0f9e_site zu dem Konto")),
                 qPrintable(german));
        QVERIFY2(german.contains(QLatin1String("Anfrage-ID: 1734427301.19")), qPrintable(german));
        QVERIFY(german.contains(QLatin1String("Connect Domain ist veraltet")));
        // The documented message and troubleshooting text stay as the API and its pages give them.
        QVERIFY(german.contains(QLatin1String("SiteId: 0f9e_site is not permitted to target account.")));
        QVERIFY(german.contains(m.entry->troubleshooting));

        const QString spanish = in(QStringLiteral("es"));
        QVERIFY2(spanish.contains(QLatin1String("1. Compruebe que el sitio 0f9e_site pertenece")), qPrintable(spanish));
        QVERIFY(spanish.contains(m.entry->troubleshooting));

        const QString english = in(QStringLiteral("en"));
        QVERIFY2(english.contains(QLatin1String("1. Check that site 0f9e_site belongs")), qPrintable(english));
        QVERIFY(english.contains(QLatin1String("Request ID: 1734427301.19")));
    }

    void translateFallsBackToEnglishPlurals()
    {
        QCOMPARE(Translations::translate(QStringLiteral("fr"), "TextReport",
                                         "Read: %1, %2 bytes, %n response(s) with an error", 1),
                 QStringLiteral("Read: %1, %2 bytes, 1 response with an error"));
        QCOMPARE(Translations::resolve(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Translations::resolve(QStringLiteral("fr")), QStringLiteral("en"));
    }

    // The command line installs the translations as the window does: English plurals, and German or Spanish.
    void commandLineSpeaksTheLocalesLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<QString>("step");
        QTest::newRow("English") << QStringLiteral("C.UTF-8") << QStringLiteral("Read: ")
                                 << QStringLiteral("30 bytes, 1 response with an error")
                                 << QStringLiteral("1. The app or API key calling the endpoint");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Gelesen: ")
                                << QStringLiteral("30 Bytes, 1 Antwort mit Fehler")
                                << QStringLiteral("1. Die App oder der API-Schlüssel");
        QTest::newRow("Spanish") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("Leído: ")
                                 << QStringLiteral("30 bytes, 1 respuesta con error")
                                 << QStringLiteral("1. La app o la clave API");
    }

    void commandLineSpeaksTheLocalesLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, read);
        QFETCH(QString, counts);
        QFETCH(QString, step);
        const QString out =
            runCli({QStringLiteral("--match"), QStringLiteral("-"), QStringLiteral("--top"), QStringLiteral("1")},
                   "403, DOMAINS_NO_THROTTLER_KEY\n", locale);
        const QString firstLine = out.section(u'\n', 0, 0);
        QVERIFY2(firstLine.startsWith(read) && firstLine.endsWith(counts), qPrintable(firstLine));
        QVERIFY2(out.contains(step), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("connect-domain.no-throttler-key")), qPrintable(out));
    }
    // The option help too: its texts must be found under the context they are looked up in at run time.
    void commandLineHelpSpeaksTheLocalesLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("listHelp");
        QTest::addColumn<QString>("versionHelp");
        QTest::newRow("English") << QStringLiteral("C.UTF-8") << QStringLiteral("List the error catalog.")
                                 << QStringLiteral("Show the version and exit.");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Den Fehlerkatalog auflisten.")
                                << QStringLiteral("Die Version zeigen und beenden.");
        QTest::newRow("Spanish") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("Muestra el catálogo de errores.")
                                 << QStringLiteral("Muestra la versión y sale.");
    }

    void commandLineHelpSpeaksTheLocalesLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, listHelp);
        QFETCH(QString, versionHelp);
        const QString out = runCli({QStringLiteral("--help")}, QByteArray(), locale);
        QVERIFY2(out.contains(listHelp), qPrintable(out));
        QVERIFY2(out.contains(versionHelp), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCatalogTranslations)
#include "tst_catalogtranslations.moc"
