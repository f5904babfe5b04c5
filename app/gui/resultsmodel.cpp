// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "resultsmodel.h"

#include "diagnosisfile.h"
#include "plaintext.h"
#include "resultgroups.h"
#include "roles.h"
#include "translations.h"

ResultsModel::ResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void ResultsModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    m_sharedRequest.clear();
    if (m_report.results.size() > 1) {
        m_sharedRequest = DiagnosisFile::requestLine(m_report.results.front().input);
        for (const Diagnosis &d : std::as_const(m_report.results)) {
            if (DiagnosisFile::requestLine(d.input) != m_sharedRequest)
                m_sharedRequest.clear();
        }
    }
    endResetModel();
}

const Diagnosis *ResultsModel::diagnosisAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int result = index.internalId() == kTopLevel ? index.row() : int(index.internalId() - 1);
    return &m_report.results.at(result);
}

const Match *ResultsModel::matchAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kTopLevel)
        return nullptr;
    const Diagnosis &d = m_report.results.at(int(index.internalId() - 1));
    return index.row() < d.matches.size() ? &d.matches.at(index.row()) : nullptr;
}

int ResultsModel::groupSize(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != kTopLevel)
        return 0;
    return m_report.results.at(index.row()).group.count;
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
    if (!index.isValid() || index.model() != this)
        return {};
    const bool top = index.internalId() == kTopLevel;
    const int result = top ? index.row() : int(index.internalId() - 1);
    const Diagnosis &d = m_report.results.at(result);
    if (role == Roles::ResultIndex)
        return result;
    if (role == Roles::MatchIndex)
        return top ? -1 : index.row();
    if (top)
        return d.group.count > 1 ? groupData(result, index, role) : responseData(result, index, role);
    return index.row() < d.matches.size() ? candidateData(d, d.matches.at(index.row()), index, role) : QVariant();
}

// "404 · DOMAIN_NOT_FOUND · line 12 · GET /domains/v1/…": what tells rows apart leads, so a narrow column cuts
// the place and the request, never the status and code; a request every row shares is said once, in the header.
QStringList ResultsModel::responseParts(const ParsedResponse &in, bool where) const
{
    QStringList parts;
    if (in.httpStatus > 0)
        parts << QString::number(in.httpStatus);
    if (!in.code.isEmpty())
        parts << in.code;
    else if (!in.status.isEmpty())
        parts << in.status;
    if (where && !in.location.isWhole())
        parts << in.location.label();
    const QString request = DiagnosisFile::requestLine(in);
    if (where && !request.isEmpty() && request != m_sharedRequest) // which request of a HAR or log this is
        parts << request;
    return parts;
}

// A row's text in full, with what its tooltip says: a screen reader reads it as the row's description, so a row
// cut short on screen is still read whole by keyboard.
QString ResultsModel::fullText(const QString &summary, const QString &detail) const
{
    QString text = summary;
    if (!m_sharedRequest.isEmpty())
        text += QStringLiteral(" \u00b7 ") + m_sharedRequest;
    if (!detail.trimmed().isEmpty())
        text += QStringLiteral(". ") + detail.trimmed();
    return text;
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
    if (role == Qt::AccessibleDescriptionRole && index.column() == Summary)
        return fullText(responseData(result, index, Qt::DisplayRole).toString(), in.message);
    return {};
}

QString ResultsModel::groupCountText(const ResponseGroup &group)
{
    if (group.identical())
        return tr("%n identical response(s)", nullptr, group.count);
    return tr("%n response(s) · same error · %1", nullptr, group.count).arg(ResultGroups::differenceLabel(group));
}

QVariant ResultsModel::groupData(int result, const QModelIndex &index, int role) const
{
    const Diagnosis &d = m_report.results.at(result);
    const int count = d.group.count;
    if ((role == Qt::DisplayRole || role == Roles::SearchText || role == Qt::AccessibleTextRole) &&
        index.column() == Summary) {
        QStringList parts = responseParts(d.input, false);
        const QString request = DiagnosisFile::requestLine(d.input);
        if (!request.isEmpty() && d.group.oneRequest && request != m_sharedRequest) // the same call again and again
            parts << request;
        QString text = parts.join(QStringLiteral(" \u00b7 "));
        text += QStringLiteral(" \u2014 ") + (d.identified()
                                                  ? d.matches.front().entry->localized(Translations::current()).title
                                                  : tr("no documented error fits"));
        if (role == Qt::AccessibleTextRole)
            return tr("%1, seen %n time(s)", nullptr, count).arg(text);
        if (role == Roles::SearchText) { // found by any of its values too
            text += u'\n' + d.input.message;
            for (const CapturedValues &v : d.group.values)
                text += u'\n' + ResultGroups::valuesText(v);
        }
        return text;
    }
    if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == ConfidenceColumn)
        return groupCountText(d.group);
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(d.input.message);
    if (role == Qt::AccessibleDescriptionRole && index.column() == Summary)
        return fullText(groupData(result, index, Qt::DisplayRole).toString(), d.input.message);
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
    case Qt::AccessibleDescriptionRole: // the reasons, which the tooltip alone would keep from the keyboard
        return index.column() == Summary ? QVariant(matchSummary(d, e) + QStringLiteral(". ") + m.reasons.join(u' '))
                                         : QVariant();
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
        return QStringLiteral("%1 \u00b7 %2 \u2014 %3").arg(head, DiagnosisFile::endpointOf(e), title);
    return QStringLiteral("%1 \u2014 %2 \u00b7 %3").arg(head, title, e.endpoint.name);
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section != Summary)
        return tr("Match");
    if (m_sharedRequest.isEmpty())
        return tr("Error");
    const QString text = tr("Errors of %1").arg(m_sharedRequest);
    return role == Qt::ToolTipRole ? QVariant(PlainText::toolTip(text)) : QVariant(text);
}
