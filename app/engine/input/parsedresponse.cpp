// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "parsedresponse.h"

#include "normalizedtext.h"
#include "statuscodes.h"

#include <QCoreApplication>

bool ParsedResponse::statusSaysFailed() const
{
    return httpStatus >= 400 || (!status.isEmpty() && status != QLatin1String("OK"));
}

bool ParsedResponse::isError() const
{
    if (statusSaysFailed())
        return true;
    if (httpStatus > 0)
        return false;
    return !code.isEmpty() || emptySystemBody || !violations.isEmpty();
}

int ParsedResponse::effectiveHttpStatus() const
{
    if (httpStatus < 400 && !status.isEmpty() && status != QLatin1String("OK"))
        return StatusCodes::httpForCanonical(status);
    return httpStatus;
}

bool ParsedResponse::hasEvidence() const
{
    return httpStatus > 0 || !status.isEmpty() || !code.isEmpty() || !message.isEmpty() || emptySystemBody;
}

void ParsedResponse::complete()
{
    if (httpStatus == 0 && !status.isEmpty())
        httpStatus = StatusCodes::httpForCanonical(status);
    if (status.isEmpty() && httpStatus > 0)
        status = StatusCodes::canonicalForHttp(httpStatus);
    message = message.trimmed();
    code = code.trimmed();
    // aiohttp's "message='Not Found'", a console's "Forbidden": the status's reason phrase, not the API's message.
    if (httpStatus > 0 && message.compare(StatusCodes::reasonPhrase(httpStatus), Qt::CaseInsensitive) == 0)
        message.clear();
    if (!code.isEmpty() && code == status && StatusCodes::isCanonicalName(code) && message.isEmpty())
        code.clear(); // "403 PERMISSION_DENIED": the name is the status, not an application code
}

QStringList ParsedResponse::facts(bool withRequest) const
{
    QStringList out;
    if (httpStatus > 0)
        out << QCoreApplication::translate("ParsedResponse", "HTTP %1").arg(httpStatus);
    if (!status.isEmpty())
        out << status;
    if (!code.isEmpty())
        out << QCoreApplication::translate("ParsedResponse", "code %1").arg(code);
    if (withRequest && (!method.isEmpty() || !url.isEmpty()))
        out << QString(method + u' ' + url).trimmed();
    if (!requestId.isEmpty())
        out << QCoreApplication::translate("ParsedResponse", "request id %1").arg(requestId);
    return out;
}

QString Location::key() const
{
    switch (kind) {
    case Kind::Whole:
        break;
    case Kind::Line:
        return QStringLiteral("line %1").arg(first);
    case Kind::Lines:
        return QStringLiteral("lines %1-%2").arg(QString::number(first), QString::number(last));
    case Kind::Entry:
        return QStringLiteral("entry %1 of %2").arg(QString::number(first), QString::number(of));
    case Kind::Item:
        return QStringLiteral("item %1 of %2").arg(QString::number(first), QString::number(of));
    }
    return {};
}

QString Location::label() const
{
    switch (kind) {
    case Kind::Whole:
        break;
    case Kind::Line:
        return QCoreApplication::translate("Location", "line %1").arg(first);
    case Kind::Lines:
        return QCoreApplication::translate("Location", "lines %1-%2")
            .arg(QString::number(first), QString::number(last));
    case Kind::Entry:
        return QCoreApplication::translate("Location", "entry %1 of %2")
            .arg(QString::number(first), QString::number(of));
    case Kind::Item:
        return QCoreApplication::translate("Location", "item %1 of %2")
            .arg(QString::number(first), QString::number(of));
    }
    return {};
}

void ParsedResponse::absorb(const ParsedResponse &next)
{
    auto take = [](QString &mine, const QString &theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    if (httpStatus == 0)
        httpStatus = next.httpStatus;
    if (status.isEmpty() || (next.httpStatus > 0 && status == StatusCodes::canonicalForHttp(httpStatus)))
        status = next.status.isEmpty() ? status : next.status;
    if ((code.isEmpty() || codeGuessed) && !next.code.isEmpty() && !next.codeGuessed) {
        code = next.code;
        codeGuessed = false;
    }
    take(code, next.code);
    // The longer of two statements of one message is the whole of it (a printer split the other, a client cut it).
    if (next.message.size() > message.size() &&
        (message.isEmpty() || messageTruncated ||
         NormalizedText::fold(next.message).startsWith(NormalizedText::fold(message)))) {
        message = next.message;
        messageTruncated = next.messageTruncated;
    }
    take(method, next.method);
    take(url, next.url);
    take(requestId, next.requestId);
    for (const QString &d : next.descriptions) {
        if (!descriptions.contains(d) && d != message)
            descriptions.append(d);
    }
    violations += next.violations;
    emptySystemBody = emptySystemBody || next.emptySystemBody;
    text += u'\n' + next.text;
}
