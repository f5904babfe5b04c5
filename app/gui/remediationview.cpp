// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "remediationview.h"

#include "appsettings.h"
#include "apptheme.h"
#include "dnscheckpanel.h"
#include "findbar.h"
#include "linkpolicy.h"
#include "remediationhtml.h"
#include "translations.h"
#include "ui_remediationview.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

#include <utility>

namespace {

// The domain a diagnosis captured, under the names the catalog's templates use for it.
QString capturedDomain(const Match &match)
{
    for (const char *name : {"domainName", "domain"}) {
        const QString value = match.value(QLatin1String(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

RemediationView::RemediationView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RemediationView>()), m_findBar(new FindBar(this)),
      m_dns(new DnsCheckPanel(this))
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->browser) + 1, m_findBar);
    m_findBar->attach(m_ui->browser);
    // Under the text and its find bar, above the buttons: shown only for a diagnosis that captured a domain.
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_findBar) + 1, m_dns);
    connect(m_dns, &DnsCheckPanel::statusMessage, this, &RemediationView::statusMessage);
    auto *menu = new QMenu(this);
    menu->addAction(QString(), this, [this] { copyReplyAs(ReplyComposer::Format::PlainText); });
    menu->addAction(QString(), this, [this] { copyReplyAs(ReplyComposer::Format::Markdown); });
    m_ui->copyReplyButton->setMenu(menu);
    for (const Translations::Language &l : Translations::available())
        m_ui->replyLanguageBox->addItem(l.nativeName, l.code);
    showReplyLanguage();
    connect(m_ui->replyLanguageBox, &QComboBox::activated, this,
            [this](int index) { setReplyLanguage(m_ui->replyLanguageBox->itemData(index).toString()); });
    connect(m_ui->copyReplyButton, &QToolButton::clicked, this, &RemediationView::copyReply);
    connect(m_ui->copyRequestIdButton, &QPushButton::clicked, this, &RemediationView::copyRequestId);
    connect(m_ui->browser, &QTextBrowser::anchorClicked, this, &RemediationView::openLink);
    // Where a link leads, shown while the pointer (or the keyboard's link focus) is on it.
    connect(m_ui->browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        if (url.isEmpty()) {
            if (!m_hovered.isEmpty())
                emit statusExpired(std::exchange(m_hovered, QString()));
            return;
        }
        m_hovered = url.toDisplayString();
        emit statusMessage(m_hovered);
    });
    retranslate();
}

RemediationView::~RemediationView() = default;

QString RemediationView::replyLanguage()
{
    const QString chosen = SettingKeys::kReplyLanguage.read();
    return chosen.isEmpty() ? Translations::current() : Translations::resolve(chosen);
}

void RemediationView::setReplyLanguage(const QString &code)
{
    SettingKeys::kReplyLanguage.write(code);
}

void RemediationView::showReplyLanguage()
{
    m_ui->replyLanguageBox->setCurrentIndex(m_ui->replyLanguageBox->findData(replyLanguage()));
}

void RemediationView::showEvent(QShowEvent *event)
{
    showReplyLanguage(); // another page's view may have changed it
    QWidget::showEvent(event);
}

void RemediationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange && m_html) {
        showHtml(m_html); // colours of the old palette are baked into the page: draw it again
    }
    QWidget::changeEvent(event);
}

// The text set here rather than in the form, and what is shown, drawn again in the language now installed.
void RemediationView::retranslate()
{
    const QList<QAction *> formats = m_ui->copyReplyButton->menu()->actions();
    formats.at(0)->setText(tr("Copy reply as plain &text"));
    formats.at(1)->setText(tr("Copy reply as &Markdown"));
    m_ui->copyReplyButton->setToolTip(tr("Copy a reply for the ticket (Ctrl+Shift+C); Down arrow: choose the format"));
    switch (m_showing) {
    case Showing::Match:
        showMatch(m_catalog, Diagnosis(m_diagnosis), Match(m_match));
        break;
    case Showing::Entry:
        showEntry(m_catalog, CatalogEntry(m_entry), QStringList(m_highlightTerms));
        break;
    case Showing::NoMatch:
        showDiagnosisWithoutMatch(m_catalog, Diagnosis(m_diagnosis));
        break;
    case Showing::Message:
        showMessage(tr("Nothing selected"), tr("Choose an error to see what it means and what to do."));
        break;
    }
}

