// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "errorbody.h"

#include "labelrules.h"
#include "readers.h"
#include "statuscodes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace ErrorBody {
namespace {

constexpr int kMaxDepth = 64;
// Longer values under "code" are prose, not a code; a longer "method" is not an HTTP method.
constexpr qsizetype kMaxCodeLength = 120;
constexpr qsizetype kMaxMethodLength = 10;

bool looksLikeCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$"));
    return re.match(s).hasMatch();
}

void setStatusNumber(int n, ParsedResponse *out)
{
    if (out->httpStatus == 0 && n >= 100 && n <= 599)
        out->httpStatus = n;
}

void addDescription(const QString &text, ParsedResponse *out)
{
    const QString t = text.trimmed();
    if (!t.isEmpty() && t != out->message && !out->descriptions.contains(t))
        out->descriptions.append(t);
}

// The fields of an error body the walker reads, by what they mean.
enum class Field {
    Other,
    ApplicationError,
    ValidationError,
    Message,
    Detail,
    Description,
    Status,
    GrpcStatus,
    Code,
    Error,
    RequestId,
    Url,
    Method,
    Headers
};

// What a key names. Wix's own applicationError and validationError are matched as written; the many spellings
// other APIs and loggers use, in any case.
Field fieldOf(const QString &key)
{
    if (key == QLatin1String("applicationError"))
        return Field::ApplicationError;
    if (key == QLatin1String("validationError"))
        return Field::ValidationError;
    static const QHash<QString, Field> fields = {
        {QStringLiteral("message"), Field::Message},
        {QStringLiteral("errormessage"), Field::Message},
        {QStringLiteral("error_message"), Field::Message},
        {QStringLiteral("grpc-message"), Field::Message},
        {QStringLiteral("detail"), Field::Detail},
        {QStringLiteral("description"), Field::Description},
        {QStringLiteral("error_description"), Field::Description},
        {QStringLiteral("title"), Field::Description},
        {QStringLiteral("status"), Field::Status},
        {QStringLiteral("statuscode"), Field::Status},
        {QStringLiteral("httpstatus"), Field::Status},
        {QStringLiteral("status_code"), Field::Status},
        {QStringLiteral("httpstatuscode"), Field::Status},
        {QStringLiteral("grpc-status"), Field::GrpcStatus},
        {QStringLiteral("grpcstatus"), Field::GrpcStatus},
        {QStringLiteral("grpccode"), Field::GrpcStatus},
        {QStringLiteral("code"), Field::Code},
        {QStringLiteral("errorcode"), Field::Code},
        {QStringLiteral("error_code"), Field::Code},
        {QStringLiteral("reason"), Field::Code},
        {QStringLiteral("error"), Field::Error},
        {QStringLiteral("url"), Field::Url},
        {QStringLiteral("uri"), Field::Url},
        {QStringLiteral("method"), Field::Method},
        {QStringLiteral("headers"), Field::Headers},
    };
    const Field field = fields.value(key.toLower(), Field::Other);
    return field == Field::Other && LabelRules::namesRequestId(key) ? Field::RequestId : field;
}

struct Walker
{
    ParsedResponse *out;
    bool sawError = false;
    // The message kept is the error body's own, then the least deeply nested one: a log record's "message":
    // "Request failed" does not hide the body it carries.
    static constexpr int kOutsideBody = kMaxDepth + 2;
    int messageRank = 2 * kOutsideBody;
    bool inErrorBody = false; // the object walked is a Wix error body: {"message": ..., "details": {...}}

