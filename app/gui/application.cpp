// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"

#include "appstyle.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
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
    QCommandLineOption instanceName(QStringLiteral("instance-name"),
                                    QObject::tr("The name the running window answers to (default: one per user)."),
                                    QObject::tr("name"));
    instanceName.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption newWindow(QStringLiteral("new-window"),
                                       QObject::tr("Open a window of its own, even if one is already open."));
    parser.addOptions({catalog, exitAfterStartup, instanceName, newWindow});
    parser.addPositionalArgument(QObject::tr("files"), QObject::tr("Response, HAR or log files to diagnose."),
                                 QObject::tr("[files...]"));
    parser.process(app);

    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files << QFileInfo(file).absoluteFilePath(); // the running window has another working folder
    // A second launch, or a file opened from the desktop, goes to the window already open and ends. A run with
    // its own catalogs, or one that only measures its start, keeps to itself.
    const bool ownWindow = parser.isSet(newWindow) || parser.isSet(exitAfterStartup) || parser.isSet(catalog);
    SingleInstance instance(parser.value(instanceName));
    if (!ownWindow && instance.handOver(files))
        return 0;

    const QList<MainWindow *> windows = openWindows(parser.values(catalog), files);
    QList<QPointer<MainWindow>> open(windows.cbegin(), windows.cend());
    if (!ownWindow && instance.listen()) {
        QObject::connect(&instance, &SingleInstance::activated, &app, [&open](const QStringList &handed) {
            // The first file goes to the window in use, raised; any others each get a window, as at a launch.
            MainWindow *target = qobject_cast<MainWindow *>(QApplication::activeWindow());
            for (qsizetype i = open.size() - 1; !target && i >= 0; --i)
                target = open.at(i);
            if (!target) {
                for (MainWindow *w : openWindows({}, handed.mid(0, 1)))
                    open << w;
                target = open.constLast();
            } else if (!handed.isEmpty()) {
                target->openFile(handed.constFirst());
            }
            target->bringToFront();
            if (handed.size() > 1) {
                for (MainWindow *w : openWindows({}, handed.mid(1)))
                    open << w;
            }
        });
    }
    if (parser.isSet(exitAfterStartup)) {
        // Quit once the first frame has been painted: the measure of a cold start.
        QTimer::singleShot(0, &app, [window = windows.constFirst()] {
            window->repaint();
            QApplication::quit();
        });
    }
    const int status = QApplication::exec();
    for (const QPointer<MainWindow> &window : open)
        delete window.data(); // those not closed, when the application quit by itself
    return status;
}

} // namespace Application
