// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <string_view>

// Which names say that their value is a secret. Names are split into words (at '-', '_', '.', spaces and camelCase
// humps) and compared without regard to case, so X-Auth-Token, x_api_key, apiKey and "Client Secret" all count.
namespace SecretNames {

// A name that says its value is a credential: Authorization, Proxy-Authorization, Cookie, X-Api-Key, X-Auth-Token,
// password, client_secret, refresh_token, apiKey, "Client Secret", private_key, ... A bare "key" or "code" is not
// one (both name ordinary values in error bodies and Postman's {key, value} pairs), nor a name that ends in a word
// saying it names something else: token_type, authorization_url, auth-type.
bool isMember(QStringView name);
// The same, said of a URL query, fragment or form parameter or a HAR name/value pair: in a URL (inUrl) also key,
// sig, sign, pass and code (an OAuth authorization code; a log's code=X is an error code).
bool isParameter(QStringView name, bool inUrl);
// Cookie, Set-Cookie, cookies.
bool isCookie(QStringView name);
// The three-letter stems that every credential name above holds one of (aut, tok, sec, pas, key, coo, ...): a name
// without any is none, which a scanner can tell while it reads the name.
inline constexpr std::u16string_view kStems[] = {u"aut", u"tok", u"sec", u"ses", u"sig", u"pas", u"pwd",
                                                 u"key", u"coo", u"cod", u"cre", u"jwt", u"bea", u"otp"};

} // namespace SecretNames
