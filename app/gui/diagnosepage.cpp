// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnosepage.h"

#include "confidencedelegate.h"
#include "dnscheckpanel.h"
#include "expectedrecords.h"
#include "findbar.h"
#include "historystore.h"
#include "readprogress.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "searchfiltermodel.h"
#include "taborder.h"
#include "ui_diagnosepage.h"

#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

DiagnosePage::DiagnosePage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DiagnosePage>()), m_model(new ResultsModel(this)),
      m_filter(new SearchFilterModel(this)), m_findBar(new FindBar(this)), m_timelineView(nullptr), m_callView(nullptr),
      m_answerStack(nullptr)
{
    m_ui->setupUi(this);
    m_ui->inputLayout->insertWidget(m_ui->inputLayout->indexOf(m_ui->inputEdit) + 1, m_findBar);
    m_findBar->attach(m_ui->inputEdit);
    m_ui->inputEdit->setAcceptDrops(false); // drops are handled by the page: files are read, not pasted as paths
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);
    m_ui->resultsView->setModel(m_filter);
    m_ui->resultsFilter->installEventFilter(this);
    connect(m_ui->resultsFilter, &QLineEdit::textChanged, this, &DiagnosePage::applyFilter);
    m_ui->resultsView->setItemDelegateForColumn(ResultsModel::ConfidenceColumn, new ConfidenceDelegate(this));
    m_ui->resultsView->header()->setStretchLastSection(false);
    m_ui->resultsView->header()->setSectionResizeMode(ResultsModel::Summary, QHeaderView::Stretch);
    m_ui->resultsView->header()->setSectionResizeMode(ResultsModel::ConfidenceColumn, QHeaderView::ResizeToContents);
    m_ui->splitter->setSizes({540, 660});
    // The progress row keeps its place when a run ends: nothing below it moves under a late click on Cancel.
    QSizePolicy keepPlace = m_ui->progressRow->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_ui->progressRow->setSizePolicy(keepPlace);
    m_ui->progressRow->hide();
    m_ui->largeFileLabel->hide();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(m_ui->inputEdit, &QPlainTextEdit::textChanged, this, [this] {
        // Responses read best in a fixed-width font; the placeholder, prose, in the window's. Taken with the
        // first text, the fixed-width font costs the start nothing.
        if (!m_fixedFont && !m_ui->inputEdit->document()->isEmpty()) {
            m_fixedFont = true;
            applyEditorFont();
        }
        if (!m_largeFile.isEmpty() && !m_ui->inputEdit->toPlainText().isEmpty()) {
            m_sourceName.clear();
            m_largeFile.clear();
            m_ui->largeFileLabel->hide();
        }
        if (m_ui->inputEdit->document()->isEmpty() && m_largeFile.isEmpty()) {
            m_debounce.stop();
            start(QByteArray(), QString());
            return;
        }
        if (!m_debounce.isActive()) { // the text shown is no longer what was diagnosed, or is being diagnosed
            dropRun();
            forgetAnswer(tr("Diagnosing\u2026"));
        }
        m_debounce.start();
    });
    connect(&m_debounce, &QTimer::timeout, this, [this] { start(m_ui->inputEdit->toPlainText().toUtf8(), QString()); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DiagnosePage::finished);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, &DiagnosePage::showProgress);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DiagnosePage::cancel);
    connect(m_ui->exampleButton, &QPushButton::clicked, this, [this] { setInputText(exampleText()); });
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagnosePage::showSelection);
    connect(m_ui->remediation, &RemediationView::statusMessage, this, &DiagnosePage::statusMessage);
    setUpTimeline();
    TabOrder::followLayout(this);
    // Typing lands in the input, though Tab starts at the button above it (MainWindow::focusFirstField).
    setProperty("typingField", QVariant::fromValue<QObject *>(m_ui->inputEdit));
    showEmptyState();
}

DiagnosePage::~DiagnosePage()
{
    cancel();
    m_watcher.waitForFinished();
}

void DiagnosePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->resultsTabs->setTabText(1, tr("Timeline"));
        // Diagnosed again, so that the engine's notes and reasons read in the new language too.
        if (m_ui->inputEdit->toPlainText().isEmpty() && m_largeFile.isEmpty())
            showEmptyState();
        else if (m_diagnoser)
            start(m_ui->inputEdit->toPlainText().toUtf8(), m_largeFile, Run::SameInputAgain);
    }
    QWidget::changeEvent(event);
}

void DiagnosePage::setDiagnoser(std::shared_ptr<const Diagnoser> diagnoser)
{
    m_diagnoser = std::move(diagnoser);
    if (!m_ui->inputEdit->toPlainText().isEmpty() || !m_largeFile.isEmpty())
        start(m_ui->inputEdit->toPlainText().toUtf8(), m_largeFile, Run::SameInputAgain);
}

RemediationView *DiagnosePage::remediation() const
{
    return m_ui->remediation;
}

QSplitter *DiagnosePage::splitter() const
{
    return m_ui->splitter;
}

const Report &DiagnosePage::report() const
{
    return m_model->report();
}

QString DiagnosePage::inputText() const
{
    return m_ui->inputEdit->toPlainText();
}

void DiagnosePage::setInputText(const QString &text)
{
    setInput(text, QString());
}

void DiagnosePage::setInput(const QString &text, const QString &sourceName)
{
    m_largeFile.clear();
    m_ui->largeFileLabel->hide();
    m_ui->inputEdit->setPlainText(text);
    m_debounce.stop(); // run now, not once more after the pause that follows an edit
    m_sourceName = sourceName;
    start(text.toUtf8(), QString());
}

void DiagnosePage::setZoom(int steps)
{
    m_zoom = steps;
    applyEditorFont();
}

void DiagnosePage::applyEditorFont()
{
    QFont font = m_fixedFont ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : this->font();
    if (m_zoom != 0)
        font.setPointSizeF(qMax(4.0, font.pointSizeF() + m_zoom));
    m_ui->inputEdit->setFont(font);
}

void DiagnosePage::clearInput()
{
    // Through the editor's cursor, so that Ctrl+Z brings the text back.
    QTextCursor cursor(m_ui->inputEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    m_sourceName.clear();
    if (!m_largeFile.isEmpty()) {
        m_largeFile.clear();
        m_ui->largeFileLabel->hide();
        m_debounce.stop();
        start(QByteArray(), QString());
    }
}

void DiagnosePage::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        emit statusMessage(tr("The clipboard holds no text to diagnose."));
        return;
    }
    setInputText(text);
}

