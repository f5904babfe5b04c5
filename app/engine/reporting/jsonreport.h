// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

// The machine-readable forms of the catalog and of a report (schema in README.md, "JSON output").
namespace JsonReport {

QJsonObject catalogInfo(const Catalog &catalog);
QJsonObject listing(const Catalog &catalog);
QJsonObject entry(const CatalogEntry &entry);
QJsonObject report(const Report &report, int top);
// The same document as QJsonDocument(report(report, top)).toJson(QJsonDocument::Indented), byte for byte, handed
// to write piece by piece: one result at a time is held, however many a log yields.
void writeReport(const Report &report, int top, const std::function<void(const QByteArray &)> &write);

// How many secrets were replaced in this response's text.
int redactionsIn(const ParsedResponse &response);

} // namespace JsonReport
