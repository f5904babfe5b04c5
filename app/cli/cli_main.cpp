// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooter")); // the window's data folder
    QCoreApplication::setApplicationName(QStringLiteral("domains-troubleshooter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DT_VERSION));
    Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(QCoreApplication::arguments(), out, err);
}
