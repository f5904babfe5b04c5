// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QJsonObject>

// The machine-readable forms of the catalog and of a report (schema in README.md, "JSON output").
namespace JsonReport {

QJsonObject catalogInfo(const Catalog &catalog);
QJsonObject listing(const Catalog &catalog);
QJsonObject entry(const CatalogEntry &entry);
QJsonObject report(const Report &report, int top);

// How many secrets were replaced in this response's text.
int redactionsIn(const ParsedResponse &response);

} // namespace JsonReport
