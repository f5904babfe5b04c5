// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "jsonreport.h"

#include "flowjson.h"

#include "redactor.h"
#include "replycomposer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace JsonReport {
namespace {

QJsonObject link(const Link &l)
{
    return {{QStringLiteral("label"), l.label}, {QStringLiteral("url"), l.url}};
}

QJsonArray links(const QList<Link> &list)
{
    QJsonArray out;
    for (const Link &l : list)
        out.append(link(l));
    return out;
}

QJsonObject endpoint(const Endpoint &e)
{
    QJsonObject o{{QStringLiteral("name"), e.name}};
    if (!e.method.isEmpty())
        o.insert(QStringLiteral("method"), e.method);
    if (!e.path.isEmpty())
        o.insert(QStringLiteral("path"), e.path);
    return o;
}

QJsonObject common(const CatalogEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("api"), e.api},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("endpoint"), endpoint(e.endpoint)},
            {QStringLiteral("httpStatus"), e.httpStatus},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("code"), e.code},
            {QStringLiteral("template"), e.messageTemplate.text()}};
}

QJsonObject capturedValues(const QList<MessageTemplate::Capture> &captures)
{
    QJsonObject vars;
    for (const MessageTemplate::Capture &c : captures)
        vars.insert(c.name, c.value);
    return vars;
}

QJsonObject match(const Match &m)
{
    QJsonObject o = common(*m.entry);
    o.insert(QStringLiteral("confidence"), m.confidence);
    o.insert(QStringLiteral("level"), confidenceKey(m.level));
    o.insert(QStringLiteral("variables"), capturedValues(m.variables));
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(m.reasons));
    QJsonArray steps;
    for (const RemediationStep &s : m.entry->steps) {
        steps.append(QJsonObject{{QStringLiteral("text"), ReplyComposer::fillVariables(s.text, m)},
                                 {QStringLiteral("links"), links(s.links)}});
    }
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("troubleshooting"), m.entry->troubleshooting);
    if (!m.entry->deprecation.isEmpty())
        o.insert(QStringLiteral("deprecation"), m.entry->deprecation);
    return o;
}

} // namespace

int redactionsIn(const ParsedResponse &response)
{
    return int(response.text.count(Redactor::kPlaceholder));
}

QJsonObject catalogInfo(const Catalog &catalog)
{
    return {{QStringLiteral("version"), catalog.version()},
            {QStringLiteral("sources"), QJsonArray::fromStringList(catalog.sources())},
            {QStringLiteral("entries"), int(catalog.entries().size())}};
}

QJsonObject entry(const CatalogEntry &e)
{
    QJsonObject o = common(e);
    QJsonArray steps;
    for (const RemediationStep &s : e.steps)
        steps.append(QJsonObject{{QStringLiteral("text"), s.text}, {QStringLiteral("links"), links(s.links)}});
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("links"), links(e.seeAlso));
    o.insert(QStringLiteral("troubleshooting"), e.troubleshooting);
    o.insert(QStringLiteral("source"), e.source);
    o.insert(QStringLiteral("variables"), QJsonArray::fromStringList(e.messageTemplate.variables()));
    if (!e.deprecation.isEmpty())
        o.insert(QStringLiteral("deprecation"), e.deprecation);
    return o;
}

QJsonObject listing(const Catalog &catalog)
{
    QJsonArray entries;
    for (const CatalogEntry &e : catalog.entries()) {
        QJsonObject o = entry(e);
        // Where the entry comes from: "embedded", a catalog file's path or a subscription's URL.
        o.insert(QStringLiteral("layer"), e.layer.isEmpty() ? QStringLiteral("embedded") : e.layer);
        entries.append(o);
    }
    return {{QStringLiteral("catalog"), catalogInfo(catalog)}, {QStringLiteral("entries"), entries}};
}

