// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTest>

// A test that needs what this machine may lack (root, mount, a tool) skips with the reason; under CI (CI=true, set
// by .ci/run), which installs and runs as everything needs, it fails instead, so that a check never goes unseen.
#define DT_NEEDS(condition, why)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (qgetenv("CI") == "true")                                                                               \
                QFAIL(why);                                                                                            \
            QSKIP(why);                                                                                                \
        }                                                                                                              \
    } while (false)
