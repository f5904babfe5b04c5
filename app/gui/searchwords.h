// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// The one search rule of the window's filter boxes (the catalog's and the results'): what is typed is split into
// words, and a row fits when its text holds every word, in any order and case.
namespace SearchWords {

inline QStringList split(const QString &typed)
{
    return typed.split(u' ', Qt::SkipEmptyParts);
}

inline bool allIn(const QStringList &words, const QString &text)
{
    for (const QString &word : words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace SearchWords
