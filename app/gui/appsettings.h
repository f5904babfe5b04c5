// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "apptheme.h"
#include "replycomposer.h"

#include <QStringList>

// The user's preferences, kept with QSettings.
struct AppSettings
{
    QStringList catalogFiles;
    ReplyComposer::Format replyFormat = ReplyComposer::Format::PlainText;
    int historySize = 200;
    AppTheme::Theme theme = AppTheme::Theme::System;
    QString language;                          // "de", "es", "en"; empty: the system's
    bool updateSubscriptionsAtStartup = false; // no connection unless the user turns it on
    QString dnsServer;                         // for Check domain's verdict; empty: the system's resolver
    // Also asked by Check domain, for propagation; empty: the system's resolver only.
    QStringList dnsResolvers = defaultDnsResolvers();
    // Where Check domain keeps its RDAP bootstrap file current from (IANA's); empty: never downloaded.
    QString rdapBootstrapUrl = QStringLiteral("https://data.iana.org/rdap/dns.json");

    // Well-known public resolvers: Cloudflare's, Google's and Quad9's.
    static QStringList defaultDnsResolvers();
    static AppSettings load();
    void save() const;
};
