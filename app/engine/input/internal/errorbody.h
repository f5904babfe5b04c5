// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "parsedresponse.h"

#include <QJsonValue>
#include <QStringView>

// Reads the fields of an error out of a body, whatever shape carries them: Wix's applicationError and
// validationError bodies, Google's {"error": {...}}, RFC 9457 problem+json, SDK and log wrappers around them,
// JavaScript object dumps and plain text.
namespace ErrorBody {

// Walks a parsed JSON document (bounded depth); returns true when it holds anything that speaks of an error.
bool readJson(const QJsonValue &value, ParsedResponse *out);

// Parses text as JSON when it is JSON, otherwise scans it leniently. Fills only what is still empty.
void readText(QStringView text, ParsedResponse *out);

// Pattern scan for key/value pairs and status phrases in text that is not (only) JSON.
void readLenient(QStringView text, ParsedResponse *out);

// One HTTP header (from a transcript or a HAR): request ids and gRPC trailers.
void readHeader(QStringView name, QStringView value, ParsedResponse *out);

} // namespace ErrorBody
