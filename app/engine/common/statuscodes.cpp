// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "statuscodes.h"

#include <QRegularExpression>
#include <array>

namespace StatusCodes {
namespace {

struct Canonical
{
    const char *name;
    int http;
    int grpc;
};

// Order matters for canonicalForHttp: the first name listed for a status is its default.
constexpr std::array<Canonical, 16> kCanonical{{
    {"OK", 200, 0},
    {"INVALID_ARGUMENT", 400, 3},
    {"OUT_OF_RANGE", 400, 11},
    {"UNAUTHENTICATED", 401, 16},
    {"PERMISSION_DENIED", 403, 7},
    {"NOT_FOUND", 404, 5},
    {"ALREADY_EXISTS", 409, 6},
    {"ABORTED", 409, 10},
    {"FAILED_PRECONDITION", 428, 9},
    {"RESOURCE_EXHAUSTED", 429, 8},
    {"CANCELLED", 499, 1},
    {"INTERNAL", 500, 13},
    {"UNIMPLEMENTED", 501, 12},
    {"UNAVAILABLE", 503, 14},
    {"DEADLINE_EXCEEDED", 504, 4},
    {"UNKNOWN", 500, 2},
}};

struct Phrase
{
    int http;
    const char *text;
};

constexpr std::array<Phrase, 15> kPhrases{{
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {409, "Conflict"},
    {422, "Unprocessable Entity"},
    {428, "Precondition Required"},
    {429, "Too Many Requests"},
    {499, "Client Closed Request"},
    {500, "Internal Server Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
}};

} // namespace

int httpForCanonical(QStringView canonical)
{
    canonical = canonical.trimmed();
    if (canonical.isEmpty())
        return 0;
    for (const auto &c : kCanonical) {
        if (canonical.compare(QLatin1String(c.name), Qt::CaseInsensitive) == 0)
            return c.http;
    }
    return 0;
}

QString canonicalForHttp(int httpStatus)
{
    for (const auto &c : kCanonical) {
        if (c.http == httpStatus)
            return QString::fromLatin1(c.name);
    }
    return {};
}

QString canonicalForGrpc(int grpcCode)
{
    for (const auto &c : kCanonical) {
        if (c.grpc == grpcCode)
            return QString::fromLatin1(c.name);
    }
    return {};
}

bool isCanonicalName(QStringView name)
{
    return httpForCanonical(name) != 0;
}

QString reasonPhrase(int httpStatus)
{
    for (const auto &p : kPhrases) {
        if (p.http == httpStatus)
            return QString::fromLatin1(p.text);
    }
    return {};
}

QString normaliseCode(QStringView code)
{
    QString out;
    out.reserve(code.size());
    for (QChar c : code) {
        if (c.isSpace() || c == u'_' || c == u'-')
            continue;
        out.append(c.toUpper());
    }
    return out;
}

StatusQuery parseStatus(QStringView text)
{
    static const QRegularExpression withNumber(QStringLiteral(R"(^\s*([A-Za-z_ ]*?)\s*\(?\s*(\d{3})?\s*\)?\s*$)"));
    StatusQuery q;
    const auto m = withNumber.match(text);
    if (!m.hasMatch())
        return q;
    const QString name = m.captured(1).trimmed().toUpper().replace(u' ', u'_');
    const int number = m.captured(2).toInt();
    if (name.isEmpty() && number == 0)
        return q;
    if (!name.isEmpty()) {
        const int http = httpForCanonical(name);
        if (http == 0 || (number != 0 && number != http))
            return q;
        q.canonical = name;
        q.httpStatus = http;
    } else {
        if (number < 100 || number > 599)
            return q;
        q.httpStatus = number;
        q.canonical = canonicalForHttp(number);
    }
    q.valid = true;
    return q;
}

} // namespace StatusCodes
