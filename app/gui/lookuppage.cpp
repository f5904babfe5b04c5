// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "lookuppage.h"

#include "confidencedelegate.h"
#include "historystore.h"
#include "pagesetup.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "ui_lookuppage.h"

#include <QCompleter>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

// How much the history has seen an entry: each diagnosis that named it counts, halved for every 30 days of age.
double seenWeight(const CatalogEntry &entry, const QList<HistoryItem> &history, const QDateTime &now)
{
    // The history's summary of a diagnosis with one answer: "403 CODE — Title" (see MainWindow::recordHistory).
    const QString named =
        QStringLiteral("%1 %2 \u2014 %3")
            .arg(QString::number(entry.httpStatus), entry.code.isEmpty() ? entry.status : entry.code, entry.title);
    double weight = 0.0;
    for (const HistoryItem &item : history) {
        if (item.summary.endsWith(named))
            weight += std::pow(0.5, double(item.when.secsTo(now)) / (30.0 * 24 * 3600));
    }
    return weight;
}

// Entries that fit a status alone tie; they are ordered by use: current APIs before deprecated ones, then what
// the history has seen most and most lately, then the catalog's order.
void rankByUse(QList<Match> &matches, const QList<HistoryItem> &history)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<const CatalogEntry *, double> seen;
    for (const Match &m : std::as_const(matches))
        seen.insert(m.entry, seenWeight(*m.entry, history, now));
    std::stable_sort(matches.begin(), matches.end(), [&seen](const Match &a, const Match &b) {
        const bool aOld = !a.entry->deprecation.isEmpty();
        const bool bOld = !b.entry->deprecation.isEmpty();
        if (aOld != bOld)
            return bOld;
        return seen.value(a.entry) > seen.value(b.entry);
    });
}

} // namespace

LookupPage::LookupPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LookupPage>()), m_model(new ResultsModel(this))
{
    m_ui->setupUi(this);
    PageSetup::setUp({m_ui->resultsView, m_model, m_ui->codeCombo->lineEdit(), m_ui->splitter, ResultsModel::Summary,
                      ResultsModel::ConfidenceColumn, QHeaderView::ResizeToContents});
    m_ui->resultsView->setItemDelegateForColumn(ResultsModel::ConfidenceColumn, new ConfidenceDelegate(this));
    m_ui->codeCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->codeCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->codeCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->codeCombo->lineEdit()->setPlaceholderText(tr("Any code: type to filter"));
    m_ui->codeCombo->lineEdit()->setAccessibleName(m_ui->codeCombo->accessibleName()); // it takes the focus
    connect(m_ui->codeCombo->lineEdit(), &QLineEdit::returnPressed, this, &LookupPage::acceptOnlyCode);

    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillCodes();
        runQuery();
    });
    connect(m_ui->codeCombo, &QComboBox::currentTextChanged, this, &LookupPage::runQuery);
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LookupPage::showSelection);
    connect(m_ui->remediation, &RemediationView::statusMessage, this, &LookupPage::statusMessage);
}

LookupPage::~LookupPage() = default;

void LookupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->codeCombo->lineEdit()->setPlaceholderText(tr("Any code: type to filter"));
        if (m_diagnoser)
            setDiagnoser(m_diagnoser); // the "Any status" item, the count and the matches, in the new language
    }
    QWidget::changeEvent(event);
}

RemediationView *LookupPage::remediation() const
{
    return m_ui->remediation;
}

QSplitter *LookupPage::splitter() const
{
    return m_ui->splitter;
}

QComboBox *LookupPage::statusCombo() const
{
    return m_ui->statusCombo;
}

QComboBox *LookupPage::codeCombo() const
{
    return m_ui->codeCombo;
}

void LookupPage::setDiagnoser(std::shared_ptr<const Diagnoser> diagnoser)
{
    m_diagnoser = std::move(diagnoser);
    std::map<int, QString> statuses;
    for (const CatalogEntry &e : m_diagnoser->catalog().entries())
        statuses.emplace(e.httpStatus, e.status);
    {
        const QSignalBlocker blocker(m_ui->statusCombo);
        const int current = m_ui->statusCombo->currentData().toInt();
        m_ui->statusCombo->clear();
        m_ui->statusCombo->addItem(tr("Any status"), 0);
        for (const auto &[http, name] : statuses)
            m_ui->statusCombo->addItem(QStringLiteral("%1 %2").arg(QString::number(http), name), http);
        m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(current)));
    }
    fillCodes();
    runQuery();
}

