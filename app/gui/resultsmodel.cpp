// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "resultsmodel.h"

#include "roles.h"

// Internal ids: 0 for a response row; 1 + the response's row for a match row beneath it.

ResultsModel::ResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void ResultsModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

const Diagnosis *ResultsModel::diagnosisAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == kTopLevel ? index.row() : int(index.internalId() - 1);
    return row < m_report.results.size() ? &m_report.results.at(row) : nullptr;
}

const Match *ResultsModel::matchAt(const QModelIndex &index) const
{
    const Diagnosis *d = diagnosisAt(index);
    if (!d || index.internalId() == kTopLevel)
        return nullptr;
    return index.row() < d->matches.size() ? &d->matches.at(index.row()) : nullptr;
}

QModelIndex ResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_report.results.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_report.results.at(parent.row()).matches.size());
}

int ResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    const Diagnosis *d = diagnosisAt(index);
    if (!d)
        return {};
    const Match *m = matchAt(index);
    if (role == Roles::ResultIndex)
        return index.internalId() == kTopLevel ? index.row() : int(index.internalId() - 1);
    if (role == Roles::MatchIndex)
        return m ? index.row() : -1;
    if (!m) {
        const ParsedResponse &in = d->input;
        if (role == Qt::DisplayRole && index.column() == Summary) {
            QStringList parts;
            if (!in.location.isEmpty())
                parts << in.location;
            if (in.httpStatus > 0)
                parts << QString::number(in.httpStatus);
            if (!in.code.isEmpty())
                parts << in.code;
            else if (!in.status.isEmpty())
                parts << in.status;
            if (!d->identified())
                parts << tr("no documented error fits");
            return parts.isEmpty() ? tr("Response %1").arg(index.row() + 1) : parts.join(QStringLiteral(" \u00b7 "));
        }
        if (role == Qt::DisplayRole && index.column() == ConfidenceColumn)
            return tr("%n candidate(s)", nullptr, int(d->matches.size()));
        if (role == Qt::ToolTipRole)
            return in.message;
        return {};
    }
    const CatalogEntry &e = *m->entry;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Summary) {
            // The endpoint tells apart entries that share a code, such as the same error of several endpoints.
            return QStringLiteral("%1 %2 \u2014 %3 \u00b7 %4")
                .arg(QString::number(e.httpStatus), e.code.isEmpty() ? e.status : e.code, e.title, e.endpoint.name);
        }
        return QStringLiteral("%1 %2").arg(confidenceName(m->level), QString::number(m->confidence, 'f', 2));
    case Qt::ToolTipRole:
        return m->reasons.join(u'\n');
    case Qt::AccessibleTextRole:
        return tr("%1, %2 match, confidence %3").arg(e.title, confidenceName(m->level)).arg(m->confidence);
    case Roles::EntryId:
        return e.id;
    case Roles::Confidence:
        return m->confidence;
    case Roles::ConfidenceWord:
        return confidenceName(m->level);
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Summary ? tr("Error") : tr("Match");
}
