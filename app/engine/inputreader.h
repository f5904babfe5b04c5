// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "parsedresponse.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

// Finds every failed API response in raw input, whatever wraps it: a Wix JSON body, a raw HTTP response, curl -v
// or -i output, a HAR export, log lines, SDK dumps, gRPC trailers or a bare message. Secrets are redacted first.
// Input is untrusted: any bytes, any size, any nesting.
class InputReader
{
public:
    struct Result
    {
        InputFormat format = InputFormat::Empty; // the wrapper as a whole
        QList<ParsedResponse> candidates;        // responses, and for logs and text also lines that may hold a message
        std::optional<ParsedResponse> whole;     // a short multi-line paste read as one message, for when no line is
        QStringList problems;                    // what could not be read, in the user's terms
        int redactions = 0; // secrets removed from the text kept: the whole input, or for a big HAR the entries read
        qsizetype bytes = 0;
        QString redactedText; // the decoded input with secrets replaced, when at most kKeptTextLimit characters
    };

    static constexpr qsizetype kKeptTextLimit = 1024 * 1024;

    // Decides whether a log line with no error fields of its own is still worth keeping (it may hold a
    // documented message). Without it, such lines are dropped.
    using KeepLine = std::function<bool(const ParsedResponse &)>;

    // cancel, when given, is polled; a cancelled read returns what it had found so far.
    static Result read(const QByteArray &bytes, const std::atomic_bool *cancel = nullptr, const KeepLine &keep = {});
    // Reads a file or a stream to its end. A HAR is read chunk by chunk and never held whole; anything else is
    // read into memory first.
    static Result read(QIODevice *device, const std::atomic_bool *cancel = nullptr, const KeepLine &keep = {});

private:
    // Everything but a HAR, once decoded. result holds what is known already: bytes, problems. utf8, when not
    // null, is the decoded text's exact UTF-8.
    static Result readText(QString decoded, Result result, const std::atomic_bool *cancel, const KeepLine &keep,
                           const QByteArray &utf8 = QByteArray());
};
