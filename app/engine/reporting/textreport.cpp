// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "textreport.h"

#include "replycomposer.h"
#include "resultgroups.h"
#include "translations.h"

#include <QCoreApplication>

namespace TextReport {
namespace {

// The text translated in this unit's context (lupdate reads translated() as tr(): app/i18n/CMakeLists.txt).
QString translated(const char *text)
{
    return QCoreApplication::translate("TextReport", text);
}

// How many timeline rows the text report prints: the first and the last half of them when there are more.
constexpr qsizetype kTimelineRows = 40;

void writeCall(QTextStream &out, const TimelineCall &c)
{
    const QString time = c.clockTime();
    out << "  " << (time.isEmpty() ? QStringLiteral("-") : time) << "  " << c.method << ' ' << c.path << "  "
        << c.status;
    if (c.count > 1)
        out << ' ' << c.foldLabel();
    if (!c.code.isEmpty())
        out << ' ' << c.code;
    if (!c.entry.isEmpty())
        out << " \u2192 " << c.entry;
    if (!c.facts.isEmpty())
        out << "  " << c.factsText();
    if (!c.requestId.isEmpty())
        out << "  " << translated("request id %1").arg(c.requestId);
    out << '\n';
}

// The compact timeline and the flow verdicts, after the results.
void writeTimelineAndFlows(QTextStream &out, const Report &report)
{
    const QList<TimelineCall> &calls = report.timeline.calls();
    if (calls.size() > 1 || !report.flows.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate("TextReport", "Timeline: %n Wix call(s)", nullptr,
                                           report.timeline.callCount())
            << '\n';
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (calls.size() > kTimelineRows && i == kTimelineRows / 2) {
                out << "  "
                    << translated("... %1 more rows (the JSON report lists them all)").arg(calls.size() - kTimelineRows)
                    << '\n';
                i = calls.size() - kTimelineRows / 2;
            }
            writeCall(out, calls.at(i));
        }
    }
    for (const FlowResult &f : report.flows) {
        out << '\n' << translated("Flow: %1 (%2)").arg(f.title, f.flow) << '\n';
        for (qsizetype i = 0; i < f.steps.size(); ++i) {
            const StepResult &s = f.steps.at(i);
            out << "  " << (i + 1) << ". " << s.name << ": " << FlowAnalysis::stateLabel(s.state);
            if (s.calls > 1)
                out << ' ' << translated("(%1 calls)").arg(s.calls);
            out << '\n';
        }
        out << "  " << translated("Verdict: %1").arg(f.verdict) << '\n';
        if (!f.ruleSource.isEmpty())
            out << "  " << translated("Source: %1").arg(f.ruleSource) << '\n';
    }
}

void writeMatch(QTextStream &out, const Match &m, bool detailed)
{
    const CatalogEntry e = m.entry->localized(Translations::current());
    out << "  " << confidenceName(m.level) << " (" << QString::number(m.confidence, 'f', 2) << ")  " << e.id << "  "
        << e.httpStatus << ' ' << e.status;
    if (!e.code.isEmpty())
        out << " \u00b7 " << e.code;
    out << '\n' << "      " << e.title << " \u2014 " << e.endpoint.name << '\n';
    for (const QString &reason : m.reasons)
        out << "      - " << reason << '\n';
    if (!detailed)
        return;
    for (const MessageTemplate::Capture &c : m.variables)
        out << "      " << c.name << " = " << c.value << '\n';
    out << "    " << translated("What to do:") << '\n';
    for (qsizetype i = 0; i < e.steps.size(); ++i) {
        out << "      " << (i + 1) << ". " << ReplyComposer::fillVariables(e.steps.at(i).text, m) << '\n';
        for (const Link &l : e.steps.at(i).links)
            out << "         " << l.label << ": " << l.url << '\n';
    }
    out << "    " << translated("Documented troubleshooting: %1").arg(e.troubleshooting) << '\n';
    out << "    " << translated("Source: %1").arg(e.source) << '\n';
    if (!e.deprecation.isEmpty())
        out << "    " << translated("Note: %1").arg(e.deprecation) << '\n';
}

// How many responses a result stands for, where they were found and, when they differ, the values each carried.
void writeGroup(QTextStream &out, const ResponseGroup &g)
{
    if (g.count <= 1)
        return;
    out << "    " << QCoreApplication::translate("TextReport", "Seen %n time(s)", nullptr, g.count);
    if (!g.identical())
        out << QStringLiteral(" \u00b7 ") << ResultGroups::differenceLabel(g);
    out << '\n';
    if (!g.locations.isEmpty()) {
        QStringList places;
        for (const Location &l : g.locations)
            places << l.label();
        out << "    " << translated("Where: %1").arg(places.join(QStringLiteral(", ")));
        if (g.moreLocations() > 0)
            out << ' ' << QCoreApplication::translate("TextReport", "and %n more", nullptr, g.moreLocations());
        out << '\n';
    }
    if (g.identical())
        return;
    for (const CapturedValues &v : g.values) {
        out << "      " << ResultGroups::valuesText(v) << "  "
            << QCoreApplication::translate("TextReport", "(%n response(s))", nullptr, v.count) << '\n';
    }
    if (g.moreValues > 0) {
        out << "      " << QCoreApplication::translate("TextReport", "and %n more value(s)", nullptr, g.moreValues)
            << '\n';
    }
}

} // namespace

