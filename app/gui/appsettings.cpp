// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QSettings>

QStringList AppSettings::defaultDnsResolvers()
{
    return {QStringLiteral("1.1.1.1"), QStringLiteral("8.8.8.8"), QStringLiteral("9.9.9.9")};
}

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.catalogFiles = s.value(QStringLiteral("catalog/files")).toStringList();
    a.replyFormat = s.value(QStringLiteral("reply/format")).toString() == QLatin1String("markdown")
                        ? ReplyComposer::Format::Markdown
                        : ReplyComposer::Format::PlainText;
    a.historySize = qBound(1, s.value(QStringLiteral("history/size"), 200).toInt(), 10000);
    a.theme = AppTheme::fromKey(s.value(QStringLiteral("appearance/theme")).toString());
    a.language = s.value(QStringLiteral("interface/language")).toString();
    a.updateSubscriptionsAtStartup = s.value(QStringLiteral("catalog/updateAtStartup"), false).toBool();
    a.dnsServer = s.value(QStringLiteral("dns/server")).toString();
    // An emptied list is kept empty: the user keeps to the system's resolver.
    if (s.contains(QStringLiteral("dns/resolvers")))
        a.dnsResolvers = s.value(QStringLiteral("dns/resolvers")).toStringList();
    a.rdapBootstrapUrl = s.value(QStringLiteral("rdap/bootstrapUrl"), a.rdapBootstrapUrl).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("catalog/files"), catalogFiles);
    s.setValue(QStringLiteral("reply/format"),
               replyFormat == ReplyComposer::Format::Markdown ? QStringLiteral("markdown") : QStringLiteral("text"));
    s.setValue(QStringLiteral("history/size"), historySize);
    s.setValue(QStringLiteral("appearance/theme"), AppTheme::key(theme));
    s.setValue(QStringLiteral("interface/language"), language);
    s.setValue(QStringLiteral("catalog/updateAtStartup"), updateSubscriptionsAtStartup);
    s.setValue(QStringLiteral("dns/server"), dnsServer);
    s.setValue(QStringLiteral("dns/resolvers"), dnsResolvers);
    s.setValue(QStringLiteral("rdap/bootstrapUrl"), rdapBootstrapUrl);
}