    void setMessage(const QString &text, int depth)
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return;
        const int rank = depth + (inErrorBody ? 0 : kOutsideBody);
        if (rank < messageRank) {
            if (!out->message.isEmpty())
                addDescription(out->message, out);
            out->message = t;
            messageRank = rank;
            out->descriptions.removeAll(t);
        } else {
            addDescription(t, out);
        }
    }

    void applicationError(const QJsonObject &o)
    {
        sawError = true;
        const QString code = o.value(QStringLiteral("code")).toString();
        if (!code.isEmpty())
            out->code = code;
        addDescription(o.value(QStringLiteral("description")).toString(), out);
    }

    void validationError(const QJsonObject &o)
    {
        sawError = true;
        for (const QJsonValue &v : o.value(QStringLiteral("fieldViolations")).toArray()) {
            const QJsonObject f = v.toObject();
            FieldViolation fv{
                f.value(QStringLiteral("field")).toString(), f.value(QStringLiteral("description")).toString(),
                f.value(QStringLiteral("violatedRule")).toString(), f.value(QStringLiteral("ruleName")).toString()};
            if (fv.field.isEmpty() && fv.description.isEmpty())
                continue;
            out->violations.append(fv);
            addDescription(fv.description, out);
        }
    }

    void statusValue(const QJsonValue &v)
    {
        if (v.isDouble()) {
            setStatusNumber(v.toInt(), out);
        } else if (v.isString()) {
            const QString s = v.toString().trimmed();
            if (StatusCodes::isCanonicalName(s) && out->status.isEmpty())
                out->status = s.toUpper();
            else if (s.size() == 3 && s.toInt() > 0)
                setStatusNumber(s.toInt(), out);
        }
    }

    void walkEmbedded(const QString &text, int depth)
    {
        const QStringView t = QStringView(text).trimmed();
        if (t.size() < 2 || !t.startsWith(u'{') || !t.endsWith(u'}'))
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
        if (doc.isObject())
            walk(doc.object(), depth);
    }

    void walk(const QJsonValue &value, int depth)
    {
        if (depth > kMaxDepth)
            return;
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                walk(v, depth + 1);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject o = value.toObject();
        headerPair(o);
        const bool errorBody = o.contains(QStringLiteral("message")) && o.value(QStringLiteral("details")).isObject();
        if (errorBody) {
            sawError = true; // the Wix error body shape
            const QJsonObject details = o.value(QStringLiteral("details")).toObject();
            if (o.value(QStringLiteral("message")).toString().isEmpty() && details.isEmpty())
                out->emptySystemBody = true;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            inErrorBody = errorBody;
            if (!readField(fieldOf(it.key()), it.value(), depth))
                walkNested(it.value(), depth + 1);
        }
        inErrorBody = false;
    }

    // A value under a key that names nothing known: an object or array is walked, and so is a string that holds
    // a JSON object (a logger's "body": "{\"message\": ...}").
    void walkNested(const QJsonValue &v, int depth)
    {
        if (v.isObject() || v.isArray())
            walk(v, depth);
        else if (v.isString())
            walkEmbedded(v.toString(), depth);
    }

    // Reads what the field says; false when its value is not of the kind the field takes (then it is walked).
    bool readField(Field field, const QJsonValue &v, int depth)
    {
        switch (field) {
        case Field::ApplicationError:
            if (v.isObject())
                applicationError(v.toObject());
            return v.isObject();
        case Field::ValidationError:
            if (v.isObject())
                validationError(v.toObject());
            return v.isObject();
        case Field::Message:
            if (v.isString())
                setMessage(v.toString(), depth);
            else
                walk(v, depth + 1);
            return true;
        case Field::Detail:
            if (v.isString())
                setMessage(v.toString(), depth + 1);
            return true;
        case Field::Description:
            if (v.isString())
                addDescription(v.toString(), out);
            return true;
        case Field::Status:
            statusValue(v);
            walk(v, depth + 1);
            return true;
        case Field::GrpcStatus:
            grpcStatusValue(v);
            return true;
        case Field::Code:
            codeValue(v);
            return true;
        case Field::Error:
            if (v.isString())
                addDescription(v.toString(), out);
            else
                walk(v, depth + 1);
            sawError = true;
            return true;
        case Field::RequestId:
            if (v.isString() && out->requestId.isEmpty())
                out->requestId = v.toString();
            return true;
        case Field::Url:
            if (v.isString() && out->url.isEmpty() && v.toString().startsWith(QLatin1String("http")))
                out->url = v.toString();
            return v.isString();
        case Field::Method:
            if (v.isString() && out->method.isEmpty() && v.toString().size() <= kMaxMethodLength)
                out->method = v.toString().toUpper();
            return v.isString();
        case Field::Headers:
            if (v.isObject())
                headers(v.toObject());
            return v.isObject();
        case Field::Other:
            break;
        }
        return false;
    }

    void grpcStatusValue(const QJsonValue &v)
    {
        const int n = v.isString() ? v.toString().toInt() : v.toInt(-1);
        if (n > 0 && out->status.isEmpty())
            out->status = StatusCodes::canonicalForGrpc(n);
    }

    // An error code, or a canonical status name or an HTTP status number where a code was expected.
    void codeValue(const QJsonValue &v)
    {
        if (v.isDouble()) {
            setStatusNumber(v.toInt(), out);
        } else if (v.isString()) {
            const QString s = v.toString().trimmed();
            if (out->code.isEmpty() && !s.isEmpty() && s.size() <= kMaxCodeLength && !StatusCodes::isCanonicalName(s))
                out->code = s;
            else if (StatusCodes::isCanonicalName(s) && out->status.isEmpty())
                out->status = s.toUpper();
        }
    }

    // A header written as a name/value pair: HAR's {"name": ..., "value": ...}, a Postman collection's
    // {"key": ..., "value": ...}.
    void headerPair(const QJsonObject &o)
    {
        constexpr qsizetype kMaxPairFields = 4; // name, value, and a type or a disabled flag
        if (o.size() > kMaxPairFields)
            return;
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (!value.isString())
            return;
        const QJsonValue name =
            o.contains(QStringLiteral("key")) ? o.value(QStringLiteral("key")) : o.value(QStringLiteral("name"));
        if (name.isString())
            readHeader(name.toString(), value.toString(), out);
    }

    void headers(const QJsonObject &h)
    {
        for (auto it = h.begin(); it != h.end(); ++it)
            readHeader(it.key(), it.value().toString(), out);
    }
};

