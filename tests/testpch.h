// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The Qt headers that the tests parse, compiled once for each group of tests that link the same Qt modules
// (tests/CMakeLists.txt). Only Qt's own headers belong here: a test still includes what it uses.
#pragma once

#include <QtCore>
#include <QtTest>
#ifdef QT_NETWORK_LIB
#include <QtNetwork>
#endif
#ifdef QT_WIDGETS_LIB
#include <QtWidgets>
#endif
