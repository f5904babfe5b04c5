// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "flowanalysis.h"

#include "closedset.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <utility>

namespace {

// Keys for programs, labels for people (in the FlowAnalysis context).
constexpr ClosedSet kStates{
    "FlowAnalysis",
    std::array{
        ClosedSetRow{StepState::Done, u"done", QT_TRANSLATE_NOOP("FlowAnalysis", "done")},
        ClosedSetRow{StepState::Failed, u"failed", QT_TRANSLATE_NOOP("FlowAnalysis", "failed")},
        ClosedSetRow{StepState::Missing, u"missing", QT_TRANSLATE_NOOP("FlowAnalysis", "missing")},
        ClosedSetRow{StepState::OutOfOrder, u"outOfOrder", QT_TRANSLATE_NOOP("FlowAnalysis", "out of order")},
        ClosedSetRow{StepState::Repeated, u"repeated", QT_TRANSLATE_NOOP("FlowAnalysis", "repeated")},
        ClosedSetRow{StepState::Polling, u"polling", QT_TRANSLATE_NOOP("FlowAnalysis", "still polling")},
        ClosedSetRow{StepState::NotReached, u"notReached", QT_TRANSLATE_NOOP("FlowAnalysis", "not reached")},
        ClosedSetRow{StepState::NotRecorded, u"notRecorded", QT_TRANSLATE_NOOP("FlowAnalysis", "not recorded")},
    }};

// What the calls told, the last word on each fact winning.
QHash<QString, QString> knownFacts(const Timeline &timeline)
{
    QHash<QString, QString> facts;
    for (const TimelineCall &c : timeline.calls()) {
        for (const CallFact &f : c.facts)
            facts.insert(f.first, f.second);
    }
    return facts;
}

QList<int> rowsCalling(const Timeline &timeline, const QString &method, const QString &path)
{
    QList<int> rows;
    for (qsizetype i = 0; i < timeline.calls().size(); ++i) {
        const TimelineCall &c = timeline.calls().at(i);
        if (c.method == method && pathMatches(path, c.path))
            rows.append(int(i));
    }
    return rows;
}

// The name of the endpoint a rule watches: the step of any flow that calls it, else its method and path.
QString endpointName(const QList<FlowDefinition> &flows, const QString &method, const QString &path, QString *id)
{
    for (const FlowDefinition &f : flows) {
        for (const FlowStep &s : f.steps) {
            if (s.method == method && s.path == path) {
                *id = s.id;
                return s.name;
            }
        }
    }
    *id = method + u' ' + path;
    return *id;
}

class FlowJudge
{
public:
    // Its own context: lupdate files the strings of this class's functions under its name. The words are the
    // phrases' when given (a reply's language), else the installed translation's.
    QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_phrases ? m_phrases("FlowJudge", text, n)
                         : QCoreApplication::translate("FlowJudge", text, disambiguation, n);
    }

    FlowJudge(const Timeline &timeline, const FlowDefinition &flow, const QList<FlowDefinition> &all,
              const FlowAnalysis::Phrases &phrases)
        : m_timeline(timeline), m_flow(flow), m_all(all), m_phrases(phrases), m_facts(knownFacts(timeline))
    {
        for (const FlowStep &s : flow.steps)
            m_rows.append(s.observable() ? rowsCalling(timeline, s.method, s.path) : QList<int>());
    }

    int stepsCalled() const
    {
        return int(std::count_if(m_rows.begin(), m_rows.end(), [](const QList<int> &r) { return !r.isEmpty(); }));
    }
    bool contradicted() const
    {
        return !m_flow.whenFact.isEmpty() && m_facts.contains(m_flow.whenFact) &&
               m_facts.value(m_flow.whenFact) != m_flow.whenValue;
    }
    FlowResult judge();

private:
    StepResult judgeStep(int i) const;
    int callsIn(const QList<int> &rows) const;
    bool applyRule(const FlowRule &rule, FlowResult *out) const;
    QString plainVerdict(FlowResult *out) const;

