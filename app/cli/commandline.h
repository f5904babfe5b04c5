// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosisfile.h"
#include "inputreader.h"
#include "replycomposer.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

// Every option of the program, parsed in this one place: the headless front end's (--list, --status/--code,
// --match, --version, --help) and the window's (--catalog, --new-window, --exit-after-startup, files to open).
namespace CommandLine {

enum ExitCode { Found = 0, NothingFound = 1, UsageError = 2 };

struct Options
{
    enum class Action { Window, Help, Version, List, Match, Lookup, UpdateCatalog, CheckDns, CheckDomain, Error };

    Action action = Action::Window;
    QString error; // Action::Error: one line for standard error
    bool json = false;
    DiagnosisFile::Format format = DiagnosisFile::Format::Text; // --format (--json is json) of --match, --status/--code
    std::optional<ReplyComposer::Format> reply; // --reply: print the reply for each result instead of the report
    QString replyLanguage;                      // --reply-language; empty: the interface's
    int top = 0;
    QString status;
    QString code;
    QString matchPath;
    QString subscriptionUrl;                               // --update-catalog
    QString domain;                                        // --check-dns, --check-domain
    QString dnsServer;                                     // --dns-server: empty for the system's
    QStringList dnsServers;                                // every --dns-server, for --check-domain
    QString rdapBootstrap;                                 // --rdap-bootstrap: empty for the embedded file
    qint64 maxInputBytes = InputReader::kDefaultReadLimit; // --max-input: how much of the --match input is read
    QStringList catalogFiles;
    QStringList files; // for the window to open, one window each
    bool exitAfterStartup = false;
    bool newWindow = false;
    QString instanceName; // the name the running window answers to; empty: one per user

    // Everything but the window runs with no display: help, version, the actions and every option error.
    bool isHeadless() const { return action != Action::Window; }
};

// arguments include the program name, as QCoreApplication::arguments() has it. Qt's own window options
// (-platform, -style, ...) are left to QApplication and accepted only when the window opens.
Options parse(const QStringList &arguments);

int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
// A program's main() for the headless front end: an application with no display, named and translated as the
// window is, running run() on its arguments with standard output and error.
int runHeadless(int argc, char *argv[]);

} // namespace CommandLine
