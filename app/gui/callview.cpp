// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "callview.h"

#include "redactor.h"
#include "timelinemodel.h"

#include <QBuffer>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {

QPlainTextEdit *readOnlyText(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

CallView::CallView(QWidget *parent)
    : QWidget(parent), m_heading(plainLabel(this)), m_requestLabel(plainLabel(this)), m_request(readOnlyText(this)),
      m_responseLabel(plainLabel(this)), m_response(readOnlyText(this)), m_problem(plainLabel(this)),
      m_showInInput(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_showInInput);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    for (const auto &[label, text] : {std::pair{m_requestLabel, m_request}, std::pair{m_responseLabel, m_response}}) {
        auto *pane = new QWidget(split);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        paneLayout->addWidget(label);
        paneLayout->addWidget(text);
        label->setBuddy(text);
        split->addWidget(pane);
    }
    layout->addWidget(split, 1);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path or request id has no place to wrap: it is cut rather than widening the window.
    for (QLabel *label : {m_heading, m_problem})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problem->hide();
    connect(m_showInInput, &QPushButton::clicked, this, [this] {
        if (m_hasCall)
            emit showInInputRequested(m_call);
    });
    connect(&m_watcher, &QFutureWatcher<CallDetails>::finished, this, [this] { showDetails(m_watcher.result()); });
    retranslate();
    clear();
}

CallView::~CallView()
{
    m_watcher.waitForFinished();
}

void CallView::retranslate()
{
    m_requestLabel->setText(tr("Request"));
    m_responseLabel->setText(tr("Response"));
    m_request->setAccessibleName(tr("Request"));
    m_response->setAccessibleName(tr("Response"));
    m_showInInput->setText(tr("Show in input"));
    m_showInInput->setToolTip(tr("Select this call where it stands in the input"));
    m_showInInput->setAccessibleDescription(m_showInInput->toolTip());
    if (!m_hasCall)
        m_heading->setText(tr("Choose a call in the timeline to see its request and response."));
    else
        m_heading->setText(TimelineModel::rowText(m_call));
}

void CallView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallView::clear()
{
    m_hasCall = false;
    m_request->clear();
    m_response->clear();
    m_problem->hide();
    m_showInInput->setEnabled(false);
    retranslate();
}

void CallView::showCall(const TimelineCall &call, const Source &source)
{
    m_call = call;
    m_hasCall = true;
    m_heading->setText(TimelineModel::rowText(call));
    m_heading->setAccessibleName(m_heading->text());
    m_showInInput->setEnabled(true);
    m_problem->hide();
    m_request->setPlainText(tr("Reading\u2026"));
    m_response->clear();
    // The last choice wins: the watcher hears only of the read it was given last.
    m_watcher.setFuture(QtConcurrent::run([call, source] { return read(call, source); }));
}

void CallView::showDetails(const CallDetails &details)
{
    m_request->setPlainText(details.request);
    m_response->setPlainText(details.response);
    m_problem->setText(details.problem);
    m_problem->setVisible(!details.problem.isEmpty());
}

QString CallView::requestText() const
{
    return m_request->toPlainText();
}

QString CallView::responseText() const
{
    return m_response->toPlainText();
}

CallDetails CallView::readLine(const TimelineCall &call, const Source &source)
{
    const int lastLine = qMax(call.location.last, call.location.first);
    QString lines;
    if (!source.largeFile.isEmpty()) {
        QFile file(source.largeFile);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, {}, tr("Cannot read %1: %2").arg(source.largeFile, file.errorString())};
        bool found = false;
        bool cut = false;
        lines = CallInspector::readLogLines(&file, call.location.first, lastLine, &found, &cut);
        if (!found)
            return {{}, {}, tr("The file changed since it was read: this call is no longer where it was.")};
        if (cut)
            lines += u'\n' + tr("(cut: the lines are longer than can be shown here)");
    } else {
        lines = linesOf(source.text, call.location.first, lastLine);
        if (lines.isNull())
            return {{}, {}, tr("The input changed since it was read: this call is no longer where it was.")};
    }
    // A log line holds the request and the response together: it is shown once, as the response.
    return {
        tr("(the log line holds the request and the response: see the response)"), Redactor::redact(lines).text, {}};
}

// Lines first to last of text, or a null string when text has fewer lines.
QString CallView::linesOf(QStringView text, int first, int last)
{
    qsizetype start = 0;
    for (int line = 1; line < first && start >= 0; ++line) {
        start = text.indexOf(u'\n', start);
        start = start < 0 ? -1 : start + 1;
    }
    if (start < 0 || text.isEmpty())
        return {};
    qsizetype end = start;
    for (int line = first; line <= last && end >= 0; ++line)
        end = text.indexOf(u'\n', line == first ? end : end + 1);
    return text.mid(start, end < 0 ? -1 : end - start).toString();
}

CallDetails CallView::read(const TimelineCall &call, const Source &source)
{
    if (call.location.kind == Location::Kind::Line || call.location.kind == Location::Kind::Lines)
        return readLine(call, source);
    if (!source.largeFile.isEmpty()) {
        QFile file(source.largeFile);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, {}, tr("Cannot read %1: %2").arg(source.largeFile, file.errorString())};
        return CallInspector::readHarEntry(&file, call.sourceOffset, call.sourceSize);
    }
    // The editor shows the input redacted, so the call's place in what was read may have moved: it is found again.
    const QByteArray utf8 = source.text.toUtf8();
    qint64 offset = 0;
    qint64 size = 0;
    if (!CallInspector::findHarEntry(utf8, call.location.first, &offset, &size))
        return {{}, {}, tr("The input changed since it was read: this call is no longer where it was.")};
    QBuffer buffer;
    buffer.setData(utf8);
    buffer.open(QIODevice::ReadOnly);
    return CallInspector::readHarEntry(&buffer, offset, size);
}