    const Timeline &m_timeline;
    const FlowDefinition &m_flow;
    const QList<FlowDefinition> &m_all;
    const FlowAnalysis::Phrases &m_phrases;
    QHash<QString, QString> m_facts;
    QList<QList<int>> m_rows; // the timeline rows calling each step
};

int FlowJudge::callsIn(const QList<int> &rows) const
{
    int n = 0;
    for (int r : rows)
        n += m_timeline.calls().at(r).count;
    return n;
}

StepResult FlowJudge::judgeStep(int i) const
{
    const FlowStep &step = m_flow.steps.at(i);
    const QList<int> &rows = m_rows.at(i);
    StepResult out{step.id, step.name, StepState::NotReached, callsIn(rows), rows.isEmpty() ? -1 : rows.first()};
    if (rows.isEmpty()) {
        const bool laterCalled =
            std::any_of(m_rows.begin() + i + 1, m_rows.end(), [](const QList<int> &r) { return !r.isEmpty(); });
        if (!step.observable())
            out.state = StepState::NotRecorded;
        else if (laterCalled && !step.optional)
            out.state = StepState::Missing;
        return out;
    }
    const bool early = std::any_of(m_rows.begin(), m_rows.begin() + i,
                                   [&](const QList<int> &r) { return !r.isEmpty() && r.first() > rows.first(); });
    const TimelineCall &last = m_timeline.calls().at(rows.last());
    if (early)
        out.state = StepState::OutOfOrder;
    else if (last.failed())
        out.state = StepState::Failed;
    else if (!step.untilFact.isEmpty())
        out.state = last.fact(step.untilFact) == step.untilValue ? StepState::Done : StepState::Polling;
    else if (out.calls > 1 && !step.repeats)
        out.state = StepState::Repeated;
    else
        out.state = StepState::Done;
    return out;
}

bool FlowJudge::applyRule(const FlowRule &rule, FlowResult *out) const
{
    const QList<int> rows = rowsCalling(m_timeline, rule.method, rule.path);
    if (rows.isEmpty())
        return false;
    QString stepId;
    const QString name = endpointName(m_all, rule.method, rule.path, &stepId);
    const TimelineCall &last = m_timeline.calls().at(rows.last());
    switch (rule.kind) {
    case FlowRuleKind::ErrorMeansMissingStep: {
        const auto failed = std::find_if(rows.begin(), rows.end(), [&](int r) {
            return m_timeline.calls().at(r).code.compare(rule.code, Qt::CaseInsensitive) == 0;
        });
        if (failed == rows.end())
            return false;
        const int missing = m_flow.stepIndex(rule.missingStep);
        out->steps[missing].state = StepState::Missing;
        out->failedStep = stepId;
        out->verdict = tr("%1 failed with %2: the flow's step %3, \u201c%4\u201d, comes before it and is not in this "
                          "input; the error says it was not done.")
                           .arg(name, rule.code, QString::number(missing + 1), m_flow.steps.at(missing).name);
        return true;
    }
    case FlowRuleKind::CallNotServed:
        if (m_facts.value(rule.fact) != rule.value)
            return false;
        out->failedStep = stepId;
        out->verdict =
            tr("%1 was called for a domain whose %2 is %3, which it does not serve.").arg(name, rule.fact, rule.value);
        return true;
    case FlowRuleKind::PollingTooShort: {
        if (last.failed() || last.fact(rule.fact) != rule.value)
            return false;
        const TimelineCall &first = m_timeline.calls().at(rows.first());
        const qint64 span = first.epochMs >= 0 && last.lastEpochMs >= 0 ? last.lastEpochMs - first.epochMs : -1;
        out->failedStep = stepId;
        out->verdict =
            tr("%1 was called %n time(s)%2 and still says %3 %4: it can take up to %5 hours.", nullptr, callsIn(rows))
                .arg(name, span >= 0 ? tr(" over %1").arg(spanLabel(span, m_phrases)) : QString(), rule.fact,
                     rule.value, QString::number(rule.hours));
        return true;
    }
    }
    return false;
}

