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

class TimelineBuilder;

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
    // How much of a file or stream is read at most, unless the caller says otherwise (--max-input): what lies
    // beyond is not read, and the answer says so. A device such as /dev/zero is never read whole.
    static constexpr qint64 kDefaultReadLimit = qint64(256) * 1024 * 1024;
    // A text or log longer than this is read, redacted and scanned block by block, never held whole: memory stays
    // near one block whatever the size of the input.
    static constexpr qint64 kStreamThreshold = 16 * 1024 * 1024;

    // Decides whether a log line with no error fields of its own is still worth keeping (it may hold a
    // documented message). Without it, such lines are dropped.
    using KeepLine = std::function<bool(const ParsedResponse &)>;
    // Takes the candidates found so far and empties the list: a long input hands them over block by block, so that
    // they need not all be held until the end. Without it, they all end up in Result::candidates.
    using Found = std::function<void(QList<ParsedResponse> *)>;

    // cancel, when given, is polled; a cancelled read returns what it had found so far. timeline, when given,
    // hears of every Wix call of a HAR or a log as it is read.
    static Result read(const QByteArray &bytes, const std::atomic_bool *cancel = nullptr, const KeepLine &keep = {},
                       TimelineBuilder *timeline = nullptr);
    // Reads a file or a stream to its end, or to limit bytes. A HAR is read chunk by chunk and never held whole; so
    // is a log or text longer than kStreamThreshold; anything else (a JSON document, a short paste) is read into
    // memory first.
    static Result read(QIODevice *device, const std::atomic_bool *cancel = nullptr, const KeepLine &keep = {},
                       qint64 limit = kDefaultReadLimit, const Found &found = {}, TimelineBuilder *timeline = nullptr);
    // Any bytes as text, as read() decodes them: UTF-8 or UTF-16 with a byte-order mark, NUL bytes as spaces. Each
    // repair is named in *problems.
    static QString decode(const QByteArray &bytes, QStringList *problems);
    // Whether an input starting with head is binary data, which read() does not read as text (one rule, in
    // TextDecoding::isBinary).
    static bool isBinary(QByteArrayView head);
    // Whether decoded bytes are text at all: bytes that decode mostly to U+FFFD or to control characters (an image,
    // an archive, random bytes) hold no log lines, and searching them for secrets and errors costs many times what
    // text costs. NULs do not count against it: they are read as spaces (UTF-16 without a byte-order mark is text).
    static bool holdsText(QStringView text);
    // What a reader says when it stopped at limit bytes, when the device failed after bytes, and when the read was
    // cancelled.
    static QString limitProblem(qint64 limit);
    static QString readingStopped(qsizetype bytes, const QString &why);
    static QString cancelledProblem();

private:
    // Whether the device holds more than the limit: read bytes already, and at least one more to come.
    static bool isBeyondLimit(QIODevice *device, qint64 read, qint64 limit);
    // Reads until size bytes or the end: a pipe's read() returns what has arrived so far.
    static QByteArray readUpTo(QIODevice *device, qint64 size);
    // What may be a HAR, read chunk by chunk while it is one: its entries are read as they complete, and only a
    // small HAR is kept as text. What turns out not to be one is read as anything else.
    static Result readHarStream(QIODevice *device, const std::atomic_bool *cancel, const KeepLine &keep, qint64 limit,
                                TimelineBuilder *timeline);
    // A log or text too long to hold: read, redacted and scanned block by block. first: what was read already.
    static Result readStream(QIODevice *device, QByteArray first, qint64 limit, const std::atomic_bool *cancel,
                             const KeepLine &keep, const Found &found, TimelineBuilder *timeline);
    // Everything but a HAR, once decoded. result holds what is known already: bytes, problems. utf8, when not
    // null, is the decoded text's exact UTF-8. timeline, when given, reads the calls of a log or text.
    static Result readText(QString decoded, Result result, const std::atomic_bool *cancel, const KeepLine &keep,
                           TimelineBuilder *timeline, const QByteArray &utf8 = QByteArray());
};
