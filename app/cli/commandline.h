// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

// The headless front end: --list, --status/--code, --match, --version, --help.
namespace CommandLine {

enum ExitCode { Found = 0, NothingFound = 1, UsageError = 2 };

// Whether these arguments ask for the headless front end (no display needed).
bool isHeadless(const QStringList &arguments);

int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace CommandLine
