// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// What wrapped a response, or the input as a whole: a closed set. key() is what programs read (the JSON report's
// "format"), never translated; label() is what people read.
enum class InputFormat {
    Empty,       // nothing but white space
    Binary,      // bytes that are not text
    Query,       // a status and code looked up, not read from input
    Har,         // a HAR export
    Curl,        // curl -v output
    Http,        // a raw HTTP response, or curl -i output
    Log,         // log lines
    WixJson,     // a Wix error body: {"message", "details": {"applicationError" | "validationError"}}
    GoogleJson,  // {"error": {"code", "status", "message"}}
    ProblemJson, // RFC 9457 problem+json
    Json,        // other JSON
    Text,        // a bare message, or a bare status and code
};

namespace InputFormats {

QString key(InputFormat format);
QString label(InputFormat format);
std::optional<InputFormat> fromKey(QStringView key);

} // namespace InputFormats
