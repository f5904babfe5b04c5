// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// A small HTTP/1.1 server for tests, on 127.0.0.1 and a free port, plain (QTcpServer) or TLS (QSslServer). Each
// request is answered by the test's handler; how the body is sent is part of the answer, so that tests can
// stall, cut off or flood a download the way real servers and networks do.
#pragma once

#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

struct TestHttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

struct TestHttpResponse
{
    enum class Send {
        Whole,      // with Content-Length
        UntilClose, // no Content-Length: the body ends when the connection closes
        StallAfter, // Content-Length, part of the body, then nothing (the connection stays open)
        CutAfter,   // Content-Length, part of the body, then the connection closes
        Endless     // no Content-Length, body bytes for as long as the client reads them
    };
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Send send = Send::Whole;
    qsizetype partBytes = 0; // for StallAfter and CutAfter
};

class TestHttpServer
{
public:
    using Handler = std::function<TestHttpResponse(const TestHttpRequest &)>;

    // A TLS server when tls is given (its certificate and key).
    explicit TestHttpServer(Handler handler, const QSslConfiguration *tls = nullptr) : m_handler(std::move(handler))
    {
        if (tls) {
            auto *server = new QSslServer;
            server->setSslConfiguration(*tls);
            server->setHandshakeTimeout(5000);
            m_server.reset(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QByteArray url(const QByteArray &path) const
    {
        return (dynamic_cast<QSslServer *>(m_server.get()) ? "https" : "http") + QByteArray("://127.0.0.1:") +
               QByteArray::number(port()) + path;
    }
    const QList<TestHttpRequest> &requests() const { return m_requests; }
    qint64 endlessBytesSent() const { return m_endlessSent; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            TestHttpRequest request = parse(buffer->left(end));
            buffer->clear();
            m_requests.append(request);
            respond(socket, m_handler(request));
        });
    }

    static TestHttpRequest parse(const QByteArray &head)
    {
        TestHttpRequest r;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        return r;
    }

    void respond(QTcpSocket *socket, const TestHttpResponse &r)
    {
        using Send = TestHttpResponse::Send;
        // Whole answers keep the connection open for the next request, as servers do; the others close it.
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
        if (r.send != Send::Whole)
            head += "Connection: close\r\n";
        for (const auto &[name, value] : r.headers)
            head += name + ": " + value + "\r\n";
        if (r.send == Send::Whole || r.send == Send::StallAfter || r.send == Send::CutAfter)
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        socket->write(head + "\r\n");
        switch (r.send) {
        case Send::Whole:
            socket->write(r.body);
            break;
        case Send::UntilClose:
            socket->write(r.body);
            socket->disconnectFromHost();
            break;
        case Send::StallAfter:
            socket->write(r.body.left(r.partBytes));
            break;
        case Send::CutAfter:
            socket->write(r.body.left(r.partBytes));
            socket->disconnectFromHost();
            break;
        case Send::Endless:
            sendMore(socket);
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
                if (socket->bytesToWrite() < 256 * 1024)
                    sendMore(socket);
            });
            break;
        }
    }

    // At most 64 MiB, so that a client that never stops reading still ends the test.
    void sendMore(QTcpSocket *socket)
    {
        if (m_endlessSent > 64 * 1024 * 1024 || socket->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray chunk(64 * 1024, ' ');
        socket->write(chunk);
        m_endlessSent += chunk.size();
    }

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    QList<TestHttpRequest> m_requests;
    qint64 m_endlessSent = 0;
};
