// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: finds where the secrets are in a piece of decoded text, for Redactor.

#include <QList>
#include <QString>
#include <QStringView>

namespace SecretFinder {

struct Secret
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString replacement;      // null: the placeholder
    qsizetype statement = -1; // where the statement that governs it starts (its name), or start
};

// Every secret in text (already decoded: see DecodedText), in one pass over it that reads the rules of
// SecretRules. Ranges may overlap; the caller merges them.
QList<Secret> find(QStringView text);

} // namespace SecretFinder
