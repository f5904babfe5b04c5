// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// The tables of labels and syntaxes that say "this number is the HTTP status" and "this token is the request id",
// wherever a person or a program wrote them. Not part of the engine's interface.

#include "parsedresponse.h"

#include <QStringView>

namespace LabelRules {

// The status a text states, by the first rule of the table that reads one (only while out has none). lower: the
// text in lower case, to skip rules whose words it lacks.
void readStatus(QStringView text, QStringView lower, ParsedResponse *out);

// Whether a label names the request id: the header's name or the words for it, in any case and spacing
// ("x-wix-request-id", "X-Wix-Request-Id", "requestId", "request_id", "Request ID").
bool namesRequestId(QStringView label);
// A request id is a token with a digit in it: never a word such as "header" or "missing".
bool looksLikeRequestId(QStringView value);
// The request id a text labels, under any of the table's labels.
void readRequestId(QStringView text, ParsedResponse *out);

// What a word processor or an e-mail's HTML made of plain punctuation, made plain again: a no-break space is a
// space, typographic quotes are straight quotes.
void plainPunctuation(QString *text);

} // namespace LabelRules
