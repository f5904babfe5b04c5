// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QWidget>

class QLabel;
class QTreeView;
class TimelineModel;
struct TimelineCall;

// The Timeline beside the Results: the documented flows the input's calls follow, each step's state and the
// verdict tied to the step that broke, above every Wix call of the input in order.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setReport(const Report &report);
    // Whether the report is worth a timeline: more than one call, or one that a documented flow names.
    static bool shows(const Report &report);
    QString flowsText() const;
    QTreeView *callsView() const { return m_calls; }
    TimelineModel *model() const { return m_model; }

signals:
    void currentCallChanged(const TimelineCall *call);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString flowText(const FlowResult &flow);

    QLabel *m_flows;
    QLabel *m_callsLabel;
    QTreeView *m_calls;
    TimelineModel *m_model;
    QList<FlowResult> m_flowResults;
};
