// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "taborder.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLayout>
#include <QList>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QWidget>

namespace {

void collectWidget(QWidget *widget, QList<QWidget *> &order);

void collectLayout(QLayout *layout, QList<QWidget *> &order)
{
    const auto collectItem = [&order](QLayoutItem *item) {
        if (!item)
            return;
        if (item->widget())
            collectWidget(item->widget(), order);
        else if (item->layout())
            collectLayout(item->layout(), order);
    };
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        // A form's items are kept in the order they were added; its rows are what a person reads.
        for (int row = 0; row < form->rowCount(); ++row) {
            for (const QFormLayout::ItemRole role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                collectItem(form->itemAt(row, role));
        }
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i));
}

void collectWidget(QWidget *widget, QList<QWidget *> &order)
{
    if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            collectWidget(splitter->widget(i), order);
        return;
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        order << tabs; // its tab bar (the focus proxy), then each page in the order of its tabs
        for (int i = 0; i < tabs->count(); ++i)
            collectWidget(tabs->widget(i), order);
        return;
    }
    if (auto *area = qobject_cast<QScrollArea *>(widget); area && area->widget()) {
        collectWidget(area->widget(), order); // what scrolls, in its own order
        return;
    }
    if (qobject_cast<QDialogButtonBox *>(widget)) {
        // A button box orders its own buttons for the desktop: Tab enters it at its first button.
        QList<QWidget *> buttons;
        collectLayout(widget->layout(), buttons);
        if (!buttons.isEmpty())
            order << buttons.constFirst();
        return;
    }
    if (widget->layout()) {
        collectLayout(widget->layout(), order);
        return;
    }
    if (widget->focusPolicy() & Qt::TabFocus)
        order << widget;
}

} // namespace

namespace TabOrder {

void followLayout(QWidget *root)
{
    QList<QWidget *> order;
    if (root->layout())
        collectLayout(root->layout(), order);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace TabOrder
