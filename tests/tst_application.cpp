// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"
#include "diagnosepage.h"
#include "mainwindow.h"
#include "samples.h"
#include "testsettings.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What the desktop hands the window: Exec=domains-troubleshooter %F passes every file chosen in a file manager.
class TestApplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    static QString inputOf(MainWindow *window)
    {
        return window->diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"))->toPlainText();
    }

private slots:
    void initTestCase() { TestSettings::isolate(m_dir.path(), QStringLiteral("tst_application")); }

    void severalFilesOpenOneWindowEach()
    {
        const QByteArray body = Samples::wixBody(QStringLiteral("Domain example.com is not connected to site."),
                                                 QStringLiteral("DOMAINS_GUID_NOT_FOUND"));
        const QString json = writeFile(QStringLiteral("response.json"), body);
        const QString log =
            writeFile(QStringLiteral("service.log"), "2026-11-29 10:00:01 ERROR 403, DOMAINS_NO_THROTTLER_KEY\n");
        QVERIFY(!json.isEmpty() && !log.isEmpty());

        const QList<MainWindow *> windows = Application::openWindows({}, {json, log});
        QCOMPARE(windows.size(), 2);
        QPointer<MainWindow> second = windows.at(1);
        for (MainWindow *window : windows)
            QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(inputOf(windows.at(0)), QString::fromUtf8(body));
        QVERIFY(inputOf(windows.at(1)).contains(QLatin1String("DOMAINS_NO_THROTTLER_KEY")));
        QVERIFY(windows.at(1)->pos() != windows.at(0)->pos()); // none hides the other

        windows.at(1)->close(); // a further window goes away when closed
        QTRY_VERIFY(second.isNull());
        delete windows.at(0);
    }

    void noFileOpensOneEmptyWindow()
    {
        const QList<MainWindow *> windows = Application::openWindows({}, {});
        QCOMPARE(windows.size(), 1);
        QVERIFY(inputOf(windows.front()).isEmpty());
        delete windows.front();
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