void writeReport(QTextStream &out, const Report &report, int top)
{
    if (report.format != InputFormat::Query) {
        out << QCoreApplication::translate("TextReport", "Read: %1, %2 bytes, %n response(s) with an error", nullptr,
                                           report.responseCount())
                   .arg(InputFormats::label(report.format), QString::number(report.bytes));
        if (report.redactions > 0)
            out << QCoreApplication::translate("TextReport", ", %n secret(s) redacted", nullptr, report.redactions);
        out << '\n';
    }
    for (const QString &p : report.problems)
        out << translated("Problem: %1").arg(p) << '\n';
    for (qsizetype r = 0; r < report.results.size(); ++r) {
        const Diagnosis &d = report.results.at(r);
        const ParsedResponse &in = d.input;
        out << '\n' << '[' << (r + 1) << ']';
        if (!in.location.isWhole())
            out << ' ' << in.location.label();
        if (!in.method.isEmpty() || !in.url.isEmpty())
            out << "  " << in.method << (in.method.isEmpty() ? "" : " ") << in.url;
        out << '\n';
        const QStringList facts = in.facts(false);
        if (!facts.isEmpty())
            out << "    " << facts.join(QStringLiteral(" \u00b7 ")) << '\n';
        if (!in.assembly.isEmpty())
            out << "    " << translated("Read: %1").arg(in.assembly.join(QStringLiteral("; "))) << '\n';
        if (!in.message.isEmpty())
            out << "    " << translated("Message: %1").arg(in.message) << '\n';
        writeGroup(out, d.group);
        for (const QString &note : d.notes)
            out << "    " << translated("Note: %1").arg(note) << '\n';
        if (d.matches.isEmpty())
            out << "    " << translated("No documented error fits this response.") << '\n';
        for (qsizetype i = 0; i < d.shownMatches(top); ++i) {
            writeMatch(out, d.matches.at(i), i == 0 || d.matches.at(i).confidence == d.matches.front().confidence);
        }
        if (!d.nearMisses.isEmpty()) {
            out << "    " << translated("Near misses:") << '\n';
            for (const NearMiss &n : d.nearMisses)
                out << "      " << n.entry->id << ": " << n.reasons.join(QStringLiteral("; ")) << '\n';
        }
    }
    writeTimelineAndFlows(out, report);
}

void writeListing(QTextStream &out, const Catalog &catalog)
{
    out << QCoreApplication::translate("TextReport", "Catalog %1: %n entries", nullptr, int(catalog.entries().size()))
               .arg(catalog.version())
        << '\n';
    QString api;
    for (const CatalogEntry &e : catalog.entries()) {
        if (e.api != api) {
            api = e.api;
            out << '\n' << api << '\n';
        }
        out << "  " << e.id << "  " << e.httpStatus << ' ' << e.status << "  "
            << (e.code.isEmpty() ? QStringLiteral("-") : e.code) << "  "
            << (e.messageTemplate.isEmpty() ? e.localized(Translations::current()).title : e.messageTemplate.text())
            << "  [" << (e.layer.isEmpty() ? QCoreApplication::translate("TextReport", "embedded") : e.layer) << "]\n";
    }
}

} // namespace TextReport
