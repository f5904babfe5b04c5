// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The window and the history dialog with a history that cannot be written at once: the window's thread goes on,
// and every failure is told.
#include "diagnosepage.h"
#include "historydialog.h"
#include "historystore.h"
#include "mainwindow.h"
#include "resultsmodel.h"
#include "testsettings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

class TestHistoryWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString historyPath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.json");
    }

    static QList<HistoryItem> itemsOnDisk()
    {
        HistoryStore store(historyPath());
        store.load();
        return store.items();
    }

    static void diagnose(MainWindow *window, const QString &text)
    {
        window->diagnosePage()->setInputText(text);
        QTRY_VERIFY_WITH_TIMEOUT(!window->diagnosePage()->isBusy(), 20000);
        QTRY_VERIFY(window->diagnosePage()->resultsModel()->rowCount() > 0);
    }

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("tst_historywindow"));
        QVERIFY(QDir().mkpath(QFileInfo(historyPath()).absolutePath()));
    }

    void init() { QFile::remove(historyPath()); }

    // With the history locked by another window, the diagnosis is still kept in history without the window
    // freezing (a timer keeps ticking; written on the window's thread, the add would stop it for 5 s), the
    // failure is told in the status bar, and the item is written once the lock is free.
    void windowGoesOnWhileTheHistoryWaits()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.history()->waitForWrites(0)); // the history has been read
        QLockFile otherWindow(historyPath() + QStringLiteral(".lock"));
        QVERIFY(otherWindow.lock());
        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = 0;
        qint64 longestGap = 0;
        QTimer tick;
        tick.setInterval(50);
        connect(&tick, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        tick.start();
        diagnose(&window, QStringLiteral("403 DOMAINS_GUID_NOT_FOUND"));
        QTRY_VERIFY_WITH_TIMEOUT(window.history()->items().size() == 1, 5000); // listed at once
        const auto status = [&window] { return window.statusBar()->currentMessage(); };
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("History not saved")), 15000);
        tick.stop();
        QVERIFY2(status().contains(QLatin1String("locked by another window")), qPrintable(status()));
        QVERIFY2(longestGap < 1000, qPrintable(QStringLiteral("the window stood still for %1 ms").arg(longestGap)));
        QCOMPARE(window.history()->items().size(), 1); // still listed
        otherWindow.unlock();
        QCOMPARE(window.history()->flush(), QString());
        QCOMPARE(itemsOnDisk().size(), 1);
    }

    // Closing the window right after a diagnosis (before it was due in history) writes it before the window goes,
    // waiting for another window's lock.
    void closingWritesThePendingDiagnosis()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QLockFile otherWindow(historyPath() + QStringLiteral(".lock"));
        QVERIFY(otherWindow.lock());
        diagnose(window.get(), QStringLiteral("404 DOMAINS_DOMAIN_NOT_FOUND"));
        std::unique_ptr<QThread> release(QThread::create([&otherWindow] {
            QThread::msleep(300);
            otherWindow.unlock();
        }));
        release->start();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(window->close());
        QVERIFY(timer.elapsed() < HistoryStore::kFlushWaitMs);
        release->wait();
        const QList<HistoryItem> items = itemsOnDisk();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.front().text, QStringLiteral("404 DOMAINS_DOMAIN_NOT_FOUND"));
    }

    // A clear that cannot be written is told in the dialog, in plain words.
    void dialogSaysWhenAClearFails()
    {
        QTemporaryDir dir;
        const QString parent = dir.filePath(QStringLiteral("history"));
        QFile file(parent);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("a file where the folder should be") > 0);
        file.close();
        HistoryStore store(parent + QStringLiteral("/history.json"));
        QString error;
        QVERIFY(store.add({QDateTime::currentDateTimeUtc(), QStringLiteral("403"), QStringLiteral("403 x")}, &error));
        store.waitForWrites();
        HistoryDialog dialog(&store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QString warning;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (box->text().startsWith(QLatin1String("Remove all"))) {
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
                return;
            }
            warning = box->text();
            box->close();
        });
        poll.start();
        dialog.findChild<QPushButton *>(QStringLiteral("clearButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!warning.isEmpty(), 10000);
        QVERIFY2(warning.startsWith(QLatin1String("The history could not be cleared: the folder")) &&
                     warning.contains(QLatin1String("could not be created")),
                 qPrintable(warning));
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
