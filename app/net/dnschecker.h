// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnsreport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QDnsLookup>

// Asks DNS, asynchronously (QDnsLookup), what a domain's verdict needs: its NS, A and AAAA records and its www
// CNAME; when the name has no NS records of its own (a subdomain), the NS records of its parent zones, nearest
// first; and a control question whose answer must exist (the TLD's NS), which tells a working server from a dead,
// refusing or lying one. The control question goes first, the others all at once when it is answered; whatever
// has not answered when the time is up is reported as timed out (a server silent on the control question is asked
// nothing else).
class DnsChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsChecker)

public:
    static constexpr int kTimeoutMs = 5000;

    explicit DnsChecker(QObject *parent = nullptr);
    ~DnsChecker() override;

    // A null server asks the system's resolver. A new check cancels the one running: a check cancelled, by cancel()
    // or by a new check, never emits finished(), even when its report was already queued (a name refused at once).
    void check(const QString &domain, const QHostAddress &server = {}, int timeoutMs = kTimeoutMs);
    void cancel();
    // Whether the domain's MX and TXT records are asked too (what a nameserver switch would lose); off by default.
    void setAskMailRecords(bool ask) { m_askMailRecords = ask; }
    bool isRunning() const { return !m_pending.isEmpty(); }

    // The ACE form of a domain as typed, pasted or captured ("Bücher.Example." -> "xn--bcher-kva.example"), or
    // empty with *problem set when it is not a domain name.
    static QString aceOf(const QString &domain, QString *problem);
    // The nameservers resolv.conf lists: the ones the system's resolver asks.
    static QStringList systemResolvers(const QString &resolvConf = QStringLiteral("/etc/resolv.conf"));

signals:
    void finished(const DnsReport &report);

private:
    void ask(const QString &name, DnsType type, bool control = false);
    void askAboutTheDomain();
    void onLookupFinished(QDnsLookup *lookup, qsizetype index);
    void askParentIfNeeded(const DnsQuery &answered);
    void timeOut();
    void finishIfDone();

    DnsReport m_report;
    QHostAddress m_server;
    QList<QPointer<QDnsLookup>> m_pending;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_timeoutMs = kTimeoutMs;
    quint64 m_generation = 0; // counts the checks cancelled: a queued report of an earlier one is not delivered
    bool m_askMailRecords = false;
};
