// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Installs the project's translations (embedded under :/i18n by the executable) and Qt's own for the user's
// locale. English carries the singular and plural forms, so it is the fallback for an untranslated locale.
namespace Translations {

void install();

} // namespace Translations
