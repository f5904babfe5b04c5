// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// The application's name, organisation and version, as QCoreApplication holds them. They name the data and
// settings folders, which the window and the command line share (history, catalog subscriptions): set here once,
// for both.
namespace AppIdentity {

// Call right after the application object is made.
void apply();

} // namespace AppIdentity
