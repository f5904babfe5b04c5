// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// The windowed front end: creates the QApplication, loads the catalog and settings, and shows the main window.
namespace Application {

int run(int argc, char *argv[]);

} // namespace Application
