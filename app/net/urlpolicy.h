// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// The one rule for a catalog subscription's address, and for every redirect it takes: https with a host, or
// plain http only to a loopback address (a catalog served on the same machine).
namespace UrlPolicy {

// Empty when the address is allowed, else why not, in plain words.
QString problem(const QUrl &url);
// Whether following a redirect from one address to the other keeps the download as safe as it was.
QString redirectProblem(const QUrl &from, const QUrl &to);
bool isLoopbackHost(const QString &host);

} // namespace UrlPolicy
