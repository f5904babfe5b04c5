// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("domains-troubleshooter"));
        QCoreApplication::setApplicationVersion(QStringLiteral(DT_VERSION));
        QTranslator translator;
        if (translator.load(QLocale(), QStringLiteral("domains-troubleshooter"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")) ||
            translator.load(QStringLiteral(":/i18n/domains-troubleshooter_en")))
            QCoreApplication::installTranslator(&translator);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(QCoreApplication::arguments(), out, err);
    }
    return Application::run(argc, argv);
}
