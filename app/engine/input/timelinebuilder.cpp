// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "timelinebuilder.h"

#include "harcall.h"
#include "labelrules.h"
#include "normalizedtext.h"
#include "readers.h"
#include "redactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <simdjson.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

struct TimelineBuilder::Walker
{
    simdjson::ondemand::parser parser;
    std::string scratch;
};

namespace {

QString toText(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A fact's value at a path of member names: a string, a number, or a list of them joined.
QString valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue v(root);
    for (const QStringView name : QStringView(path).split(u'.'))
        v = v.toObject().value(name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    QStringList items;
    for (const QJsonValue &item : v.toArray()) {
        if (item.isString())
            items.append(item.toString());
        else if (item.isObject() && item.toObject().value(QStringLiteral("value")).isString())
            items.append(item.toObject().value(QStringLiteral("value")).toString()); // [{"hostName", "value"}]
    }
    return items.join(TimelineCall::kFactListSeparator);
}

qint64 epochOf(const QString &time)
{
    if (time.isEmpty())
        return -1;
    QDateTime t = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(QString(time).replace(u' ', u'T'), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

} // namespace

TimelineBuilder::Routes::Routes(QList<FlowDefinition> definitions) : flows(std::move(definitions))
{
    QStringList paths;
    for (const FlowDefinition &flow : std::as_const(flows)) {
        for (const FlowStep &step : flow.steps)
            paths.append(step.path);
        for (const FlowRule &rule : flow.rules)
            paths.append(rule.path);
    }
    for (const QString &path : std::as_const(paths)) {
        const QList<QStringView> segments = QStringView(path).split(u'/', Qt::SkipEmptyParts);
        // A segment that is no placeholder, of the characters hasAsciiWordAt() compares in either case.
        const auto literal = std::find_if(segments.cbegin(), segments.cend(), [](QStringView s) {
            return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
                const char16_t u = c.unicode();
                return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
                       u == u'.';
            });
        });
        if (literal == segments.cend())
            everyLine = everyLine || !path.isEmpty();
        else if (const QString word = literal->toString().toLower(); !pathWords.contains(word))
            pathWords.append(word);
    }
}

TimelineBuilder::TimelineBuilder(std::shared_ptr<const Routes> routes)
    : m_routes(std::move(routes)), m_walker(std::make_unique<Walker>())
{}

TimelineBuilder::~TimelineBuilder() = default;

const FlowStep *TimelineBuilder::stepFor(const QString &method, const QString &path, QString *flowId) const
{
    for (const FlowDefinition &flow : m_routes->flows) {
        for (const FlowStep &step : flow.steps) {
            if (step.observable() && step.method == method && pathMatches(step.path, path)) {
                if (flowId)
                    *flowId = flow.id;
                return &step;
            }
        }
    }
    return nullptr;
}

bool TimelineBuilder::isWixCall(QStringView url, const QString &method, const QString &path) const
{
    if (stepFor(method, path, nullptr))
        return true;
    for (const FlowDefinition &flow : m_routes->flows) {
        for (const FlowRule &rule : flow.rules) {
            if (rule.method == method && pathMatches(rule.path, path))
                return true;
        }
    }
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return false;
    QStringView host = url.sliced(scheme + 3);
    host = host.first(qMin(host.size(), host.indexOf(u'/') < 0 ? host.size() : host.indexOf(u'/')));
    if (const qsizetype port = host.indexOf(u':'); port >= 0)
        host.truncate(port);
    for (const QLatin1String wix : {QLatin1String("wixapis.com"), QLatin1String("wix.com")}) {
        if (host.compare(wix, Qt::CaseInsensitive) == 0 || host.endsWith(QString(u'.' + wix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<int> TimelineBuilder::readHarEntry(const char *json, qsizetype size, qsizetype capacity, int entry)
{
    m_pending.reset();
    HarCall raw;
    if (!HarCall::read(m_walker->parser, json, size_t(size), size_t(capacity), &raw))
        return std::nullopt;
    const int status = int(raw.status);
    if (raw.url.empty())
        return status;
    const QString url = toText(raw.url);
    const QString method = toText(raw.method).toUpper();
    // Polling asks for the same URL again and again: what it is, is found out once.
    if (url != m_lastUrl || method != m_lastMethod) {
        m_lastUrl = url;
        m_lastMethod = method;
        const QString path = requestPath(url);
        m_lastStep = stepFor(method, path, nullptr);
        m_lastIsWix = isWixCall(url, method, path);
        if (path != m_lastPath) {
            m_lastPath = path;
            m_lastRedactedPath = Redactor::redact(path).text;
        }
    }
    if (!m_lastIsWix)
        return status;
    TimelineCall call;
    call.time = toText(raw.started);
    call.epochMs = epochOf(call.time);
    call.durationMs = raw.time;
    call.method = method;
    call.path = m_lastRedactedPath;
    call.status = status;
    call.requestId = Redactor::redact(toText(raw.requestId)).text;
    call.location = Location::entry(entry, 0);
    call.sourceOffset = std::exchange(m_sourceOffset, -1);
    call.sourceSize = m_sourceSize;
    if (m_lastStep) // a failure's request still says what was asked for (the connection type chosen)
        keepFacts(*m_lastStep, body(*m_lastStep, raw, true), body(*m_lastStep, raw, false), &call);
    m_pending = std::move(call);
    return status;
}

// A body the step's facts may be read from (a success's response, the request), unescaped; empty when its facts
// cannot be in it: the body is then neither copied nor parsed, which is what most bodies of a big HAR cost.
QByteArray TimelineBuilder::body(const FlowStep &step, const HarCall &call, bool request) const
{
    const std::string_view token = request ? call.requestBody : call.responseBody;
    if (token.empty() || (!request && call.status >= 400))
        return {};
    const bool base64 = !request && call.base64;
    bool wanted = false;
    for (const FlowFact &f : step.facts) {
        for (const QString &p : f.paths) {
            if (f.fromRequest == request &&
                (base64 || HarCall::mayHold(token, QStringView(p).mid(p.lastIndexOf(u'.') + 1).toUtf8().toStdString())))
                wanted = true;
        }
    }
    if (!wanted)
        return {};
    const QByteArray text = HarCall::unescaped(m_walker->parser, token);
    return base64 ? QByteArray::fromBase64(text) : text;
}

void TimelineBuilder::keepFacts(const FlowStep &step, const QByteArray &request, const QByteArray &response,
                                TimelineCall *call) const
{
    if (request.isEmpty() && response.isEmpty())
        return; // nothing to read a fact from: most calls of a big HAR
    // A body that names none of the facts' members is not parsed: most successful bodies of a big HAR.
    const auto names = [&](const QByteArray &body, bool fromRequest) {
        for (const FlowFact &f : step.facts) {
            for (const QString &p : f.paths) {
                const QByteArray member = '"' + QStringView(p).mid(p.lastIndexOf(u'.') + 1).toUtf8() + '"';
                if (f.fromRequest == fromRequest && body.contains(member))
                    return true;
            }
        }
        return false;
    };
    const QJsonObject requestJson = names(request, true) ? QJsonDocument::fromJson(request).object() : QJsonObject();
    const QJsonObject responseJson =
        names(response, false) ? QJsonDocument::fromJson(response).object() : QJsonObject();
    keepFacts(step, requestJson, responseJson, call);
}

void TimelineBuilder::keepFacts(const FlowStep &step, const QJsonObject &requestJson, const QJsonObject &responseJson,
                                TimelineCall *call) const
{
    for (const FlowFact &fact : step.facts) {
        if (!call->fact(fact.name).isEmpty())
            continue; // the response's word and the request's name the same fact: the first listed wins
        for (const QString &p : fact.paths) {
            const QString v = valueAt(fact.fromRequest ? requestJson : responseJson, p);
            if (!v.isEmpty()) {
                call->facts.append({fact.name, Redactor::redact(v).text});
                break;
            }
        }
    }
}

// A logger that prints the bodies after the status: each JSON object on the line is asked for every fact.
void TimelineBuilder::keepLineFacts(const FlowStep &step, QStringView rest, bool requestOnly, TimelineCall *call) const
{
    // Bounded: the first few objects of the line's first 64 KiB.
    constexpr qsizetype kMaxBodyChars = 64 * 1024;
    constexpr int kMaxObjects = 8;
    constexpr int kMaxDepth = 64;
    rest = rest.first(qMin(rest.size(), kMaxBodyChars));
    int objects = 0;
    for (qsizetype open = rest.indexOf(u'{'); open >= 0 && objects < kMaxObjects; ++objects) {
        const qsizetype end = Readers::balancedEnd(rest, open, kMaxDepth, kMaxBodyChars);
        if (end < 0)
            return;
        const QJsonObject o = QJsonDocument::fromJson(rest.sliced(open, end - open).toUtf8()).object();
        keepFacts(step, o, requestOnly ? QJsonObject() : o, call);
        open = rest.indexOf(u'{', end);
    }
}

void TimelineBuilder::commit(const ParsedResponse *failure)
{
    if (!m_pending)
        return;
    if (failure)
        m_pending->code = failure->code;
    m_timeline.add(std::move(*m_pending));
    m_pending.reset();
}

void TimelineBuilder::readLog(QStringView text)
{
    add(logCalls(text));
}

void TimelineBuilder::add(QList<TimelineCall> calls)
{
    for (TimelineCall &c : calls)
        m_timeline.add(std::move(c));
}

bool TimelineBuilder::mayHoldCall(QStringView line) const
{
    if (m_routes->everyLine)
        return true;
    for (qsizetype colon = line.indexOf(u':'); colon >= 0; colon = line.indexOf(u':', colon + 1)) {
        if (line.sliced(colon).startsWith(u"://")) // a URL (a vectorised search for its ':')
            return true;
    }
    return std::any_of(m_routes->pathWords.cbegin(), m_routes->pathWords.cend(), [line](const QString &word) {
        const QChar lower = word.front();
        const QChar upper = lower.toUpper();
        for (qsizetype from = 0; from < line.size();) {
            const qsizetype l = line.indexOf(lower, from);
            const qsizetype u = upper == lower ? -1 : line.indexOf(upper, from);
            const qsizetype at = l < 0 ? u : u < 0 ? l : qMin(l, u);
            if (at < 0)
                break;
            if (NormalizedText::hasAsciiWordAt(
                    line, at,
                    std::u16string_view(reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size()))))
                return true;
            from = at + 1;
        }
        return false;
    });
}

QList<TimelineCall> TimelineBuilder::logCalls(QStringView text, qsizetype firstLine) const
{
    static const QRegularExpression call(
        QStringLiteral("(?<![A-Za-z])(GET|POST|PUT|PATCH|DELETE)\\s+\"?(\\S+?)\"?\\s.*?(?<![\\d.:/-])([1-5]\\d\\d)"
                       "(?![\\d.:/-])"));
    static const QRegularExpression stamp(
        QStringLiteral("^\\S*?(\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?)"));
    static const QRegularExpression took(QStringLiteral("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s?ms\\b"));
    static const QRegularExpression code(QStringLiteral("\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\b"));
    QList<TimelineCall> calls;
    qsizetype number = firstLine;
    for (const QStringView line : text.split(u'\n')) {
        ++number;
        const QRegularExpressionMatch m = call.match(line);
        if (!m.hasMatch())
            continue;
        TimelineCall c;
        c.method = m.captured(1);
        c.path = requestPath(m.capturedView(2));
        if (!isWixCall(m.capturedView(2), c.method, c.path))
            continue;
        c.status = m.capturedView(3).toInt();
        c.time = stamp.match(line).captured(1);
        c.epochMs = epochOf(c.time);
        if (const QRegularExpressionMatch t = took.match(line, m.capturedEnd(2)); t.hasMatch())
            c.durationMs = t.capturedView(1).toDouble();
        ParsedResponse ids;
        LabelRules::readRequestId(line, &ids);
        c.requestId = ids.requestId;
        if (c.failed())
            c.code = code.match(line, m.capturedEnd(3)).captured(1);
        if (const FlowStep *step = stepFor(c.method, c.path, nullptr); step && !step->facts.isEmpty())
            keepLineFacts(*step, line.sliced(m.capturedEnd(3)), c.failed(), &c);
        c.location = Location::line(int(number));
        calls.append(std::move(c));
    }
    return calls;
}

void TimelineBuilder::finish(int entries)
{
    for (TimelineCall &c : m_timeline.calls()) {
        if (c.location.kind == Location::Kind::Entry)
            c.location.of = entries;
    }
}
