// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

// Text from outside the program (pasted input, catalog files, file paths) shown where Qt would take it for rich
// text as soon as it looks like HTML: tooltips and message boxes. It is always shown as the characters it holds,
// so a pasted error page shows its tags and loads no image.
namespace PlainText {

// A tooltip showing text as it is, line breaks and spacing kept; long text is shortened with an ellipsis. Empty
// for empty text (no tooltip).
QString toolTip(const QString &text);

// QMessageBox::warning, with its text shown as it is.
void warning(QWidget *parent, const QString &title, const QString &text);

} // namespace PlainText
