// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QString>

// Turns a match into text for a support ticket: what happened, with the captured values, the numbered steps with
// their links, the documented troubleshooting text and the request id.
namespace ReplyComposer {

enum class Format { PlainText, Markdown };

QString compose(const Diagnosis &diagnosis, const Match &match, Format format);

// The reply's first sentence: the endpoint, status and code; for a generic match, the request and the code
// received, since Wix's generic meaning of a status names no endpoint.
QString headline(const Diagnosis &diagnosis, const Match &match, Format format);

// Replaces {name} in text with the captured value, or with <name> where nothing was captured.
QString fillVariables(const QString &text, const Match &match);

QString escapeMarkdown(const QString &text);

} // namespace ReplyComposer