QString unquoteJs(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'\\' && i + 1 < s.size()) {
            const QChar n = s.at(++i);
            out.append(n == u'n' ? QChar(u'\n') : n == u't' ? QChar(u'\t') : n);
        } else {
            out.append(s.at(i));
        }
    }
    return out;
}

} // namespace

bool readJson(const QJsonValue &value, ParsedResponse *out)
{
    Walker w{out};
    w.walk(value, 0);
    return w.sawError || out->isError();
}

void readText(QStringView text, ParsedResponse *out)
{
    QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        // The body's own JSON value: a client may print more after it (a shell prompt, a progress line).
        const qsizetype end = Readers::balancedEnd(trimmed, 0, kMaxDepth, trimmed.size());
        if (end > 0)
            trimmed = trimmed.left(end);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            readJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), out);
            return;
        }
    }
    readLenient(text, out);
}

namespace {

using O = QRegularExpression;
constexpr auto ci = O::CaseInsensitiveOption;
// A key and what separates it from its value, in JSON, JavaScript, Python, Ruby (=>), logfmt and toString() dumps.
const QString kKeyEnd = QStringLiteral(R"re(["']?\s*(?:=>|[:=])\s*)re");
// A quoted value: '...' or "..." with backslash escapes, on one line.
const QString kQuoted = QStringLiteral(R"re((?:"(?<v>(?:[^"\\\r\n]|\\.)*)"|'(?<w>(?:[^'\\\r\n]|\\.)*)'))re");

QString quotedValue(const QRegularExpressionMatch &m)
{
    return unquoteJs(m.captured(u"v") + m.captured(u"w")).trimmed();
}

// Codes an HTTP client gives its own failures (axios ERR_BAD_REQUEST, Node's ECONNRESET, curl's CURLE_*): never a
// Wix error code.
bool isClientCode(QStringView code)
{
    static const O re(QStringLiteral(R"re(^(?:ERR_[A-Z0-9_]+|E[A-Z]{3,}|CURLE_[A-Z_]+|ECONN[A-Z]+)$)re"));
    return re.match(code).hasMatch();
}

// Python's and Node's printers split a long string into adjacent literals ('abc '\n 'def', 'abc ' +\n 'def'):
// one string again.
QString joinSplitLiterals(QStringView text)
{
    static const O re(QStringLiteral(R"re((?<=[^\\])(['"])[ \t]*\+?[ \t]*\r?\n[ \t]*\1)re"));
    QString out = text.toString();
    if (out.contains(u'\n'))
        out.replace(re, QString());
    return out;
}

void readMessage(QStringView text, ParsedResponse *out)
{
    static const O quotedRe(QStringLiteral(R"re(\b(?:message|errorMessage))re") + kKeyEnd + kQuoted, ci);
    // A value cut off by the client or a logger: the quote is never closed.
    static const O cutRe(QStringLiteral(R"re(\b(?:message|errorMessage))re") + kKeyEnd +
                             QStringLiteral(R"re((?:"(?<v>[^"\r\n]{8,})|'(?<w>[^'\r\n]{8,}))$)re"),
                         ci | O::MultilineOption);
    // Kotlin data classes and Java toString(): message=text, next=...
    static const O bareRe(QStringLiteral(R"re(\bmessage=(?<v>[^\s"'{\[(][^\r\n]*?)(?=, \w+=|[)\]}]|$))re"),
                          O::MultilineOption);
    if (const auto m = quotedRe.match(text); m.hasMatch()) {
        out->message = quotedValue(m);
        return;
    }
    if (const auto m = cutRe.match(text); m.hasMatch()) {
        static const O marker(QStringLiteral(R"re(\s*(?:\(truncated\.*\)|\.\.\.|\x{2026}|\[truncated\])\s*$)re"), ci);
        out->message = QString(m.captured(u"v") + m.captured(u"w")).remove(marker).trimmed();
        out->messageTruncated = true;
        return;
    }
    if (const auto m = bareRe.match(text); m.hasMatch() && m.captured(u"v") != QLatin1String("null"))
        out->message = m.captured(u"v").trimmed();
}

void readCode(QStringView text, ParsedResponse *out)
{
    static const O codeRe(
        QStringLiteral(R"re(\b(?:code|errorCode|reason))re") + kKeyEnd +
        QStringLiteral(R"re((?:["'](?<v>[A-Za-z][\w \-]{1,80})["']|(?<b>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b))re"));
    auto it = codeRe.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString v = m.captured(u"v") + m.captured(u"b");
        if (isClientCode(v))
            continue;
        if (StatusCodes::isCanonicalName(v)) {
            if (out->status.isEmpty())
                out->status = v.toUpper();
            continue;
        }
        out->code = v;
        return;
    }
}

void readRequest(QStringView text, ParsedResponse *out)
{
    // A full URL, or a method and a path as request logs print them ("PATCH /domains/v1/dns-zones/a.com -> 428").
    static const O urlRe(QStringLiteral(
        R"re(\.(?<fm>get|post|put|patch|delete)\(\s*[fr]?["'](?<fu>https?://[^\s"'<>,`]+)|\b(?:(?<m>GET|POST|PUT|PATCH|DELETE)\s+)?(?<u>https?://[^\s"'<>,`]+)|\b(?<pm>GET|POST|PUT|PATCH|DELETE)\s+(?<p>/[\w\-./{}%~@:]+(?:\?[^\s"'<>,`]*)?))re"));
    static const O pathRe(QStringLiteral(R"re(\b(?:path|url|uri)["']?\s*(?:=>|[:=])\s*["']?(?<p>/[\w\-./{}%~@:]+))re"));
    static const O methodRe(
        QStringLiteral(
            R"re(\b(?:Request Method|method)["']?\s*(?:=>|[:=])\s*["']?(?<m>GET|POST|PUT|PATCH|DELETE)\b)re"),
        ci);
    if (out->url.isEmpty()) {
        if (const auto m = urlRe.match(text); m.hasMatch()) {
            out->url = m.captured(u"fu") + m.captured(u"u") + m.captured(u"p");
            while (!out->url.isEmpty() && QStringView(u".:;)").contains(out->url.back()))
                out->url.chop(1); // the sentence or the error line goes on: "POST https://...: 428"
            if (out->method.isEmpty())
                out->method = (m.captured(u"fm") + m.captured(u"m") + m.captured(u"pm")).toUpper();
        }
    }
    if (out->url.isEmpty()) {
        if (const auto m = pathRe.match(text); m.hasMatch())
            out->url = m.captured(u"p");
    }
    if (out->method.isEmpty()) {
        if (const auto m = methodRe.match(text); m.hasMatch())
            out->method = m.captured(u"m").toUpper();
    }
}

void readGrpc(QStringView text, ParsedResponse *out)
{
    static const O statusRe(QStringLiteral(R"re(grpc[-_]status["']?\s*[:=]\s*["']?(?<n>\d{1,2})\b)re"), ci);
    static const O messageRe(QStringLiteral(R"re(grpc[-_]message["']?\s*[:=]\s*["']?(?<v>[^\r\n"']+))re"), ci);
    const auto grpc = statusRe.match(text);
    if (grpc.hasMatch() && out->status.isEmpty() && grpc.captured(u"n").toInt() > 0)
        out->status = StatusCodes::canonicalForGrpc(grpc.captured(u"n").toInt());
    if (out->message.isEmpty()) {
        const auto m = messageRe.match(text);
        if (m.hasMatch())
            out->message = QUrl::fromPercentEncoding(m.captured(u"v").toUtf8()).trimmed();
    }
}

// With no code field, an UPPER_SNAKE word may still be the code ("403, DOMAINS_GUID_NOT_FOUND"), but not one
// inside the message, an HTTP client's own code, or an enum value of a field such as "status": "IN_PROGRESS".
void guessCode(QStringView text, ParsedResponse *out)
{
    static const O upperCodeRe(QStringLiteral(R"re(\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b)re"));
    static const O valueOfField(QStringLiteral(R"re(\w["']?\s*(?:=>|[:=])\s*["']?$)re"));
    auto it = upperCodeRe.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString token = m.captured();
        if (StatusCodes::isCanonicalName(token)) {
            if (out->status.isEmpty())
                out->status = token;
            continue;
        }
        const QStringView before =
            text.mid(qMax<qsizetype>(0, m.capturedStart() - 40), qMin<qsizetype>(40, m.capturedStart()));
        if (!out->code.isEmpty() || !looksLikeCode(token) || token.size() > 80 || isClientCode(token) ||
            (!out->message.isEmpty() && out->message.contains(token)) || valueOfField.match(before).hasMatch())
            continue;
        out->code = token;
        out->codeGuessed = true;
    }
}

} // namespace

void readLenient(QStringView original, ParsedResponse *out)
{
    static const O descriptionRe(QStringLiteral(R"re(\b(?:description|detail))re") + kKeyEnd + kQuoted, ci);
    QString joined = joinSplitLiterals(original);
    LabelRules::plainPunctuation(&joined);
    const QStringView text = joined;
    // Each pattern runs only where the word it needs is present: most log lines hold none of them.
    const QString lower = joined.toLower(); // one pass; case-insensitive searches cost far more
    auto has = [&lower](QStringView word) { return lower.contains(word); };
    if (out->message.isEmpty() && has(u"message"))
        readMessage(text, out);
    if (has(u"description") || has(u"detail")) {
        auto descriptions = descriptionRe.globalMatch(text);
        while (descriptions.hasNext())
            addDescription(quotedValue(descriptions.next()), out);
    }
    if (out->code.isEmpty() && (has(u"code") || has(u"reason")))
        readCode(text, out);
    if (out->httpStatus == 0)
        LabelRules::readStatus(text, lower, out);
    if (out->url.isEmpty() || out->method.isEmpty())
        readRequest(text, out);
    if (out->requestId.isEmpty() && (has(u"request") || has(u"solicitud") || has(u"anfrage")))
        LabelRules::readRequestId(text, out);
    if (has(u"grpc"))
        readGrpc(text, out);
    if ((out->code.isEmpty() || out->status.isEmpty()) && lower.contains(u'_'))
        guessCode(text, out);
    // JSON escaped inside a quoted string ("body": "{\"message\": ...}"): read the string's own text too.
    if ((out->message.isEmpty() || out->code.isEmpty()) && text.contains(QLatin1String("\\\""))) {
        QString unescaped = joined;
        unescaped.replace(QLatin1String("\\\""), QLatin1String("\""))
            .replace(QLatin1String("\\\\"), QLatin1String("\\"));
        readLenient(unescaped, out);
    }
}

void readHeader(QStringView name, QStringView value, ParsedResponse *out)
{
    const QString lower = name.trimmed().toString().toLower();
    const QString v = value.trimmed().toString();
    if (LabelRules::namesRequestId(lower)) {
        if (out->requestId.isEmpty() && LabelRules::looksLikeRequestId(v))
            out->requestId = v;
    } else if (lower == QLatin1String("grpc-status")) {
        const int n = v.toInt();
        if (n > 0 && out->status.isEmpty())
            out->status = StatusCodes::canonicalForGrpc(n);
    } else if (lower == QLatin1String("grpc-message")) {
        if (out->message.isEmpty())
            out->message = QUrl::fromPercentEncoding(v.toUtf8()).trimmed();
    }
}

} // namespace ErrorBody
