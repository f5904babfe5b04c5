// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

// Which names say that their value is a secret. Names are split into words (at '-', '_', '.', spaces and camelCase
// humps) and compared without regard to case, so X-Auth-Token, x_api_key, apiKey and "Client Secret" all count.
namespace SecretNames {

// HTTP header names (and the names of HAR name/value pairs): Authorization, Proxy-Authorization, Cookie,
// Set-Cookie, X-Api-Key, X-Wix-Api-Key, X-Auth-Token, and any name that says token, key, secret or auth.
bool isHeader(QStringView name);
// URL query, fragment and form parameters: access_token, api_key, key, signature, sig, password, ...; "code" (an
// OAuth authorization code) only where the parameter is part of a URL (inUrl), since a log's code=X is an error code.
bool isParameter(QStringView name, bool inUrl);
// JSON and JavaScript object keys: password, secret, client_secret, refresh_token, apiKey, authorization, cookie.
// A bare "key" or "code" is not one: both name ordinary values in error bodies.
bool isMember(QStringView name);

} // namespace SecretNames