bool DiagnosePage::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        emit statusMessage(tr("Cannot open %1: it is not a readable file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString notShown =
        tr("%1 (%2) is diagnosed in full, but it is too large to show here. Type or paste to replace it.")
            .arg(info.fileName(), QLocale().formattedDataSize(info.size()));
    if (info.size() <= kEditorLimit) {
        QFile file(path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(kEditorLimit + 1) : QByteArray();
        if (!file.isOpen() || file.error() != QFileDevice::NoError) {
            emit statusMessage(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
        if (!bytes.trimmed().isEmpty() && !InputReader::isBinary(bytes)) {
            // Decoded as the command line decodes it: UTF-16 with a byte-order mark, UTF-8, NUL bytes as spaces.
            QStringList problems;
            setInput(InputReader::decode(bytes, &problems), info.fileName());
            emit statusMessage(tr("Opened %1.").arg(info.fileName()));
            return true;
        }
        // No text to show: the reading says what the file holds instead (empty, or binary data).
        notShown = bytes.trimmed().isEmpty() ? tr("%1 holds no text.").arg(info.fileName())
                                             : tr("%1 is not text: it is not shown here.").arg(info.fileName());
    }
    // Too large to show without freezing the editor, or no text: read and diagnose it in the background, in full.
    m_debounce.stop();
    m_ui->inputEdit->blockSignals(true);
    m_ui->inputEdit->clear();
    m_ui->inputEdit->blockSignals(false);
    m_largeFile = path;
    m_sourceName = info.fileName();
    m_ui->largeFileLabel->setText(notShown);
    m_ui->largeFileLabel->show();
    start(QByteArray(), path);
    return true;
}

void DiagnosePage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

// One rule for every way an input arrives or is diagnosed again (open, paste, drop, edit, history, another
// catalog or language): what was shown of the last run goes before this one starts, and only this run's result
// fills it again (finished() drops the result of any older run).
void DiagnosePage::forgetAnswer(const QString &summary)
{
    m_model->setReport(Report());
    showTimelineOf(Report());
    showFilterCount();
    m_showsEmptyState = false;
    m_ui->summaryLabel->setText(summary);
    m_ui->remediation->showMessage(summary, tr("The answer for this input appears here once it has been read."));
    emit stateChanged();
}

int DiagnosePage::dropRun()
{
    cancel();
    m_busy = false;
    m_ui->progressRow->hide();
    return ++m_generation; // a run still going is forgotten when it ends
}

void DiagnosePage::start(const QByteArray &data, const QString &path, Run run)
{
    const int generation = dropRun();
    if (data.trimmed().isEmpty() && path.isEmpty()) {
        m_model->setReport(Report());
        showTimelineOf(Report());
        showFilterCount();
        showEmptyState();
        emit stateChanged();
        return;
    }
    // The same input in another language or against another catalog keeps its answer (and a DNS check done on
    // it) until the new result replaces it; a result that does not come (a cancel) clears it then.
    if (run == Run::NewInput)
        forgetAnswer(path.isEmpty() ? tr("Diagnosing\u2026") : tr("Reading %1\u2026").arg(QFileInfo(path).fileName()));
    else
        emit stateChanged();
    if (!m_diagnoser)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    m_ui->progressRow->show();
    m_readTotal = path.isEmpty() ? 0 : QFileInfo(path).size();
    m_readClock.start();
    m_ui->progressBar->setRange(0, ReadProgress::units(m_readTotal)); // 0 to 0: a busy bar for a paste
    m_ui->progressBar->setValue(0);
    showProgress(0);
    auto diagnoser = m_diagnoser;
    auto flag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([diagnoser, flag, data, path, generation](QPromise<Outcome> &promise) {
        Outcome out;
        out.generation = generation;
        if (path.isEmpty()) {
            out.report = diagnoser->diagnose(data, flag.get());
            out.input = data;
        } else {
            // A big HAR is read in blocks, never whole; each block tells the window how far the reading is.
            ProgressFile file(path, [&promise](qint64 read) { promise.setProgressValue(ReadProgress::units(read)); });
            if (!file.open(QIODevice::ReadOnly)) {
                out.error =
                    QCoreApplication::translate("DiagnosePage", "Cannot read %1: %2").arg(path, file.errorString());
                promise.addResult(out);
                return;
            }
            out.report = diagnoser->diagnose(&file, flag.get());
        }
        if (out.report.redactedText.size() <= HistoryStore::kMaxItemChars)
            out.redactedInput = out.report.redactedText;
        promise.addResult(out);
    }));
}

void DiagnosePage::showProgress(int units)
{
    if (m_readTotal <= 0) {
        m_ui->progressBar->setFormat(QString());
        return;
    }
    m_ui->progressBar->setValue(units);
    const qint64 read = qMin(qint64(units) * 1024, m_readTotal);
    const QString text = ReadProgress::text(read, m_readTotal, m_readClock.elapsed());
    m_ui->progressBar->setFormat(QString(text).replace(u'%', QStringLiteral("%%"))); // the bar's own placeholders
    m_ui->progressBar->setAccessibleDescription(text);
}

void DiagnosePage::finished()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const Outcome out = m_watcher.result();
    if (out.generation != m_generation)
        return;
    m_busy = false;
    m_ui->progressRow->hide();
    const auto changed = qScopeGuard([this] { emit stateChanged(); });
    if (!out.error.isEmpty()) {
        m_model->setReport(Report());
        showTimelineOf(Report());
        showFilterCount();
        m_showsEmptyState = false;
        m_ui->summaryLabel->setText(out.error);
        m_ui->remediation->showMessage(tr("Nothing was read"), out.error);
        return;
    }
    // Secrets are not shown: the editor keeps the redacted text once the paste has been read.
    if (out.report.redactions > 0 && m_largeFile.isEmpty() && !out.redactedInput.isEmpty() &&
        m_ui->inputEdit->toPlainText().toUtf8() == out.input) {
        const QSignalBlocker blocker(m_ui->inputEdit);
        m_ui->inputEdit->setPlainText(out.redactedInput);
    }
    m_model->setReport(out.report);
    showTimelineOf(out.report);
    // Setup Info's records and the connection type, when the input's successful calls told them: Check domain
    // compares the live answers with them.
    m_ui->remediation->dnsCheck()->setExpectedRecords(ExpectedRecords::fromTimeline(out.report.timeline));
    expandResults();
    showFilterCount();
    showSummary(out.report);
    if (out.report.cancelled) {
        emit statusMessage(tr("Diagnosis cancelled: the results cover only what was read before."));
        if (out.report.results.isEmpty())
            m_ui->remediation->showMessage(tr("Diagnosis cancelled"),
                                           tr("No failed response was found before the diagnosis was cancelled."));
    } else if (out.report.results.isEmpty()) {
        showNoResult(out.report);
    } else {
        emit diagnosed(out.report, out.redactedInput);
    }
    selectFirst();
}

void DiagnosePage::showNoResult(const Report &report)
{
    const QString why = report.problems.join(u'\n');
    if (report.format == InputFormat::Binary)
        m_ui->remediation->showMessage(tr("Not a response: binary data"), why);
    else if (report.format == InputFormat::Empty)
        m_ui->remediation->showMessage(tr("The file is empty"), why);
    else
        m_ui->remediation->showMessage(
            tr("No failed API response found"),
            tr("Nothing in this text looks like an error: no HTTP status of 400 or more, no error code, no documented "
               "message. A successful response, or prose, gives no result."));
}

void DiagnosePage::selectFirst()
{
    const QModelIndex first = m_filter->index(0, 0);
    const QModelIndex firstMatch = m_filter->index(0, 0, first);
    if (!first.isValid())
        return;
    // A response seen once: its best candidate; a group of many: the group (its first response's best fit).
    const bool single = m_model->groupSize(m_filter->mapToSource(first)) == 1;
    m_ui->resultsView->setCurrentIndex(single && firstMatch.isValid() ? firstMatch : first);
}

void DiagnosePage::expandResults()
{
    QTreeView *view = m_ui->resultsView;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        // A response seen once opens on its candidates; a group stays closed, its row says what it counts.
        view->setExpanded(index, m_model->groupSize(m_filter->mapToSource(index)) == 1);
    }
}

int DiagnosePage::shownResponses() const
{
    int shown = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown += m_model->groupSize(m_filter->mapToSource(m_filter->index(row, 0)));
    return shown;
}

void DiagnosePage::applyFilter()
{
    m_filter->setSearch(m_ui->resultsFilter->text());
    expandResults();
    showFilterCount();
    if (!m_ui->resultsView->currentIndex().isValid())
        selectFirst();
}

void DiagnosePage::showFilterCount()
{
    QString text;
    if (m_filter->isFiltering()) {
        const int total = m_model->report().responseCount();
        const int shown = shownResponses();
        text = shown == 0 ? tr("No result contains “%1”.").arg(m_ui->resultsFilter->text().trimmed())
                          : tr("%1 of %n response(s)", nullptr, total).arg(shown);
    }
    m_ui->filterCountLabel->setText(text);
    m_ui->filterCountLabel->setVisible(!text.isEmpty());
    m_ui->resultsFilter->setAccessibleDescription(text);
}

bool DiagnosePage::focusFilterIfInResults()
{
    if (!m_ui->resultsView->hasFocus())
        return false;
    m_ui->resultsFilter->setFocus(Qt::ShortcutFocusReason);
    m_ui->resultsFilter->selectAll();
    return true;
}

bool DiagnosePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->resultsFilter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape && !m_ui->resultsFilter->text().isEmpty()) {
            m_ui->resultsFilter->clear();
            return true;
        }
        if (key == Qt::Key_Escape || key == Qt::Key_Down) { // on to the results
            m_ui->resultsView->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DiagnosePage::showSummary(const Report &report)
{
    m_showsEmptyState = false;
    QStringList parts{tr("Read: %1").arg(InputFormats::label(report.format))};
    // Bytes that hold no text hold no response either: what they are is said below, with the problems.
    if (report.format != InputFormat::Binary && report.format != InputFormat::Empty)
        parts << tr("%n error response(s)", nullptr, report.responseCount());
    if (m_model->groupCount() < report.responseCount())
        parts << tr("%n distinct error(s)", nullptr, m_model->groupCount());
    if (report.responseCount() == 1)
        parts << report.results.front().input.facts(true) << report.results.front().input.assembly;
    if (report.redactions > 0)
        parts << tr("%n secret(s) redacted", nullptr, report.redactions);
    QString text = parts.join(QStringLiteral(" \u00b7 "));
    for (const QString &p : report.problems)
        text += u'\n' + p;
    m_ui->summaryLabel->setText(text);
}

void DiagnosePage::showEmptyState()
{
    m_showsEmptyState = true;
    m_ui->summaryLabel->setText(tr("Nothing to diagnose yet."));
    m_ui->remediation->showMessage(
        tr("Paste a failed response"),
        tr("Paste what the customer sent: a JSON error body, curl -v output, a raw HTTP response, a HAR export, log "
           "lines, or just \"403 DOMAINS_GUID_NOT_FOUND\". Secrets such as Authorization headers are removed before "
           "anything is shown. Press \"Try an example\" to see how it works."));
}

void DiagnosePage::showSelection(const QModelIndex &viewIndex)
{
    const QModelIndex index = m_filter->mapToSource(viewIndex);
    const Diagnosis *d = m_model->diagnosisAt(index);
    if (!d)
        return;
    const Match *m = m_model->matchAt(index);
    if (!m && !d->matches.isEmpty())
        m = &d->matches.front();
    if (m)
        m_ui->remediation->showMatch(m_model->report().catalog, *d, *m);
    else
        m_ui->remediation->showDiagnosisWithoutMatch(m_model->report().catalog, *d);
}

void DiagnosePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void DiagnosePage::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().front().isLocalFile())
        openFile(mime->urls().front().toLocalFile());
    else if (mime->hasText())
        setInputText(mime->text());
    event->acceptProposedAction();
}

QString DiagnosePage::exampleText()
{
    return QStringLiteral(
        "> POST /domain-connect/v1/connect-domain HTTP/2\n"
        "> Host: www.wixapis.com\n"
        "> authorization: IST.eyJraWQiOiJleGFtcGxlIn0.eyJkYXRhIjoiZXhhbXBsZSJ9.ZXhhbXBsZS1zaWduYXR1cmU\n"
        "> wix-account-id: 1d2e3f4a-1111-2222-3333-444455556666\n"
        ">\n"
        "< HTTP/2 403\n"
        "< content-type: application/json\n"
        "< x-wix-request-id: 1763471234.5550123456789\n"
        "<\n"
        "{\"message\":\"SiteId: 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b is not permitted to target account.\","
        "\"details\":{\"applicationError\":{\"code\":\"DOMAINS_SITE_NOT_PERMITTED\"}}}\n");
}
