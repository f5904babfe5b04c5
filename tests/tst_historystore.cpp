// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "historymodel.h"
#include "historystore.h"
#include "testneeds.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include <unistd.h>

class TestHistoryStore : public QObject
{
    Q_OBJECT

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // What another window would read from the file.
    static QList<HistoryItem> itemsIn(const QString &path)
    {
        HistoryStore store(path);
        store.load();
        return store.items();
    }

    static QStringList summariesIn(const QString &path)
    {
        QStringList summaries;
        for (const HistoryItem &i : itemsIn(path))
            summaries << i.summary;
        return summaries;
    }

    static HistoryItem item(int n)
    {
        return {QDateTime(QDate(2026, 11, 28), QTime(10, 0)).addSecs(n), QStringLiteral("summary %1").arg(n),
                QStringLiteral("403 DOMAINS_GUID_NOT_FOUND #%1").arg(n)};
    }

private slots:
    void persists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/history.json"));
        {
            HistoryStore store(path);
            QVERIFY(store.load().isEmpty());
            QString error;
            QVERIFY2(store.add(item(1), &error), qPrintable(error));
            QVERIFY(store.add(item(2), &error));
            QCOMPARE(store.items().size(), 2); // shown before they are written
            // Destroying the store waits for the writes.
        }
        HistoryStore again(path);
        QVERIFY(again.load().isEmpty());
        QCOMPARE(again.items().size(), 2);
        QCOMPARE(again.items().front().summary, QStringLiteral("summary 2")); // newest first
        HistoryModel model(&again);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        // The same input again (a file reopened) is one row, at its latest time, with a count.
        QString error;
        HistoryItem repeat = item(1);
        repeat.summary = QStringLiteral("summary 1, again");
        for (const int later : {100, 200}) {
            repeat.when = item(1).when.addSecs(later);
            QVERIFY(again.add(repeat, &error));
        }
        QCOMPARE(again.items().size(), 4);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(again.waitForWrites());
        QCOMPARE(model.rowCount(), 2);
        const QString first = model.index(0, 0).data().toString();
        QVERIFY2(first.contains(QLatin1String("summary 1, again")) && first.contains(QLatin1String("3 times")),
                 qPrintable(first));
        QCOMPARE(model.index(0, 0).data(HistoryModel::TextRole).toString(), item(1).text);
        QVERIFY(!model.index(1, 0).data().toString().contains(QLatin1String("times")));
        again.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(again.waitForWrites());
        QCOMPARE(model.rowCount(), 0);
        HistoryStore cleared(path);
        cleared.load();
        QVERIFY(cleared.items().isEmpty());
    }

    void limitAndSize()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.json")));
        store.setLimit(3);
        QString error;
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.add(item(i), &error));
        QCOMPARE(store.items().size(), 3);
        QVERIFY(store.waitForWrites());
        QCOMPARE(store.items().size(), 3);
        QCOMPARE(itemsIn(dir.filePath(QStringLiteral("history.json"))).size(), 3);
        QVERIFY(!store.add(
            {QDateTime::currentDateTimeUtc(), QStringLiteral("big"), QString(HistoryStore::kMaxItemChars + 1, u'x')},
            &error));
        QVERIFY(error.contains(QLatin1String("larger than")));
    }

    void corruptFileIsKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QVERIFY(writeFile(path, "{\"items\": [ this is not json"));
        HistoryStore store(path);
        const QString message = store.load();
        QVERIFY2(message.contains(QLatin1String("could not be read")), qPrintable(message));
        QVERIFY(store.items().isEmpty());
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("history.json.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.front()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"items\": [ this is not json")); // nothing lost
        QString error;
        QVERIFY(store.add(item(1), &error));
        QVERIFY(store.waitForWrites());
        HistoryStore fresh(path);
        QVERIFY(fresh.load().isEmpty());
        QCOMPARE(fresh.items().size(), 1);
    }

    // The window reads its history on a worker thread; the items arrive with changed().
    void loadsInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        {
            HistoryStore writer(path);
            QString error;
            for (int i = 0; i < 3; ++i)
                QVERIFY2(writer.add(item(i), &error), qPrintable(error));
        }
        HistoryStore store(path);
        store.setLimit(2);
        QSignalSpy changed(&store, &HistoryStore::changed);
        QSignalSpy problems(&store, &HistoryStore::loadProblem);
        store.startLoading();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(store.items().size(), 2); // the limit applies to what was read
        QCOMPARE(store.items().front().summary, QStringLiteral("summary 2"));
        QVERIFY(problems.isEmpty());
    }

    // Adding before the read has finished does not wait for it: the item shows at once, and what was read joins
    // it when the write is done; a late read does not undo the new item.
    void addDuringTheBackgroundLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        {
            HistoryStore writer(path);
            QString error;
            QVERIFY(writer.add(item(1), &error));
            QVERIFY(writer.add(item(2), &error));
        }
        HistoryStore store(path);
        store.startLoading();
        QString error;
        QVERIFY2(store.add(item(3), &error), qPrintable(error));
        QCOMPARE(store.items().front().summary, QStringLiteral("summary 3"));
        QVERIFY(store.waitForWrites());
        QTest::qWait(50);
        QCOMPARE(store.items().size(), 3);
        QCOMPARE(store.items().front().summary, QStringLiteral("summary 3"));
        QCOMPARE(itemsIn(path).size(), 3);

        HistoryStore clearing(path);
        clearing.startLoading();
        clearing.clear();
        QVERIFY(clearing.waitForWrites());
        QTest::qWait(50);
        QVERIFY(clearing.items().isEmpty());
        QVERIFY(itemsIn(path).isEmpty());
    }

    void backgroundLoadReportsAFileSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QVERIFY(writeFile(path, "[1, 2"));
        HistoryStore store(path);
        QSignalSpy problems(&store, &HistoryStore::loadProblem);
        store.startLoading();
        QTRY_COMPARE(problems.size(), 1);
        const QString message = problems.front().front().toString();
        QVERIFY2(message.contains(QLatin1String("could not be read")), qPrintable(message));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("history.json.unreadable-*")}).size(), 1);
        QVERIFY(!QFile::exists(path));
    }

    // Two windows (two stores on one file) writing in turn keep each other's items.
    void twoWritersMerge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        HistoryStore a(path);
        HistoryStore b(path);
        a.load();
        b.load();
        QString error;
        for (int i = 0; i < 20; ++i) {
            QVERIFY(a.add(item(2 * i), &error));
            QVERIFY(b.add(item(2 * i + 1), &error));
        }
        QVERIFY(a.waitForWrites());
        QVERIFY(b.waitForWrites());
        HistoryStore check(path);
        QVERIFY(check.load().isEmpty());
        QCOMPARE(check.items().size(), 40);
    }

    // A real full disk (a small tmpfs mounted for the test): the write fails, the old file is kept whole, and the
    // message says so in plain words; a read-only folder is not called "locked by another window".
    void fullDiskKeepsTheOldFile()
    {
        const SmallDisk disk(QStringLiteral("256k"));
        DT_NEEDS(disk.isMounted(), "mounting a small tmpfs needs root and mount");
        const QString mount = disk.path();
        const QString path = mount + QStringLiteral("/history.json");
        HistoryStore store(path);
        store.load();
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QString error;
        QVERIFY2(store.add(item(1), &error), qPrintable(error));
        QVERIFY(store.waitForWrites());
        QVERIFY(failed.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        // Fill the disk but for a few blocks: the lock file fits, the history does not.
        QFile filler(mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const qint64 room = QStorageInfo(mount).bytesAvailable() - 12 * 1024;
        QVERIFY(filler.write(QByteArray(room, 'x')) == room && filler.flush());
        filler.close();
        HistoryItem big = item(2);
        big.text = QString(100 * 1024, u'y');
        QVERIFY(store.add(big, &error));
        QVERIFY(store.waitForWrites());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.front().front().toString().contains(QStringLiteral("the disk is full")),
                 qPrintable(failed.front().front().toString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), good);
        file.close();
        QCOMPARE(store.items().size(), 2); // still listed, and written with the next write that can be
        QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary file left behind

        QVERIFY(filler.remove());
        QCOMPARE(
            QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), mount}), 0);
        failed.clear();
        QVERIFY(store.add(item(3), &error));
        QVERIFY(store.waitForWrites());
        QCOMPARE(failed.size(), 1);
        error = failed.takeFirst().front().toString();
        QVERIFY2(!error.contains(QStringLiteral("locked")) && error.contains(QStringLiteral("cannot be written")),
                 qPrintable(error));
        store.clear();
        QVERIFY(store.waitForWrites());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.front().front().toString().contains(QStringLiteral("cannot be written")),
                 qPrintable(failed.front().front().toString()));
    }

    // A clear in another process wins: this window's older items do not come back with its next write.
    void clearInAnotherProcessWins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        HistoryStore window(path);
        window.load();
        QString error;
        QVERIFY(window.add(item(1), &error));
        QVERIFY(window.add(item(2), &error));
        QVERIFY(window.waitForWrites());
        QCOMPARE(QProcess::execute(QCoreApplication::applicationFilePath(), {QStringLiteral("--clear-history"), path}),
                 0);
        const HistoryItem fresh{QDateTime::currentDateTimeUtc().addMSecs(5), QStringLiteral("fresh"),
                                QStringLiteral("404 after the clear")};
        QVERIFY2(window.add(fresh, &error), qPrintable(error));
        QVERIFY(window.waitForWrites());
        QCOMPARE(window.items().size(), 1);
        HistoryStore check(path);
        check.load();
        QCOMPARE(check.items().size(), 1);
        QCOMPARE(check.items().front().summary, QStringLiteral("fresh"));
    }

    // Items with an unreadable date or a value of the wrong type are kept aside with a message, never dropped.
    void unreadableItemsAreKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QVERIFY(writeFile(path, R"({"version": 1, "items": [
            {"when": "2026-11-28T10:00:01.000Z", "summary": "good", "text": "403"},
            {"when": "yesterday", "summary": "bad date", "text": "404"},
            {"when": "2026-11-28T10:00:02.000Z", "summary": "bad type", "text": 42}]})"));
        HistoryStore store(path);
        const QString problem = store.load();
        QVERIFY2(problem.startsWith(QStringLiteral("2 history item")) &&
                     problem.contains(QStringLiteral("could not be read")),
                 qPrintable(problem));
        QCOMPARE(store.items().size(), 1);
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("history.json.unreadable-items-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.front()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray keptBytes = kept.readAll();
        QVERIFY(keptBytes.contains("yesterday") && keptBytes.contains("42"));
        QString error;
        QVERIFY(store.add(item(5), &error));
        QVERIFY(store.waitForWrites());
        HistoryStore again(path);
        QVERIFY(again.load().isEmpty());
        QCOMPARE(again.items().size(), 2);
        // Kept aside once: the file no longer holds them.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("history.json.unreadable-items-*")}).size(), 1);
    }

    // The window's thread never waits for the file: with the lock held by another window, add() returns at once
    // (written on this thread it would wait 5 s for the lock) and the item reaches the disk once the lock is free.
    void addDoesNotWaitForTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        HistoryStore store(path);
        store.load();
        QSignalSpy saved(&store, &HistoryStore::saved);
        QLockFile otherWindow(path + QStringLiteral(".lock"));
        QVERIFY(otherWindow.lock());
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(store.add(item(1), &error), qPrintable(error));
        const qint64 took = timer.elapsed();
        QVERIFY2(took < 1000, qPrintable(QStringLiteral("add() took %1 ms").arg(took)));
        QCOMPARE(store.items().size(), 1); // listed at once
        QTest::qWait(300);
        QVERIFY(!QFile::exists(path)); // not written while the lock is held
        otherWindow.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, HistoryStore::kFlushWaitMs);
        QCOMPARE(summariesIn(path), QStringList{QStringLiteral("summary 1")});
    }

    // A write that fails is reported by a signal in plain words (here the folder cannot be made: its parent is a
    // file, which stops root too); the item stays listed and is written by the next write that can be.
    void failedWriteIsReported()
    {
        QTemporaryDir dir;
        const QString parent = dir.filePath(QStringLiteral("history"));
        QVERIFY(writeFile(parent, "a file where the folder should be"));
        const QString path = parent + QStringLiteral("/history.json");
        HistoryStore store(path);
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QSignalSpy saved(&store, &HistoryStore::saved);
        QString error;
        QVERIFY(store.add(item(1), &error));
        QVERIFY(store.waitForWrites());
        QCOMPARE(failed.size(), 1);
        const QString reason = failed.front().front().toString();
        QVERIFY2(reason.contains(QLatin1String("could not be created")) && reason.contains(parent), qPrintable(reason));
        QVERIFY(saved.isEmpty());
        QCOMPARE(store.items().size(), 1);
        QCOMPARE(store.flush(), reason); // tried again, still not on disk
        QVERIFY(QFile::remove(parent));
        QCOMPARE(store.flush(), QString());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(summariesIn(path), QStringList{QStringLiteral("summary 1")});
    }

    // Writes land in the order they were made, none lost when they queue behind a held lock: an add after a clear
    // stays, even one stamped before the clear's time, and another window's older items do not come back.
    void addClearAddLandInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        HistoryStore other(path);
        HistoryStore store(path);
        QString error;
        QVERIFY(other.add(item(1), &error));
        QVERIFY(other.waitForWrites());
        store.load();
        QVERIFY(store.add(item(2), &error));
        store.clear();
        QVERIFY(store.add(item(3), &error));
        QVERIFY(store.waitForWrites());
        QCOMPARE(summariesIn(path), QStringList{QStringLiteral("summary 3")});
        HistoryItem later = item(4);
        later.when = QDateTime::currentDateTimeUtc().addMSecs(5);
        QVERIFY(other.add(later, &error)); // it still holds item 1, older than the clear
        QVERIFY(other.waitForWrites());
        QCOMPARE(summariesIn(path), (QStringList{QStringLiteral("summary 4"), QStringLiteral("summary 3")}));
        QTest::qWait(20); // the next clear comes after item 4

        QLockFile otherProcess(path + QStringLiteral(".lock"));
        QVERIFY(otherProcess.lock());
        store.clear();
        for (int i = 5; i < 10; ++i)
            QVERIFY(store.add(item(i), &error));
        QCOMPARE(store.items().size(), 5);
        otherProcess.unlock();
        QVERIFY(store.waitForWrites());
        QCOMPARE(summariesIn(path),
                 (QStringList{QStringLiteral("summary 9"), QStringLiteral("summary 8"), QStringLiteral("summary 7"),
                              QStringLiteral("summary 6"), QStringLiteral("summary 5")}));
        QCOMPARE(store.items().size(), 5);
    }

    // Destroying the store right after add() waits for the write; with the lock held it waits until the lock is
    // free (released here by another thread), and the item is on disk when the destructor returns.
    void destroyedRightAfterAdd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QString error;
        {
            HistoryStore store(path);
            QVERIFY(store.add(item(1), &error));
        }
        QCOMPARE(itemsIn(path).size(), 1);
        QLockFile otherWindow(path + QStringLiteral(".lock"));
        QVERIFY(otherWindow.lock());
        std::unique_ptr<QThread> release(QThread::create([&otherWindow] {
            QThread::msleep(300);
            otherWindow.unlock();
        }));
        {
            HistoryStore store(path);
            QVERIFY(store.add(item(2), &error));
            release->start();
        }
        QCOMPARE(summariesIn(path), (QStringList{QStringLiteral("summary 2"), QStringLiteral("summary 1")}));
        release->wait();
    }

    // A store destroyed while its writes wait longer than it may wait: the write outlives it safely (nothing
    // reaches the store that is gone) and still lands once the lock is free.
    void writeOutlivesTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QLockFile otherWindow(path + QStringLiteral(".lock"));
        QVERIFY(otherWindow.lock());
        QString error;
        {
            auto store = std::make_unique<HistoryStore>(path);
            QVERIFY(store->add(item(1), &error));
            QTest::qWait(100); // the first write waits for the lock
            QVERIFY(store->add(item(2), &error));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("still being written")));
            store.reset(); // waits kFlushWaitMs: the first write gives up, the second is waiting for the lock
        }
        otherWindow.unlock();
        QCOMPARE(summariesIn(path), (QStringList{QStringLiteral("summary 2"), QStringLiteral("summary 1")}));
    }
};

// Run with --clear-history PATH, the test binary is the other process that clears the history.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--clear-history") == 0) {
        HistoryStore store(QString::fromLocal8Bit(argv[2]));
        store.clear();
        return store.flush().isEmpty() ? 0 : 1;
    }
    TestHistoryStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_historystore.moc"
