// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Builders for inputs written as customers paste them: the same failure wrapped in the shapes that reach support.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Samples {

inline QJsonObject wixBodyObject(const QString &message, const QString &code)
{
    QJsonObject body{{QStringLiteral("message"), message}};
    QJsonObject details;
    if (!code.isEmpty())
        details.insert(QStringLiteral("applicationError"),
                       QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("description"), message}});
    body.insert(QStringLiteral("details"), details);
    return body;
}

inline QByteArray wixBody(const QString &message, const QString &code)
{
    return QJsonDocument(wixBodyObject(message, code)).toJson(QJsonDocument::Compact);
}

// Pretty-printed, with CRLF line ends and the keys in another order, as copied from a browser's network panel.
inline QByteArray wixPretty(const QString &message, const QString &code)
{
    QByteArray out = "{\r\n  \"details\": {\r\n    \"applicationError\": {\r\n      \"code\": \"" + code.toUtf8() +
                     "\"\r\n    }\r\n  },\r\n  \"message\": " +
                     QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + "\r\n}\r\n";
    return out;
}

inline QByteArray curlVerbose(int status, const QByteArray &body, const QString &method, const QString &path)
{
    return "* Trying 185.230.63.107:443...\n* Connected to www.wixapis.com (185.230.63.107) port 443 (#0)\n> " +
           method.toUtf8() + ' ' + path.toUtf8() +
           " HTTP/2\n> Host: www.wixapis.com\n> user-agent: curl/7.88.1\n> authorization: "
           "IST.eyJraWQiOiJQb3pIX2FDMiJ9.eyJkYXRhIjoiMTIzIn0.c2lnbmF0dXJl\n"
           "> wix-account-id: 1d2e3f4a-1111-2222-3333-444455556666\n> content-type: application/json\n>\n< HTTP/2 " +
           QByteArray::number(status) +
           "\n< content-type: application/json;charset=UTF-8\n< x-wix-request-id: 1734427301.191556792796277844\n<\n" +
           body + "\n* Connection #0 to host www.wixapis.com left intact\n";
}

inline QByteArray httpRaw(int status, const QByteArray &reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nx-wix-request-id: 1763111111.22233344455\r\n\r\n" + body;
}

inline QByteArray logLine(int status, const QByteArray &body)
{
    return "2026-11-20T10:15:02.123Z INFO  [domains-sync] starting sync for 3 domains\n"
           "2026-11-20T10:15:02.456Z ERROR [domains-sync] call failed with status " +
           QByteArray::number(status) + ": " + body +
           "\n2026-11-20T10:15:03.001Z INFO  [domains-sync] retrying in 5s\n";
}

inline QByteArray nodeDump(int status, const QString &message, const QString &code)
{
    QString escaped = message;
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return QStringLiteral(
               "AxiosError: Request failed with status code %1\n"
               "    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n"
               "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:589:11)\n"
               "  response: {\n    status: %1,\n    statusText: 'Error',\n"
               "    headers: { 'x-wix-request-id': '1734427301.191556792796277844' },\n"
               "    data: { message: '%2', details: { applicationError: { code: '%3' } } }\n  }\n")
        .arg(status)
        .arg(escaped, code)
        .toUtf8();
}

inline QByteArray pythonSdk(int status, const QByteArray &reason, const QString &url, const QByteArray &body)
{
    return "Traceback (most recent call last):\n  File \"sync.py\", line 42, in <module>\n    resp.raise_for_status()\n"
           "requests.exceptions.HTTPError: " +
           QByteArray::number(status) + " Client Error: " + reason + " for url: " + url.toUtf8() + "\n" + body + "\n";
}

inline QByteArray har(const QList<std::tuple<QString, QString, int, QByteArray>> &entries)
{
    QJsonArray list;
    for (const auto &[method, url, status, body] : entries) {
        list.append(QJsonObject{
            {QStringLiteral("request"),
             QJsonObject{{QStringLiteral("method"), method},
                         {QStringLiteral("url"), url},
                         {QStringLiteral("headers"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("authorization")},
                                                 {QStringLiteral("value"), QStringLiteral("IST.secret-key-value")}}}}}},
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("status"), status},
                         {QStringLiteral("headers"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x-wix-request-id")},
                                                 {QStringLiteral("value"), QStringLiteral("1734.99")}}}},
                         {QStringLiteral("content"),
                          QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                      {QStringLiteral("text"), QString::fromUtf8(body)}}}}}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("log"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                               {QStringLiteral("entries"), list}}}})
        .toJson();
}

inline const QHash<QString, QString> &sampleValues()
{
    static const QHash<QString, QString> values = {
        {QStringLiteral("domainName"), QStringLiteral("shop-example.com")},
        {QStringLiteral("domain"), QStringLiteral("shop-example.com")},
        {QStringLiteral("connectionType"), QStringLiteral("CNAME")},
        {QStringLiteral("assignAs"), QStringLiteral("PRIMARY")},
        {QStringLiteral("targetAccountId"), QStringLiteral("1d2e3f4a-1111-2222-3333-444455556666")},
        {QStringLiteral("accountId"), QStringLiteral("1d2e3f4a-1111-2222-3333-444455556666")},
        {QStringLiteral("siteId"), QStringLiteral("0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b")},
        {QStringLiteral("value"), QStringLiteral("mail.example.com")},
        {QStringLiteral("recordType"), QStringLiteral("MX")},
        {QStringLiteral("hostName"), QStringLiteral("mail.shop-example.com")},
        {QStringLiteral("query"), QStringLiteral("shop$$")},
        {QStringLiteral("tlds"), QStringLiteral("ws")},
        {QStringLiteral("productInstanceId"), QStringLiteral("pi-1234")},
        {QStringLiteral("TLD"), QStringLiteral("shop")},
        {QStringLiteral("tld"), QStringLiteral("ws")},
        {QStringLiteral("status"), QStringLiteral("PENDING")},
        {QStringLiteral("subscriptionId"), QStringLiteral("sub-42")},
        {QStringLiteral("registeredDomainId"), QStringLiteral("rd-77")},
    };
    return values;
}

} // namespace Samples
