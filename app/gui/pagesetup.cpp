// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "pagesetup.h"

#include "searchkeys.h"

#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>

namespace PageSetup {

void setUp(const ListPage &page)
{
    page.list->setModel(page.model);
    page.list->header()->setStretchLastSection(false);
    page.list->header()->setSectionResizeMode(page.wideColumn, QHeaderView::Stretch);
    page.list->header()->setSectionResizeMode(page.otherColumn, page.otherMode);
    page.splitter->setSizes({540, 660}); // the answer a little wider: it holds the steps and the reply
    SearchKeys::attach(page.search, page.list);
}

} // namespace PageSetup