QString RemediationView::render(const CatalogEntry &entry, const Diagnosis *diagnosis, const Match *match,
                                const QStringList &terms) const
{
    const AppTheme::Colors c = AppTheme::colors(palette());
    const RemediationHtml::Colors colors{c.markBackground.name(), c.markText.name(), c.muted.name()};
    return RemediationHtml::render(entry, diagnosis, match, terms, colors);
}

void RemediationView::refreshForEntry(const CatalogEntry *entry)
{
    contentChanged();
    m_allowedLinks = entry ? RemediationHtml::links(*entry) : QStringList();
    m_ui->copyReplyButton->setEnabled(entry != nullptr);
    m_ui->copyRequestIdButton->setEnabled(hasRequestId());
    emit answerChanged();
}

void RemediationView::showMatch(std::shared_ptr<const Catalog> catalog, const Diagnosis &diagnosis, const Match &match)
{
    m_catalog = std::move(catalog);
    m_showing = Showing::Match;
    m_diagnosis = diagnosis;
    m_match = match;
    m_hasMatch = true;
    m_ui->confidenceRow->setVisible(true);
    m_ui->confidenceLabel->setText(tr("Match: %1").arg(confidenceName(match.level)));
    m_ui->confidenceBar->setValue(int(match.confidence * 100.0 + 0.5));
    m_ui->confidenceBar->setFormat(QString::number(match.confidence, 'f', 2));
    m_ui->confidenceBar->setAccessibleDescription(
        tr("%1, confidence %2").arg(confidenceName(match.level), QString::number(match.confidence)));
    showHtml([this] { return render(*m_match.entry, &m_diagnosis, &m_match, {}); });
    refreshForEntry(match.entry);
    m_dns->setSubject(capturedDomain(match), match.entry, match.value(QStringLiteral("connectionType")));
}

void RemediationView::showEntry(std::shared_ptr<const Catalog> catalog, const CatalogEntry &entry,
                                const QStringList &highlightTerms)
{
    m_catalog = std::move(catalog);
    m_showing = Showing::Entry;
    m_entry = entry; // a copy: the view draws it again when the language changes
    m_highlightTerms = highlightTerms;
    m_diagnosis = Diagnosis();
    m_match = Match();
    m_match.entry = &m_entry;
    m_hasMatch = true;
    m_ui->confidenceRow->setVisible(false);
    showHtml([this] { return render(m_entry, nullptr, nullptr, m_highlightTerms); });
    refreshForEntry(&m_entry);
    m_dns->setSubject({}, nullptr, {});
}

