// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Plants a secret, in one of the syntaxes the redactor's rules cover, between two pieces of arbitrary text, and aborts
// when the secret survives redaction (also behind JSON \uXXXX escapes or percent-encoding) or when redacting the
// result again changes it.
#include "redactor.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

// %1 is the secret.
constexpr std::array kPlantings = {
    "> Authorization: Bearer %1",
    "curl -H 'X-Api-Key: %1' https://www.wixapis.com/x",
    "X-Wix-Api-Key: %1",
    "Proxy-Authorization: Basic %1",
    "X-Auth-Token: %1",
    "Cookie: svSession=%1; theme=dark",
    R"({"password": "%1"})",
    R"({"client_secret":"%1","client_id":"app"})",
    R"({ refresh_token: '%1' })",
    R"({"apiKey" : "%1"})",
    R"({"name": "X-Auth-Token", "comment": "", "value": "%1"})",
    R"({"value": "%1", "name": "authorization"})",
    R"("cookies": [{"name": "svSession", "value": "%1", "httpOnly": true}])",
    R"({"text": "{\"token\": \"%1\"}"})",
    "GET https://www.wixapis.com/domains/v1/x?siteId=1&access_token=%1 HTTP/1.1",
    "https://app.example.com/cb#id_token=%1&token_type=bearer",
    "https://agent:%1@www.wixapis.com/x",
    "curl -u agent:%1 https://x",
    "curl --user 'agent:%1' https://x",
    "grant_type=refresh_token&client_secret=%1",
    "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.%1",
    "IST.eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.%1",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA%1\n-----END RSA PRIVATE KEY-----",
    R"({"\u0070assword": "%1"})",
    R"({"msg": "\u0041uthorization: Bearer %1"})",
    "grpc-message: denied%3A%20Authorization%3A%20Bearer%20%1",
    "GET /cb?access%5Ftoken%3D%1 HTTP/1.1",
    // Code that sets a header.
    R"(headers["Authorization"] = "Bearer %1")",
    R"({"accept"=>["*/*"], "authorization"=>["Token %1"]})",
    "{Accept=[application/json], Authorization=[Token %1]}",
    R"(req.Header = http.Header{"Authorization": []string{"Token %1"}})",
    R"(client.DefaultRequestHeaders.Add("Authorization", "Token %1");)",
    R"(new AuthenticationHeaderValue("Bearer", "%1"))",
    R"(Invoke-RestMethod -Uri $u -Headers @{ Authorization = "Token %1" })",
    R"(xhr.setRequestHeader("X-Api-Key", "%1");)",
    "  [\"Authorization\"]=>\n  string(21) \"Token %1\"",
    "    [x-api-key] => %1",
    // Config and export formats.
    R"({"key": "Authorization", "value": "Token %1", "type": "text"})",
    R"("bearer": [{"key": "token", "value": "%1", "type": "string"}])",
    "oauth:\n  client_secret: >-\n    %1\n",
    "[wix]\napi_key = \"\"\"\n%1\n\"\"\"",
    "[credentials]\napi_key = %1",
    "<add key=\"ApiKey\" value=\"%1\" />",
    "<password>%1</password>",
    // Clients' options.
    "http -a agent:%1 GET https://www.wixapis.com/x",
    "http GET https://www.wixapis.com/x 'Authorization:Token %1'",
    "curl --cert client.pem:%1 https://x",
    "curl --key k.pem --pass %1 https://x",
    "Setting --password (password) to %1",
    // Wrapping and escaping.
    "Content-Transfer-Encoding: quoted-printable\n\nAuthorization: Token "
    "OauthNG.JWS.eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIx=\n"
    "MjM0NTY3ODkwIn0.%1",
    "{&quot;Authorization&quot;: &quot;Token %1&quot;}",
    "> > Authorization: Bearer %1",
    "Content-Transfer-Encoding: quoted-printable\n\napi_key=3D%1&site=3D5e6f",
    "OauthNG.JWS.eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.%1",
    // URLs inside logs.
    "level=error url=https://www.wixapis.com/x?api_key=%1&siteId=5e6f status=403",
    R"({"level":"error","url":"https://www.wixapis.com/x?access_token=%1","status":403})",
    "Dec  7 14:00:01 host app[42]: GET https://www.wixapis.com/x?token=%1 -> 403",
    R"(request url="https://www.wixapis.com/x?sig=%1&a=1" failed)",
    "url=https%3A%2F%2Fwww.wixapis.com%2Fx%3Fclient_secret%3D%1",
};

const QByteArray kMarker = "Zq7Xv";

QString decodedForm(QString text)
{
    for (int level = 0; level < 3; ++level) {
        QString out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            bool ok = false;
            const bool escape = text.at(i) == u'\\' && i + 5 < text.size() && text.at(i + 1) == u'u';
            const ushort c = escape ? QStringView(text).mid(i + 2, 4).toUShort(&ok, 16) : 0;
            if (escape && ok) {
                out += QChar(c);
                i += 5;
            } else {
                out += text.at(i);
            }
        }
        text = QUrl::fromPercentEncoding(out.toUtf8());
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const char *planting = kPlantings[uchar(input.at(0)) % kPlantings.size()];
    // The secret: the marker and letters and digits drawn from the input.
    QByteArray secret = kMarker;
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 1; i < 4; ++i)
        secret += alphabet[uchar(input.at(i)) % (sizeof(alphabet) - 1)];
    secret += "k9W2";
    const QByteArray filler = input.mid(4);
    const QString before = QString::fromUtf8(filler.left(filler.size() / 2));
    const QString after = QString::fromUtf8(filler.mid(filler.size() / 2));
    if (decodedForm(before + after).contains(QLatin1String(kMarker)))
        return 0;
    const QString text = before + u'\n' + QString::fromLatin1(planting).arg(QLatin1String(secret)) + u'\n' + after;
    const Redactor::Result once = Redactor::redact(text);
    if (once.text.contains(QLatin1String(secret)) || decodedForm(once.text).contains(QLatin1String(secret))) {
        fprintf(stderr, "a planted secret survived:\n%s\n", qPrintable(once.text));
        abort();
    }
    if (Redactor::redact(once.text).text != once.text) {
        fprintf(stderr, "redacting again changed:\n%s\n", qPrintable(once.text));
        abort();
    }
    return 0;
}
