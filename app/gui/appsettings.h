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
    QString dnsServer;                         // for Check DNS; empty: the system's resolver

    static AppSettings load();
    void save() const;
};
