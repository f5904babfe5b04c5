// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "dnscheckpanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtMath>

namespace {

// The raw records: as tall as their lines (wrapped to the width), up to kMostLines; more scroll. The panel takes
// only the height it needs, and the remediation text above it the rest.
class RecordsView final : public QPlainTextEdit
{
public:
    static constexpr int kMostLines = 7;

    explicit RecordsView(QWidget *parent) : QPlainTextEdit(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(document(), &QTextDocument::contentsChanged, this, [this] { updateGeometry(); });
    }

    QSize sizeHint() const override
    {
        // The lines wrapped to the width the box has now (the document's own layout may still be of an earlier
        // width, such as while hidden), with the margins and the one pixel QPlainTextEdit wants before it
        // shows everything without scrolling.
        const qreal margin = document()->documentMargin();
        const qreal width = qMax<qreal>(1, viewport()->width() - 2 * margin);
        QTextOption option = document()->defaultTextOption();
        option.setWrapMode(wordWrapMode());
        int lines = 0;
        for (QTextBlock b = document()->begin(); b.isValid() && lines < kMostLines; b = b.next()) {
            QTextLayout layout(b.text(), font());
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                ++lines;
            }
            layout.endLayout();
        }
        lines = qBound(1, lines, kMostLines);
        const int text = qCeil(2 * margin) + lines * fontMetrics().lineSpacing() + 1;
        return {QPlainTextEdit::sizeHint().width(), text + 2 * frameWidth()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // the lines wrap anew
    }

public:
    QSize minimumSizeHint() const override { return {QPlainTextEdit::minimumSizeHint().width(), sizeHint().height()}; }
};

} // namespace

DnsCheckPanel::DnsCheckPanel(QWidget *parent)
    : QWidget(parent), m_check(new QPushButton(this)), m_verdict(new QLabel(this)), m_records(new RecordsView(this)),
      m_addToReply(new QCheckBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_addToReply);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_verdict);
    layout->addWidget(m_records);

    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setAlignment(Qt::AlignLeft | Qt::AlignTop); // right under the buttons, never centred in a gap
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_records->setReadOnly(true);
    m_records->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_check, &QPushButton::clicked, this, &DnsCheckPanel::check);
    connect(&m_checker, &DnsChecker::finished, this, &DnsCheckPanel::showReport);
    clearResult();
    retranslate();
    hide(); // until a diagnosis captures a domain
}

void DnsCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Everything shown, in the language now installed; the records list is DNS's own text, its failures excepted.
void DnsCheckPanel::retranslate()
{
    m_check->setToolTip(tr("Ask DNS now for the domain's nameservers, addresses and www record"));
    m_records->setAccessibleName(tr("DNS records"));
    m_addToReply->setText(tr("Add to the repl&y"));
    m_addToReply->setToolTip(tr("Include the verdict and the records in the copied reply"));
    m_check->setText(m_domain.isEmpty() ? tr("Check DNS") : tr("Check DNS for %1").arg(m_domain.left(100)));
    if (!m_check->isEnabled()) // a check under way
        m_verdict->setText(tr("Checking the DNS of %1\u2026").arg(m_domain.left(100)));
    else if (m_report)
        showVerdict();
}

void DnsCheckPanel::setServer(const QHostAddress &server, int timeoutMs)
{
    m_server = server;
    m_timeoutMs = timeoutMs;
}

void DnsCheckPanel::setSubject(const QString &domain, const CatalogEntry *entry, const QString &connectionType)
{
    if (domain == m_domain && (entry ? entry->id : QString()) == (m_entry ? m_entry->id : QString()))
        return;
    m_checker.cancel();
    m_domain = domain;
    m_entry = entry ? std::optional<CatalogEntry>(*entry) : std::nullopt;
    m_connectionType = connectionType;
    clearResult();
    setVisible(!domain.isEmpty());
    m_check->setEnabled(true);
    retranslate();
}

void DnsCheckPanel::clearResult()
{
    m_report.reset();
    m_verdict->clear();
    m_verdict->hide();
    m_records->clear();
    m_records->hide();
    m_addToReply->setChecked(false);
    m_addToReply->hide();
}

void DnsCheckPanel::check()
{
    if (m_domain.isEmpty())
        return;
    clearResult();
    m_check->setEnabled(false);
    m_checker.check(m_domain, m_server, m_timeoutMs);
    retranslate(); // "Checking the DNS of ..."
    m_verdict->show();
}

DnsVerdict DnsCheckPanel::judge(const DnsPhrases &phrases) const
{
    return DnsVerdict::judge(*m_report, m_targets, m_entry ? &*m_entry : nullptr, m_connectionType, phrases);
}

void DnsCheckPanel::showReport(const DnsReport &report)
{
    m_check->setEnabled(true);
    m_report = report;
    const DnsVerdict verdict = showVerdict();
    m_addToReply->show();
    emit statusMessage(tr("DNS of %1 checked in %2 ms.").arg(report.displayName(), QString::number(report.elapsedMs)));
    emit checked(verdict);
}

// The last check's verdict and records, in the window's language.
DnsVerdict DnsCheckPanel::showVerdict()
{
    const DnsVerdict verdict = judge();
    QStringList lines{verdict.summary};
    if (!verdict.aboutTheError.isEmpty())
        lines << verdict.aboutTheError;
    lines << verdict.details;
    m_verdict->setText(lines.join(u'\n'));
    m_verdict->show();
    const QStringList raw = m_report->rawLines();
    m_records->setPlainText(raw.join(u'\n'));
    m_records->setVisible(!raw.isEmpty());
    return verdict;
}

QString DnsCheckPanel::replyAddition(const DnsPhrases &phrases) const
{
    if (!m_addToReply->isChecked() || !m_report)
        return {};
    return judge(phrases).replyText(*m_report, phrases);
}
