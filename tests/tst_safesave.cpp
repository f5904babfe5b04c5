// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The one way files are written and set aside, on real files and a real full disk (a small tmpfs).
#include "safesave.h"
#include "testneeds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSafeSave : public QObject
{
    Q_OBJECT

private slots:
    void writesWholeInAFolderItMakes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/history.json"));
        QString error;
        QVERIFY(!SafeSave::write(path, "first", &error)); // a place a person chose is never made
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a"))));
        QVERIFY2(SafeSave::makeFolderFor(path, &error), qPrintable(error));
        QVERIFY2(SafeSave::write(path, "first", &error), qPrintable(error));
        QVERIFY2(SafeSave::write(path, "second", &error), qPrintable(error));
        QCOMPARE(contentOf(path), QByteArray("second"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("a/b"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aFolderThatCannotBeMadeIsNamed()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QString error;
        QVERIFY(SafeSave::write(blocker, "a file where a folder should be", &error));
        QVERIFY(!SafeSave::makeFolderFor(blocker + QStringLiteral("/sub/file.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("could not be created")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not-a-folder")), qPrintable(error));
    }

    void aFullDiskKeepsTheOldFileAndSaysSo()
    {
        const SmallDisk disk(QStringLiteral("128k"));
        DT_NEEDS(disk.isMounted(), "mounting a small tmpfs needs root and mount");
        const QString mount = disk.path();
        const QString path = mount + QStringLiteral("/diagnosis.md");
        QString error;
        QVERIFY2(SafeSave::write(path, "the good diagnosis", &error), qPrintable(error));
        QVERIFY(!SafeSave::write(path, QByteArray(512 * 1024, 'x'), &error));
        QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
        QCOMPARE(contentOf(path), QByteArray("the good diagnosis"));
        QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left behind
    }

    void setAsideKeepsTheFileUnderANewName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("subscriptions.json"));
        QString error;
        QVERIFY2(SafeSave::write(path, "{damaged", &error), qPrintable(error));
        const QString aside = SafeSave::setAside(path, u"damaged");
        QVERIFY(aside.startsWith(path + QStringLiteral(".damaged-")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(contentOf(aside), QByteArray("{damaged"));
        QVERIFY(SafeSave::setAside(path, u"damaged").isEmpty()); // nothing left to set aside
    }
};

QTEST_GUILESS_MAIN(TestSafeSave)
#include "tst_safesave.moc"
