// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QList>
#include <QString>

// Identical errors of one report, together: a log that repeats one failure 525 times is one error seen 525 times,
// not 525 errors. Responses are identical when they carry the same status, code and message and fit the same
// catalog entries; values the matched entry captured (a domain, a site ID) may differ, and so may where they were
// found, their request ID and their time.
namespace ResultGroups {

struct Group
{
    QList<int> members; // positions in Report::results, in the order found
};

// In the order of each group's first response.
QList<Group> of(const Report &report);

// What makes two responses the same error (see above).
QString identity(const Diagnosis &diagnosis);

} // namespace ResultGroups
