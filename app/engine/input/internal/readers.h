// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal readers for the wrappers InputReader recognises. Not part of the engine's interface.

#include "cancellation.h"
#include "parsedresponse.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <atomic>
#include <functional>
#include <utility>

namespace Readers {

using Cancellation::isCancelled;

// The lines of text, without their line ends (a CR before the LF too).
QList<QStringView> splitLines(QStringView text);
bool hasHttpStatusLine(QStringView text);
QList<ParsedResponse> readTranscript(QStringView text, InputFormat *format, const std::atomic_bool *cancel);
// firstLine: the number of lines before text, when it is a block of a longer log read piece by piece.
QList<ParsedResponse> scanLog(QStringView text, const std::atomic_bool *cancel,
                              const std::function<bool(const ParsedResponse &)> &keep, qsizetype firstLine = 0);

// What a block of a long log holds that may reach the answer.
struct SelectedScan
{
    QList<ParsedResponse> candidates;
    int redactions = 0;
    // Each chunk that may hold a call (mayBeCall), redacted, with the number of lines before it in the log.
    QList<std::pair<QString, qsizetype>> callChunks;
};
// The same responses scanLog() finds in text once redacted, with the text read as it is: its lines are cut into
// chunks as scanLog() cuts them, and only a chunk that may carry an error, a documented message (keep) or a call
// (mayBeCall) is copied, redacted and read. Most lines of a log are none of these, and cost only the look.
SelectedScan scanLogSelected(QStringView text, const std::atomic_bool *cancel,
                             const std::function<bool(const ParsedResponse &)> &keep,
                             const std::function<bool(QStringView)> &mayBeCall, qsizetype firstLine);

// The text with e-mail quote marks ("> ", ">> ") taken off every line, when it is a quoted e-mail.
QString undoMailQuoting(const QString &text);
// JSON whose strings a mailer or a terminal wrapped over several lines, each string on one line again.
QString joinWrappedStrings(QStringView json);

// The end of the balanced JSON value starting at text[start] ('{' or '['), or -1. Strings and escapes are
// respected; a value nested deeper than maxDepth or longer than maxLength counts as unbalanced.
qsizetype balancedEnd(QStringView text, qsizetype start, int maxDepth, qsizetype maxLength);

} // namespace Readers
