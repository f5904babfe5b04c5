// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "flowdefinition.h"

#include "closedset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <utility>

namespace {

// Kept by key in the catalog's flows; never shown.
constexpr ClosedSet kRuleKinds{"FlowDefinition",
                               std::array{
                                   ClosedSetRow{FlowRuleKind::ErrorMeansMissingStep, u"errorMeansMissingStep", nullptr},
                                   ClosedSetRow{FlowRuleKind::CallNotServed, u"callNotServed", nullptr},
                                   ClosedSetRow{FlowRuleKind::PollingTooShort, u"pollingTooShort", nullptr},
                               }};

// The text translated in this unit's context (lupdate reads translated() as tr(): app/i18n/CMakeLists.txt).
QString translated(const char *text)
{
    return QCoreApplication::translate("FlowDefinition", text);
}

// Reads one flow, step or rule object; every refusal names where it is.
class FlowReader
{
public:
    explicit FlowReader(QString *error) : m_error(error) {}
    // Its own context: lupdate files the strings of this class's functions under its name.
    static QString tr(const char *text) { return QCoreApplication::translate("FlowReader", text); }

    bool fail(const QString &field, const QString &why)
    {
        *m_error = tr("flow '%1', %2: field '%3' %4").arg(m_flow, m_part, field, why);
        return false;
    }
    void setFlow(const QString &flow) { m_flow = flow; }
    void setPart(const QString &part) { m_part = part; }

    bool text(const QJsonObject &o, const QString &field, bool required, QString *out)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(field, tr("must be a non-empty string"));
        *out = v.toString();
        return true;
    }
    bool https(const QJsonObject &o, const QString &field, QString *out)
    {
        if (!text(o, field, true, out))
            return false;
        return out->startsWith(QLatin1String("https://")) ? true : fail(field, tr("must be an https URL"));
    }
    bool known(const QJsonObject &o, const QStringList &fields)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!fields.contains(it.key()))
                return fail(it.key(), tr("is not a known field"));
        }
        return true;
    }

    bool fact(const QJsonValue &v, FlowFact *out);
    bool step(const QJsonObject &o, FlowStep *out);
    bool rule(const QJsonObject &o, const FlowDefinition &flow, FlowRule *out);
    bool flow(const QJsonObject &o, FlowDefinition *out);

private:
    QString *m_error;
    QString m_flow;
    QString m_part;
};

bool FlowReader::fact(const QJsonValue &v, FlowFact *out)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || !known(o, {QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("paths")}) ||
        !text(o, QStringLiteral("name"), true, &out->name))
        return v.isObject() ? false : fail(QStringLiteral("facts"), tr("must hold objects"));
    const QString from = o.value(QStringLiteral("from")).toString(QStringLiteral("response"));
    if (from != QLatin1String("response") && from != QLatin1String("request"))
        return fail(QStringLiteral("from"), tr("must be \"request\" or \"response\""));
    out->fromRequest = from == QLatin1String("request");
    for (const QJsonValue &p : o.value(QStringLiteral("paths")).toArray()) {
        if (!p.isString() || p.toString().isEmpty())
            return fail(QStringLiteral("paths"), tr("must hold member paths such as \"a.b\""));
        out->paths.append(p.toString());
    }
    return out->paths.isEmpty() ? fail(QStringLiteral("paths"), tr("must list at least one path")) : true;
}

bool FlowReader::step(const QJsonObject &o, FlowStep *out)
{
    if (!known(o, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("method"), QStringLiteral("path"),
                   QStringLiteral("optional"), QStringLiteral("repeats"), QStringLiteral("until"),
                   QStringLiteral("facts"), QStringLiteral("source")}) ||
        !text(o, QStringLiteral("id"), true, &out->id) || !text(o, QStringLiteral("name"), true, &out->name) ||
        !text(o, QStringLiteral("method"), false, &out->method) ||
        !text(o, QStringLiteral("path"), false, &out->path) || !https(o, QStringLiteral("source"), &out->source))
        return false;
    if (out->method.isEmpty() != out->path.isEmpty() || (!out->path.isEmpty() && !out->path.startsWith(u'/')))
        return fail(QStringLiteral("path"), tr("must start with / and come with a method"));
    out->method = out->method.toUpper();
    out->optional = o.value(QStringLiteral("optional")).toBool();
    out->repeats = o.value(QStringLiteral("repeats")).toBool();
    if (o.contains(QStringLiteral("until"))) {
        const QJsonObject until = o.value(QStringLiteral("until")).toObject();
        if (!text(until, QStringLiteral("fact"), true, &out->untilFact) ||
            !text(until, QStringLiteral("value"), true, &out->untilValue))
            return false;
    }
    for (const QJsonValue &f : o.value(QStringLiteral("facts")).toArray()) {
        FlowFact fact;
        if (!this->fact(f, &fact))
            return false;
        out->facts.append(fact);
    }
    return true;
}

