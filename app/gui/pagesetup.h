// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHeaderView>

class QAbstractItemModel;
class QLineEdit;
class QSplitter;
class QTreeView;

// The set-up the Look up and Catalog pages share: a list beside the answer to what is chosen in it.
namespace PageSetup {

struct ListPage
{
    QTreeView *list;
    QAbstractItemModel *model;
    QLineEdit *search;   // the field whose arrow and page keys move through the list
    QSplitter *splitter; // list | answer
    int wideColumn;      // takes the width the others leave
    int otherColumn;     // sized by otherMode
    QHeaderView::ResizeMode otherMode;
};

void setUp(const ListPage &page);

} // namespace PageSetup
