// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include <QLocale>

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimelineModel::setTimeline(const Timeline &timeline)
{
    beginResetModel();
    m_timeline = timeline;
    endResetModel();
}

const TimelineCall *TimelineModel::callAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_timeline.calls().size())
        return nullptr;
    return &m_timeline.calls().at(index.row());
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.calls().size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::durationText(const TimelineCall &call)
{
    if (call.durationMs < 0)
        return {};
    return tr("%1 ms").arg(QLocale().toString(call.durationMs, 'f', 0));
}

QString TimelineModel::details(const TimelineCall &call)
{
    QStringList parts;
    if (call.count > 1)
        parts << call.foldLabel();
    if (!call.code.isEmpty())
        parts << call.code;
    if (!call.entry.isEmpty())
        parts << QStringLiteral("\u2192 ") + call.entry;
    if (!call.facts.isEmpty())
        parts << call.factsText();
    return parts.join(u' ');
}

QString TimelineModel::rowText(const TimelineCall &call)
{
    QStringList parts{call.clockTime(), QString(call.method + u' ' + call.path), tr("HTTP %1").arg(call.status)};
    if (const QString d = durationText(call); !d.isEmpty())
        parts << d;
    if (!call.requestId.isEmpty())
        parts << tr("request ID %1").arg(call.requestId);
    if (const QString d = details(call); !d.isEmpty())
        parts << d;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString TimelineModel::cellText(const TimelineCall &call, int column) const
{
    switch (column) {
    case Time:
        return call.clockTime();
    case Call:
        return QString(call.method + u' ' + call.path);
    case Status:
        return QString::number(call.status);
    case Duration:
        return durationText(call);
    case RequestId:
        return call.requestId;
    case Details:
        return details(call);
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const TimelineCall *call = callAt(index);
    if (!call)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*call, index.column());
    case Qt::AccessibleTextRole:
        // The first cell names the whole call; the others their own value, or a word when empty.
        if (index.column() == Time)
            return rowText(*call);
        return cellText(*call, index.column()).isEmpty() ? tr("none") : cellText(*call, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Call:
        return tr("Call");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case RequestId:
        return tr("Request ID");
    case Details:
        return tr("Entry or facts");
    }
    return {};
}
