// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Replaces secrets in pasted text before anything else sees it. A value is a secret when a credential name governs
// it in an assignment syntax (header lines, JSON, code that sets a header, config and export formats, URL and form
// parameters, clients' options, {name, value} pairs) or when its shape says so (JWTs in any prefix, PEM private
// keys, Bearer and Basic credentials, generated tokens after a credential word). The text is searched with its
// escapes undone (JSON and JavaScript, percent-encoding, HTML entities, quoted-printable, mail quote marks) and HAR
// bodies in base64 are decoded, redacted and encoded again. The rules are tables: see internal/secretrules.h.
// Only the value is replaced; the text around it is kept byte for byte, so a valid JSON or HAR document stays valid.
namespace Redactor {

struct Result
{
    QString text;
    int count = 0;
};

inline constexpr QStringView kPlaceholder = u"[REDACTED]";
// How far past a cut a statement is looked for (see safeCut).
inline constexpr qsizetype kLookahead = 64 * 1024;

Result redact(const QString &text);

// Where a text too long to redact at once may be cut, at or before wanted: never inside a statement that governs a
// secret (a name and its value), whatever the length of the line.
qsizetype safeCut(QStringView text, qsizetype wanted);

} // namespace Redactor
