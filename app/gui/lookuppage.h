// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnoser.h"
#include "historyfile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LookupPage;
}
class QComboBox;
class QSplitter;
class RemediationView;
class ResultsModel;

// Pick a status and a code from lists built from the catalog (the status narrows the codes, typing filters them)
// and see every entry that fits.
class LookupPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupPage)

public:
    explicit LookupPage(QWidget *parent = nullptr);
    ~LookupPage() override;

    void setDiagnoser(std::shared_ptr<const Diagnoser> diagnoser);
    RemediationView *remediation() const;
    QSplitter *splitter() const;
    QComboBox *statusCombo() const;
    QComboBox *codeCombo() const;
    ResultsModel *resultsModel() const { return m_model; }

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCodes();
    void runQuery();
    void acceptOnlyCode();
    QList<HistoryItem> history() const;
    int codesContaining(const QString &text) const; // as the completer offers them
    void showSelection(const QModelIndex &index);

    std::unique_ptr<Ui::LookupPage> m_ui;
    std::shared_ptr<const Diagnoser> m_diagnoser;
    ResultsModel *m_model;
};
