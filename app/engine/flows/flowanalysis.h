// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "flowdefinition.h"
#include "timeline.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Where a flow's step stands in an input's calls.
enum class StepState {
    Done,        // called, and its last call succeeded (a polled step: the awaited value came)
    Failed,      // its last call failed
    Missing,     // not called, though a later step was (or an error proves it was not done)
    OutOfOrder,  // first called before a step the flow puts ahead of it
    Repeated,    // called again though the flow calls it once
    Polling,     // polled, and the awaited value has not come
    NotReached,  // not called, and no later step was either
    NotRecorded, // no documented endpoint: an input cannot show it
};

struct StepResult
{
    QString id;
    QString name;
    StepState state = StepState::NotReached;
    int calls = 0;
    int firstRow = -1; // the timeline row of its first call
};

// One flow the calls follow, step by step, with a verdict in plain words tied to the step that broke.
struct FlowResult
{
    QString flow;
    QString title;
    QString source;
    QList<StepResult> steps;
    QString failedStep; // the step id the verdict is about, empty when none failed
    QStringList missingSteps;
    QString verdict;    // for people (translated)
    QString ruleSource; // the reference page of the rule the verdict rests on, when one does
};

namespace FlowAnalysis {

// Looks up a verdict's words as QCoreApplication::translate does (context, source text, %n), in a language of the
// caller's choice: a reply may be written in another language than the interface's.
using Phrases = std::function<QString(const char *context, const char *sourceText, int n)>;

// The flows the timeline's calls follow: those with the most of their steps called, none whose condition (e.g.
// connectionType NAMESERVERS) a call contradicts. Verdicts are in the language of phrases (empty: the installed
// translation).
QList<FlowResult> analyze(const Timeline &timeline, const QList<FlowDefinition> &flows, const Phrases &phrases = {});

QString stateKey(StepState state);   // for programs: "done", "failed", ...
QString stateLabel(StepState state); // for people

} // namespace FlowAnalysis
