// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "dnscheckpanel.h"

#include "catalogservice.h"
#include "domainexplanation.h"
#include "domainsections.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

namespace {

// Plain text as tall as its lines (wrapped to the width, at word boundaries or, for a long name, anywhere), from
// fewest up to most lines; more scroll. The panel takes only the height it needs, and the remediation text above
// it the rest; in a small window the box gives up height down to its fewest lines before the window grows, and no
// word makes it wider than the window.
class FittedTextView final : public QPlainTextEdit
{
public:
    FittedTextView(QWidget *parent, int fewestLines, int mostLines)
        : QPlainTextEdit(parent), m_fewestLines(fewestLines), m_mostLines(mostLines)
    {
        setReadOnly(true);
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
        connect(document(), &QTextDocument::contentsChanged, this, [this] { updateGeometry(); });
    }

    QSize sizeHint() const override { return {QPlainTextEdit::sizeHint().width(), heightFor(wrappedLines())}; }
    QSize minimumSizeHint() const override
    {
        return {QPlainTextEdit::minimumSizeHint().width(), heightFor(qMin(m_fewestLines, wrappedLines()))};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // the lines wrap anew
    }

private:
    // The lines wrapped to the width the box has now (the document's own layout may still be of an earlier width,
    // such as while hidden), up to m_mostLines.
    int wrappedLines() const
    {
        const qreal width = qMax<qreal>(1, viewport()->width() - 2 * document()->documentMargin());
        QTextOption option = document()->defaultTextOption();
        option.setWrapMode(wordWrapMode());
        int lines = 0;
        for (QTextBlock b = document()->begin(); b.isValid() && lines < m_mostLines; b = b.next()) {
            QTextLayout layout(b.text(), font());
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                ++lines;
            }
            layout.endLayout();
        }
        return qBound(1, lines, m_mostLines);
    }

    // With the margins and the one pixel QPlainTextEdit wants before it shows everything without scrolling.
    int heightFor(int lines) const
    {
        const int text = qCeil(2 * document()->documentMargin()) + lines * fontMetrics().lineSpacing() + 1;
        return text + 2 * frameWidth();
    }

    int m_fewestLines;
    int m_mostLines;
};

// The verdict: all of it shown (up to kHeadlineLines), without a frame, as a label would be.
constexpr int kHeadlineLines = 8;
// The sections and the records: at least three lines, at most eight; the rest scrolls.
constexpr int kFewestDetailLines = 3;
constexpr int kMostDetailLines = 8;

} // namespace

