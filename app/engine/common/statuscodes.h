// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

// Wix's mapping between HTTP statuses, canonical (gRPC-style) status names and gRPC numeric codes.
// Wix maps FAILED_PRECONDITION to 428, not to 400 as Google does.
namespace StatusCodes {

int httpForCanonical(QStringView canonical);
QString canonicalForHttp(int httpStatus);
QString canonicalForGrpc(int grpcCode);
bool isCanonicalName(QStringView name);
QString reasonPhrase(int httpStatus);

// Codes compare without regard to case, spaces, '_' or '-': "Invalid domain" == "INVALID_DOMAIN".
QString normaliseCode(QStringView code);

struct StatusQuery
{
    int httpStatus = 0;
    QString canonical;
    bool valid = false;
};

// Accepts "403", "PERMISSION_DENIED", "PERMISSION_DENIED (403)" and "permission denied".
StatusQuery parseStatus(QStringView text);

} // namespace StatusCodes
