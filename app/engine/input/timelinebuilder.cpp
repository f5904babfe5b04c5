// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "timelinebuilder.h"

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

struct TimelineBuilder::Walker
{
    simdjson::ondemand::parser parser;
    std::string scratch;
};

namespace {

using simdjson::error_code;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

// What a HAR entry holds that the timeline keeps, as read.
struct RawCall
{
    std::string started;
    double time = -1;
    std::string method;
    std::string url;
    std::string requestBody;
    int64_t status = -1;
    std::string requestId;
    std::string responseBody;
    bool base64 = false;
};

bool containsNoCase(std::string_view text, std::string_view word)
{
    if (word.size() > text.size())
        return false;
    for (size_t i = 0; i + word.size() <= text.size(); ++i) {
        size_t j = 0;
        while (j < word.size() && (text[i + j] | 0x20) == word[j])
            ++j;
        if (j == word.size())
            return true;
    }
    return false;
}

error_code readString(value v, std::string *out)
{
    std::string_view s;
    const error_code e = v.get_string().get(s);
    if (!e)
        out->assign(s);
    return e;
}

error_code readHeaders(value v, RawCall *call)
{
    simdjson::ondemand::array headers;
    if (const error_code e = v.get_array().get(headers))
        return e;
    for (auto item : headers) {
        object header;
        if (const error_code e = item.get_object().get(header))
            return e;
        std::string name;
        std::string text;
        for (auto field : header) {
            std::string_view key;
            if (const error_code e = field.unescaped_key().get(key))
                return e;
            if (key == "name" || key == "value")
                readString(field.value(), key == "name" ? &name : &text);
        }
        // Only a name with "request" in it can name the request id: the others are not turned into text.
        if (call->requestId.empty() && containsNoCase(name, "request") &&
            LabelRules::namesRequestId(QString::fromStdString(name)) &&
            LabelRules::looksLikeRequestId(QString::fromStdString(text)))
            call->requestId = text;
    }
    return simdjson::SUCCESS;
}

error_code readContent(value v, RawCall *call)
{
    object content;
    if (const error_code e = v.get_object().get(content))
        return e;
    for (auto field : content) {
        std::string_view key;
        if (const error_code e = field.unescaped_key().get(key))
            return e;
        if (key == "text") {
            readString(field.value(), &call->responseBody);
        } else if (key == "encoding") {
            std::string encoding;
            readString(field.value(), &encoding);
            call->base64 = encoding == "base64";
        }
    }
    return simdjson::SUCCESS;
}

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
    return items.join(QStringLiteral(", "));
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

TimelineBuilder::TimelineBuilder(QList<FlowDefinition> flows)
    : m_flows(std::move(flows)), m_walker(std::make_unique<Walker>())
{
    QStringList paths;
    for (const FlowDefinition &flow : std::as_const(m_flows)) {
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
            m_everyLine = m_everyLine || !path.isEmpty();
        else if (const QString word = literal->toString().toLower(); !m_pathWords.contains(word))
            m_pathWords.append(word);
    }
}

TimelineBuilder::~TimelineBuilder() = default;

const FlowStep *TimelineBuilder::stepFor(const QString &method, const QString &path, QString *flowId) const
{
    for (const FlowDefinition &flow : m_flows) {
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
    for (const FlowDefinition &flow : m_flows) {
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
    simdjson::padded_string_view view(json, size_t(size), size_t(capacity));
    simdjson::ondemand::document doc;
    object top;
    if (m_walker->parser.iterate(view).get(doc) || doc.get_object().get(top))
        return std::nullopt;
    RawCall raw;
    const FlowStep *step = nullptr;
    QString method;
    QString path;
    for (auto field : top) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return std::nullopt;
        if (key == "startedDateTime") {
            readString(field.value(), &raw.started);
        } else if (key == "time") {
            if (field.value().get_double().get(raw.time))
                raw.time = -1;
        } else if (key == "request") {
            object request;
            if (field.value().get_object().get(request))
                return std::nullopt;
            for (auto r : request) {
                std::string_view name;
                if (r.unescaped_key().get(name))
                    return std::nullopt;
                if (name == "method" || name == "url") {
                    readString(r.value(), name == "method" ? &raw.method : &raw.url);
                    method = toText(raw.method).toUpper();
                    path = requestPath(toText(raw.url));
                    step = stepFor(method, path, nullptr);
                } else if (name == "postData" && step &&
                           std::any_of(step->facts.begin(), step->facts.end(),
                                       [](const FlowFact &f) { return f.fromRequest; })) {
                    object postData;
                    if (!r.value().get_object().get(postData)) {
                        for (auto p : postData) {
                            std::string_view pk;
                            if (!p.unescaped_key().get(pk) && pk == "text")
                                readString(p.value(), &raw.requestBody);
                        }
                    }
                }
            }
        } else if (key == "response") {
            object response;
            if (field.value().get_object().get(response))
                return std::nullopt;
            for (auto r : response) {
                std::string_view name;
                if (r.unescaped_key().get(name))
                    return std::nullopt;
                if (name == "status") {
                    if (r.value().get_int64().get(raw.status))
                        return std::nullopt;
                } else if (name == "headers" && !raw.url.empty() && isWixCall(toText(raw.url), method, path)) {
                    readHeaders(r.value(), &raw);
                } else if (name == "content" && step && !step->facts.isEmpty() && raw.status < 400) {
                    readContent(r.value(), &raw);
                }
            }
        }
    }
    if (raw.status < 0)
        return std::nullopt;
    if (!raw.url.empty() && isWixCall(toText(raw.url), method, path)) {
        TimelineCall call;
        call.time = toText(raw.started);
        call.epochMs = epochOf(call.time);
        call.durationMs = raw.time;
        call.method = method;
        // Polling asks for the same path again and again: it is redacted once.
        if (path != m_lastPath) {
            m_lastPath = path;
            m_lastRedactedPath = Redactor::redact(path).text;
        }
        call.path = m_lastRedactedPath;
        call.status = int(raw.status);
        call.requestId = Redactor::redact(toText(raw.requestId)).text;
        call.location = Location::entry(entry, 0);
        if (step) { // a failure's request still says what was asked for (the connection type chosen)
            const QByteArray response = raw.status < 400 ? QByteArray::fromStdString(raw.responseBody) : QByteArray();
            keepFacts(*step, QByteArray::fromStdString(raw.requestBody),
                      raw.base64 ? QByteArray::fromBase64(response) : response, &call);
        }
        m_pending = std::move(call);
    }
    return int(raw.status);
}

void TimelineBuilder::keepFacts(const FlowStep &step, const QByteArray &request, const QByteArray &response,
                                TimelineCall *call) const
{
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
    if (m_everyLine)
        return true;
    for (qsizetype colon = line.indexOf(u':'); colon >= 0; colon = line.indexOf(u':', colon + 1)) {
        if (line.sliced(colon).startsWith(u"://")) // a URL (a vectorised search for its ':')
            return true;
    }
    return std::any_of(m_pathWords.cbegin(), m_pathWords.cend(), [line](const QString &word) {
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
