// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Translations {
namespace {

QPointer<QTranslator> s_english; // under the others: what a translation lacks reads in English, with its plurals
QPointer<QTranslator> s_own;
QPointer<QTranslator> s_qt;
QString s_current = QStringLiteral("en");

bool speaks(const QString &code)
{
    for (const Language &l : available()) {
        if (l.code == code)
            return true;
    }
    return false;
}

void replace(QPointer<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    if (next) {
        next->setParent(QCoreApplication::instance());
        slot = next.release();
        QCoreApplication::installTranslator(slot);
    }
}

} // namespace

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Espa\u00f1ol")}};
}

QString resolve(const QString &choice)
{
    if (speaks(choice))
        return choice;
    if (choice.isEmpty()) {
        for (const QString &tag : QLocale::system().uiLanguages()) {
            const QString code = tag.section(u'-', 0, 0).toLower();
            if (speaks(code))
                return code;
        }
    }
    return QStringLiteral("en");
}

std::unique_ptr<QTranslator> translator(const QString &code)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(QStringLiteral(":/i18n/domains-troubleshooter_") + (speaks(code) ? code : QStringLiteral("en"))))
        qWarning("The embedded translations are missing");
    return t;
}

QString translate(const QString &code, const char *context, const char *sourceText, int n)
{
    // Loaded once per language and kept: a reply is composed at every copy.
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const auto lookup = [&](const QString &language) {
        std::shared_ptr<QTranslator> &t = loaded[language];
        if (!t)
            t = translator(language);
        return t->translate(context, sourceText, nullptr, n);
    };
    QString text = lookup(speaks(code) ? code : QStringLiteral("en"));
    if (text.isEmpty())
        text = lookup(QStringLiteral("en"));
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

std::function<QString(const char *sourceText)> phrases(const QString &code, const char *context)
{
    return [code, context](const char *sourceText) { return translate(code, context, sourceText); };
}

std::function<QString(const char *context, const char *sourceText, int n)> phrasesInAnyContext(const QString &code)
{
    return
        [code](const char *context, const char *sourceText, int n) { return translate(code, context, sourceText, n); };
}

void install(const QString &choice)
{
    s_current = resolve(choice);
    if (!choice.isEmpty())
        QLocale::setDefault(QLocale(s_current));
    else
        QLocale::setDefault(QLocale::system());
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_") + s_current, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset(); // English, or Qt's translations not installed: Qt's own English text
    // Installed last, asked first: the program's language, then Qt's, then English.
    if (!s_english)
        replace(s_english, translator(QStringLiteral("en")));
    replace(s_qt, std::move(qt));
    replace(s_own, s_current == QLatin1String("en") ? nullptr : translator(s_current));
}

QString current()
{
    return s_current;
}

} // namespace Translations
