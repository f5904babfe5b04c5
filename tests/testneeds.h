// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTest>

// A test that needs what this machine may lack (root, mount, a tool) skips with the reason; under CI (CI=true, set
// by .ci/run), which installs and runs as everything needs, it fails instead, so that a check never goes unseen.
#define DT_NEEDS(condition, why)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (qgetenv("CI") == "true")                                                                               \
                QFAIL(why);                                                                                            \
            QSKIP(why);                                                                                                \
        }                                                                                                              \
    } while (false)

#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

// A real full disk for a test: a small tmpfs mounted on a temporary folder, unmounted when this goes. Mounting
// needs root; isMounted() says whether it worked.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size)
    {
        m_mounted = geteuid() == 0 && m_dir.isValid() &&
                    QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    Q_DISABLE_COPY_MOVE(SmallDisk)

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};
