// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Replaces secrets in pasted text before anything else sees it:
// - credential headers (Authorization, Proxy-Authorization, Cookie, Set-Cookie, X-Api-Key, X-Auth-Token, any
//   header that says token, key, secret or auth), as header lines, curl -H arguments, JSON and JavaScript members
//   and HAR name/value pairs in any member order, and HAR cookies;
// - URL query, fragment and form parameters (access_token, api_key, key, signature, code, password, ...), URL
//   userinfo (https://user:pass@host), curl -u user:pass and the other clients' credential options;
// - JSON keys such as password, secret, client_secret, refresh_token, apiKey;
// - bearer and basic credentials, JWTs (also wrapped over several lines), Wix API keys, PEM private key blocks;
// - the same behind escapes: JSON \uXXXX and \" escapes, escaped JSON inside JSON, percent-encoding, and HAR
//   bodies in base64 (decoded, redacted and encoded again).
// The text around a secret is kept byte for byte, so a valid JSON or HAR document stays valid.
namespace Redactor {

struct Result
{
    QString text;
    int count = 0;
};

inline constexpr QStringView kPlaceholder = u"[REDACTED]";

Result redact(const QString &text);

} // namespace Redactor
