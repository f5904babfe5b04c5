// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "resultsmodel.h"

#include "plaintext.h"
#include "roles.h"
#include "translations.h"

#include <QUrl>

ResultsModel::ResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void ResultsModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    m_groups = ResultGroups::of(m_report);
    m_groupOf.fill(0, m_report.results.size());
    m_rowInGroup.fill(0, m_report.results.size());
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int> &members = m_groups.at(g).members;
        for (int row = 0; row < members.size(); ++row) {
            m_groupOf[members.at(row)] = g;
            m_rowInGroup[members.at(row)] = row;
        }
    }
    endResetModel();
}

ResultsModel::Node ResultsModel::nodeAt(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    Node n;
    if (id == kTopLevel) {
        n.group = index.row();
        n.result = m_groups.at(n.group).members.front();
    } else if (id < kBelowResponse) {
        n.group = int(id - 1);
        if (isGroupOfMany(n.group)) {
            n.kind = Kind::Response;
            n.result = m_groups.at(n.group).members.at(index.row());
        } else {
            n.kind = Kind::Candidate;
            n.result = m_groups.at(n.group).members.front();
            n.match = index.row();
        }
    } else {
        n.kind = Kind::Candidate;
        n.result = int(id - kBelowResponse);
        n.group = m_groupOf.at(n.result);
        n.match = index.row();
    }
    return n;
}

const Diagnosis *ResultsModel::diagnosisAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_report.results.at(nodeAt(index).result);
}

const Match *ResultsModel::matchAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Node n = nodeAt(index);
    if (n.kind != Kind::Candidate)
        return nullptr;
    const Diagnosis &d = m_report.results.at(n.result);
    return n.match < d.matches.size() ? &d.matches.at(n.match) : nullptr;
}

int ResultsModel::groupSize(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != kTopLevel)
        return 0;
    return int(m_groups.at(index.row()).members.size());
}

QModelIndex ResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    if (parent.internalId() == kTopLevel)
        return createIndex(row, column, quintptr(parent.row()) + 1);
    // Beneath a response of a group of many: its candidates.
    return createIndex(row, column, kBelowResponse + quintptr(nodeAt(parent).result));
}

QModelIndex ResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    if (child.internalId() < kBelowResponse)
        return createIndex(int(child.internalId() - 1), 0, kTopLevel);
    const int result = int(child.internalId() - kBelowResponse);
    return createIndex(m_rowInGroup.at(result), 0, quintptr(m_groupOf.at(result)) + 1);
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const Node n = nodeAt(parent);
    switch (n.kind) {
    case Kind::Group:
        return int(isGroupOfMany(n.group) ? m_groups.at(n.group).members.size()
                                          : m_report.results.at(n.result).matches.size());
    case Kind::Response:
        return int(m_report.results.at(n.result).matches.size());
    case Kind::Candidate:
        break;
    }
    return 0;
}

int ResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Node n = nodeAt(index);
    const Diagnosis &d = m_report.results.at(n.result);
    if (role == Roles::ResultIndex)
        return n.result;
    if (role == Roles::MatchIndex)
        return n.match;
    switch (n.kind) {
    case Kind::Group:
        return isGroupOfMany(n.group) ? groupData(n.group, index, role) : responseData(n.result, index, role);
    case Kind::Response:
        return responseData(n.result, index, role);
    case Kind::Candidate:
        break;
    }
    return n.match < d.matches.size() ? candidateData(d, d.matches.at(n.match), index, role) : QVariant();
}

// "line 12 · GET /domains/v1/… · 404 · DOMAIN_NOT_FOUND": where is the place in the input and the request.
QStringList ResultsModel::responseParts(const ParsedResponse &in, bool where)
{
    QStringList parts;
    if (where && !in.location.isWhole())
        parts << in.location.label();
    if (where && !requestLine(in).isEmpty()) // which request of a HAR or log this is
        parts << requestLine(in);
    if (in.httpStatus > 0)
        parts << QString::number(in.httpStatus);
    if (!in.code.isEmpty())
        parts << in.code;
    else if (!in.status.isEmpty())
        parts << in.status;
    return parts;
}

QVariant ResultsModel::responseData(int result, const QModelIndex &index, int role) const
{
    const Diagnosis &d = m_report.results.at(result);
    const ParsedResponse &in = d.input;
    if ((role == Qt::DisplayRole || role == Roles::SearchText) && index.column() == Summary) {
        QStringList parts = responseParts(in, true);
        if (!d.identified())
            parts << tr("no documented error fits");
        QString text = parts.isEmpty() ? tr("Response %1").arg(result + 1) : parts.join(QStringLiteral(" \u00b7 "));
        if (role == Roles::SearchText) // what a filter finds it by: the text it was read from too (secrets removed)
            text += u'\n' + in.message + u'\n' + in.url + u'\n' + in.requestId + u'\n' + in.text;
        return text;
    }
    if (role == Qt::DisplayRole && index.column() == ConfidenceColumn)
        return tr("%n candidate(s)", nullptr, int(d.matches.size()));
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(in.message);
    return {};
}

QVariant ResultsModel::groupData(int group, const QModelIndex &index, int role) const
{
    const QList<int> &members = m_groups.at(group).members;
    const Diagnosis &d = m_report.results.at(members.front());
    const int count = int(members.size());
    if ((role == Qt::DisplayRole || role == Roles::SearchText || role == Qt::AccessibleTextRole) &&
        index.column() == Summary) {
        QStringList parts = responseParts(d.input, false);
        const QString request = requestLine(d.input);
        bool oneRequest = !request.isEmpty();
        for (int i = 1; oneRequest && i < members.size(); ++i)
            oneRequest = requestLine(m_report.results.at(members.at(i)).input) == request;
        if (oneRequest) // the same call failing again and again
            parts.prepend(request);
        QString text = parts.join(QStringLiteral(" \u00b7 "));
        text += QStringLiteral(" \u2014 ") + (d.identified()
                                                  ? d.matches.front().entry->localized(Translations::current()).title
                                                  : tr("no documented error fits"));
        if (role == Qt::AccessibleTextRole)
            return tr("%1, seen %n time(s)", nullptr, count).arg(text);
        if (role == Roles::SearchText)
            text += u'\n' + d.input.message;
        return text;
    }
    if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == ConfidenceColumn)
        return tr("%n identical response(s)", nullptr, count);
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(d.input.message);
    return {};
}

QVariant ResultsModel::candidateData(const Diagnosis &d, const Match &m, const QModelIndex &index, int role) const
{
    const CatalogEntry &e = *m.entry;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Summary)
            return matchSummary(d, e);
        return QStringLiteral("%1 %2").arg(confidenceName(m.level), QString::number(m.confidence, 'f', 2));
    case Qt::ToolTipRole:
        return PlainText::toolTip(m.reasons.join(u'\n'));
    case Qt::AccessibleTextRole: // each cell says its own part: the error, or how sure the match is
        if (index.column() == Summary)
            return matchSummary(d, e);
        return tr("%1 match, confidence %2").arg(confidenceName(m.level), QString::number(m.confidence, 'f', 2));
    case Roles::SearchText:
        return index.column() == Summary ? QVariant(QString(matchSummary(d, e) + u'\n' + e.id)) : QVariant();
    case Roles::EntryId:
        return e.id;
    case Roles::Confidence:
        return m.confidence;
    case Roles::ConfidenceWord:
        return confidenceName(m.level);
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
