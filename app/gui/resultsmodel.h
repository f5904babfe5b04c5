// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QAbstractItemModel>

// A report as a tree: one row per failed response found, its candidate entries ranked beneath it.
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
    static QString matchSummary(const Diagnosis &diagnosis, const CatalogEntry &entry);
    static constexpr quintptr kTopLevel = 0;
    Report m_report;
};
