// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"

#include <QApplication>
#include <QLabel>

int Application::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QObject::tr("Domains Troubleshooter"));
    label.show();
    return QApplication::exec();
}
