// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"

#include "appidentity.h"
#include "appsettings.h"
#include "appstyle.h"
#include "catalogservice.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "translations.h"

#include <QApplication>
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

int run(int argc, char *argv[], const WindowOptions &options)
{
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle);
    AppIdentity::apply();
    QGuiApplication::setDesktopFileName(QString::fromUtf16(kDesktopId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/domains-troubleshooter.svg")));

    Translations::install(AppSettings::load().language);
    QApplication::setApplicationDisplayName(QObject::tr("Domains Troubleshooter"));

    QStringList files;
    for (const QString &file : options.files)
        files << QFileInfo(file).absoluteFilePath(); // the running window has another working folder
    // A second launch, or a file opened from the desktop, goes to the window already open and ends. A run with
    // its own catalogs, or one that only measures its start, keeps to itself.
    const bool ownWindow = options.newWindow || options.exitAfterStartup || !options.catalogFiles.isEmpty();
    SingleInstance instance(options.instanceName);
    if (!ownWindow && instance.handOver(files))
        return 0;

    // The catalog starts loading on the service's worker while the first window builds its widgets.
    CatalogService::instance()->request(AppSettings::load().catalogFiles + options.catalogFiles);
    const QList<MainWindow *> windows = openWindows(options.catalogFiles, files);
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
    if (options.exitAfterStartup) {
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
