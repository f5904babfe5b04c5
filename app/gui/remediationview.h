// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"
#include "replycomposer.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class RemediationView;
}
class DnsCheckPanel;
class FindBar;
class QUrl;

// The one remediation view that the Diagnose, Look up and Catalog pages share: what the error is, what to do,
// the documented text and its source, and buttons to copy a reply or the request id.
class RemediationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationView)

public:
    explicit RemediationView(QWidget *parent = nullptr);
    ~RemediationView() override;

    // The view keeps catalog alive for as long as it shows what points into it (the reply is composed from the
    // entry when asked, maybe after the window has moved to another catalog).
    void showMatch(std::shared_ptr<const Catalog> catalog, const Diagnosis &diagnosis, const Match &match);
    void showEntry(std::shared_ptr<const Catalog> catalog, const CatalogEntry &entry,
                   const QStringList &highlightTerms = {});
    void showDiagnosisWithoutMatch(std::shared_ptr<const Catalog> catalog, const Diagnosis &diagnosis);
    void showMessage(const QString &title, const QString &text);

    void setReplyFormat(ReplyComposer::Format format) { m_format = format; }
    // The input's calls and the catalog's flows: the reply ends with where the calls stand in the documented flows,
    // judged in the reply's language.
    void setFlowSource(const Timeline &timeline, const QList<FlowDefinition> &flows)
    {
        m_timeline = timeline;
        m_flows = flows;
    }
    void setZoom(int steps); // points added to the text's font
    QString replyText(ReplyComposer::Format format) const;
    // Whether Copy reply and Copy request ID have something to copy from what is shown.
    bool hasReply() const { return m_hasMatch && m_match.entry; }
    bool hasRequestId() const { return !m_diagnosis.input.requestId.isEmpty(); }
    // The language replies are written in ("de"): the one last chosen beside Copy reply, else the window's.
    static QString replyLanguage();
    static void setReplyLanguage(const QString &code);
    QString plainText() const;
    FindBar *findBar() const { return m_findBar; }
    // The live DNS check of the domain a diagnosis captured.
    DnsCheckPanel *dnsCheck() const { return m_dns; }

public slots:
    void copyReply(); // in the format chosen in the settings
    void copyReplyAs(ReplyComposer::Format format);
    void copyRequestId();

signals:
    void statusMessage(const QString &text);
    // A message this view posted no longer holds: what it spoke of has been replaced.
    void statusExpired(const QString &text);
    // What is shown changed: another answer, or none.
    void answerChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void post(const QString &text);
    void showHtml(std::function<QString()> html); // kept, to draw again in a new palette
    void contentChanged();
    enum class Showing { Message, Match, Entry, NoMatch };
    void retranslate();
    void showReplyLanguage();
    void openLink(const QUrl &url);
    void refreshForEntry(const CatalogEntry *entry); // the links and buttons for the entry now shown, or none
    QString render(const CatalogEntry &entry, const Diagnosis *diagnosis, const Match *match,
                   const QStringList &terms) const;

    std::unique_ptr<Ui::RemediationView> m_ui;
    FindBar *m_findBar;
    DnsCheckPanel *m_dns;
    ReplyComposer::Format m_format = ReplyComposer::Format::PlainText;
    std::shared_ptr<const Catalog> m_catalog; // owns what m_diagnosis and m_match point to
    Diagnosis m_diagnosis;
    Match m_match;
    Timeline m_timeline;
    QList<FlowDefinition> m_flows;
    bool m_hasMatch = false;
    Showing m_showing = Showing::Message;
    CatalogEntry m_entry; // the entry shown by showEntry, drawn again in another language
    QStringList m_highlightTerms;
    QStringList m_allowedLinks;
    std::function<QString()> m_html;
    QString m_posted;  // the last status message this view posted
    QString m_hovered; // the address of the link under the pointer
};
