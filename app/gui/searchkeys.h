// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QLineEdit;

// What every search box does with the list it filters, as a person at the keyboard expects: Down or Page Down
// moves into the list (to its current row, or to the first one), and Enter with no row chosen chooses the first,
// then goes on to whatever Enter does there (the dialog's default button, the page's own action).
class SearchKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchKeys)

public:
    // Owned by field; list is the view the field filters.
    static SearchKeys *attach(QLineEdit *field, QAbstractItemView *list);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SearchKeys(QLineEdit *field, QAbstractItemView *list);
    // Makes the first row under the list's root current when there is no current row; false when the list is empty.
    bool chooseFirstIfNone() const;

    QPointer<QAbstractItemView> m_list;
};
