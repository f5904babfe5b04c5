// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogentry.h"
#include "dnstargets.h"
#include "flowdefinition.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reads and validates one catalog file (schema: resources/catalog/SCHEMA.md). Every refusal names the file, the
// entry and the field, so that whoever maintains a team catalog can fix it without guessing.
namespace CatalogLoader {

struct File
{
    QString api;
    QString title;
    QString version; // optional: the publisher's version of this file
    QStringList sources;
    DnsTargets dnsTargets; // optional: what counts as Wix in a domain's DNS
    QList<CatalogEntry> entries;
    QList<FlowDefinition> flows; // optional: documented flows (SCHEMA.md, "Flows")
};

constexpr qsizetype kMaxStringLength = 65536;
constexpr qsizetype kMaxFileSize = 64 * 1024 * 1024;

bool parse(const QByteArray &json, const QString &origin, File *out, QString *error);
// Why a catalog link is refused, empty when it is allowed. Links open only as https with a host and no user name
// or password (https://a.com@evil.com would show one host and open another), or as mailto whose only fields are
// subject, body and cc (no attach or attachment: a reply must never carry a local file; no bcc or other headers).
QString linkRefusal(const QString &url);
bool isAllowedLinkUrl(const QString &url);

} // namespace CatalogLoader
