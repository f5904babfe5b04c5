// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "resultsmodel.h"

#include "roles.h"
#include "translations.h"

#include <QUrl>

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
            if (!in.location.isWhole())
                parts << in.location.label();
            if (!requestLine(in).isEmpty()) // which request of a HAR or log this is
                parts << requestLine(in);
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
        if (index.column() == Summary)
            return matchSummary(*d, e);
        return QStringLiteral("%1 %2").arg(confidenceName(m->level), QString::number(m->confidence, 'f', 2));
    case Qt::ToolTipRole:
        return m->reasons.join(u'\n');
    case Qt::AccessibleTextRole: // each cell says its own part: the error, or how sure the match is
        if (index.column() == Summary)
            return matchSummary(*d, e);
        return tr("%1 match, confidence %2").arg(confidenceName(m->level), QString::number(m->confidence, 'f', 2));
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

QString ResultsModel::requestLine(const ParsedResponse &in)
{
    if (in.method.isEmpty() && in.url.isEmpty())
        return {};
    // The path says which call it was; the host is nearly always www.wixapis.com.
    const QUrl url(in.url);
    const QString where = url.isValid() && !url.path().isEmpty() ? url.path() : in.url;
    return QString(in.method + u' ' + where).trimmed();
}

QString ResultsModel::endpointOf(const CatalogEntry &e)
{
    return e.endpoint.path.isEmpty() ? e.endpoint.name
                                     : QStringLiteral("%1 %2").arg(e.endpoint.method, e.endpoint.path);
}

QString ResultsModel::matchSummary(const Diagnosis &d, const CatalogEntry &e)
{
    const QString head =
        QStringLiteral("%1 %2").arg(QString::number(e.httpStatus), e.code.isEmpty() ? e.status : e.code);
    // Candidates that share status, code and title differ only by endpoint: that goes before the title, where
    // a narrow column does not cut it off.
    int twins = 0;
    for (const Match &other : d.matches) {
        if (other.entry->httpStatus == e.httpStatus && other.entry->code == e.code && other.entry->title == e.title)
            ++twins;
    }
    const QString title = e.localized(Translations::current()).title;
    if (twins > 1)
        return QStringLiteral("%1 \u00b7 %2 \u2014 %3").arg(head, endpointOf(e), title);
    return QStringLiteral("%1 \u2014 %2 \u00b7 %3").arg(head, title, e.endpoint.name);
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Summary ? tr("Error") : tr("Match");
}
