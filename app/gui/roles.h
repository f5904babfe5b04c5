// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

// Item data roles shared by the widgets layer's models.
namespace Roles {

enum : int {
    EntryId = Qt::UserRole + 1, // QString: catalog entry id, on entry rows
    Confidence,                 // double 0..1, on match rows
    ConfidenceWord,             // QString: Exact, Likely, Possible, Generic
    SearchText,                 // QString: everything a filter searches: catalog entry rows, results rows
    ResultIndex,                // int: position of the diagnosis in the report
    MatchIndex,                 // int: position of the match in its diagnosis, -1 on a diagnosis row
    EntryCount,                 // int: how many entries an API or status row holds
};

} // namespace Roles
