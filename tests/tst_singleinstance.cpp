// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Two real processes of the app: the second hands its file to the first and ends.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_name;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    std::unique_ptr<QProcess> launch(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->setWorkingDirectory(m_home.path());
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(DT_APP_PATH), QStringList{QStringLiteral("--instance-name"), m_name} + arguments);
        return process;
    }

    bool answers() const
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        return probe.waitForConnected(200);
    }

    QStringList recentFiles() const
    {
        QSettings settings(m_home.filePath(QStringLiteral("config/DomainsTroubleshooter/domains-troubleshooter.conf")),
                           QSettings::IniFormat);
        return settings.value(QStringLiteral("recent/files")).toStringList();
    }

    QString writeResponse(const QString &name) const
    {
        QFile f(m_home.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write("HTTP/1.1 403 Forbidden\r\n\r\n{\"message\":\"\",\"details\":{\"applicationError\":{\"code\":"
                    "\"DOMAINS_GUID_NOT_FOUND\"}}}\r\n");
        return QFileInfo(f).absoluteFilePath();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Unique to this run: other test runs on the machine keep their own.
        m_name = QStringLiteral("dt-test-%1-%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->generate(), 0, 16);
    }

    void secondLaunchHandsItsFileOver()
    {
        auto first = launch({});
        QVERIFY(first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(answers(), 30000);
        const QString file = writeResponse(QStringLiteral("ticket-4711.txt"));

        QElapsedTimer clock;
        clock.start();
        auto second = launch({QStringLiteral("ticket-4711.txt")}); // relative to the second's folder
        QVERIFY(second->waitForFinished(20000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        qInfo("second launch handed over and ended in %lld ms", clock.elapsed());
        QCOMPARE(first->state(), QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(recentFiles().value(0), file, 10000); // the first window opened it

        // A stranger's bytes on the socket change nothing.
        QLocalSocket stranger;
        stranger.connectToServer(m_name);
        QVERIFY(stranger.waitForConnected(2000));
        stranger.write(QByteArray("\xff\xff\xff\xffGET / HTTP/1.1\r\n\r\n"));
        stranger.waitForBytesWritten(2000);
        QTest::qWait(300);
        QCOMPARE(first->state(), QProcess::Running);

        // A window that died leaves its name behind: the next launch takes it over and serves the next one.
        first->kill();
        QVERIFY(first->waitForFinished(10000));
        auto third = launch({});
        QVERIFY(third->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(answers(), 30000);
        const QString other = writeResponse(QStringLiteral("ticket-4712.txt"));
        auto fourth = launch({other});
        QVERIFY(fourth->waitForFinished(20000));
        QCOMPARE(fourth->exitCode(), 0);
        QCOMPARE(third->state(), QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(recentFiles().value(0), other, 10000);
        third->kill();
        QVERIFY(third->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
