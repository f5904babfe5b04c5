// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

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

// One failed API response found in the input, with what could be read of it. Text is already redacted.
struct ParsedResponse
{
    QString format;   // wix-json, google-json, problem-json, http, curl, har, log, grpc, text
    QString location; // "line 12", "entry 3 of 20", empty for a single response
    QString method;
    QString url;
    int httpStatus = 0;
    QString status; // canonical name: stated, or derived from the HTTP status or the gRPC code
    QString code;
    QString message;
    QStringList descriptions; // applicationError.description, field violations, problem details, ...
    QList<FieldViolation> violations;
    QString requestId;
    QString text;                 // the redacted text the response was read from
    bool emptySystemBody = false; // {"message": "", "details": {}}: how Wix sends 5xx system errors

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
};
