// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "statuscodes.h"

#include <QTest>

class TestStatusCodes : public QObject
{
    Q_OBJECT

private slots:
    void normaliseCode_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("prose vs upper snake") << QStringLiteral("Invalid domain") << QStringLiteral("INVALID_DOMAIN");
        QTest::newRow("kebab") << QStringLiteral("invalid-domain") << QStringLiteral("INVALID_DOMAIN");
        QTest::newRow("spaces around") << QStringLiteral("  DOMAINS_GUID_NOT_FOUND ")
                                       << QStringLiteral("domains guid not found");
    }
    void normaliseCode()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(StatusCodes::normaliseCode(a), StatusCodes::normaliseCode(b));
        QVERIFY(!StatusCodes::normaliseCode(a).isEmpty());
    }

    void differentCodesStayDifferent()
    {
        QVERIFY(StatusCodes::normaliseCode(u"DOMAIN_NOT_PERMITTED") !=
                StatusCodes::normaliseCode(u"DOMAINS_DOMAIN_NOT_PERMITTED"));
    }

    void parseStatus_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("number") << QStringLiteral("403") << true << 403 << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("name") << QStringLiteral("PERMISSION_DENIED") << true << 403
                              << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("table form") << QStringLiteral("PERMISSION_DENIED (403)") << true << 403
                                    << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("words") << QStringLiteral("permission denied") << true << 403
                               << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("428 is Wix's precondition")
            << QStringLiteral("FAILED_PRECONDITION") << true << 428 << QStringLiteral("FAILED_PRECONDITION");
        QTest::newRow("428 number") << QStringLiteral("428") << true << 428 << QStringLiteral("FAILED_PRECONDITION");
        QTest::newRow("name and wrong number") << QStringLiteral("PERMISSION_DENIED (400)") << false << 0 << QString();
        QTest::newRow("unknown name") << QStringLiteral("TEAPOT") << false << 0 << QString();
        QTest::newRow("not a status") << QStringLiteral("999") << false << 0 << QString();
        QTest::newRow("empty") << QString() << false << 0 << QString();
    }
    void parseStatus()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, http);
        QFETCH(QString, canonical);
        const auto q = StatusCodes::parseStatus(text);
        QCOMPARE(q.valid, valid);
        QCOMPARE(q.httpStatus, http);
        QCOMPARE(q.canonical, canonical);
    }

    void grpcCodes()
    {
        QCOMPARE(StatusCodes::canonicalForGrpc(3), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(StatusCodes::canonicalForGrpc(7), QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(StatusCodes::httpForCanonical(StatusCodes::canonicalForGrpc(9)), 428);
    }
};

QTEST_GUILESS_MAIN(TestStatusCodes)
#include "tst_statuscodes.moc"
