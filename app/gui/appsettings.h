// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "apptheme.h"
#include "diagnosisfile.h"
#include "replycomposer.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariant>

// One key of the settings file, with its type and its default.
template <typename T> struct SettingKey
{
    const char16_t *name;
    T fallback;

    QString key() const { return QString::fromUtf16(name); }
    T read(const QSettings &s) const
    {
        const QVariant v = s.value(key());
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : fallback;
    }
    T read() const { return read(QSettings()); }
    // Writes only a value that differs from the one kept: an unchanged setting costs no file write (and no lock).
    void write(QSettings &s, const T &value) const
    {
        if (!s.contains(key()) || read(s) != value)
            s.setValue(key(), QVariant::fromValue(value));
    }
    void write(const T &value) const
    {
        QSettings s;
        write(s, value);
    }
    void remove() const { QSettings().remove(key()); }
};

// Every key the app keeps, in one place. Closed sets are kept by their keys (ClosedSet), never by a list index.
namespace SettingKeys {
inline const SettingKey<QStringList> kCatalogFiles{u"catalog/files", {}};
inline const SettingKey<bool> kUpdateAtStartup{u"catalog/updateAtStartup", false};      // no connection unless asked
inline const SettingKey<QString> kReplyFormat{u"reply/format", QStringLiteral("text")}; // "text" or "markdown"
inline const SettingKey<QString> kReplyLanguage{u"reply/language", {}};                 // empty: the interface's
inline const SettingKey<int> kHistorySize{u"history/size", 200};
inline const SettingKey<QString> kTheme{u"appearance/theme", QStringLiteral("system")}; // AppTheme::kThemes
inline const SettingKey<QString> kLanguage{u"interface/language", {}};                  // empty: the system's
inline const SettingKey<QString> kDnsServer{u"dns/server", {}};                         // empty: the system's
// Not kept: AppSettings::defaultDnsResolvers(); kept empty: the system's resolver only.
inline const SettingKey<QStringList> kDnsResolvers{u"dns/resolvers", {}};
inline const SettingKey<QString> kRdapBootstrapUrl{u"rdap/bootstrapUrl",
                                                   QStringLiteral("https://data.iana.org/rdap/dns.json")};
inline const SettingKey<QStringList> kRecentFiles{u"recent/files", {}};
inline const SettingKey<QString> kSaveFormat{u"save/format", QStringLiteral("markdown")}; // DiagnosisFile::key
inline const SettingKey<QString> kSaveFolder{u"save/folder", {}};                         // empty: Documents
inline const SettingKey<QByteArray> kWindowGeometry{u"window/geometry", {}};
inline const SettingKey<QByteArray> kWindowState{u"window/state", {}};
inline const SettingKey<bool> kWindowMaximized{u"window/maximized", false};
inline const SettingKey<QByteArray> kDiagnoseSplitter{u"window/diagnoseSplitter", {}};
inline const SettingKey<QByteArray> kLookupSplitter{u"window/lookupSplitter", {}};
inline const SettingKey<QByteArray> kCatalogSplitter{u"window/catalogSplitter", {}};
inline const SettingKey<QString> kPage{u"window/page", QStringLiteral("diagnose")}; // MainWindow::Page, by key
inline const SettingKey<int> kZoom{u"view/zoom", 0};
} // namespace SettingKeys

// The user's preferences that Settings shows, read and written together.
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
    QString rdapBootstrapUrl = SettingKeys::kRdapBootstrapUrl.fallback;

    // Well-known public resolvers: Cloudflare's, Google's and Quad9's.
    static QStringList defaultDnsResolvers();
    static AppSettings load();
    void save() const;

    // The format last chosen in Save. A list index kept by earlier versions (0 Markdown, 1 HTML, 2 JSON) is read
    // once and written back as its key.
    static DiagnosisFile::Format saveFormat();
    static void setSaveFormat(DiagnosisFile::Format format);
};