void RemediationView::showDiagnosisWithoutMatch(std::shared_ptr<const Catalog> catalog, const Diagnosis &diagnosis)
{
    m_catalog = std::move(catalog);
    m_showing = Showing::NoMatch;
    m_diagnosis = diagnosis;
    m_match = Match();
    m_hasMatch = false;
    m_ui->confidenceRow->setVisible(false);
    QString h = QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(tr("No documented error fits").toHtmlEscaped(),
                         tr("This response failed, but nothing in the catalog matches what it says.").toHtmlEscaped());
    if (!diagnosis.input.message.isEmpty())
        h += QStringLiteral("<p><tt>%1</tt></p>").arg(diagnosis.input.message.toHtmlEscaped());
    if (!diagnosis.nearMisses.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Nearest misses").toHtmlEscaped());
        for (const NearMiss &n : diagnosis.nearMisses) {
            h += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                     .arg(n.entry->localized(Translations::current()).title.toHtmlEscaped(),
                          n.entry->id.toHtmlEscaped(), n.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
        }
        h += QStringLiteral("</ul>");
    }
    for (const QString &note : diagnosis.notes)
        h += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    showHtml([h] { return h; });
    refreshForEntry(nullptr);
    m_dns->setSubject({}, nullptr, {});
}

void RemediationView::showMessage(const QString &title, const QString &text)
{
    m_showing = Showing::Message;
    m_diagnosis = Diagnosis();
    m_match = Match();
    m_hasMatch = false;
    m_catalog.reset(); // nothing shown points into it any more
    m_ui->confidenceRow->setVisible(false);
    const QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    showHtml([html] { return html; });
    refreshForEntry(nullptr);
    m_dns->setSubject({}, nullptr, {});
}

QString RemediationView::replyText(ReplyComposer::Format format) const
{
    if (!m_hasMatch || !m_match.entry)
        return {};
    // Every word of the reply in its language: the composer's, and the DNS check's.
    const QString language = replyLanguage();
    const DnsPhrases phrases = [&language](const char *context, const char *text) {
        return Translations::translate(language, context, text);
    };
    const QString reply = ReplyComposer::compose(m_diagnosis, m_match, format, language,
                                                 Translations::phrases(language, "ReplyComposer"));
    const QString dns = m_dns->replyAddition(phrases);
    const QString flows =
        ReplyComposer::flowSection(m_timeline, m_flows, format, Translations::phrases(language, "ReplyComposer"),
                                   Translations::phrasesInAnyContext(language));
    const QString text = dns.isEmpty() ? reply : reply + QStringLiteral("\n\n") + dns + u'\n';
    return flows.isEmpty() ? text : text + u'\n' + flows;
}

QString RemediationView::plainText() const
{
    return m_ui->browser->toPlainText().remove(RemediationHtml::kWordJoiner);
}

void RemediationView::copyReply()
{
    copyReplyAs(m_format);
}

void RemediationView::copyReplyAs(ReplyComposer::Format format)
{
    const QString text = replyText(format);
    if (text.isEmpty()) {
        post(tr("Nothing to copy: choose an error first."));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    post(format == ReplyComposer::Format::Markdown ? tr("Reply copied as Markdown.")
                                                   : tr("Reply copied as plain text."));
}

void RemediationView::copyRequestId()
{
    if (m_diagnosis.input.requestId.isEmpty()) {
        post(tr("This response carries no request ID."));
        return;
    }
    QGuiApplication::clipboard()->setText(m_diagnosis.input.requestId);
    post(tr("Request ID copied."));
}

void RemediationView::showHtml(std::function<QString()> html)
{
    m_html = std::move(html);
    // Links in the app's link colour for this palette, at a readable contrast.
    QPalette p = m_ui->browser->palette();
    p.setColor(QPalette::Link, AppTheme::colors(palette()).link);
    m_ui->browser->setPalette(p);
    m_ui->browser->setHtml(m_html());
}

void RemediationView::setZoom(int steps)
{
    QFont font = this->font();
    if (steps != 0)
        font.setPointSizeF(qMax(4.0, font.pointSizeF() + steps));
    m_ui->browser->setFont(font);
}

void RemediationView::post(const QString &text)
{
    m_posted = text;
    emit statusMessage(text);
}

void RemediationView::contentChanged()
{
    // "Request ID copied." spoke of what was shown; it goes with it.
    if (!m_posted.isEmpty())
        emit statusExpired(std::exchange(m_posted, QString()));
}

void RemediationView::openLink(const QUrl &url)
{
    switch (LinkPolicy::open(url, m_allowedLinks)) {
    case LinkPolicy::Opened:
        post(tr("Opening %1 in the browser.").arg(url.toDisplayString()));
        break;
    case LinkPolicy::Refused:
        post(tr("This link was not opened: only https and mailto links from the catalog open."));
        break;
    case LinkPolicy::NoHandler:
        post(tr("No web browser or mail program could be started for %1. Copy the link with the context menu.")
                 .arg(url.toDisplayString()));
        break;
    }
}
