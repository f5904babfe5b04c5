// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Replaces secrets in pasted text before anything else sees it: Authorization, Cookie and Set-Cookie values,
// bearer tokens, JWT-shaped strings and Wix API keys (IST. followed by a JWT).
namespace Redactor {

struct Result
{
    QString text;
    int count = 0;
};

inline constexpr QStringView kPlaceholder = u"[REDACTED]";

Result redact(const QString &text);

} // namespace Redactor
