// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QTranslator;

// The program's translations, embedded under :/i18n, with Qt's own (qtbase) for standard dialogs and context
// menus. Every front end links this library. English carries the singular and plural forms, so it is also the
// fallback for a language the program does not speak.
namespace Translations {

struct Language
{
    QString code;       // "en", "de", "es": as in the .ts file names and the catalog's translations
    QString nativeName; // "Deutsch": shown as is in every language, so that a user finds their own
};

QList<Language> available();

// The language to use for a choice: the code itself when the program speaks it; for an empty choice, the first
// of the system's preferred languages that it speaks; English otherwise.
QString resolve(const QString &choice);

// Installs the translations of resolve(choice) in place of those installed before (so widgets receive a
// QEvent::LanguageChange and retranslate), and makes it the default locale.
void install(const QString &choice = {});

// The code of the installed language.
QString current();

// The program's translator for a language, not installed: to write text in another language than the
// interface's, such as a reply in the customer's language. Never null; English where the code is unknown.
std::unique_ptr<QTranslator> translator(const QString &code);

// QCoreApplication::translate in a given language rather than the installed one: the language's text, else the
// English (with its plural forms), else the source text; %n becomes n.
QString translate(const QString &code, const char *context, const char *sourceText, int n = -1);

// translate() bound to one language and context: the words of a text written in that language, such as the
// reply's (ReplyComposer::Phrases), which the window and the command line both take from here.
std::function<QString(const char *sourceText)> phrases(const QString &code, const char *context);

// translate() bound to one language, in any context: the words of text that several contexts write, such as a
// flow verdict in a reply (FlowAnalysis::Phrases).
std::function<QString(const char *context, const char *sourceText, int n)> phrasesInAnyContext(const QString &code);

} // namespace Translations
