// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// A documented sample flow of Wix's Domains APIs as catalog data (resources/catalog/SCHEMA.md, "Flows"): its steps
// in order, what a success of each step tells, and the rules that tie a failed or wrong call to an earlier step.

// A value kept from a successful call's request or response body, found by a path of member names ("a.b.c"); a
// list of strings is kept joined with ", ". Several paths: the first that holds a value wins.
struct FlowFact
{
    QString name;
    bool fromRequest = false;
    QStringList paths;
};

struct FlowStep
{
    QString id;
    QString name;
    QString method; // empty with path: the step has no documented endpoint, so an input cannot show it
    QString path;   // may hold {placeholders}
    bool optional = false;
    bool repeats = false; // polled: called again until untilFact says untilValue
    QString untilFact;
    QString untilValue;
    QList<FlowFact> facts;
    QString source;

    bool observable() const { return !path.isEmpty(); }
};

enum class FlowRuleKind {
    ErrorMeansMissingStep, // the call failed with code: step missingStep was not done
    CallNotServed,         // the endpoint does not serve a domain whose fact is value
    PollingTooShort,       // polled while fact stays value: the reference says it can take hours
};

struct FlowRule
{
    FlowRuleKind kind = FlowRuleKind::ErrorMeansMissingStep;
    QString method;
    QString path;
    QString code;
    QString missingStep;
    QString fact;
    QString value;
    int hours = 0;
    QString source;
};

struct FlowDefinition
{
    QString id;
    QString title;
    QString source;
    QString whenFact; // the flow applies only when this fact, once known, has whenValue
    QString whenValue;
    QList<FlowStep> steps;
    QList<FlowRule> rules;

    int stepIndex(const QString &stepId) const;

    // Reads the "flows" array of a catalog file. On error *error names the flow, the step or rule and the field.
    static bool parseList(const QJsonArray &array, QList<FlowDefinition> *out, QString *error);
    static QJsonArray toJsonList(const QList<FlowDefinition> &flows);
};

// The path of a URL or of a log's request line, without scheme, host, query or fragment: "/domains/v1/dns-zones/a.com".
QString requestPath(QStringView url);
// Whether a request path is an endpoint's: the same number of segments, literal ones equal in any case, a
// {placeholder} any non-empty segment.
bool pathMatches(QStringView pattern, QStringView path);
QString flowRuleKindKey(FlowRuleKind kind);
