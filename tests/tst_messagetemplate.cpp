// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "messagetemplate.h"
#include "normalizedtext.h"

#include <QElapsedTimer>
#include <QTest>

class TestMessageTemplate : public QObject
{
    Q_OBJECT

    static MessageTemplate parse(const QString &text)
    {
        QString error;
        MessageTemplate t = MessageTemplate::parse(text, &error);
        if (!error.isEmpty())
            qWarning() << error;
        return t;
    }

private slots:
    void tolerantMatch_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matched");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        const QString restricted = QStringLiteral("Domain {domainName} is restricted.");
        QTest::newRow("exact") << restricted << QStringLiteral("Domain foo.xyz is restricted.") << true << true
                               << QStringLiteral("domainName") << QStringLiteral("foo.xyz");
        QTest::newRow("case") << restricted << QStringLiteral("DOMAIN Foo.XYZ IS RESTRICTED") << true << true
                              << QStringLiteral("domainName") << QStringLiteral("Foo.XYZ");
        QTest::newRow("wrapped over lines")
            << restricted << QStringLiteral("Domain\r\n   foo.xyz  is\n restricted.") << true << true
            << QStringLiteral("domainName") << QStringLiteral("foo.xyz");
        QTest::newRow("straight quotes") << restricted << QStringLiteral("Domain 'foo.xyz' is restricted!") << true
                                         << true << QStringLiteral("domainName") << QStringLiteral("foo.xyz");
        QTest::newRow("curly quotes") << restricted << QStringLiteral("Domain \u201cfoo.xyz\u201d is restricted.")
                                      << true << true << QStringLiteral("domainName") << QStringLiteral("foo.xyz");
        QTest::newRow("back quotes") << restricted << QStringLiteral("Domain `foo.xyz` is restricted") << true << true
                                     << QStringLiteral("domainName") << QStringLiteral("foo.xyz");
        QTest::newRow("inside a log line")
            << restricted << QStringLiteral("ERROR: Domain foo.xyz is restricted. (retry 3)") << true << false
            << QStringLiteral("domainName") << QStringLiteral("foo.xyz");
        QTest::newRow("Wix restricted is another message")
            << restricted << QStringLiteral("Domain foo.xyz is Wix restricted.") << false << false << QString()
            << QString();
        QTest::newRow("trailing value") << QStringLiteral("Invalid connection type: {connectionType}.")
                                        << QStringLiteral("Invalid connection type: \"CNAME\".") << true << true
                                        << QStringLiteral("connectionType") << QStringLiteral("CNAME");
        QTest::newRow("colon matters") << QStringLiteral("Invalid connection type {connectionType}.")
                                       << QStringLiteral("Invalid connection type: CNAME") << false << false
                                       << QString() << QString();
        QTest::newRow("it is vs it's")
            << QStringLiteral("Unable to connect domain {domainName}, it's available for purchase.")
            << QStringLiteral("Unable to connect domain a.com, it is available for purchase.") << false << false
            << QString() << QString();
        QTest::newRow("word boundary") << QStringLiteral("Cannot consume this service.")
                                       << QStringLiteral("Cannot consume this services") << false << false << QString()
                                       << QString();
    }
    void tolerantMatch()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, text);
        QFETCH(bool, matched);
        QFETCH(bool, whole);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        const MessageTemplate t = parse(templateText);
        QVERIFY(!t.isEmpty());
        const auto r = t.match(NormalizedText(text));
        QCOMPARE(r.matched, matched);
        if (!matched)
            return;
        QCOMPARE(r.whole, whole);
        QCOMPARE(r.captures.size(), 1);
        QCOMPARE(r.captures.front().name, variable);
        QCOMPARE(r.captures.front().value, value);
    }

    void severalVariables()
    {
        const MessageTemplate t = parse(QStringLiteral(
            "Multiple {recordType} records with the same hostName {hostName} not supported, the multiple "
            "values belong to the same hostName should be combined under one {recordType}."));
        QCOMPARE(t.variables(), (QStringList{QStringLiteral("recordType"), QStringLiteral("hostName")}));
        const auto r =
            t.match(NormalizedText(QStringLiteral("Multiple MX records with the same hostName \"mail.example.com\" not "
                                                  "supported, the multiple values belong to "
                                                  "the same hostName should be combined under one MX.")));
        QVERIFY(r.matched);
        QVERIFY(r.whole);
        QCOMPARE(r.captures.size(), 3);
        QCOMPARE(r.captures.at(1).value, QStringLiteral("mail.example.com"));
    }

    void malformedTemplates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed") << QStringLiteral("Domain {domain is bad") << QStringLiteral("malformed placeholder");
        QTest::newRow("stray close") << QStringLiteral("Domain } is bad") << QStringLiteral("unbalanced");
        QTest::newRow("adjacent") << QStringLiteral("Value {a}{b} is bad") << QStringLiteral("need text between");
        QTest::newRow("no literal") << QStringLiteral("{a}") << QStringLiteral("no literal text");
        QTest::newRow("empty name") << QStringLiteral("Value {} is bad") << QStringLiteral("malformed placeholder");
    }
    void malformedTemplates()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString message;
        const MessageTemplate t = MessageTemplate::parse(text, &message);
        QVERIFY(t.isEmpty());
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    // The folding rules, pinned: the folded text, its words, the words the matcher looks up without folding the
    // text, and a template's literal piece all follow them alike.
    void foldingRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::addColumn<QStringList>("words");
        const auto row = [](const char *name, const QString &text, const QString &folded, const QStringList &words) {
            QTest::newRow(name) << text << folded << words;
        };
        row("doubled quote inside a word", QStringLiteral("a''b"), QStringLiteral("ab"), {QStringLiteral("ab")});
        row("SQL-escaped apostrophe", QStringLiteral("Domain X.io can''t be registered."),
            QStringLiteral("domain x.io cant be registered"),
            {QStringLiteral("domain"), QStringLiteral("x"), QStringLiteral("io"), QStringLiteral("cant"),
             QStringLiteral("be"), QStringLiteral("registered")});
        row("apostrophe", QStringLiteral("it's"), QStringLiteral("its"), {QStringLiteral("its")});
        row("quote before a space", QStringLiteral("a' b"), QStringLiteral("a b"),
            {QStringLiteral("a"), QStringLiteral("b")});
        row("quote alone between spaces", QStringLiteral("a ' b"), QStringLiteral("a b"),
            {QStringLiteral("a"), QStringLiteral("b")});
        row("curly quotes and guillemets", QStringLiteral("\u201cShop\u201d \u00abWS\u00bb \u2018x\u2019"),
            QStringLiteral("shop ws x"), {QStringLiteral("shop"), QStringLiteral("ws"), QStringLiteral("x")});
        row("white space runs", QStringLiteral(" \t Domain\r\n   FOO.xyz\u00a0 is\n"),
            QStringLiteral("domain foo.xyz is"),
            {QStringLiteral("domain"), QStringLiteral("foo"), QStringLiteral("xyz"), QStringLiteral("is")});
        row("trailing punctuation and space", QStringLiteral("Stop here: ! . "), QStringLiteral("stop here"),
            {QStringLiteral("stop"), QStringLiteral("here")});
        row("inner punctuation stays", QStringLiteral("a.b, c;d"), QStringLiteral("a.b, c;d"),
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        row("letters beyond ASCII", QStringLiteral("\u00dcBER Stra\u00dfe \u0394\u03b9"),
            QStringLiteral("\u00fcber stra\u00dfe \u03b4\u03b9"),
            {QStringLiteral("\u00fcber"), QStringLiteral("stra\u00dfe"), QStringLiteral("\u03b4\u03b9")});
        const QString longWord = QString(300, u'Q');
        row("word longer than the buffer", longWord + QStringLiteral(" x"), QString(300, u'q') + QStringLiteral(" x"),
            {QString(300, u'q'), QStringLiteral("x")});
        row("only quotes and spaces", QStringLiteral(" ' \" ` "), QString(), {});
    }
    void foldingRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QFETCH(QStringList, words);
        const NormalizedText normalized(text);
        QCOMPARE(normalized.folded(), folded);
        QCOMPARE(NormalizedText::fold(text), folded);
        QCOMPARE(normalized.words(), words);
        QStringList walked;
        NormalizedText::forEachWord(text, [&walked](QStringView w) { walked << w.toString(); });
        QCOMPARE(walked, words);
        if (folded.isEmpty())
            return;
        // As a template's text before a placeholder: the piece keeps its words, and matches the text it was.
        const MessageTemplate t = parse(text + QStringLiteral(" {value}"));
        QStringList distinct = words;
        distinct.removeDuplicates();
        QCOMPARE(t.literalWords(), distinct);
        const MessageTemplate::MatchResult r = t.match(NormalizedText(QString(text + QStringLiteral(" shop.ws"))));
        QVERIFY(r.matched);
        QCOMPARE(r.captures.value(0).value, QStringLiteral("shop.ws"));
    }

    // The one reader of "{name}": templates, steps and replies all split text this way. Tokens are written here
    // as "text" for literals and "{name}" for placeholders.
    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QString>("error");
        QTest::newRow("snake case") << QStringLiteral("Domain {domain_name} is held by {account_id}.")
                                    << QStringList{QStringLiteral("Domain "), QStringLiteral("{domain_name}"),
                                                   QStringLiteral(" is held by "), QStringLiteral("{account_id}"),
                                                   QStringLiteral(".")}
                                    << QString();
        QTest::newRow("leading underscore and digits")
            << QStringLiteral("{_v2}x") << QStringList{QStringLiteral("{_v2}"), QStringLiteral("x")} << QString();
        QTest::newRow("no placeholder") << QStringLiteral("Plain *text*.")
                                        << QStringList{QStringLiteral("Plain *text*.")} << QString();
        QTest::newRow("empty") << QString() << QStringList() << QString();
        QTest::newRow("digit first") << QStringLiteral("Value {1st} is bad") << QStringList()
                                     << QStringLiteral("malformed placeholder at position 7");
        QTest::newRow("space in name") << QStringLiteral("Value {a b}") << QStringList()
                                       << QStringLiteral("malformed placeholder at position 7");
        QTest::newRow("JSON object") << QStringLiteral(R"(Send {"a": 1})") << QStringList()
                                     << QStringLiteral("malformed placeholder at position 6");
        QTest::newRow("stray close") << QStringLiteral("a}") << QStringList()
                                     << QStringLiteral("unbalanced '}' at position 2");
        QTest::newRow("unclosed at end") << QStringLiteral("a {name") << QStringList()
                                         << QStringLiteral("malformed placeholder at position 3");
    }
    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QFETCH(QString, error);
        QString message = QStringLiteral("not cleared");
        QStringList written;
        for (const MessageTemplate::Token &t : MessageTemplate::tokenize(text, &message))
            written << (t.placeholder ? u'{' + t.text + u'}' : t.text);
        QCOMPARE(written, tokens);
        if (error.isEmpty())
            QCOMPARE(message, QString());
        else
            QVERIFY2(message.startsWith(error), qPrintable(message));
        // Steps are checked with the same rules the template is read with.
        QString referencedError;
        MessageTemplate::referencedVariables(text, &referencedError);
        QCOMPARE(referencedError, message);
    }

    void fillKeepsUnknownNames()
    {
        const MessageTemplate t = parse(QStringLiteral("Domain {domain_name} is held by {account_id}."));
        QCOMPARE(t.variables(), (QStringList{QStringLiteral("domain_name"), QStringLiteral("account_id")}));
        QCOMPARE(t.fill({{QStringLiteral("domain_name"), QStringLiteral("a_b.io")}}),
                 QStringLiteral("Domain a_b.io is held by {account_id}."));
    }

    void fill()
    {
        const MessageTemplate t = parse(QStringLiteral("Domain {domainName} is restricted."));
        QCOMPARE(t.fill({{QStringLiteral("domainName"), QStringLiteral("a.io")}}),
                 QStringLiteral("Domain a.io is restricted."));
    }

    // The matcher never backtracks: a template built to make a backtracking engine explode (many placeholders
    // separated by the same letter, against a long run of that letter with no final match) is answered after
    // one leftmost pass per piece. 2,000 x 200,000 would be 4e8 steps for a naive backtracker per start.
    void worstCaseStaysBounded()
    {
        QString templateText;
        for (int i = 0; i < 40; ++i)
            templateText += QStringLiteral("a {v%1} ").arg(i);
        templateText += QStringLiteral("a b");
        const MessageTemplate t = parse(templateText);
        QVERIFY(!t.isEmpty());
        QString text;
        for (int i = 0; i < 100000; ++i)
            text += QStringLiteral("a ");
        QElapsedTimer timer;
        timer.start();
        const auto r = t.match(NormalizedText(text));
        QVERIFY(!r.matched);
        // Generous bound: the linear pass takes milliseconds; exponential backtracking would never finish.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