bool FlowReader::rule(const QJsonObject &o, const FlowDefinition &flow, FlowRule *out)
{
    QString kind;
    if (!known(o, {QStringLiteral("kind"), QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("code"),
                   QStringLiteral("missingStep"), QStringLiteral("fact"), QStringLiteral("value"),
                   QStringLiteral("hours"), QStringLiteral("source")}) ||
        !text(o, QStringLiteral("kind"), true, &kind) || !text(o, QStringLiteral("method"), true, &out->method) ||
        !text(o, QStringLiteral("path"), true, &out->path) || !https(o, QStringLiteral("source"), &out->source))
        return false;
    const std::optional<FlowRuleKind> known = kRuleKinds.fromKey(kind);
    if (!known)
        return fail(QStringLiteral("kind"), tr("is not a known rule kind"));
    out->kind = *known;
    out->method = out->method.toUpper();
    switch (out->kind) {
    case FlowRuleKind::ErrorMeansMissingStep:
        if (!text(o, QStringLiteral("code"), true, &out->code) ||
            !text(o, QStringLiteral("missingStep"), true, &out->missingStep))
            return false;
        return flow.stepIndex(out->missingStep) >= 0 ? true : fail(QStringLiteral("missingStep"), tr("names no step"));
    case FlowRuleKind::CallNotServed:
        return text(o, QStringLiteral("fact"), true, &out->fact) && text(o, QStringLiteral("value"), true, &out->value);
    case FlowRuleKind::PollingTooShort:
        out->hours = o.value(QStringLiteral("hours")).toInt();
        if (out->hours <= 0)
            return fail(QStringLiteral("hours"), tr("must be a positive number"));
        return text(o, QStringLiteral("fact"), true, &out->fact) && text(o, QStringLiteral("value"), true, &out->value);
    }
    return false;
}

bool FlowReader::flow(const QJsonObject &o, FlowDefinition *out)
{
    if (!known(o, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("when"),
                   QStringLiteral("steps"), QStringLiteral("rules")}) ||
        !text(o, QStringLiteral("id"), true, &out->id))
        return false;
    setFlow(out->id);
    if (!text(o, QStringLiteral("title"), true, &out->title) || !https(o, QStringLiteral("source"), &out->source))
        return false;
    if (o.contains(QStringLiteral("when"))) {
        const QJsonObject when = o.value(QStringLiteral("when")).toObject();
        if (!text(when, QStringLiteral("fact"), true, &out->whenFact) ||
            !text(when, QStringLiteral("value"), true, &out->whenValue))
            return false;
    }
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return fail(QStringLiteral("steps"), tr("must list at least one step"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        setPart(tr("step %1").arg(i + 1));
        FlowStep s;
        if (!step(steps.at(i).toObject(), &s))
            return false;
        if (ids.contains(s.id))
            return fail(QStringLiteral("id"), tr("is used twice"));
        ids.insert(s.id);
        out->steps.append(s);
    }
    const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        setPart(tr("rule %1").arg(i + 1));
        FlowRule r;
        if (!rule(rules.at(i).toObject(), *out, &r))
            return false;
        out->rules.append(r);
    }
    return true;
}

