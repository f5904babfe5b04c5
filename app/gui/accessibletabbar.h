// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

class QAccessibleInterface;
class QObject;
class QString;

// A tab bar as a screen reader should meet it: its tabs are page tabs that can be pressed, the current one
// selected, and focused only while the tab bar has the focus (Qt's own marks the current tab focused wherever
// the focus is, so that the page's tab and the widget with the focus both say they have it). Child indexes are
// the tabs' own, then the bar's scroll buttons, as the focus and selection events of QTabBar expect.
namespace AccessibleTabBar {

// The interface for a QTabBar (or a class derived from it), null for any other object.
QAccessibleInterface *create(const QString &className, QObject *object);

} // namespace AccessibleTabBar
