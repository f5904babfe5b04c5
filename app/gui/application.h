// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

class MainWindow;

// The windowed front end: creates the QApplication, loads the catalog and settings, and shows the main window.
namespace Application {

// The reverse-DNS name of the desktop file, icon and AppStream metadata.
inline constexpr char16_t kDesktopId[] = u"io.github.domainstroubleshooter.DomainsTroubleshooter";

// What the command line asks of the window (parsed by CommandLine::parse).
struct WindowOptions
{
    QStringList catalogFiles; // layered over the embedded catalog
    QStringList files;        // to open at start, one window each
    bool exitAfterStartup = false;
    bool newWindow = false; // a window of its own, not handed to one already open
    QString instanceName;   // the name the running window answers to; empty: one per user
};

int run(int argc, char *argv[], const WindowOptions &options);

// Shows one window per file (a desktop passes several files when several are opened at once), or one empty
// window. The first window is returned first; the others close themselves away when closed.
QList<MainWindow *> openWindows(const QStringList &catalogFiles, const QStringList &files);

} // namespace Application