namespace {

// How many responses a result stands for, where the first of them were found, and the distinct values captured.
void insertGroup(QJsonObject *o, const ResponseGroup &g)
{
    o->insert(QStringLiteral("count"), g.count);
    QJsonArray locations;
    for (const Location &l : g.locations)
        locations.append(l.key());
    o->insert(QStringLiteral("locations"), locations);
    o->insert(QStringLiteral("moreLocations"), g.moreLocations());
    QJsonArray values;
    for (const CapturedValues &v : g.values) {
        values.append(
            QJsonObject{{QStringLiteral("variables"), capturedValues(v.values)}, {QStringLiteral("count"), v.count}});
    }
    o->insert(QStringLiteral("values"), values);
    o->insert(QStringLiteral("moreValues"), g.moreValues);
}

QJsonObject result(const Diagnosis &d, int top)
{
    const ParsedResponse &in = d.input;
    QJsonObject source{{QStringLiteral("format"), InputFormats::key(in.format)}};
    if (!in.location.isWhole())
        source.insert(QStringLiteral("location"), in.location.key());
    if (!in.method.isEmpty())
        source.insert(QStringLiteral("method"), in.method);
    if (!in.url.isEmpty())
        source.insert(QStringLiteral("url"), in.url);
    QJsonObject input;
    if (in.httpStatus > 0)
        input.insert(QStringLiteral("httpStatus"), in.httpStatus);
    auto put = [&input](const char *key, const QString &value) {
        if (!value.isEmpty())
            input.insert(QLatin1String(key), value);
    };
    put("status", in.status);
    put("code", in.code);
    put("message", in.message);
    put("requestId", in.requestId);
    if (!in.descriptions.isEmpty())
        input.insert(QStringLiteral("descriptions"), QJsonArray::fromStringList(in.descriptions));
    QJsonArray matches;
    for (qsizetype i = 0; i < d.shownMatches(top); ++i)
        matches.append(match(d.matches.at(i)));
    QJsonArray near;
    for (const NearMiss &n : d.nearMisses) {
        near.append(QJsonObject{{QStringLiteral("id"), n.entry->id},
                                {QStringLiteral("reasons"), QJsonArray::fromStringList(n.reasons)}});
    }
    QJsonObject o{{QStringLiteral("source"), source},
                  {QStringLiteral("input"), input},
                  {QStringLiteral("redactions"), redactionsIn(in)},
                  {QStringLiteral("matches"), matches},
                  {QStringLiteral("nearMisses"), near}};
    if (!d.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(d.notes));
    insertGroup(&o, d.group);
    return o;
}

// Everything but the results, which go in an array under "results".
QJsonObject reportWith(const Report &r, const QJsonArray &results)
{
    QJsonObject o{{QStringLiteral("catalog"), catalogInfo(*r.catalog)}, {QStringLiteral("results"), results}};
    if (r.format != InputFormat::Query) {
        o.insert(QStringLiteral("format"), InputFormats::key(r.format));
        o.insert(QStringLiteral("redactions"), r.redactions);
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(r.problems));
        o.insert(QStringLiteral("flows"), FlowJson::flows(r.flows));
    }
    return o;
}

} // namespace

QJsonObject report(const Report &r, int top)
{
    QJsonArray results;
    for (const Diagnosis &d : r.results)
        results.append(result(d, top));
    QJsonObject o = reportWith(r, results);
    if (r.format != InputFormat::Query)
        o.insert(QStringLiteral("timeline"), FlowJson::timeline(r.timeline));
    return o;
}

void writeReport(const Report &r, int top, const std::function<void(const QByteArray &)> &write)
{
    // The document with an empty result list ends in "results": [\n    ]\n}\n (keys are sorted, and "results" is
    // the last of them); each result goes between the brackets, serialised on its own and indented two levels.
    // JSON strings hold no raw line breaks, so indenting every line is exact.
    const QByteArray frame = QJsonDocument(reportWith(r, QJsonArray())).toJson(QJsonDocument::Indented);
    const QByteArray emptyList = QByteArrayLiteral("\"results\": [\n    ]\n}\n");
    if (r.results.isEmpty() || !frame.endsWith(emptyList)) {
        write(QJsonDocument(report(r, top)).toJson(QJsonDocument::Indented));
        return;
    }
    write(frame.left(frame.size() - emptyList.size()) + QByteArrayLiteral("\"results\": [\n"));
    constexpr QByteArrayView indent("        ");
    QByteArray piece;
    for (qsizetype i = 0; i < r.results.size(); ++i) {
        const QByteArray one = QJsonDocument(result(r.results.at(i), top)).toJson(QJsonDocument::Indented);
        piece.clear();
        piece.reserve(one.size() + one.size() / 4);
        // Every line of the result, the last one's break aside, two levels in.
        for (qsizetype from = 0; from < one.size();) {
            const qsizetype end = one.indexOf('\n', from);
            const qsizetype to = end < 0 ? one.size() : end;
            piece.append(indent).append(QByteArrayView(one).sliced(from, to - from));
            if (to + 1 < one.size())
                piece.append('\n');
            from = to + 1;
        }
        piece.append(i + 1 < r.results.size() ? QByteArrayView(",\n") : QByteArrayView("\n"));
        write(piece);
    }
    // "timeline" sorts after "results": it closes the document.
    QByteArray tail = QByteArrayLiteral("    ]");
    if (r.format != InputFormat::Query) {
        const QByteArray timeline =
            QJsonDocument(QJsonObject{{QStringLiteral("timeline"), FlowJson::timeline(r.timeline)}})
                .toJson(QJsonDocument::Indented);
        // {\n    "timeline": [...]\n}\n: its member, at the document's level.
        tail += ",\n" + timeline.sliced(2, timeline.size() - 5);
    }
    write(tail + QByteArrayLiteral("\n}\n"));
}

} // namespace JsonReport
