// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "errorbody.h"

#include "statuscodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace ErrorBody {
namespace {

constexpr int kMaxDepth = 64;

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

struct Walker
{
    ParsedResponse *out;
    bool sawError = false;
    int messageDepth = kMaxDepth + 1;

    void setMessage(const QString &text, int depth)
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return;
        if (depth < messageDepth) {
            if (!out->message.isEmpty())
                addDescription(out->message, out);
            out->message = t;
            messageDepth = depth;
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
        if (o.contains(QStringLiteral("message")) && o.value(QStringLiteral("details")).isObject()) {
            sawError = true; // the Wix error body shape
            const QJsonObject details = o.value(QStringLiteral("details")).toObject();
            if (o.value(QStringLiteral("message")).toString().isEmpty() && details.isEmpty())
                out->emptySystemBody = true;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            const QString lower = key.toLower();
            const QJsonValue v = it.value();
            if (key == QLatin1String("applicationError") && v.isObject()) {
                applicationError(v.toObject());
            } else if (key == QLatin1String("validationError") && v.isObject()) {
                validationError(v.toObject());
            } else if (lower == QLatin1String("message") || lower == QLatin1String("errormessage") ||
                       lower == QLatin1String("error_message") || lower == QLatin1String("grpc-message")) {
                if (v.isString())
                    setMessage(v.toString(), depth);
                else
                    walk(v, depth + 1);
            } else if (lower == QLatin1String("detail") || lower == QLatin1String("description") ||
                       lower == QLatin1String("error_description") || lower == QLatin1String("title")) {
                if (v.isString()) {
                    if (lower == QLatin1String("detail"))
                        setMessage(v.toString(), depth + 1);
                    else
                        addDescription(v.toString(), out);
                }
            } else if (lower == QLatin1String("status") || lower == QLatin1String("statuscode") ||
                       lower == QLatin1String("httpstatus") || lower == QLatin1String("status_code") ||
                       lower == QLatin1String("httpstatuscode")) {
                statusValue(v);
                walk(v, depth + 1);
            } else if (lower == QLatin1String("grpc-status") || lower == QLatin1String("grpcstatus") ||
                       lower == QLatin1String("grpccode")) {
                const int n = v.isString() ? v.toString().toInt() : v.toInt(-1);
                if (n > 0 && out->status.isEmpty())
                    out->status = StatusCodes::canonicalForGrpc(n);
            } else if (lower == QLatin1String("code") || lower == QLatin1String("errorcode") ||
                       lower == QLatin1String("error_code") || lower == QLatin1String("reason")) {
                if (v.isDouble()) {
                    setStatusNumber(v.toInt(), out);
                } else if (v.isString()) {
                    const QString s = v.toString().trimmed();
                    if (out->code.isEmpty() && !s.isEmpty() && s.size() <= 120 && !StatusCodes::isCanonicalName(s))
                        out->code = s;
                    else if (StatusCodes::isCanonicalName(s) && out->status.isEmpty())
                        out->status = s.toUpper();
                }
            } else if (lower == QLatin1String("error")) {
                if (v.isString())
                    addDescription(v.toString(), out);
                else
                    walk(v, depth + 1);
                sawError = true;
            } else if (lower == QLatin1String("x-wix-request-id") || lower == QLatin1String("requestid") ||
                       lower == QLatin1String("request_id") || lower == QLatin1String("request-id")) {
                if (v.isString() && out->requestId.isEmpty())
                    out->requestId = v.toString();
            } else if ((lower == QLatin1String("url") || lower == QLatin1String("uri")) && v.isString()) {
                if (out->url.isEmpty() && v.toString().startsWith(QLatin1String("http")))
                    out->url = v.toString();
            } else if (lower == QLatin1String("method") && v.isString()) {
                if (out->method.isEmpty() && v.toString().size() <= 10)
                    out->method = v.toString().toUpper();
            } else if (lower == QLatin1String("headers") && v.isObject()) {
                const QJsonObject h = v.toObject();
                for (auto hit = h.begin(); hit != h.end(); ++hit)
                    readHeader(hit.key(), hit.value().toString(), out);
            } else if (v.isObject() || v.isArray()) {
                walk(v, depth + 1);
            }
        }
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
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            readJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), out);
            return;
        }
    }
    readLenient(text, out);
}

