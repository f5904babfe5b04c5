// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QTextStream>

// The readable (non-JSON) output of the command line.
namespace TextReport {

void writeReport(QTextStream &out, const Report &report, int top);
void writeListing(QTextStream &out, const Catalog &catalog);

} // namespace TextReport
