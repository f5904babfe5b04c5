// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QAbstractItemModel>

// A report as a tree: one row per error found, its candidate entries ranked beneath it. Responses that are the
// same error (ResultGroups) are one row that counts them and says what differs between them.
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
    // How many responses a top-level row stands for (1 for a response seen once); 0 below the top.
    int groupSize(const QModelIndex &index) const;
    int groupCount() const { return int(m_report.results.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "525 identical responses", "66 responses · same error · 3 domains": what a group's row says of its count.
    static QString groupCountText(const ResponseGroup &group);
    // The request all rows share (shown in the header, not on each row); empty when they differ or are alone.
    const QString &sharedRequest() const { return m_sharedRequest; }

private:
    QVariant responseData(int result, const QModelIndex &index, int role) const;
    QVariant groupData(int result, const QModelIndex &index, int role) const;
    QVariant candidateData(const Diagnosis &diagnosis, const Match &match, const QModelIndex &index, int role) const;
    QStringList responseParts(const ParsedResponse &in, bool where) const;
    QString fullText(const QString &summary, const QString &detail) const;
    static QString matchSummary(const Diagnosis &diagnosis, const CatalogEntry &entry);

    // Internal ids: 0 on a top-level row; 1 + the result on its candidates.
    static constexpr quintptr kTopLevel = 0;
    Report m_report;
    // The request every top-level row answered, when they all answered the same one: said once, in the header.
    QString m_sharedRequest;
};
