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
    QString language; // "de", "es", "en"; empty: the system's

    static AppSettings load();
    void save() const;
};
