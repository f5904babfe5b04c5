// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Plants a secret, in one of the spellings the redactor knows, between two pieces of arbitrary text, and aborts
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
