// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

// Tab follows what a person reads: the order of the layouts (top to bottom, a form row by row, a splitter pane by
// pane), whatever order the widgets were created in. A widget added in code after the form was built (a box put
// at the top, a row put at the bottom) takes its place in that order.
namespace TabOrder {

void followLayout(QWidget *root);

} // namespace TabOrder
