// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "flowjson.h"

#include <QJsonObject>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject call(const TimelineCall &c)
{
    QJsonObject facts;
    for (const CallFact &f : c.facts)
        facts.insert(f.first, f.second);
    QJsonObject o{{QStringLiteral("method"), c.method},         {QStringLiteral("path"), c.path},
                  {QStringLiteral("status"), c.status},         {QStringLiteral("requestId"), textOrNull(c.requestId)},
                  {QStringLiteral("time"), textOrNull(c.time)}, {QStringLiteral("entry"), textOrNull(c.entry)},
                  {QStringLiteral("code"), textOrNull(c.code)}, {QStringLiteral("facts"), facts},
                  {QStringLiteral("count"), c.count},           {QStringLiteral("location"), c.location.key()}};
    o.insert(QStringLiteral("durationMs"), c.durationMs >= 0 ? QJsonValue(c.durationMs) : QJsonValue());
    if (c.count > 1)
        o.insert(QStringLiteral("lastTime"), textOrNull(c.lastTime));
    return o;
}

} // namespace

namespace FlowJson {

QJsonArray timeline(const Timeline &timeline)
{
    QJsonArray out;
    for (const TimelineCall &c : timeline.calls())
        out.append(call(c));
    return out;
}

QJsonArray flows(const QList<FlowResult> &flows)
{
    QJsonArray out;
    for (const FlowResult &f : flows) {
        QJsonArray steps;
        for (const StepResult &s : f.steps) {
            steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("state"), FlowAnalysis::stateKey(s.state)},
                                     {QStringLiteral("calls"), s.calls}});
        }
        out.append(QJsonObject{{QStringLiteral("flow"), f.flow},
                               {QStringLiteral("title"), f.title},
                               {QStringLiteral("source"), f.source},
                               {QStringLiteral("steps"), steps},
                               {QStringLiteral("failedStep"), textOrNull(f.failedStep)},
                               {QStringLiteral("missingSteps"), QJsonArray::fromStringList(f.missingSteps)},
                               {QStringLiteral("verdict"), f.verdict},
                               {QStringLiteral("ruleSource"), textOrNull(f.ruleSource)}});
    }
    return out;
}

} // namespace FlowJson