DnsCheckPanel::DnsCheckPanel(QWidget *parent)
    : QWidget(parent), m_checker(CatalogService::instance()->network(), this), m_check(new QPushButton(this)),
      m_close(new QToolButton(this)), m_verdict(new FittedTextView(this, kHeadlineLines, kHeadlineLines)),
      m_records(new FittedTextView(this, kFewestDetailLines, kMostDetailLines)), m_addToReply(new QCheckBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_addToReply);
    row->addStretch();
    row->addWidget(m_close);
    layout->addLayout(row);
    layout->addWidget(m_verdict);
    layout->addWidget(m_records);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_verdict->setFrameShape(QFrame::NoFrame);
    m_verdict->viewport()->setAutoFillBackground(false); // on the window's background, as a label
    m_verdict->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_check, &QPushButton::clicked, this, &DnsCheckPanel::check);
    connect(m_close, &QToolButton::clicked, this, &DnsCheckPanel::closePanel);
    connect(&m_checker, &DomainCheck::finished, this, &DnsCheckPanel::showAnswers);
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
    // The domain is named in the tooltip and the description, not on the button: a long name would widen the
    // window past 800 px. The verdict names it again.
    const QString about = tr("Ask the registry and DNS now about %1: its registration, nameservers, addresses and www "
                             "record")
                              .arg(m_domain.left(253));
    m_check->setToolTip(about);
    m_check->setAccessibleDescription(about);
    m_records->setAccessibleName(tr("Domain check: registration, delegation, propagation, warnings and records"));
    m_addToReply->setText(tr("Add to the repl&y"));
    m_addToReply->setToolTip(tr("Include the verdict, the sections and the records in the copied reply"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the domain check"));
    m_close->setAccessibleName(tr("Close the domain check"));
    m_check->setText(tr("Check domain"));
    if (!m_check->isEnabled()) // a check under way
        m_verdict->setPlainText(tr("Checking %1 at the registry and in DNS\u2026").arg(m_domain.left(253)));
    else if (m_answers)
        showVerdict();
}

void DnsCheckPanel::setServer(const QHostAddress &server, int timeoutMs)
{
    if (server == m_server && timeoutMs == m_timeoutMs)
        return;
    m_server = server;
    m_timeoutMs = timeoutMs;
    m_checker.setDnsTimeout(timeoutMs);
    clearResult();
}

void DnsCheckPanel::setResolvers(const QList<QHostAddress> &resolvers)
{
    if (resolvers == m_resolvers)
        return;
    m_resolvers = resolvers;
    clearResult();
}

void DnsCheckPanel::setRdapBootstrap(const QString &source)
{
    if (source == m_rdapBootstrap)
        return;
    m_rdapBootstrap = source;
    m_checker.setRdapBootstrap(source);
    clearResult();
}

void DnsCheckPanel::setExpectedRecords(const ExpectedRecords &expected)
{
    m_expected = expected;
    clearResult();
}

QString DnsCheckPanel::expectedText(const DnsPhrases &phrases) const
{
    if (m_expected.isEmpty() || !m_answers)
        return {};
    const QString heading =
        m_expected.connectionType.isEmpty()
            ? dnsPhrase(phrases, "DnsCheckPanel", QT_TRANSLATE_NOOP("DnsCheckPanel", "Expected records"))
            : dnsPhrase(phrases, "DnsCheckPanel", QT_TRANSLATE_NOOP("DnsCheckPanel", "Expected records (%1)"))
                  .arg(m_expected.connectionType.left(40));
    return heading + u'\n' + m_expected.lines(m_answers->dns.constFirst(), phrases).join(u'\n');
}

QList<QHostAddress> DnsCheckPanel::serversAsked() const
{
    QList<QHostAddress> servers{m_server};
    for (const QHostAddress &r : m_resolvers) {
        if (!servers.contains(r))
            servers << r;
    }
    return servers;
}

void DnsCheckPanel::setSubject(const QString &domain, const CatalogEntry *entry, const QString &connectionType)
{
    if (domain == m_domain && (entry ? entry->id : QString()) == (m_entry ? m_entry->id : QString()))
        return;
    m_domain = domain;
    m_entry = entry ? std::optional<CatalogEntry>(*entry) : std::nullopt;
    m_connectionType = connectionType;
    clearResult();
    setVisible(!domain.isEmpty());
    retranslate();
}

// The result and any check under way go: what is shown is about the current domain and settings, or nothing.
void DnsCheckPanel::clearResult()
{
    m_checker.cancel();
    m_check->setEnabled(true);
    m_answers.reset();
    m_verdict->clear();
    m_verdict->hide();
    m_records->clear();
    m_records->hide();
    m_addToReply->setChecked(false);
    m_addToReply->hide();
}

// Hidden until the next diagnosis that captures a domain, even the same one.
void DnsCheckPanel::closePanel()
{
    setSubject({}, nullptr, {});
}

void DnsCheckPanel::check()
{
    if (m_domain.isEmpty())
        return;
    clearResult();
    m_check->setEnabled(false);
    m_checker.check(m_domain, serversAsked());
    retranslate(); // "Checking ..."
    m_verdict->show();
}

DnsVerdict DnsCheckPanel::judge(const DnsPhrases &phrases) const
{
    // The connection type the failed request asked for, else the one the input's other calls named.
    const QString connectionType = m_connectionType.isEmpty() ? m_expected.connectionType : m_connectionType;
    return DnsVerdict::judge(m_answers->dns.constFirst(), m_targets, m_entry ? &*m_entry : nullptr, connectionType,
                             phrases);
}

void DnsCheckPanel::showAnswers(const DomainAnswers &answers)
{
    m_check->setEnabled(true);
    m_answers = answers;
    const DnsVerdict verdict = showVerdict();
    m_addToReply->show();
    const qint64 ms = qMax(answers.registration.elapsedMs, answers.dns.constFirst().elapsedMs);
    emit statusMessage(tr("%1 checked in %2 ms.").arg(answers.dns.constFirst().displayName(), QString::number(ms)));
    emit checked(verdict);
}

// The DNS verdict's advice, the sections, and the records of the verdict's server, in the language of phrases.
QString DnsCheckPanel::detailsText(const DnsVerdict &verdict, const DnsPhrases &phrases) const
{
    const QList<DomainSection> sections =
        DomainSection::of(*m_answers, m_targets, QDateTime::currentDateTimeUtc(), phrases);
    QStringList blocks;
    if (!verdict.details.isEmpty())
        blocks << verdict.details.join(u'\n');
    if (const QString expected = expectedText(phrases); !expected.isEmpty())
        blocks << expected;
    blocks << DomainSection::text(sections);
    blocks << m_answers->dns.constFirst().rawLines(phrases).join(u'\n');
    return blocks.join(QLatin1String("\n\n"));
}

// The last check's verdict, sections and records, in the window's language.
DnsVerdict DnsCheckPanel::showVerdict()
{
    const DnsVerdict verdict = judge();
    // What explains the diagnosed error first, saying so.
    QStringList lines = explanations();
    lines << verdict.summary;
    if (!verdict.aboutTheError.isEmpty())
        lines << verdict.aboutTheError;
    m_verdict->setPlainText(lines.join(u'\n'));
    m_verdict->show();
    // Records line up in a fixed-width font, taken with the first answer: looking it up costs the start-up a font.
    m_records->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_records->setPlainText(detailsText(verdict));
    m_records->show();
    return verdict;
}

QStringList DnsCheckPanel::explanations(const DnsPhrases &phrases) const
{
    if (!m_entry || !m_answers)
        return {};
    return DomainExplanation::explain(*m_answers, *m_entry, m_targets, QDateTime::currentDateTimeUtc(), phrases);
}

QString DnsCheckPanel::replyAddition(const DnsPhrases &phrases) const
{
    if (!m_addToReply->isChecked() || !m_answers)
        return {};
    const DnsVerdict verdict = judge(phrases);
    const QStringList explained = explanations(phrases);
    const QString first = explained.isEmpty() ? QString() : explained.join(u'\n') + QLatin1String("\n\n");
    const QString expected = expectedText(phrases);
    return first + verdict.replyText(m_answers->dns.constFirst(), phrases) + QLatin1String("\n\n") +
           (expected.isEmpty() ? QString() : expected + QLatin1String("\n\n")) +
           DomainSection::text(DomainSection::of(*m_answers, m_targets, QDateTime::currentDateTimeUtc(), phrases));
}
