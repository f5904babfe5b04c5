// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// What every window test does first: settings, history and data in places of the test's own, never the user's.

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace TestSettings {

// settingsDir: a folder the test owns (a QTemporaryDir); applicationName: the test's name, which also names its
// data folder under QStandardPaths' test locations.
inline void isolate(const QString &settingsDir, const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooterTest"));
    QCoreApplication::setApplicationName(applicationName);
}

} // namespace TestSettings
