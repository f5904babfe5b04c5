// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "timelinemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_flows(new QLabel), m_callsLabel(new QLabel), m_calls(new QTreeView),
      m_model(new TimelineModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The verdicts scroll on their own: at 800x600 the calls keep most of the height.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the verdicts inside take the focus
    scroll->setWidget(m_flows);
    m_flows->setObjectName(QStringLiteral("flowVerdicts"));
    m_calls->setObjectName(QStringLiteral("timelineCalls"));
    m_flows->setTextFormat(Qt::PlainText); // flow titles and step names are catalog text: never markup
    m_flows->setWordWrap(true);
    m_flows->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_flows->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_flows->setFocusPolicy(Qt::StrongFocus);
    auto *calls = new QWidget;
    auto *callsLayout = new QVBoxLayout(calls);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    callsLayout->addWidget(m_callsLabel);
    callsLayout->addWidget(m_calls);
    m_callsLabel->setBuddy(m_calls);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(scroll);
    split->addWidget(calls);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);

    m_calls->setModel(m_model);
    m_calls->setRootIsDecorated(false);
    m_calls->setUniformRowHeights(true);
    m_calls->setAlternatingRowColors(true);
    m_calls->setAllColumnsShowFocus(true);
    m_calls->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_calls->header()->setStretchLastSection(true);
    connect(m_calls->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentCallChanged(m_model->callAt(current)); });
    retranslate();
}

bool TimelineView::shows(const Report &report)
{
    // As the text report: more than one call, or a call that stands in a documented flow.
    return report.timeline.calls().size() > 1 || report.timeline.callCount() > 1 || !report.flows.isEmpty();
}

void TimelineView::setReport(const Report &report)
{
    m_model->setTimeline(report.timeline);
    m_flowResults = report.flows;
    retranslate();
}

QString TimelineView::flowText(const FlowResult &flow)
{
    // The verdict first: at 800x600 it is what shows without scrolling.
    QStringList lines{tr("Flow: %1").arg(flow.title), tr("Verdict: %1").arg(flow.verdict)};
    for (qsizetype i = 0; i < flow.steps.size(); ++i) {
        const StepResult &s = flow.steps.at(i);
        QString line = tr("%1. %2: %3").arg(QString::number(i + 1), s.name, FlowAnalysis::stateLabel(s.state));
        if (s.calls > 1)
            line += u' ' + tr("(%n call(s))", nullptr, s.calls);
        lines << line;
    }
    return lines.join(u'\n');
}

QString TimelineView::flowsText() const
{
    return m_flows->text();
}

void TimelineView::retranslate()
{
    QStringList blocks;
    for (const FlowResult &f : m_flowResults)
        blocks << flowText(f);
    m_flows->setText(blocks.isEmpty() ? tr("These calls follow none of the documented flows.")
                                      : blocks.join(QStringLiteral("\n\n")));
    m_flows->setAccessibleName(tr("Flow verdicts"));
    m_flows->setAccessibleDescription(m_flows->text());
    const Timeline &t = m_model->timeline();
    m_callsLabel->setText(
        tr("Calls: %n Wix call(s)", nullptr, t.callCount()) +
        (t.droppedRows() > 0 ? QString(u' ' + tr("(%n more not listed)", nullptr, t.droppedRows())) : QString()));
    m_calls->setAccessibleName(tr("Calls"));
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
