// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QFileDevice;

// How every file the program keeps is written and how a damaged one is kept out of the way: one sequence for the
// history, the subscriptions, a saved diagnosis and the packed catalog.
class SafeSave
{
    Q_DECLARE_TR_FUNCTIONS(SafeSave)

public:
    SafeSave() = delete;

    // Writes bytes to path whole or not at all: into a temporary file beside it, synced to disk, then renamed over
    // path (QSaveFile). When any step fails the file already at path is left as it was and *error says why in plain
    // words (a full disk, a folder that cannot be written to).
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // Makes the folder path is to be written in, for the program's own files (a place a person chose is not made).
    static bool makeFolderFor(const QString &path, QString *error);

    // Renames a file that can no longer be read to "<path>.<label>-<UTC time>", so that it is kept but never read
    // again. Returns the new path, or an empty string when the file could not be renamed.
    static QString setAside(const QString &path, QStringView label);

private:
    static QString problem(const QFileDevice &file, const QString &folder);
};