void LookupPage::fillCodes()
{
    if (!m_diagnoser)
        return;
    const int status = m_ui->statusCombo->currentData().toInt();
    QStringList codes;
    for (const CatalogEntry &e : m_diagnoser->catalog().entries()) {
        if (!e.code.isEmpty() && (status == 0 || e.httpStatus == status) && !codes.contains(e.code))
            codes << e.code;
    }
    codes.sort(Qt::CaseInsensitive);
    const QString text = m_ui->codeCombo->currentText();
    const QSignalBlocker blocker(m_ui->codeCombo);
    m_ui->codeCombo->clear();
    m_ui->codeCombo->addItem(QString());
    m_ui->codeCombo->addItems(codes);
    m_ui->codeCombo->setEditText(codes.contains(text) ? text : QString());
}

void LookupPage::runQuery()
{
    if (!m_diagnoser)
        return;
    const int status = m_ui->statusCombo->currentData().toInt();
    const QString code = m_ui->codeCombo->currentText().trimmed();
    if (status == 0 && code.isEmpty()) {
        m_model->setReport(Report());
        m_ui->countLabel->setText(tr("Choose a status, a code, or both."));
        m_ui->remediation->showMessage(tr("Look up a status and a code"),
                                       tr("Pick the HTTP status the customer got and the error code they quote, for "
                                          "example 403 and DOMAINS_GUID_NOT_FOUND. Choosing a status narrows the "
                                          "codes; typing in the code box filters them."));
        return;
    }
    Report report = m_diagnoser->lookup(status ? QString::number(status) : QString(), code);
    const bool statusOnly = code.isEmpty() && !report.results.isEmpty();
    if (statusOnly)
        rankByUse(report.results.first().matches, history());
    m_model->setReport(report);
    const QModelIndex root = m_model->index(0, 0);
    m_ui->resultsView->setRootIndex(root);
    const int count = m_model->rowCount(root);
    m_ui->countLabel->setText(
        statusOnly && count > 1
            ? tr("%n entries share status %1: add a code to narrow them. Current APIs first, then what the history "
                 "saw most and last.",
                 nullptr, count)
                  .arg(status)
            : tr("%n entry(ies) fit", nullptr, count));
    const int offered = count == 0 ? codesContaining(code) : 0;
    if (offered > 0) { // still typing a code the completer offers: not a dead end
        m_ui->countLabel->setText(tr("%n code(s) contain \u201c%1\u201d", nullptr, offered).arg(code));
        m_ui->remediation->showMessage(tr("Keep typing, or pick a code"),
                                       tr("\u201c%1\u201d is part of %n documented code(s). Choose one from the list "
                                          "or type the rest.",
                                          nullptr, offered)
                                           .arg(code));
        return;
    }
    if (count == 0) {
        m_ui->remediation->showMessage(tr("Nothing fits"),
                                       tr("No documented error has this status and code. Check the code's spelling, "
                                          "or choose \"Any status\": the same code may be documented under another "
                                          "status."));
        return;
    }
    m_ui->resultsView->setCurrentIndex(m_model->index(0, 0, root));
}

void LookupPage::acceptOnlyCode()
{
    // Enter takes the code typed in full, or the one code the typed text still fits, as the completer lists them.
    const QString text = m_ui->codeCombo->currentText().trimmed();
    QStringList fitting;
    for (int i = 1; i < m_ui->codeCombo->count() && !text.isEmpty(); ++i) {
        const QString code = m_ui->codeCombo->itemText(i);
        if (code.compare(text, Qt::CaseInsensitive) == 0) {
            fitting = QStringList{code};
            break;
        }
        if (code.contains(text, Qt::CaseInsensitive))
            fitting << code;
    }
    if (fitting.size() == 1 && fitting.constFirst() != m_ui->codeCombo->currentText())
        m_ui->codeCombo->setEditText(fitting.constFirst());
}

QList<HistoryItem> LookupPage::history() const
{
    // The window's history, already in memory: read here, never from the disk.
    const HistoryStore *store = window()->findChild<HistoryStore *>();
    return store ? store->items() : QList<HistoryItem>();
}

int LookupPage::codesContaining(const QString &text) const
{
    int found = 0;
    for (int i = 1; i < m_ui->codeCombo->count() && !text.isEmpty(); ++i) {
        if (m_ui->codeCombo->itemText(i).contains(text, Qt::CaseInsensitive))
            ++found;
    }
    return found;
}

void LookupPage::showSelection(const QModelIndex &index)
{
    const Diagnosis *d = m_model->diagnosisAt(index);
    const Match *m = m_model->matchAt(index);
    if (d && m)
        m_ui->remediation->showMatch(m_model->report().catalog, *d, *m);
}
