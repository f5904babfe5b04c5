// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTextStream>

class Catalog;

// The command line's two network actions. Each runs an event loop until its answer is in.
namespace NetworkCommands {

// --update-catalog URL [--json]: subscribes (if new) and updates. 0 updated or unchanged; 2 failed, with one line
// on standard error naming the URL and the reason (the last good copy is kept).
int updateCatalog(const QString &url, bool json, QTextStream &out, QTextStream &err);

// --check-dns DOMAIN [--json] [--dns-server IP]: the verdict (against the catalog's DNS targets) and the records.
// 0 a verdict; 1 no verdict (the server failed, refused or did not answer); 2 not a domain or not an IP address.
int checkDns(const QString &domain, const QString &server, const Catalog &catalog, bool json, QTextStream &out,
             QTextStream &err);

} // namespace NetworkCommands