QString FlowJudge::plainVerdict(FlowResult *out) const
{
    const auto find = [&](StepState state) {
        return std::find_if(out->steps.begin(), out->steps.end(),
                            [&](const StepResult &s) { return s.state == state; });
    };
    if (const auto s = find(StepState::Failed); s != out->steps.end()) {
        const TimelineCall &last = m_timeline.calls().at(m_rows.at(s - out->steps.begin()).last());
        out->failedStep = s->id;
        return tr("%1 (step %2) failed with HTTP %3%4.")
            .arg(s->name, QString::number(s - out->steps.begin() + 1), QString::number(last.status),
                 last.code.isEmpty() ? QString() : u' ' + last.code);
    }
    if (const auto s = find(StepState::OutOfOrder); s != out->steps.end()) {
        out->failedStep = s->id;
        const auto before =
            std::find_if(out->steps.begin(), s, [&](const StepResult &e) { return e.firstRow > s->firstRow; });
        return tr("%1 (step %2) was called before %3 (step %4), which the flow puts ahead of it.")
            .arg(s->name, QString::number(s - out->steps.begin() + 1), before->name,
                 QString::number(before - out->steps.begin() + 1));
    }
    if (const auto s = find(StepState::Missing); s != out->steps.end()) {
        out->failedStep = s->id;
        return tr("%1 (step %2) is not in this input, though later steps are.")
            .arg(s->name, QString::number(s - out->steps.begin() + 1));
    }
    if (const auto s = find(StepState::Polling); s != out->steps.end())
        return tr("%1 is still waiting for its result.").arg(s->name);
    if (const auto s = find(StepState::NotReached); s != out->steps.end())
        return tr("The calls stop before %1 (step %2).").arg(s->name, QString::number(s - out->steps.begin() + 1));
    return tr("Every step of the flow that an input can show is done.");
}

FlowResult FlowJudge::judge()
{
    FlowResult out{m_flow.id, m_flow.title, m_flow.source, {}, {}, {}, {}, {}};
    for (int i = 0; i < m_flow.steps.size(); ++i)
        out.steps.append(judgeStep(i));
    // A rule that names the cause comes first; a step that failed, was skipped or came too early before polling
    // that has not waited long enough; that before the rest.
    const auto applyFirst = [&](bool polling) {
        for (const FlowRule &rule : m_flow.rules) {
            if ((rule.kind == FlowRuleKind::PollingTooShort) == polling && applyRule(rule, &out)) {
                out.ruleSource = rule.source;
                return true;
            }
        }
        return false;
    };
    if (!applyFirst(false)) {
        out.verdict = plainVerdict(&out);
        if (out.failedStep.isEmpty())
            applyFirst(true); // its verdict replaces the plain one
    }
    for (const StepResult &s : out.steps) {
        if (s.state == StepState::Missing)
            out.missingSteps.append(s.id);
    }
    return out;
}

} // namespace

namespace FlowAnalysis {

QList<FlowResult> analyze(const Timeline &timeline, const QList<FlowDefinition> &flows, const Phrases &phrases)
{
    QList<FlowResult> out;
    if (timeline.calls().isEmpty())
        return out; // most inputs: one response, no call
    int best = 0;
    for (const FlowDefinition &flow : flows) {
        FlowJudge judge(timeline, flow, flows, phrases);
        const int called = judge.stepsCalled();
        if (called == 0 || called < best || judge.contradicted())
            continue;
        if (called > best)
            out.clear();
        best = called;
        out.append(judge.judge());
    }
    return out;
}

QString stateKey(StepState state)
{
    return kStates.key(state);
}

QString stateLabel(StepState state)
{
    return kStates.label(state);
}

} // namespace FlowAnalysis
