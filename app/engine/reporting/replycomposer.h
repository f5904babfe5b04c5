// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QString>

#include <functional>

// Turns a match into text for a support ticket: what happened, with the captured values, the numbered steps with
// their links, the documented troubleshooting text and the request id.
namespace ReplyComposer {

enum class Format { PlainText, Markdown };

// Looks up a phrase of the reply as QCoreApplication::translate does ("ReplyComposer" context), in a language of
// the caller's choice: the reply may be written in the customer's language, whatever the interface's.
using Phrases = std::function<QString(const char *sourceText)>;

// language picks the catalog entry's translated text ("de"; empty: the entry as written); phrases, the reply's
// own words (empty: the installed translation).
QString compose(const Diagnosis &diagnosis, const Match &match, Format format, const QString &language = {},
                const Phrases &phrases = {});

// The reply's first sentence: the endpoint, status and code; for a generic match, the request and the code
// received, since Wix's generic meaning of a status names no endpoint.
QString headline(const Diagnosis &diagnosis, const Match &match, Format format, const Phrases &phrases = {});

// Replaces {name} in text with the captured value, or with <name> where nothing was captured.
QString fillVariables(const QString &text, const Match &match);

QString escapeMarkdown(const QString &text);

// What a HAR or log says of the documented flows its calls follow: each flow's verdict, for the end of a reply.
// Empty when the input follows none.
QString flowSection(const QList<FlowResult> &flows, Format format, const Phrases &phrases = {});
// The same for the reply the window copies and --reply writes: the timeline's calls judged against the flows again,
// so that the verdicts are in the reply's language (flowPhrases) as the rest of it is (phrases).
QString flowSection(const Timeline &timeline, const QList<FlowDefinition> &flows, Format format, const Phrases &phrases,
                    const FlowAnalysis::Phrases &flowPhrases);

} // namespace ReplyComposer
