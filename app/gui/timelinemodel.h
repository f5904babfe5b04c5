// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "timeline.h"

#include <QAbstractTableModel>

// The timeline of an input as a table: one row per Wix call, a polled call folded into one row as the text report
// folds it. Everything shown is plain text read from the input (redacted when the timeline was built).
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { Time, Status, Call, Duration, RequestId, Details, ColumnCount }; // the status stays in sight

    explicit TimelineModel(QObject *parent = nullptr);

    void setTimeline(const Timeline &timeline);
    const Timeline &timeline() const { return m_timeline; }
    const TimelineCall *callAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a call's row says after its status: the fold, a failure's code and catalog entry, a success's facts.
    static QString details(const TimelineCall &call);
    // The whole row in one sentence, for a screen reader.
    static QString rowText(const TimelineCall &call);

private:
    static QString durationText(const TimelineCall &call);
    QString cellText(const TimelineCall &call, int column) const;

    Timeline m_timeline;
};
