// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "harcall.h"

#include "labelrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

#include <algorithm>

namespace {

using simdjson::error_code;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

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

// Calls visit(name, member value) for each member of an object, in the order they stand, until visit or the
// reading fails: the one walk every part of an entry is read with.
template <typename Visit> error_code forEachMember(object members, Visit visit)
{
    for (auto field : members) {
        std::string_view name;
        if (const error_code e = field.unescaped_key().get(name))
            return e;
        if (const error_code e = visit(name, field.value()))
            return e;
    }
    return simdjson::SUCCESS;
}

template <typename Visit> error_code forEachMember(value v, Visit visit)
{
    object members;
    if (const error_code e = v.get_object().get(members))
        return e;
    return forEachMember(members, visit);
}

// A string member's token, not unescaped: empty when the member is not a string.
std::string_view stringToken(value v)
{
    std::string_view token = v.raw_json_token();
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token.size() >= 2 && token.front() == '"' && token.back() == '"' ? token : std::string_view();
}

// The member named key of an object, as a string token (postData.text, content.text).
std::string_view memberToken(value v, std::string_view key)
{
    std::string_view found;
    forEachMember(v, [&](std::string_view name, value member) {
        if (name == key)
            found = stringToken(member);
        return simdjson::SUCCESS;
    });
    return found;
}

// Header values are read only for a name that may name the request id: no other value is unescaped.
error_code readHeaders(value v, HarCall *call)
{
    simdjson::ondemand::array headers;
    if (const error_code e = v.get_array().get(headers))
        return e;
    for (auto item : headers) {
        value header;
        if (const error_code e = item.get(header))
            return e;
        std::string name;
        std::string_view text;
        const error_code e = forEachMember(header, [&](std::string_view key, value member) {
            if (key == "name")
                readString(member, &name);
            else if (key == "value")
                text = stringToken(member);
            return simdjson::SUCCESS;
        });
        if (e)
            return e;
        if (!call->requestId.empty() || text.empty() || !containsNoCase(name, "request") ||
            !LabelRules::namesRequestId(QString::fromStdString(name)))
            continue;
        // A token without escapes is the text itself; one with escapes (rare in an id) is read by Qt, on the side.
        const std::string_view inner = text.substr(1, text.size() - 2);
        const QString id = inner.find('\\') == std::string_view::npos
                               ? QString::fromUtf8(inner.data(), qsizetype(inner.size()))
                               : QJsonDocument::fromJson('[' + QByteArray(text.data(), qsizetype(text.size())) + ']')
                                     .array()
                                     .at(0)
                                     .toString();
        if (LabelRules::looksLikeRequestId(id))
            call->requestId = id.toStdString();
    }
    return simdjson::SUCCESS;
}

error_code readRequest(value v, HarCall *call)
{
    return forEachMember(v, [call](std::string_view name, value member) {
        if (name == "method")
            readString(member, &call->method);
        else if (name == "url")
            readString(member, &call->url);
        else if (name == "postData")
            call->requestBody = memberToken(member, "text");
        return simdjson::SUCCESS;
    });
}

error_code readContent(value v, HarCall *call)
{
    return forEachMember(v, [call](std::string_view key, value member) {
        if (key == "text") {
            call->responseBody = stringToken(member);
        } else if (key == "encoding") {
            std::string encoding;
            readString(member, &encoding);
            call->base64 = encoding == "base64";
        }
        return simdjson::SUCCESS;
    });
}

error_code readResponse(value v, HarCall *call)
{
    return forEachMember(v, [call](std::string_view name, value member) {
        if (name == "status")
            return member.get_int64().get(call->status);
        if (name == "headers")
            readHeaders(member, call);
        else if (name == "content")
            readContent(member, call); // a content that is no object is left unread
        return simdjson::SUCCESS;
    });
}

} // namespace

bool HarCall::read(simdjson::ondemand::parser &parser, const char *json, size_t size, size_t capacity, HarCall *call)
{
    simdjson::padded_string_view view(json, size, capacity);
    simdjson::ondemand::document doc;
    object top;
    if (parser.iterate(view).get(doc) || doc.get_object().get(top))
        return false;
    const error_code e = forEachMember(top, [call](std::string_view key, value member) {
        if (key == "startedDateTime") {
            readString(member, &call->started);
        } else if (key == "time") {
            if (member.get_double().get(call->time))
                call->time = -1;
        } else if (key == "request") {
            return readRequest(member, call);
        } else if (key == "response") {
            return readResponse(member, call);
        }
        return simdjson::SUCCESS;
    });
    if (e)
        return false;
    return call->status >= 0;
}

QByteArray HarCall::unescaped(simdjson::ondemand::parser &parser, std::string_view token)
{
    if (token.empty())
        return {};
    const simdjson::padded_string padded(token);
    simdjson::ondemand::document doc;
    std::string_view text;
    if (parser.iterate(padded).get(doc) || doc.get_string().get(text))
        return {};
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool HarCall::mayHold(std::string_view token, std::string_view word)
{
    return token.find(word) != std::string_view::npos || token.find("\\u") != std::string_view::npos;
}
