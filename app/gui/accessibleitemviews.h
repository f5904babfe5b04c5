// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

class QAccessibleInterface;
class QObject;
class QString;

// Trees and lists as a screen reader should meet them: one object per cell (the header's cells first), named by
// the cell's accessible text and described by its accessible description, and one focused object at most. Qt's
// own interfaces mark the current cell focused whether or not its view has the focus, so that a screen reader
// hears two focused objects (the cell and the widget that really has the focus); here the current cell is focused
// only while its view has the focus, and the view itself is focused only while it has no current cell.
// Child indexes follow Qt's own (row by row, the header as row 0), so the focus events item views send name the
// right cell.
namespace AccessibleItemViews {

// The interface for a QTreeView or QListView (or a class derived from them), null for any other object.
QAccessibleInterface *create(const QString &className, QObject *object);

} // namespace AccessibleItemViews
