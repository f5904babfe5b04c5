// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// DNS servers for tests, each on a loopback address of its own, port 53 (Qt 6.4's QDnsLookup asks no other port,
// so they need root, which CI has): Debian's dnsmasq with fixed records, which forwards nowhere; a second dnsmasq
// that answers NXDOMAIN for every name (a broken or captive resolver); a server that answers every question with
// SERVFAIL, one that answers REFUSED, one that reads questions and never answers; an address where nothing
// listens at all; and a third dnsmasq, with a shorter TTL, that still holds the answers from before a move to Wix.
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
    static inline const QHostAddress kNothingListens{QStringLiteral("127.0.14.56")};
    static inline const QHostAddress kRefused{QStringLiteral("127.0.14.57")};
    static inline const QHostAddress kNxdomainForAll{QStringLiteral("127.0.14.58")};
    // A resolver that still holds the old answers, for five minutes (a TTL of 300 s).
    static inline const QHostAddress kOldAnswers{QStringLiteral("127.0.15.53")};

    ~TestDnsServers()
    {
        for (QProcess *p : {&m_dnsmasq, &m_nxdomain, &m_oldAnswers}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                p->waitForFinished(5000);
            }
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
        if (!m_servfail.bind(kServfail, 53) || !m_silent.bind(kSilent, 53) || !m_refused.bind(kRefused, 53))
            return fail(why, QStringLiteral("port 53 of 127.0.14.54, .55 or .57 is taken: ") +
                                 m_servfail.errorString() + m_silent.errorString() + m_refused.errorString());
        QObject::connect(&m_servfail, &QUdpSocket::readyRead, &m_servfail, [this] { answerWith(&m_servfail, 2); });
        QObject::connect(&m_refused, &QUdpSocket::readyRead, &m_refused, [this] { answerWith(&m_refused, 5); });
        QObject::connect(&m_silent, &QUdpSocket::readyRead, &m_silent, [this] {
            while (m_silent.hasPendingDatagrams())
                m_silent.receiveDatagram();
        });
        // Answered from these records only.
        // Its records carry a TTL of an hour, as a zone's would (dnsmasq's own default is 0).
        if (!startDnsmasq(&m_dnsmasq, dnsmasq, kDnsmasq,
                          QStringList{QStringLiteral("--local=/test/"), QStringLiteral("--local-ttl=3600")} + records(),
                          why))
            return false;
        // NXDOMAIN for every name, the control names included.
        if (!startDnsmasq(&m_nxdomain, dnsmasq, kNxdomainForAll, {QStringLiteral("--address=/#/")}, why))
            return false;
        if (!startDnsmasq(
                &m_oldAnswers, dnsmasq, kOldAnswers,
                QStringList{QStringLiteral("--local=/test/"), QStringLiteral("--local-ttl=300")} + oldRecords(), why))
            return false;
        if (!answers(kDnsmasq, QDnsLookup::NoError) || !answers(kNxdomainForAll, QDnsLookup::NotFoundError) ||
            !answers(kOldAnswers, QDnsLookup::NoError))
            return fail(why, QStringLiteral("dnsmasq does not answer: ") + QString::fromLocal8Bit(m_dnsmasq.readAll()) +
                                 QString::fromLocal8Bit(m_nxdomain.readAll()) +
                                 QString::fromLocal8Bit(m_oldAnswers.readAll()));
        return true;
    }

private:
    bool startDnsmasq(QProcess *p, const QString &program, const QHostAddress &address, const QStringList &extra,
                      QString *why)
    {
        p->setProcessChannelMode(QProcess::MergedChannels);
        const QString pidFile = m_dir.filePath(address.toString() + QStringLiteral(".pid"));
        p->start(program, QStringList{
                              QStringLiteral("--keep-in-foreground"),
                              QStringLiteral("--conf-file=/dev/null"),
                              QStringLiteral("--no-resolv"), // never forwards: no upstream at all
                              QStringLiteral("--no-hosts"),
                              QStringLiteral("--no-poll"),
                              QStringLiteral("--bind-interfaces"),
                              QStringLiteral("--listen-address=") + address.toString(),
                              QStringLiteral("--port=53"),
                              QStringLiteral("--user=root"),
                              QStringLiteral("--pid-file=") + pidFile,
                          } + extra);
        if (!p->waitForStarted(5000))
            return fail(why, QStringLiteral("dnsmasq did not start: ") + p->errorString());
        // One that cannot bind its address (another server has it) exits at once: that server is not ours.
        if (p->waitForFinished(500))
            return fail(why, QStringLiteral("dnsmasq exited: ") + QString::fromLocal8Bit(p->readAll()));
        return true;
    }

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
            // The TLD's own nameservers: the control question every working resolver answers.
            nsRecord(QStringLiteral("test"), QStringLiteral("a.nic.test")),
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
            QStringLiteral("--mx-host=elsewhere.test,mail.elsewhere.test,10"),
            QStringLiteral("--txt-record=elsewhere.test,v=spf1 include:_spf.registrar-dns.test ~all"),
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

    // The same domains as a resolver saw them before they moved to Wix: the old host's nameservers and address.
    static QStringList oldRecords()
    {
        return {
            nsRecord(QStringLiteral("test"), QStringLiteral("a.nic.test")),
            nsRecord(QStringLiteral("wix-ns.test"), QStringLiteral("ns1.oldhost.test")),
            nsRecord(QStringLiteral("wix-ns.test"), QStringLiteral("ns2.oldhost.test")),
            QStringLiteral("--host-record=wix-ns.test,192.0.2.80"),
            nsRecord(QStringLiteral("pointing.test"), QStringLiteral("ns1.registrar-dns.test")),
            QStringLiteral("--host-record=pointing.test,192.0.2.80"),
            QStringLiteral("--cname=www.pointing.test,pointing.test"),
        };
    }

    static bool answers(const QHostAddress &server, QDnsLookup::Error expected)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            QDnsLookup lookup(QDnsLookup::A, QStringLiteral("pointing.test"), server);
            QSignalSpy spy(&lookup, &QDnsLookup::finished);
            lookup.lookup();
            if (spy.wait(2000) && lookup.error() == expected)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    // Every question answered with the response code rcode (2 SERVFAIL, 5 REFUSED) and no records.
    static void answerWith(QUdpSocket *socket, int rcode)
    {
        while (socket->hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray d(int(socket->pendingDatagramSize()), '\0');
            socket->readDatagram(d.data(), d.size(), &from, &port);
            if (d.size() < 12)
                continue;
            d[2] = char(d[2] | 0x80);           // a response
            d[3] = char((d[3] & 0xf0) | rcode); // its response code
            for (int i = 6; i < 12; ++i)        // no answer, authority or additional records
                d[i] = 0;
            socket->writeDatagram(d, from, port);
        }
    }

    QProcess m_dnsmasq;
    QProcess m_nxdomain;
    QProcess m_oldAnswers;
    QTemporaryDir m_dir;
    QUdpSocket m_servfail;
    QUdpSocket m_silent;
    QUdpSocket m_refused;
};
