// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "labelrules.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace LabelRules {
namespace {

using O = QRegularExpression;
constexpr auto ci = O::CaseInsensitiveOption;

// Where people and programs write a status, as rules: the words or the syntax that must come before or after the
// number. A number with none of them is something else (a port, a count, a line number, a year) and is never read.
struct StatusRule
{
    const char16_t *needle; // lower case: the rule is tried only on text that holds it
    QRegularExpression pattern;
};

const std::vector<StatusRule> &statusRules()
{
    static const QString number = QStringLiteral(R"re(\(?(?<n>[1-5]\d\d)\b)re");
    static const std::vector<StatusRule> rules = {
        // A label: "status 403", "status_code=403", "statusCode: 403", "HTTP 403", "Response Code 403",
        // German "Statuscode 400", Spanish "código de estado 400".
        {u"",
         O(QStringLiteral(
               R"re((?:\bstatus(?:[ _-]?code)?|\bhttp[ _-]?status(?:[ _-]?code)?|\bresponse[ _-]?code|)re"
               R"re(\bc[oó]digo(?: de estado)?(?: HTTP)?|\bHTTP(?:[ _-]?(?:error|code))?)["']?\s*(?:=>|[:=])?\s*)re") +
               number,
           ci)},
        // A reason phrase after the number: "403 Forbidden", .NET's "503 (Service Unavailable)", requests' "404
        // Client Error".
        {u"",
         O(QStringLiteral(
             R"re(\b(?<n>[45]\d\d)\s+\(?(?:Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Precondition (?:Required|Failed)|Too Many Requests|Internal Server Error|Not Implemented|Service Unavailable|Gateway Time-?out|(?:Client|Server) Error)\b)re"))},
        {u"<response [", O(QStringLiteral(R"re(<Response \[(?<n>[1-5]\d\d)\]>)re"))}, // Python requests
        // A request log's arrow: "POST /path -> 500", "<- 428", mitmproxy's "<< 428".
        {u"", O(QStringLiteral(R"re((?:->|=>|<-|<<|\x{2192}|\x{2190})\s*(?<n>[1-5]\d\d)\b)re"))},
        // A client's exception or error line: "ClientResponseError: 404, message=...", "HTTPError: 403",
        // "ERROR 403: Forbidden.", "Wix call failed: 400", German "Fehler 400".
        {u"",
         O(QStringLiteral(
               R"re((?:\b(?:error|failed|fehler(?:code)?)\b|\w(?:Error|Exception)\b)[^\w\r\n]{1,4}(?<n>[45]\d\d)\b)re"),
           ci)},
        // A console's argument list: ["Wix Domains API error", 403, "{...}"].
        {u"[", O(QStringLiteral(R"re(\[\s*["'][^"'\r\n]{1,80}["']\s*,\s*(?<n>[45]\d\d)\s*,)re"))},
        // A line that is a status and nothing else, or with its reason phrase (Postman's console, DevTools).
        {u"", O(QStringLiteral(R"re(^\s*(?<n>[45]\d\d)(?: [A-Z][A-Za-z -]+)?\s*$)re"), O::MultilineOption)},
    };
    return rules;
}

} // namespace

void readStatus(QStringView text, QStringView lower, ParsedResponse *out)
{
    for (const StatusRule &rule : statusRules()) {
        if (*rule.needle && !lower.contains(QStringView(rule.needle)))
            continue;
        if (const auto m = rule.pattern.match(text); m.hasMatch()) {
            if (out->httpStatus == 0)
                out->httpStatus = m.captured(u"n").toInt();
            return;
        }
    }
}

// Whether a label names the request id: the header's name or the words for it, in any case and spacing
// ("x-wix-request-id", "X-Wix-Request-Id", "requestId", "request_id", "Request ID").
bool namesRequestId(QStringView label)
{
    static constexpr QStringView kNames[] = {u"xwixrequestid", u"wixrequestid", u"requestid"};
    constexpr qsizetype kShortest = 9; // "requestId"
    constexpr qsizetype kLongest = 24; // "X-Wix-Request-Id" with spaces and quotes
    // Most keys end here, without a copy: every label of the table ends in "id".
    if (label.size() < kShortest || label.size() > kLongest || !label.endsWith(u"id", Qt::CaseInsensitive))
        return false;
    QString compact;
    compact.reserve(label.size());
    for (const QChar c : label) {
        if (c.isLetterOrNumber())
            compact.append(c.toLower());
    }
    return std::find(std::begin(kNames), std::end(kNames), QStringView(compact)) != std::end(kNames);
}

// A request id is a token with a digit in it: never a word such as "header" or "missing".
bool looksLikeRequestId(QStringView value)
{
    return std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
}

// The words that label a request id: the header's name in any case and spacing ("x-wix-request-id",
// "X_WIX_REQUEST_ID"), "request id" as people and programs write it ("Request ID", "requestId", "request_id"),
// and in German and Spanish. Then what may separate label and value: quotes, colons, "=", "=>", markdown's "**",
// a table's "|", a header array's "[", spaces and tabs; DevTools puts the value on the next line.
void readRequestId(QStringView text, ParsedResponse *out)
{
    static const O re(QStringLiteral(R"re((?:\bx[-_ ]?wix[-_ ]?request[-_ ]?id|\brequest[-_ ]?id|)re"
                                     R"re(\bid de (?:la )?solicitud|\banfrage[-_ ]?id)[\s"'`*:=>|\[(]{1,8})re"
                                     R"re((?<v>[A-Za-z0-9][\w.\-]{5,}))re"),
                      ci);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString value = it.next().captured(u"v");
        if (looksLikeRequestId(value)) {
            out->requestId = value;
            return;
        }
    }
}

// What a word processor or an e-mail's HTML made of plain punctuation, made plain again for every rule: a
// no-break space is a space, typographic quotes are straight quotes.
void plainPunctuation(QString *text)
{
    static constexpr struct
    {
        char16_t from;
        char16_t to;
    } kPlain[] = {{u'\u00A0', u' '}, {u'\u202F', u' '},  {u'\u201C', u'"'}, {u'\u201D', u'"'},
                  {u'\u201E', u'"'}, {u'\u2018', u'\''}, {u'\u2019', u'\''}};
    for (const auto &p : kPlain) {
        if (text->contains(QChar(p.from)))
            text->replace(QChar(p.from), QChar(p.to));
    }
}

} // namespace LabelRules
