// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The Diagnose page's Timeline tab: every Wix call of the input and the flow verdicts, and beside them the call
// chosen, read again from the input.
#include "diagnosepage.h"

#include "callview.h"
#include "inputlocator.h"
#include "remediationview.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "ui_diagnosepage.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QTreeView>

void DiagnosePage::setUpTimeline()
{
    // Children of the page from the start, so that their place in the focus chain is the page's.
    m_timelineView = new TimelineView(this);
    m_ui->resultsTabs->addTab(m_timelineView, tr("Timeline"));
    m_ui->resultsTabs->setTabVisible(1, false);
    m_answerStack = new QStackedWidget(this);
    m_callView = new CallView(m_answerStack);
    const QList<int> sizes = m_ui->splitter->sizes();
    m_ui->splitter->replaceWidget(m_ui->splitter->indexOf(m_ui->remediation), m_answerStack);
    m_answerStack->addWidget(m_ui->remediation);
    m_answerStack->addWidget(m_callView);
    m_ui->splitter->setSizes(sizes);
    connect(m_ui->resultsTabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_answerStack->setCurrentWidget(index == 1 ? static_cast<QWidget *>(m_callView) : m_ui->remediation);
    });
    connect(m_ui->resultsTabs, &QTabWidget::tabBarClicked, this, [this](int index) { m_preferTimeline = index == 1; });
    connect(m_timelineView, &TimelineView::currentCallChanged, this, &DiagnosePage::inspect);
    connect(m_callView, &CallView::showInInputRequested, this, &DiagnosePage::showInInput);
    connect(m_callView, &CallView::statusMessage, this, &DiagnosePage::statusMessage);
}

void DiagnosePage::showTimelineOf(const Report &report)
{
    m_timelineView->setReport(report);
    m_callView->clear();
    const bool shown = TimelineView::shows(report);
    if (!shown)
        m_ui->resultsTabs->setCurrentIndex(0);
    m_ui->resultsTabs->setTabVisible(1, shown);
    // One tab is no choice: the bar takes the focus only with the Timeline (the Results keep their own label).
    m_ui->resultsTabs->tabBar()->setFocusPolicy(shown ? Qt::TabFocus : Qt::NoFocus);
    if (shown && m_preferTimeline)
        m_ui->resultsTabs->setCurrentIndex(1);
    m_ui->remediation->setFlowSource(report.timeline,
                                     m_diagnoser ? m_diagnoser->catalog().flows() : QList<FlowDefinition>());
    if (shown && showsTimeline())
        m_timelineView->callsView()->setCurrentIndex(m_timelineView->model()->index(0, 0));
}

bool DiagnosePage::hasTimeline() const
{
    return m_ui->resultsTabs->isTabVisible(1);
}

bool DiagnosePage::showsTimeline() const
{
    return m_ui->resultsTabs->currentIndex() == 1;
}

bool DiagnosePage::showTimeline(bool show)
{
    if (show && !hasTimeline()) {
        emit statusMessage(
            tr("This input has no timeline: it holds fewer than two Wix calls and follows no documented flow."));
        return false;
    }
    m_preferTimeline = show;
    m_ui->resultsTabs->setCurrentIndex(show ? 1 : 0);
    QTreeView *view = show ? m_timelineView->callsView() : m_ui->resultsView;
    if (show && !view->currentIndex().isValid())
        view->setCurrentIndex(m_timelineView->model()->index(0, 0));
    view->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void DiagnosePage::inspect(const TimelineCall *call)
{
    if (!call) {
        m_callView->clear();
        return;
    }
    m_callView->showCall(*call, {m_largeFile.isEmpty() ? m_ui->inputEdit->toPlainText() : QString(), m_largeFile});
}

void DiagnosePage::showInInput(const TimelineCall &call)
{
    if (!m_largeFile.isEmpty()) {
        emit statusMessage(tr("The input is a file too large to show in the editor: this call is %1 of it.")
                               .arg(call.location.label()));
        return;
    }
    if (!InputLocator::select(m_ui->inputEdit, call)) {
        emit statusMessage(tr("This call is no longer in the input: the text changed since it was read."));
        return;
    }
    m_ui->inputEdit->setFocus(Qt::OtherFocusReason);
    emit statusMessage(tr("Selected %1 in the input.").arg(call.location.label()));
}
