// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void secretsAreRemoved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("count");
        const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl");
        QTest::newRow("header line") << QStringLiteral("> Authorization: IST.%1\n> Host: x").arg(jwt) << jwt << 1;
        QTest::newRow("curl -H") << QStringLiteral("curl -H 'Authorization: Bearer abcdefgh12345678' https://x")
                                 << QStringLiteral("abcdefgh12345678") << 1;
        QTest::newRow("cookie") << QStringLiteral("< set-cookie: session=s3cr3tvalue; Path=/")
                                << QStringLiteral("s3cr3tvalue") << 1;
        QTest::newRow("HAR header") << QStringLiteral(R"({"name": "authorization", "value": "opaque-key-123"})")
                                    << QStringLiteral("opaque-key-123") << 1;
        QTest::newRow("HAR header value first") << QStringLiteral(R"({"value": "opaque-key-123", "name": "Cookie"})")
                                                << QStringLiteral("opaque-key-123") << 1;
        QTest::newRow("JSON member") << QStringLiteral(R"({"headers": {"Authorization": "opaque-key-123"}})")
                                     << QStringLiteral("opaque-key-123") << 1;
        QTest::newRow("JS object dump") << QStringLiteral(
                                               "headers: { authorization: 'opaque-key-123', 'wix-account-id': 'abc' }")
                                        << QStringLiteral("opaque-key-123") << 1;
        QTest::newRow("bare JWT in a log") << QStringLiteral("token=%1 rejected").arg(jwt) << jwt << 1;
        QTest::newRow("two secrets") << QStringLiteral("Authorization: k1-secret-value\nCookie: a=b-secret")
                                     << QStringLiteral("secret") << 2;
    }
    void secretsAreRemoved()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(int, count);
        const Redactor::Result r = Redactor::redact(text);
        QVERIFY2(!r.text.contains(secret), qPrintable(r.text));
        QVERIFY(r.text.contains(Redactor::kPlaceholder));
        QCOMPARE(r.count, count);
    }

    void ordinaryTextIsKept()
    {
        const QString text =
            QStringLiteral("The system wasn't able to authenticate you (missing Authorization header).\n"
                           "< x-wix-request-id: 1734427301.191556792796277844\nwix-account-id: abc");
        const Redactor::Result r = Redactor::redact(text);
        QCOMPARE(r.count, 0);
        QCOMPARE(r.text, text);
    }

    void redactingTwiceChangesNothing()
    {
        const Redactor::Result once = Redactor::redact(QStringLiteral("Authorization: Bearer abcdefgh12345678"));
        const Redactor::Result twice = Redactor::redact(once.text);
        QCOMPARE(twice.text, once.text);
        QCOMPARE(twice.count, 0);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
