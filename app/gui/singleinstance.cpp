// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr quint32 kMagic = 0x44540001; // "DT", version 1
constexpr qsizetype kMaxMessage = 1024 * 1024;

QString perUserName()
{
    // The home folder tells users apart where the user name may not (and a hash keeps the name short and plain).
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("domains-troubleshooter-") +
           QString::fromLatin1(QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

// The socket lives in the user's private runtime folder (XDG_RUNTIME_DIR, else a 0700 folder of the user's own,
// which QStandardPaths makes and refuses when another user owns it), so no other user can take its name first.
QString socketPath(const QString &name)
{
    if (QDir::isAbsolutePath(name))
        return name;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(name);
}

// The uid of the process at the other end of a connected local socket, or -1 when the system does not say.
qint64 peerUid(const QLocalSocket &socket)
{
#ifdef SO_PEERCRED
    ucred credentials{};
    socklen_t size = sizeof credentials;
    if (getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials, &size) == 0)
        return credentials.uid;
#endif
    Q_UNUSED(socket)
    return -1;
}

bool isThisUser(const QLocalSocket &socket)
{
    return peerUid(socket) == qint64(geteuid());
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent), m_serverName(socketPath(serverName.isEmpty() ? perUserName() : std::move(serverName)))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QStringList &files, int timeoutMs) const
{
    if (m_serverName.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    if (!isThisUser(socket))
        return false; // somebody else's listener: it gets no file names and cannot keep this window from opening
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << kMagic << files;
    QByteArray framed;
    QDataStream(&framed, QIODevice::WriteOnly) << quint32(message.size());
    socket.write(framed + message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running window answers once it has the files: only then may this process go.
    return socket.waitForReadyRead(timeoutMs) && socket.read(1) == "k";
}

bool SingleInstance::listen()
{
    if (m_serverName.isEmpty() || !claimName())
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // other users cannot hand files over
    if (!m_server->listen(m_serverName))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            if (!isThisUser(*socket)) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            readFrom(socket);
        }
    });
    return true;
}

bool SingleInstance::claimName() const
{
    // Free, or left behind by a window of this user that crashed (nobody answers on it). Whatever another user
    // owns there is left alone: Qt would rename its own socket over it.
    const QFileInfo there(m_serverName);
    if (!there.exists() && !there.isSymLink())
        return true;
    if (there.isSymLink() || there.ownerId() != geteuid())
        return false;
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(500))
        return false; // another window has it
    return QLocalServer::removeServer(m_serverName);
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < 4)
        return;
    quint32 size = 0;
    QDataStream(socket->peek(4)) >> size;
    if (size > kMaxMessage) { // not one of ours
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < 4 + qint64(size))
        return;
    socket->read(4);
    QDataStream in(socket->read(size));
    quint32 magic = 0;
    QStringList files;
    in >> magic >> files;
    if (magic != kMagic || in.status() != QDataStream::Ok) {
        socket->abort();
        return;
    }
    socket->write("k");
    socket->flush();
    emit activated(files);
}
