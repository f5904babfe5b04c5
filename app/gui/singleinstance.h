// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One window per user: a second launch (or the desktop opening a file with the app) hands its files to the
// window already running, which opens them and comes to the front, and then exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // serverName empty: one name per user. A name is a socket in the user's private runtime folder; an absolute
    // path is used as it is.
    explicit SingleInstance(QString serverName = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when a running instance took the files (absolute paths; may be empty: it only comes to the front).
    bool handOver(const QStringList &files, int timeoutMs = 3000) const;
    // Becomes the instance others hand over to. False when the name cannot be taken (the app still runs).
    bool listen();
    // The socket's path; empty when the user has no private runtime folder (then the app runs on its own).
    const QString &serverName() const { return m_serverName; }

signals:
    void activated(const QStringList &files);

private:
    bool claimName() const;
    void readFrom(class QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
