// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "secretrules.h"

#include <algorithm>
#include <array>

namespace SecretRules {
namespace {

using E = ValueEnd;
using N = NameKind;

// Tried in this order after every credential name; the first whose connector and names fit decides.
constexpr std::array kSyntaxes = {
    Syntax{u"' ]=>~string(#) Q", E::Quoted, N::Member}, // PHP var_dump: ["Authorization"]=> string(9) "x"
    Syntax{u"] => ", E::Line, N::Member, u'['},         // PHP print_r: [Authorization] => x
    Syntax{u"' ] = Q", E::Quoted, N::Member},           // headers["Authorization"] = "x"
    Syntax{u"' : []string{ Q", E::Quoted, N::Member},   // Go: http.Header{"Authorization": []string{"x"}}
    Syntax{u"' : [ Q", E::Quoted, N::Member},           // {"Authorization": ["x"]}
    Syntax{u"' : [", E::Members, N::Cookie},            // HAR: "cookies": [{"name": "a", "value": "x"}]
    Syntax{u"' => [ Q", E::Quoted, N::Member},          // Ruby: "authorization"=>["x"]
    Syntax{u"' => Q", E::Quoted, N::Member},            // Ruby, PHP var_export: 'Authorization' => 'x'
    Syntax{u"' , \"value\" : Q", E::Quoted, N::Member}, // Postman: "key": "Authorization", "value": "x"
    Syntax{u"' value = Q", E::Quoted, N::Member},       // XML: <add key="ApiKey" value="x" />
    Syntax{u"' , Q", E::Quoted, N::Member},             // .Add("Authorization", "x"), setRequestHeader(...)
    Syntax{u"' : > ", E::Block, N::Member},             // YAML folded block: client_secret: >-
    Syntax{u"' : | ", E::Block, N::Member},             // YAML literal block: password: |
    Syntax{u"' : Q", E::Quoted, N::Member},             // JSON, JavaScript, Python, YAML: "token": "x"
    Syntax{u" = \"\"\"", E::TripleQuote, N::Member},    // TOML: api_key = """x"""
    Syntax{u"' = (", E::Paren, N::Member},              // Python requests: auth=('user', 'pass')
    Syntax{u"' = Q", E::Quoted, N::Member},             // assignments, PowerShell @{ }, shell, XML attributes
    Syntax{u"=[", E::Bracket, N::Member},               // Java Map.toString: {Authorization=[x]}
    Syntax{u">", E::Tag, N::Member, u'<'},              // XML: <password>x</password>
    Syntax{u" : ", E::Cookies, N::Cookie},              // Cookie: a=x; b=y / Set-Cookie: a=x; Path=/
    Syntax{u" (w) to ", E::Line, N::Member},            // wget -d: Setting --http-password (httppassword) to x
    Syntax{u"' : ", E::Line, N::Header},                // header lines, YAML, HTTPie items: Authorization:x
    Syntax{u"=", E::Word, N::Header},                   // URLs, logfmt, forms, .env, --password=x
    Syntax{u" = ", E::Line, N::Member},                 // INI: api_key = x y
};

constexpr std::array kOptions = {
    Option{u"-u", E::Word, true},
    Option{u"--user", E::Word},
    Option{u"-U", E::Word},
    Option{u"--proxy-user", E::Word},
    Option{u"--pass", E::Word},
    Option{u"--password", E::Word},
    Option{u"--http-password", E::Word},
    Option{u"--ftp-password", E::Word},
    Option{u"--proxy-password", E::Word},
    Option{u"--oauth2-bearer", E::Word},
    Option{u"-a", E::Word},
    Option{u"--auth", E::Word},
    Option{u"-b", E::Word},
    Option{u"--cookie", E::Word},
    Option{u"--cert", E::CertPass},
    Option{u"-E", E::CertPass},
    Option{u"--proxy-cert", E::CertPass},
};

constexpr std::array kLeads = {
    Lead{u"bearer", false},  Lead{u"basic", true},  Lead{u"digest", true}, Lead{u"negotiate", true},
    Lead{u"ntlm", true},     Lead{u"token", true},  Lead{u"key", true},    Lead{u"secret", true},
    Lead{u"password", true}, Lead{u"passwd", true}, Lead{u"apikey", true},
};

constexpr std::array kPairs = {
    Pair{u"name", u"value"},
    Pair{u"key", u"value"},
    Pair{u"encoding", u"text", true},
};

constexpr std::array<std::u16string_view, 11> kCookieAttributes = {
    u"path",     u"domain",   u"expires",     u"max-age", u"samesite", u"secure",
    u"httponly", u"priority", u"partitioned", u"version", u"comment",
};

} // namespace

std::span<const Syntax> syntaxes()
{
    return kSyntaxes;
}

std::span<const Option> options()
{
    return kOptions;
}

std::span<const Lead> leads()
{
    return kLeads;
}

std::span<const Pair> pairs()
{
    return kPairs;
}

bool isCookieAttribute(std::u16string_view lowerName)
{
    return std::find(kCookieAttributes.begin(), kCookieAttributes.end(), lowerName) != kCookieAttributes.end();
}

} // namespace SecretRules
