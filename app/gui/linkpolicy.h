// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QUrl>

// Links open only when they come from the catalog entry on show, and only for https and mailto.
namespace LinkPolicy {

bool isAllowed(const QUrl &url, const QStringList &catalogLinks);
// Opens the link with the desktop's handler when it is allowed; returns whether it was.
enum OpenResult { Opened, Refused, NoHandler };
// Refused: not an https or mailto link of the catalog. NoHandler: allowed, but no program could take it.
OpenResult open(const QUrl &url, const QStringList &catalogLinks);

} // namespace LinkPolicy
