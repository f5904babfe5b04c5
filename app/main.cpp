// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"
#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Parsed once here to choose the front end; an option error is headless too, so it never needs a display.
    const CommandLine::Options options = CommandLine::parse(arguments);
    if (options.isHeadless()) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooter")); // the window's data folder
        QCoreApplication::setApplicationName(QStringLiteral("domains-troubleshooter"));
        QCoreApplication::setApplicationVersion(QStringLiteral(DT_VERSION));
        Translations::install();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(QCoreApplication::arguments(), out, err); // parsed again, now with translations
    }
    return Application::run(
        argc, argv,
        {options.catalogFiles, options.files, options.exitAfterStartup, options.newWindow, options.instanceName});
}
