// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "searchkeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>

SearchKeys *SearchKeys::attach(QLineEdit *field, QAbstractItemView *list)
{
    return new SearchKeys(field, list);
}

SearchKeys::SearchKeys(QLineEdit *field, QAbstractItemView *list) : QObject(field), m_list(list)
{
    field->installEventFilter(this);
}

bool SearchKeys::chooseFirstIfNone() const
{
    if (!m_list || !m_list->model())
        return false;
    if (m_list->currentIndex().isValid())
        return true;
    const QModelIndex first = m_list->model()->index(0, 0, m_list->rootIndex());
    if (!first.isValid())
        return false;
    m_list->setCurrentIndex(first);
    return true;
}

bool SearchKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return QObject::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        if (chooseFirstIfNone()) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        chooseFirstIfNone(); // and Enter goes on: the default button or the page acts on that row
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
