// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "inputformat.h"

#include <QList>
#include <QString>
#include <QStringList>

struct FieldViolation
{
    QString field;
    QString description;
    QString violatedRule;
    QString ruleName;
};

// Where in the input a response was found: numbers, not text, so that nothing reads a label back.
struct Location
{
    enum class Kind { Whole, Line, Lines, Entry, Item };

    Kind kind = Kind::Whole; // Whole: the input is a single response, nothing to name
    int first = 0;           // the line, entry or item (1-based)
    int last = 0;            // Lines: the last line of the range
    int of = 0;              // Entry, Item: how many there are

    static Location line(int number) { return {Kind::Line, number, number, 0}; }
    static Location lines(int first, int last)
    {
        return first == last ? line(first) : Location{Kind::Lines, first, last, 0};
    }
    static Location entry(int number, int of) { return {Kind::Entry, number, number, of}; }
    static Location item(int number, int of) { return {Kind::Item, number, number, of}; }

    bool isWhole() const { return kind == Kind::Whole; }
    // "line 12", "lines 3-5", "entry 3 of 20", "item 2 of 4": the same words in every language, for programs.
    QString key() const;
    // The same, for people (translated).
    QString label() const;
    bool operator==(const Location &) const = default;
};

// One failed API response found in the input, with what could be read of it. Text is already redacted.
struct ParsedResponse
{
    InputFormat format = InputFormat::Text;
    Location location;
    QString method;
    QString url;
    int httpStatus = 0;
    QString status; // canonical name: stated, or derived from the HTTP status or the gRPC code
    QString code;
    QString message;
    QStringList descriptions; // applicationError.description, field violations, problem details, ...
    QList<FieldViolation> violations;
    QString requestId;
    QString text;                  // the redacted text the response was read from
    bool emptySystemBody = false;  // {"message": "", "details": {}}: how Wix sends 5xx system errors
    bool messageTruncated = false; // the client or a logger cut the message off: only its beginning is here
    bool codeGuessed = false;      // the code is an UPPER_SNAKE word of the text, not a code field's value
    QStringList assembly;          // how parts read apart were joined into this response, for people (translated)

    // The status says the request failed: HTTP 400 or more, or a gRPC status other than OK (gRPC answers HTTP 200
    // with the failure in grpc-status).
    bool statusSaysFailed() const;
    // Failed, by its status or, with no HTTP status, by an error code, Wix's empty system-error body or
    // violations.
    bool isError() const;
    bool hasEvidence() const;
    // The HTTP status the failure stands for: the one received, or for gRPC over HTTP 200 the one its
    // canonical status maps to.
    int effectiveHttpStatus() const;
    // What was read, as short phrases for a summary line: "HTTP 403", "PERMISSION_DENIED", "code X", the method
    // and URL when withRequest, "request id Y".
    QStringList facts(bool withRequest) const;
    // Fills status from httpStatus or the other way round, and derives the location-independent fields.
    void complete();
    // Takes what next adds; next's text follows this one's.
    void absorb(const ParsedResponse &next);
};
