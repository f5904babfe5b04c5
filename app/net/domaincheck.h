// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "dnschecker.h"
#include "rdapchecker.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <memory>
#include <vector>

// The registry's answer (RDAP) and each DNS server's, about one domain.
struct DomainAnswers
{
    RdapResult registration;
    QList<DnsReport> dns; // in the order the servers were given; the first is the one the verdict is about
};

Q_DECLARE_METATYPE(DomainAnswers)

// Checks a domain the way a domains specialist would: the registry by RDAP and several DNS servers, all asked at
// the same time, asynchronously. Each part has its own time limit (RdapChecker::kTimeoutMs, the DNS timeout), so
// the whole check ends within the longer of them.
class DomainCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainCheck)

public:
    explicit DomainCheck(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~DomainCheck() override;

    // Empty: the embedded bootstrap file; see RdapChecker::setBootstrap.
    void setRdapBootstrap(const QString &source) { m_rdap.setBootstrap(source); }
    // See RdapChecker::setBootstrapUpdates.
    void setRdapBootstrapUpdates(const QUrl &url, const QString &storePath = RdapBootstrapStore::defaultPath())
    {
        m_rdap.setBootstrapUpdates(url, storePath);
    }
    void setDnsTimeout(int ms) { m_dnsTimeoutMs = ms; }
    // A null address asks the system's resolver; no server at all asks only it. A new check cancels the one
    // running (no signal for it).
    void check(const QString &domain, const QList<QHostAddress> &servers);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

signals:
    void finished(const DomainAnswers &answers);

private:
    void oneDone();

    RdapChecker m_rdap;
    std::vector<std::unique_ptr<DnsChecker>> m_dns;
    DomainAnswers m_answers;
    qsizetype m_pending = 0;
    int m_dnsTimeoutMs = DnsChecker::kTimeoutMs;
};
