// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "closedset.h"

namespace {

// Kept by key; the Settings dialog names them with its own words.
constexpr ClosedSet kReplyFormats{"AppSettings",
                                  std::array{
                                      ClosedSetRow{ReplyComposer::Format::PlainText, u"text", nullptr},
                                      ClosedSetRow{ReplyComposer::Format::Markdown, u"markdown", nullptr},
                                  }};

} // namespace

QStringList AppSettings::defaultDnsResolvers()
{
    return {QStringLiteral("1.1.1.1"), QStringLiteral("8.8.8.8"), QStringLiteral("9.9.9.9")};
}

AppSettings AppSettings::load()
{
    using namespace SettingKeys;
    const QSettings s;
    AppSettings a;
    a.catalogFiles = kCatalogFiles.read(s);
    a.replyFormat = kReplyFormats.fromKey(kReplyFormat.read(s), ReplyComposer::Format::PlainText);
    a.historySize = qBound(1, kHistorySize.read(s), 10000);
    a.theme = AppTheme::fromKey(kTheme.read(s));
    a.language = kLanguage.read(s);
    a.updateSubscriptionsAtStartup = kUpdateAtStartup.read(s);
    a.dnsServer = kDnsServer.read(s);
    // An emptied list is kept empty: the user keeps to the system's resolver.
    if (s.contains(kDnsResolvers.key()))
        a.dnsResolvers = s.value(kDnsResolvers.key()).toStringList();
    a.rdapBootstrapUrl = kRdapBootstrapUrl.read(s);
    return a;
}

void AppSettings::save() const
{
    using namespace SettingKeys;
    QSettings s;
    kCatalogFiles.write(s, catalogFiles);
    kReplyFormat.write(s, kReplyFormats.key(replyFormat));
    kHistorySize.write(s, historySize);
    kTheme.write(s, AppTheme::key(theme));
    kLanguage.write(s, language);
    kUpdateAtStartup.write(s, updateSubscriptionsAtStartup);
    kDnsServer.write(s, dnsServer);
    kDnsResolvers.write(s, dnsResolvers);
    kRdapBootstrapUrl.write(s, rdapBootstrapUrl);
}

DiagnosisFile::Format AppSettings::saveFormat()
{
    using DiagnosisFile::Format;
    QSettings s;
    const QString kept = SettingKeys::kSaveFormat.read(s);
    if (const std::optional<Format> format = DiagnosisFile::formatFromKey(kept))
        return *format;
    static constexpr std::array kOldOrder{Format::Markdown, Format::Html, Format::Json}; // the old Save list
    bool isIndex = false;
    const int index = kept.toInt(&isIndex);
    const Format format =
        isIndex && index >= 0 && index < int(kOldOrder.size()) ? kOldOrder.at(std::size_t(index)) : Format::Markdown;
    if (isIndex)
        SettingKeys::kSaveFormat.write(s, DiagnosisFile::key(format));
    return format;
}

void AppSettings::setSaveFormat(DiagnosisFile::Format format)
{
    SettingKeys::kSaveFormat.write(DiagnosisFile::key(format));
}
