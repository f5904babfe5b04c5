// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: what one HAR entry holds that the timeline needs, read without copying its bodies.

#include <QByteArray>

#include <simdjson.h>

#include <string>
#include <string_view>

// One HAR entry's call, read in one simdjson On-Demand walk in whatever order its members come. The bodies are
// not unescaped nor copied: only where they stand in the entry's bytes is kept (a JSON string token, quotes
// included), so that an entry whose bodies are not needed (most of a big HAR) costs no more than its walk. The
// tokens point into the entry's bytes and are valid as long as they are.
struct HarCall
{
    std::string started;
    double time = -1;
    std::string method;
    std::string url;
    int64_t status = -1;
    std::string requestId;
    std::string_view requestBody;  // request.postData.text, as a JSON string token; empty when there is none
    std::string_view responseBody; // response.content.text, the same
    bool base64 = false;           // response.content.encoding is "base64"

    // Reads the entry in json (size bytes, capacity readable: simdjson's padding). False when it is not an object
    // with a numeric response.status.
    static bool read(simdjson::ondemand::parser &parser, const char *json, size_t size, size_t capacity, HarCall *call);
    // The text a JSON string token stands for (escapes resolved): parses the token alone, so the parser's last
    // document is gone afterwards. Empty for an empty token or one that is not a string.
    static QByteArray unescaped(simdjson::ondemand::parser &parser, std::string_view token);
    // Whether the text a token stands for may hold word (letters, digits and '_' only): false only when it
    // certainly does not, which is known without unescaping when the token has no \u escape.
    static bool mayHold(std::string_view token, std::string_view word);
};
