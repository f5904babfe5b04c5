// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "timeline.h"

class QPlainTextEdit;

// Where a call of the timeline stands in the input editor: its HAR entry or its log lines.
namespace InputLocator {

// Selects the call in the editor and scrolls to it; false when the editor does not hold it (the text changed,
// or the input is a file too large to show).
bool select(QPlainTextEdit *editor, const TimelineCall &call);

} // namespace InputLocator
