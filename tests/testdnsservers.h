// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// DNS servers for tests, each on a loopback address of its own, port 53 (Qt 6.4's QDnsLookup asks no other port,
// so they need root, which CI has): Debian's dnsmasq with fixed records, which forwards nowhere; a server that
// answers every question with SERVFAIL; and one that reads questions and never answers.
#pragma once

#include <QDnsLookup>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

class TestDnsServers
{
public:
    static inline const QHostAddress kDnsmasq{QStringLiteral("127.0.14.53")};
    static inline const QHostAddress kServfail{QStringLiteral("127.0.14.54")};
    static inline const QHostAddress kSilent{QStringLiteral("127.0.14.55")};

    ~TestDnsServers()
    {
        if (m_dnsmasq.state() != QProcess::NotRunning) {
            m_dnsmasq.terminate();
            m_dnsmasq.waitForFinished(5000);
        }
    }

    // False with *why when this machine cannot run them (no dnsmasq, not root, an address taken).
    bool start(QString *why)
    {
        const QString dnsmasq = QStandardPaths::findExecutable(
            QStringLiteral("dnsmasq"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        if (dnsmasq.isEmpty())
            return fail(why, QStringLiteral("dnsmasq is missing (tools/install-deps installs dnsmasq-base)"));
        if (geteuid() != 0)
            return fail(why, QStringLiteral("the DNS tests need root: Qt 6.4's QDnsLookup only asks port 53"));
        if (!m_servfail.bind(kServfail, 53) || !m_silent.bind(kSilent, 53))
            return fail(why, QStringLiteral("port 53 of 127.0.14.54 or .55 is taken: ") + m_servfail.errorString() +
                                 m_silent.errorString());
        QObject::connect(&m_servfail, &QUdpSocket::readyRead, &m_servfail, [this] { answerServfail(); });
        QObject::connect(&m_silent, &QUdpSocket::readyRead, &m_silent, [this] {
            while (m_silent.hasPendingDatagrams())
                m_silent.receiveDatagram();
        });
        m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
        m_dnsmasq.start(dnsmasq, QStringList{
                                     QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
                                     QStringLiteral("--no-resolv"), // never forwards: no upstream at all
                                     QStringLiteral("--no-hosts"), QStringLiteral("--no-poll"),
                                     QStringLiteral("--bind-interfaces"),
                                     QStringLiteral("--listen-address=") + kDnsmasq.toString(),
                                     QStringLiteral("--port=53"), QStringLiteral("--user=root"),
                                     QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("pid")),
                                     QStringLiteral("--local=/test/"), // answered from these records only
                                 } + records());
        if (!m_dnsmasq.waitForStarted(5000))
            return fail(why, QStringLiteral("dnsmasq did not start: ") + m_dnsmasq.errorString());
        // One that cannot bind its address (another server has it) exits at once: that server is not ours.
        if (m_dnsmasq.waitForFinished(500))
            return fail(why, QStringLiteral("dnsmasq exited: ") + QString::fromLocal8Bit(m_dnsmasq.readAll()));
        if (!answers())
            return fail(why, QStringLiteral("dnsmasq does not answer: ") + QString::fromLocal8Bit(m_dnsmasq.readAll()));
        return true;
    }

private:
    static bool fail(QString *why, const QString &reason)
    {
        *why = reason;
        return false;
    }

    // A host name in DNS wire format, as dnsmasq's --dns-rr wants record data (hex).
    static QString wireName(const QString &name)
    {
        QByteArray wire;
        for (const QString &label : name.split(u'.')) {
            wire += char(label.size());
            wire += label.toLatin1();
        }
        wire += '\0';
        return QString::fromLatin1(wire.toHex());
    }

    static QString nsRecord(const QString &owner, const QString &nameserver)
    {
        return QStringLiteral("--dns-rr=%1,2,%2").arg(owner, wireName(nameserver));
    }

    static QStringList records()
    {
        return {
            // Nameservers at Wix.
            nsRecord(QStringLiteral("wix-ns.test"), QStringLiteral("ns12.wixdns.net")),
            nsRecord(QStringLiteral("wix-ns.test"), QStringLiteral("ns13.wixdns.net")),
            QStringLiteral("--host-record=wix-ns.test,185.230.63.107"),
            // Pointing at Wix from another DNS host.
            nsRecord(QStringLiteral("pointing.test"), QStringLiteral("ns1.registrar-dns.test")),
            QStringLiteral("--host-record=pointing.test,185.230.63.107"),
            QStringLiteral("--cname=www.pointing.test,pointing.wixdns.net"),
            // Pointing elsewhere.
            nsRecord(QStringLiteral("elsewhere.test"), QStringLiteral("ns1.registrar-dns.test")),
            nsRecord(QStringLiteral("elsewhere.test"), QStringLiteral("ns2.registrar-dns.test")),
            QStringLiteral("--host-record=elsewhere.test,192.0.2.44,2001:db8::44"),
            QStringLiteral("--cname=www.elsewhere.test,elsewhere.test"),
            // A subdomain, whose zone (the parent) has Wix's nameservers.
            nsRecord(QStringLiteral("brand.test"), QStringLiteral("ns1.wixdns.net")),
            QStringLiteral("--host-record=shop.brand.test,192.0.2.7"),
            // An IDN (bücher.test), pointing at Wix.
            nsRecord(QStringLiteral("xn--bcher-kva.test"), QStringLiteral("ns1.registrar-dns.test")),
            QStringLiteral("--host-record=xn--bcher-kva.test,185.230.63.107"),
            // Pointing at Wix, and at an old server too.
            QStringLiteral("--host-record=twice.test,185.230.63.107"),
            QStringLiteral("--host-record=twice.test,192.0.2.99"),
        };
    }

    bool answers()
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            QDnsLookup lookup(QDnsLookup::A, QStringLiteral("pointing.test"), kDnsmasq);
            QSignalSpy spy(&lookup, &QDnsLookup::finished);
            lookup.lookup();
            if (spy.wait(2000) && lookup.error() == QDnsLookup::NoError)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    void answerServfail()
    {
        while (m_servfail.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray d(int(m_servfail.pendingDatagramSize()), '\0');
            m_servfail.readDatagram(d.data(), d.size(), &from, &port);
            if (d.size() < 12)
                continue;
            d[2] = char(d[2] | 0x80);       // a response
            d[3] = char((d[3] & 0xf0) | 2); // SERVFAIL
            for (int i = 6; i < 12; ++i)    // no answer, authority or additional records
                d[i] = 0;
            m_servfail.writeDatagram(d, from, port);
        }
    }

    QProcess m_dnsmasq;
    QTemporaryDir m_dir;
    QUdpSocket m_servfail;
    QUdpSocket m_silent;
};