QJsonObject stepJson(const FlowStep &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}, {QStringLiteral("source"), s.source}};
    if (s.observable()) {
        o.insert(QStringLiteral("method"), s.method);
        o.insert(QStringLiteral("path"), s.path);
    }
    if (s.optional)
        o.insert(QStringLiteral("optional"), true);
    if (s.repeats)
        o.insert(QStringLiteral("repeats"), true);
    if (!s.untilFact.isEmpty())
        o.insert(QStringLiteral("until"),
                 QJsonObject{{QStringLiteral("fact"), s.untilFact}, {QStringLiteral("value"), s.untilValue}});
    QJsonArray facts;
    for (const FlowFact &f : s.facts) {
        facts.append(QJsonObject{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("from"), f.fromRequest ? QStringLiteral("request") : QStringLiteral("response")},
            {QStringLiteral("paths"), QJsonArray::fromStringList(f.paths)}});
    }
    if (!facts.isEmpty())
        o.insert(QStringLiteral("facts"), facts);
    return o;
}

QJsonObject ruleJson(const FlowRule &r)
{
    QJsonObject o{{QStringLiteral("kind"), flowRuleKindKey(r.kind)},
                  {QStringLiteral("method"), r.method},
                  {QStringLiteral("path"), r.path},
                  {QStringLiteral("source"), r.source}};
    const std::array<std::pair<const char *, const QString *>, 4> texts{
        {{"code", &r.code}, {"missingStep", &r.missingStep}, {"fact", &r.fact}, {"value", &r.value}}};
    for (const auto &[name, value] : texts) {
        if (!value->isEmpty())
            o.insert(QLatin1String(name), *value);
    }
    if (r.hours > 0)
        o.insert(QStringLiteral("hours"), r.hours);
    return o;
}

} // namespace

int FlowDefinition::stepIndex(const QString &stepId) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == stepId)
            return int(i);
    }
    return -1;
}

bool FlowDefinition::parseList(const QJsonArray &array, QList<FlowDefinition> *out, QString *error)
{
    FlowReader reader(error);
    QSet<QString> ids;
    for (const QJsonValue &v : array) {
        FlowDefinition flow;
        reader.setPart(translated("the flow"));
        if (!v.isObject())
            return reader.fail(QStringLiteral("flows"), translated("must hold objects"));
        if (!reader.flow(v.toObject(), &flow))
            return false;
        if (ids.contains(flow.id))
            return reader.fail(QStringLiteral("id"), translated("is used twice"));
        ids.insert(flow.id);
        out->append(flow);
    }
    return true;
}

QJsonArray FlowDefinition::toJsonList(const QList<FlowDefinition> &flows)
{
    QJsonArray out;
    for (const FlowDefinition &f : flows) {
        QJsonObject o{
            {QStringLiteral("id"), f.id}, {QStringLiteral("title"), f.title}, {QStringLiteral("source"), f.source}};
        if (!f.whenFact.isEmpty())
            o.insert(QStringLiteral("when"),
                     QJsonObject{{QStringLiteral("fact"), f.whenFact}, {QStringLiteral("value"), f.whenValue}});
        QJsonArray steps;
        for (const FlowStep &s : f.steps)
            steps.append(stepJson(s));
        o.insert(QStringLiteral("steps"), steps);
        QJsonArray rules;
        for (const FlowRule &r : f.rules)
            rules.append(ruleJson(r));
        if (!rules.isEmpty())
            o.insert(QStringLiteral("rules"), rules);
        out.append(o);
    }
    return out;
}

QString requestPath(QStringView url)
{
    qsizetype start = 0;
    if (const qsizetype scheme = url.indexOf(QLatin1String("://")); scheme >= 0 && scheme < 10) {
        start = url.indexOf(u'/', scheme + 3);
        if (start < 0)
            return QStringLiteral("/");
    }
    qsizetype end = url.size();
    for (const QChar stop : {QChar(u'?'), QChar(u'#'), QChar(u' ')}) {
        const qsizetype at = url.indexOf(stop, start);
        if (at >= 0 && at < end)
            end = at;
    }
    QStringView path = url.sliced(start, end - start);
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path.toString();
}

bool pathMatches(QStringView pattern, QStringView path)
{
    const auto patternParts = pattern.split(u'/', Qt::SkipEmptyParts);
    const auto pathParts = path.split(u'/', Qt::SkipEmptyParts);
    if (patternParts.size() != pathParts.size())
        return false;
    for (qsizetype i = 0; i < pathParts.size(); ++i) {
        const QStringView p = patternParts.at(i);
        if (p.startsWith(u'{') && p.endsWith(u'}'))
            continue;
        if (p.compare(pathParts.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

QString flowRuleKindKey(FlowRuleKind kind)
{
    return kRuleKinds.key(kind);
}
