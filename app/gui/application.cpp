// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"

#include "appstyle.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int Application::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle);
    QApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooter"));
    QApplication::setApplicationName(QStringLiteral("domains-troubleshooter"));
    QApplication::setApplicationDisplayName(QObject::tr("Domains Troubleshooter"));
    QApplication::setApplicationVersion(QStringLiteral(DT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/domains-troubleshooter.svg")));

    Translations::install();

    QCommandLineParser parser;
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     QObject::tr("Layer a catalog file over the embedded one."), QObject::tr("path"));
    const QCommandLineOption exitAfterStartup(QStringLiteral("exit-after-startup"),
                                              QObject::tr("Open the window, paint it once and quit."));
    parser.addOptions({catalog, exitAfterStartup});
    parser.addPositionalArgument(QObject::tr("file"), QObject::tr("A response, HAR or log file to diagnose."));
    parser.process(app);

    MainWindow window(parser.values(catalog));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(exitAfterStartup)) {
        // Quit once the first frame has been painted: the measure of a cold start.
        QTimer::singleShot(0, &app, [&window] {
            window.repaint();
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
