// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogentry.h"
#include "dnsverdict.h"
#include "domaincheck.h"
#include "expectedrecords.h"

#include <QHostAddress>
#include <QWidget>

#include <optional>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// "Check domain" for a diagnosis that captured a domain: the registry (RDAP), the DNS server of the settings and
// the propagation resolvers are asked asynchronously (the window keeps drawing); the verdict tied to the error
// heads the panel, and the sections (Registration, Delegation, Propagation, Warnings) and the raw records scroll
// under it in a box of bounded height, so the panel fits a small window. It can go into the reply, and closes.
// Everything shown is plain text: registry and DNS answers are untrusted.
class DnsCheckPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsCheckPanel)

public:
    explicit DnsCheckPanel(QWidget *parent = nullptr);

    // The domain a diagnosis captured, with its error and the connection type the request asked for; an empty
    // domain hides the panel.
    void setSubject(const QString &domain, const CatalogEntry *entry, const QString &connectionType);
    void setTargets(const DnsTargets &targets) { m_targets = targets; }
    // The DNS server the verdict is about (null: the system's resolver) and the resolvers propagation is checked
    // on; a change clears the result, which was about other servers.
    void setServer(const QHostAddress &server, int timeoutMs = DnsChecker::kTimeoutMs);
    void setResolvers(const QList<QHostAddress> &resolvers);
    // Records an answer says the domain should have (a HAR's Setup Info) and the connection type asked for: the
    // check compares the DNS answers with them. Empty: none. A change clears the result.
    void setExpectedRecords(const ExpectedRecords &expected);
    const ExpectedRecords &expectedRecords() const { return m_expected; }
    // Where the kept RDAP bootstrap file is downloaded from when due (empty: never; see RdapBootstrapStore).
    void setRdapBootstrapUpdates(const QUrl &url) { m_checker.setRdapBootstrapUpdates(url); }
    // Empty: the kept RDAP bootstrap file; else a bootstrap file's URL or path. A change clears the result.
    void setRdapBootstrap(const QString &source);

    void check();
    bool isChecking() const { return m_checker.isRunning(); }
    // The verdict, the sections and the records, when "Add to the reply" is ticked, in the language of phrases
    // (the reply's, which may differ from the window's); else empty.
    QString replyAddition(const DnsPhrases &phrases = {}) const;
    // The servers a check asks, in order: the verdict's first, then the resolvers not already in the list.
    QList<QHostAddress> serversAsked() const;

    QPushButton *checkButton() const { return m_check; }
    QToolButton *closeButton() const { return m_close; }
    QPlainTextEdit *verdictView() const { return m_verdict; }
    QPlainTextEdit *recordsView() const { return m_records; }
    QCheckBox *addToReplyBox() const { return m_addToReply; }

signals:
    void checked(const DnsVerdict &verdict);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAnswers(const DomainAnswers &answers);
    DnsVerdict showVerdict();
    DnsVerdict judge(const DnsPhrases &phrases = {}) const;
    QString detailsText(const DnsVerdict &verdict, const DnsPhrases &phrases = {}) const;
    // "This explains CODE: ..." for each finding of the check that the catalog says explains the error.
    QStringList explanations(const DnsPhrases &phrases = {}) const;
    // The expected records against the verdict's server, under a heading; empty without expected records.
    QString expectedText(const DnsPhrases &phrases = {}) const;
    void clearResult();
    void closePanel();

    DomainCheck m_checker;
    DnsTargets m_targets;
    QHostAddress m_server;
    QList<QHostAddress> m_resolvers;
    QString m_rdapBootstrap;
    int m_timeoutMs = DnsChecker::kTimeoutMs;
    QString m_domain;
    std::optional<CatalogEntry> m_entry; // a copy: the panel outlives any one catalog
    QString m_connectionType;
    ExpectedRecords m_expected;
    std::optional<DomainAnswers> m_answers; // the last check's, judged again in the language asked for
    QPushButton *m_check;
    QToolButton *m_close;
    QPlainTextEdit *m_verdict;
    QPlainTextEdit *m_records;
    QCheckBox *m_addToReply;
};
