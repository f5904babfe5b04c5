// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"
#include "resultgroups.h"

#include <QAbstractItemModel>

// A report as a tree: one row per failed response found, its candidate entries ranked beneath it. Identical
// responses (ResultGroups) share one row that counts them; beneath it, one row per response (where it was found,
// its request), each with its candidates.
class ResultsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    enum Column { Summary, ConfidenceColumn, ColumnCount };

    explicit ResultsModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    // The diagnosis and match behind an index (match is null on a response row).
    const Diagnosis *diagnosisAt(const QModelIndex &index) const;
    const Match *matchAt(const QModelIndex &index) const;
    // How many identical responses a top-level row stands for (1 for a response seen once); 0 below the top.
    int groupSize(const QModelIndex &index) const;
    int groupCount() const { return int(m_groups.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "GET /domains/v1/connected-domains/a.com": the request a response answered, empty when unknown.
    static QString requestLine(const ParsedResponse &in);
    static QString endpointOf(const CatalogEntry &e); // "POST /path", or the name where no path is documented

private:
    enum class Kind { Group, Response, Candidate };
    struct Node
    {
        Kind kind = Kind::Group;
        int group = -1;
        int result = -1; // in Report::results
        int match = -1;  // in the result's matches, on a candidate row
    };
    Node nodeAt(const QModelIndex &index) const; // the index must be valid and of this model
    bool isGroupOfMany(int group) const { return m_groups.at(group).members.size() > 1; }
    QVariant responseData(int result, const QModelIndex &index, int role) const;
    QVariant groupData(int group, const QModelIndex &index, int role) const;
    QVariant candidateData(const Diagnosis &diagnosis, const Match &match, const QModelIndex &index, int role) const;
    static QStringList responseParts(const ParsedResponse &in, bool where);
    static QString matchSummary(const Diagnosis &diagnosis, const CatalogEntry &entry);

    // Internal ids: 0 on a top-level row; 1 + the group on the rows beneath it; kBelowResponse + the result on
    // the candidates of a response in a group of many.
    static constexpr quintptr kTopLevel = 0;
    static constexpr quintptr kBelowResponse = quintptr(1) << 31;
    Report m_report;
    QList<ResultGroups::Group> m_groups;
    QList<int> m_groupOf;    // per result
    QList<int> m_rowInGroup; // per result
};
