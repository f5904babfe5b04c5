// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "timeline.h"

#include <QCoreApplication>
#include <QStringList>

QString TimelineCall::fact(const QString &name) const
{
    for (const CallFact &f : facts) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

namespace {

// A call folds into the row before it when it is the same request answered the same way: polling that still says
// IN_PROGRESS is one row, the answer that says COMPLETED starts the next.
bool foldsInto(const TimelineCall &before, const TimelineCall &next)
{
    return before.method == next.method && before.path == next.path && before.status == next.status &&
           before.facts == next.facts && before.code == next.code;
}

} // namespace

void Timeline::add(TimelineCall call)
{
    ++m_callCount;
    if (!m_calls.isEmpty() && foldsInto(m_calls.back(), call)) {
        TimelineCall &last = m_calls.back();
        ++last.count;
        last.lastTime = call.time;
        last.lastEpochMs = call.epochMs;
        if (last.requestId.isEmpty())
            last.requestId = call.requestId;
        return;
    }
    if (m_calls.size() >= kMaxRows) {
        ++m_dropped;
        return;
    }
    call.lastTime = call.time;
    call.lastEpochMs = call.epochMs;
    m_calls.append(std::move(call));
}

QString TimelineCall::clockTime() const
{
    return time.size() >= 19 && time.at(10) == u'T' ? time.mid(11, 8) : time;
}

QString TimelineCall::foldLabel() const
{
    if (count <= 1)
        return {};
    const QString span = spanLabel(spanMs());
    return span.isEmpty()
               ? QCoreApplication::translate("Timeline", "\u00d7 %1").arg(count)
               : QCoreApplication::translate("Timeline", "\u00d7 %1 over %2").arg(QString::number(count), span);
}

QString TimelineCall::factsText() const
{
    QStringList parts;
    for (const CallFact &f : facts)
        parts.append(f.first + u'=' + f.second);
    return parts.join(QStringLiteral(", "));
}

QString spanLabel(qint64 ms, const std::function<QString(const char *, const char *, int)> &phrases)
{
    const auto tr = [&phrases](const char *text) {
        return phrases ? phrases("Timeline", text, -1) : QCoreApplication::translate("Timeline", text);
    };
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 120)
        return tr("%1 s").arg(s);
    if (s < 2 * 3600)
        return tr("%1 min").arg(s / 60);
    return tr("%1 h").arg(s / 3600);
}
