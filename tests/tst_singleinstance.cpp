// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Two real processes of the app: the second hands its file to the first and ends. And the socket they share is
// the user's own: a listener of another user gets no file names, a file of another user is never removed.
#include "singleinstance.h"
#include "testneeds.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr uid_t kNobody = 65534;

// Another user's listener on a path: a child process that becomes `nobody`, listens, and writes whatever a
// client sends it to a pipe, answering "k" as the app's own listener would.
class ForeignListener
{
public:
    explicit ForeignListener(const QString &path)
    {
        const QByteArray encoded = QFile::encodeName(path); // before the fork: the child only makes system calls
        if (pipe(m_pipe) != 0)
            return;
        m_child = fork();
        if (m_child == 0)
            serve(encoded);
        close(m_pipe[1]);
    }
    ~ForeignListener()
    {
        if (m_child > 0) {
            kill(m_child, SIGKILL);
            waitpid(m_child, nullptr, 0);
        }
        close(m_pipe[0]);
    }
    Q_DISABLE_COPY_MOVE(ForeignListener)

    // What a client handed over, once the child has read it (or ended).
    QByteArray received()
    {
        QByteArray out;
        char buffer[4096];
        for (ssize_t n = 0; (n = read(m_pipe[0], buffer, sizeof buffer)) > 0;)
            out.append(buffer, n);
        return out;
    }

private:
    [[noreturn]] void serve(const QByteArray &path)
    {
        close(m_pipe[0]);
        signal(SIGPIPE, SIG_IGN); // a client that hangs up is an error to return, not a crash
        if (setgid(kNobody) != 0 || setuid(kNobody) != 0)
            _exit(1);
        const int server = socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, path.constData(), sizeof address.sun_path);
        if (bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(server, 1) != 0)
            _exit(1);
        const int client = accept(server, nullptr, nullptr);
        char buffer[4096];
        const ssize_t n = read(client, buffer, sizeof buffer);
        if (n > 0 && write(m_pipe[1], buffer, size_t(n)) != n)
            _exit(1);
        if (write(client, "k", 1) != 1)
            _exit(1);
        _exit(0);
    }

    int m_pipe[2] = {-1, -1};
    pid_t m_child = -1;
};

} // namespace

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
        probe.connectToServer(SingleInstance(m_name).serverName());
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

    void socketIsInThePrivateRuntimeFolder()
    {
        SingleInstance instance(m_name + QStringLiteral("-private"));
        QVERIFY(instance.listen());
        const QFileInfo socket(instance.serverName());
        QVERIFY2(socket.isAbsolute(), qPrintable(instance.serverName()));
        QCOMPARE(socket.absolutePath(), QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation));
        const QFileInfo folder(socket.absolutePath());
        QCOMPARE(folder.ownerId(), uint(geteuid()));
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                            QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(folder.permissions() & others, QFileDevice::Permissions{});
    }

    void staleFileOfOurOwnIsTakenOver()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("instance"));
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance instance(path);
        QVERIFY(instance.listen());
        QLocalSocket probe;
        probe.connectToServer(path);
        QVERIFY(probe.waitForConnected(2000));
    }

    // Root only: the test needs a process of another user.
    void anotherUsersFileIsLeftAlone()
    {
        DT_NEEDS(geteuid() == 0, "needs root to own a file as another user");
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("instance"));
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QCOMPARE(chown(QFile::encodeName(path).constData(), kNobody, kNobody), 0);
        SingleInstance instance(path);
        QVERIFY(!instance.listen());
        QVERIFY(QFileInfo::exists(path));
    }

    void anotherUsersListenerGetsNoFiles()
    {
        DT_NEEDS(geteuid() == 0, "needs root to run a listener as another user");
        QTemporaryDir folder;
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
        const QString path = folder.filePath(QStringLiteral("instance"));
        ForeignListener listener(path);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 10000);

        const QString secretPath = QStringLiteral("/home/agent/tickets/customer-4711.har");
        QVERIFY(!SingleInstance(path).handOver({secretPath}, 2000)); // this window opens after all
        QVERIFY(!listener.received().contains("customer-4711"));
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
        stranger.connectToServer(SingleInstance(m_name).serverName());
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
