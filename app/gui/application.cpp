// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"

#include "appstyle.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPointer>
#include <QTimer>

namespace Application {

QList<MainWindow *> openWindows(const QStringList &catalogFiles, const QStringList &files)
{
    QList<MainWindow *> windows;
    const qsizetype count = std::max<qsizetype>(files.size(), 1);
    for (qsizetype i = 0; i < count; ++i) {
        auto *window = new MainWindow(catalogFiles);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (i > 0) // each further window a step down and right, so that none hides another
            window->move(windows.constFirst()->pos() + QPoint(32, 32) * int(i));
        window->show();
        if (i < files.size())
            window->openFile(files.at(i));
        windows << window;
    }
    return windows;
}

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle);
    QApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooter"));
    QApplication::setApplicationName(QStringLiteral("domains-troubleshooter"));
    QApplication::setApplicationVersion(QStringLiteral(DT_VERSION));
    QGuiApplication::setDesktopFileName(QString::fromUtf16(kDesktopId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/domains-troubleshooter.svg")));

    Translations::install();
    QApplication::setApplicationDisplayName(QObject::tr("Domains Troubleshooter"));

    QCommandLineParser parser;
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     QObject::tr("Layer a catalog file over the embedded one."), QObject::tr("path"));
    const QCommandLineOption exitAfterStartup(QStringLiteral("exit-after-startup"),
                                              QObject::tr("Open the window, paint it once and quit."));
    parser.addOptions({catalog, exitAfterStartup});
    parser.addPositionalArgument(QObject::tr("files"), QObject::tr("Response, HAR or log files to diagnose."),
                                 QObject::tr("[files...]"));
    parser.process(app);

    const QList<MainWindow *> windows = openWindows(parser.values(catalog), parser.positionalArguments());
    if (parser.isSet(exitAfterStartup)) {
        // Quit once the first frame has been painted: the measure of a cold start.
        QTimer::singleShot(0, &app, [window = windows.constFirst()] {
            window->repaint();
            QApplication::quit();
        });
    }
    const QList<QPointer<MainWindow>> open(windows.cbegin(), windows.cend());
    const int status = QApplication::exec();
    for (const QPointer<MainWindow> &window : open)
        delete window.data(); // those not closed, when the application quit by itself
    return status;
}

} // namespace Application