void readLenient(QStringView text, ParsedResponse *out)
{
    using O = QRegularExpression;
    constexpr auto ci = O::CaseInsensitiveOption;
    // A quoted value: '...' or "..." with backslash escapes, on one line.
    static const QString quoted = QStringLiteral(R"re((?:"(?<v>(?:[^"\\\r\n]|\\.)*)"|'(?<w>(?:[^'\\\r\n]|\\.)*)'))re");
    static const O messageRe(QStringLiteral(R"re(\b(?:message|errorMessage)["']?\s*[:=]\s*)re") + quoted, ci);
    static const O descriptionRe(QStringLiteral(R"re(\b(?:description|detail)["']?\s*[:=]\s*)re") + quoted, ci);
    static const O codeRe(
        QStringLiteral(R"re(\b(?:code|errorCode|reason)["']?\s*[:=]\s*["'](?<v>[A-Za-z][\w \-]{1,80})["'])re"));
    static const O statusRe(
        QStringLiteral(
            R"re((?:\bstatus(?:[ _]?code)?|\bhttp[ _]?status|\bresponse code|\bHTTP)["']?\s*[:=]?\s*\(?(?<n>[1-5]\d\d)\b)re"),
        ci);
    static const O clientErrorRe(QStringLiteral(R"re(\b(?<n>[45]\d\d)\s+(?:Client|Server)\s+Error\b)re"));
    static const O errorNumberRe(QStringLiteral(R"re(\berror\b[^\w\r\n]{1,4}(?<n>[45]\d\d)\b)re"), ci);
    static const O urlRe(QStringLiteral(R"re(\b(?:(?<m>GET|POST|PUT|PATCH|DELETE)\s+)?(?<u>https?://[^\s"'<>,]+))re"));
    static const O requestIdRe(QStringLiteral(R"re(x-wix-request-id["']?\s*[:=]\s*["']?(?<v>[\w.\-]{6,}))re"), ci);
    static const O grpcStatusRe(QStringLiteral(R"re(grpc[-_]status["']?\s*[:=]\s*["']?(?<n>\d{1,2})\b)re"), ci);
    static const O grpcMessageRe(QStringLiteral(R"re(grpc[-_]message["']?\s*[:=]\s*["']?(?<v>[^\r\n"']+))re"), ci);
    static const O upperCodeRe(QStringLiteral(R"re(\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b)re"));

    // Each pattern runs only where the word it needs is present: most log lines hold none of them.
    const QString lower = text.toString().toLower(); // one pass; case-insensitive searches cost far more
    auto has = [&lower](QStringView word) { return lower.contains(word); };
    if (out->message.isEmpty() && has(u"message")) {
        const auto m = messageRe.match(text);
        if (m.hasMatch())
            out->message = unquoteJs(m.captured(u"v") + m.captured(u"w")).trimmed();
    }
    if (has(u"description") || has(u"detail")) {
        auto descriptions = descriptionRe.globalMatch(text);
        while (descriptions.hasNext()) {
            const auto d = descriptions.next();
            addDescription(unquoteJs(d.captured(u"v") + d.captured(u"w")), out);
        }
    }
    if (out->code.isEmpty() && (has(u"code") || has(u"reason"))) {
        const auto m = codeRe.match(text);
        if (m.hasMatch() && !StatusCodes::isCanonicalName(m.captured(u"v")))
            out->code = m.captured(u"v");
    }
    if (out->httpStatus == 0 && (has(u"status") || has(u"http") || has(u"code") || has(u"error"))) {
        for (const O *re : {&statusRe, &clientErrorRe, &errorNumberRe}) {
            const auto m = re->match(text);
            if (m.hasMatch()) {
                setStatusNumber(m.captured(u"n").toInt(), out);
                break;
            }
        }
    }
    if (out->url.isEmpty() && has(u"http")) {
        const auto m = urlRe.match(text);
        if (m.hasMatch()) {
            out->url = m.captured(u"u");
            if (out->method.isEmpty())
                out->method = m.captured(u"m");
        }
    }
    if (out->requestId.isEmpty() && has(u"request-id")) {
        const auto m = requestIdRe.match(text);
        if (m.hasMatch())
            out->requestId = m.captured(u"v");
    }
    if (has(u"grpc")) {
        const auto grpc = grpcStatusRe.match(text);
        if (grpc.hasMatch() && out->status.isEmpty() && grpc.captured(u"n").toInt() > 0)
            out->status = StatusCodes::canonicalForGrpc(grpc.captured(u"n").toInt());
        if (out->message.isEmpty()) {
            const auto m = grpcMessageRe.match(text);
            if (m.hasMatch())
                out->message = QUrl::fromPercentEncoding(m.captured(u"v").toUtf8()).trimmed();
        }
    }
    if ((out->code.isEmpty() || out->status.isEmpty()) && lower.contains(u'_')) {
        auto it = upperCodeRe.globalMatch(text);
        while (it.hasNext()) {
            const QString token = it.next().captured();
            if (StatusCodes::isCanonicalName(token)) {
                if (out->status.isEmpty())
                    out->status = token;
            } else if (out->code.isEmpty() && looksLikeCode(token) && token.size() <= 80) {
                out->code = token;
            }
        }
    }
}

void readHeader(QStringView name, QStringView value, ParsedResponse *out)
{
    const QString lower = name.trimmed().toString().toLower();
    const QString v = value.trimmed().toString();
    if (lower == QLatin1String("x-wix-request-id")) {
        if (out->requestId.isEmpty())
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
