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

namespace Readers {

using Cancellation::isCancelled;

bool hasHttpStatusLine(QStringView text);
QList<ParsedResponse> readTranscript(QStringView text, InputFormat *format, const std::atomic_bool *cancel);
// firstLine: the number of lines before text, when it is a block of a longer log read piece by piece.
QList<ParsedResponse> scanLog(QStringView text, const std::atomic_bool *cancel,
                              const std::function<bool(const ParsedResponse &)> &keep, qsizetype firstLine = 0);

// The text with e-mail quote marks ("> ", ">> ") taken off every line, when it is a quoted e-mail.
QString undoMailQuoting(const QString &text);
// JSON whose strings a mailer or a terminal wrapped over several lines, each string on one line again.
QString joinWrappedStrings(QStringView json);

// The end of the balanced JSON value starting at text[start] ('{' or '['), or -1. Strings and escapes are
// respected; a value nested deeper than maxDepth or longer than maxLength counts as unbalanced.
qsizetype balancedEnd(QStringView text, qsizetype start, int maxDepth, qsizetype maxLength);

} // namespace Readers
