// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Tab through a window as a person would: where each widget is on the window, whether one reads after another,
// and a walk with Tab that must follow the visual order and reach every widget that takes the focus.

#include <QApplication>
#include <QRect>
#include <QTest>
#include <QWidget>

namespace TabWalk {

inline QRect onWindow(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// Whether b comes after a for a person reading the window: in a column further right, below, or further right on
// the same line.
inline bool readsAfter(const QRect &a, const QRect &b)
{
    constexpr int slack = 4;
    if (b.left() >= a.right() - slack)
        return true;
    if (b.top() >= a.bottom() - slack)
        return true;
    const bool sameLine = b.top() < a.bottom() && a.top() < b.bottom();
    return sameLine && b.left() >= a.left() - slack;
}

inline QString describe(const QWidget *w)
{
    const QRect r = onWindow(w);
    return QStringLiteral("%1 %2 at %3,%4 %5x%6")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

// The widget that stands for the focus widget: the combo box whose field has it (not a button box that hands its
// focus to a button).
inline QWidget *owner(QWidget *focus)
{
    QWidget *p = focus ? focus->parentWidget() : nullptr;
    return p && p->focusProxy() == focus && (p->focusPolicy() & Qt::TabFocus) ? p : focus;
}

// Every widget inside area a person can reach with Tab: shown, enabled, taking Tab focus; a field that hands its
// focus on (a spin box's text) counts as the widget it hands it to.
inline QList<QWidget *> reachable(QWidget *area)
{
    QList<QWidget *> all;
    for (QWidget *w : area->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(area->window()) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if ((!w->focusProxy() || !(w->focusPolicy() & Qt::TabFocus)) && !all.contains(owner(w)))
            all << owner(w);
    }
    return all;
}

// Presses Tab from first until the focus leaves area or comes back to first; the widgets it went through.
inline QList<QWidget *> walkTab(QWidget *area, QWidget *first)
{
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> walked{owner(QApplication::focusWidget())};
    for (int press = 0; press < 200; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = owner(QApplication::focusWidget());
        if (!now || now == walked.constFirst() || !area->isAncestorOf(now))
            break;
        if (now != walked.constLast()) // Tab inside the answer first goes from link to link
            walked << now;
    }
    return walked;
}

inline void checkVisualOrder(QWidget *area, QWidget *first)
{
    const QList<QWidget *> walked = walkTab(area, first);
    QStringList path;
    for (const QWidget *w : walked)
        path << describe(w);
    for (qsizetype i = 1; i < walked.size(); ++i) {
        QVERIFY2(readsAfter(onWindow(walked.at(i - 1)), onWindow(walked.at(i))),
                 qPrintable(QStringLiteral("Tab goes from %1 back to %2, in\n%3")
                                .arg(describe(walked.at(i - 1)), describe(walked.at(i)), path.join(u'\n'))));
    }
    for (QWidget *w : reachable(area))
        QVERIFY2(walked.contains(w),
                 qPrintable(QStringLiteral("Tab never reaches %1, in\n%2").arg(describe(w), path.join(u'\n'))));
}

} // namespace TabWalk
