// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogentry.h"
#include "dnschecker.h"
#include "dnsverdict.h"

#include <QHostAddress>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// "Check DNS" for a diagnosis that captured a domain: the live check runs asynchronously (the window keeps
// drawing), then the verdict, tied to the error, and the raw records are shown, and can go into the reply.
// Everything shown is plain text: DNS answers are untrusted.
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
    void setServer(const QHostAddress &server, int timeoutMs = DnsChecker::kTimeoutMs);

    void check();
    bool isChecking() const { return m_checker.isRunning(); }
    // The verdict and records, when "Add to the reply" is ticked, in the language of phrases (the reply's, which
    // may differ from the window's); else empty.
    QString replyAddition(const DnsPhrases &phrases = {}) const;

    QPushButton *checkButton() const { return m_check; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPlainTextEdit *recordsView() const { return m_records; }
    QCheckBox *addToReplyBox() const { return m_addToReply; }

signals:
    void checked(const DnsVerdict &verdict);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showReport(const DnsReport &report);
    DnsVerdict showVerdict();
    DnsVerdict judge(const DnsPhrases &phrases = {}) const;
    void clearResult();

    DnsChecker m_checker;
    DnsTargets m_targets;
    QHostAddress m_server;
    int m_timeoutMs = DnsChecker::kTimeoutMs;
    QString m_domain;
    std::optional<CatalogEntry> m_entry; // a copy: the panel outlives any one catalog
    QString m_connectionType;
    std::optional<DnsReport> m_report; // the last check's, judged again in the language asked for
    QPushButton *m_check;
    QLabel *m_verdict;
    QPlainTextEdit *m_records;
    QCheckBox *m_addToReply;
};
