// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

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

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent), m_serverName(serverName.isEmpty() ? perUserName() : std::move(serverName))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QStringList &files, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
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
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // other users cannot hand files over
    if (!m_server->listen(m_serverName)) {
        // A name left behind by a window that crashed: nobody answers on it, so it can be taken over.
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(500))
            return false; // another window took it in the meantime
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            readFrom(socket);
        }
    });
    return true;
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
