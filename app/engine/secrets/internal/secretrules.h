// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: the rules the secret scanner reads, as tables. A credential is a value governed by a
// credential name (SecretNames) in one of the assignment syntaxes below, a value given to a client's credential
// option, a {name, value} pair whose name is a credential's, or a value whose own shape says it is one. A new
// syntax, option or shape is a row here; the scanner (SecretFinder) has one reading for each kind of row.

#include <span>
#include <string_view>

namespace SecretRules {

// Where a value ends.
enum class ValueEnd {
    Quoted,      // at the twin of the quote the connector opened
    Line,        // at the end of the line or a quote (also at , } ] after a quoted name)
    Word,        // at white space or one of & ; , " ' < > ( ) # (URLs, logfmt, forms, command lines)
    Tag,         // at the next '<' (an XML element's text)
    Bracket,     // at the next ']' (Java's {Authorization=[value]})
    Paren,       // at the next ')' (Python's auth=('user', 'pass'))
    Block,       // the next lines indented deeper than the name's line (YAML block scalars)
    TripleQuote, // at the next """ (TOML multi-line strings)
    Cookies,     // each cookie's value in a name=value; name=value list, attributes kept
    CertPass,    // after the last ':' of file:password (curl --cert)
    Members,     // each "value" member's string up to the next ']' (a HAR cookies array)
};

// Which names a syntax takes.
enum class NameKind {
    Member, // a credential name (token, secret, password, api key, authorization, cookie, ...)
    Header, // the same, said of a header or parameter; in a URL also key, sig, code, sign, pass
    Cookie, // Cookie, Set-Cookie and cookies only
};

// What follows a credential name, written in a small pattern language:
//   '  an optional closing quote (" ' `) of a quoted name
//   ␣  optional spaces and tabs; ~ optional white space, line breaks included
//   Q  an opening quote (" ' `): the value ends at its twin
//   #  one or more digits; w one or more letters
//   any other character stands for itself, letters in either case.
struct Syntax
{
    std::u16string_view connector;
    ValueEnd end;
    NameKind names;
    char16_t lead = 0; // a character that must come right before the name ('<' of an XML element), or 0
};

// A client's credential option: the value is the next argument, or follows '=', or is attached (-uuser:pass).
struct Option
{
    std::u16string_view name; // as written, with its dashes
    ValueEnd end;
    bool attached = false; // whether the value may follow without a space (-uagent:pass)
};

// A word that introduces a credential in prose or an Authorization value: "Bearer x", "the token is x".
struct Lead
{
    std::u16string_view word; // lower case
    bool mixedValue;          // the value must hold both letters and digits (or + / =), as a generated one does
};

// {name, value} pairs as JSON objects hold them (HAR headers, Postman header and auth arrays and environments):
// the value of member `value` is secret when member `label` names a credential, or (base64) when it says base64.
struct Pair
{
    std::u16string_view label;
    std::u16string_view value;
    bool base64 = false; // label's value is "base64": the value is decoded, redacted and encoded again
};

std::span<const Syntax> syntaxes();
std::span<const Option> options();
std::span<const Lead> leads();
std::span<const Pair> pairs();

// Cookie attributes (Path, Domain, Expires, ...): the values a Set-Cookie line keeps.
bool isCookieAttribute(std::u16string_view lowerName);

} // namespace SecretRules
