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

int run(int argc, char *argv[]);

// Shows one window per file (a desktop passes several files when several are opened at once), or one empty
// window. The first window is returned first; the others close themselves away when closed.
QList<MainWindow *> openWindows(const QStringList &catalogFiles, const QStringList &files);

} // namespace Application
