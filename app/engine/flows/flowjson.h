// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "flowanalysis.h"
#include "timeline.h"

#include <QJsonArray>

// The timeline and the flows as the JSON report gives them (--match --json: "timeline" and "flows"). Keys and
// states are for programs, never translated; a verdict is prose for people.
namespace FlowJson {

QJsonArray timeline(const Timeline &timeline);
QJsonArray flows(const QList<FlowResult> &flows);

} // namespace FlowJson
