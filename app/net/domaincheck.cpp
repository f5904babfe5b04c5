// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "domaincheck.h"

DomainCheck::DomainCheck(QNetworkAccessManager *manager, QObject *parent) : QObject(parent), m_rdap(manager, this)
{
    connect(&m_rdap, &RdapChecker::finished, this, [this](const RdapResult &result) {
        m_answers.registration = result;
        oneDone();
    });
}

DomainCheck::~DomainCheck()
{
    // Deleted now, not later: a program that ends after its check runs no event loop to delete them, and Qt 6.4's
    // lookup threads report to their QDnsLookup (a checker's child) by a blocking call, which would wait for ever
    // on a lookup still alive while the program waits for those threads at exit.
    m_rdap.cancel();
    for (const std::unique_ptr<DnsChecker> &checker : m_dns)
        checker->disconnect(this);
    m_dns.clear();
}

void DomainCheck::check(const QString &domain, const QList<QHostAddress> &servers)
{
    cancel();
    const QList<QHostAddress> asked = servers.isEmpty() ? QList<QHostAddress>{QHostAddress()} : servers;
    m_answers = DomainAnswers();
    m_answers.dns.resize(asked.size());
    m_pending = asked.size() + 1;
    for (qsizetype i = 0; i < asked.size(); ++i) {
        m_dns.push_back(std::make_unique<DnsChecker>());
        DnsChecker *checker = m_dns.back().get();
        checker->setAskMailRecords(true); // for the warnings before a nameserver switch
        connect(checker, &DnsChecker::finished, this, [this, i](const DnsReport &report) {
            m_answers.dns[i] = report;
            oneDone();
        });
        checker->check(domain, asked.at(i), m_dnsTimeoutMs);
    }
    m_rdap.check(domain);
}

void DomainCheck::cancel()
{
    m_rdap.cancel();
    for (const std::unique_ptr<DnsChecker> &checker : m_dns) {
        checker->disconnect(this);
        checker->cancel();
    }
    // Deleted later: a checker may be the sender of the signal being handled.
    for (std::unique_ptr<DnsChecker> &checker : m_dns)
        checker.release()->deleteLater();
    m_dns.clear();
    m_pending = 0;
}

void DomainCheck::oneDone()
{
    if (m_pending == 0 || --m_pending > 0)
        return;
    emit finished(m_answers);
}
