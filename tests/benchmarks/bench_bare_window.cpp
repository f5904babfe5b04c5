// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The floor for start-up: a bare Qt Widgets window that paints once and quits.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello")));
    window.resize(1200, 760);
    window.show();
    QTimer::singleShot(0, &app, [&window] {
        window.repaint();
        QApplication::quit();
    });
    return QApplication::exec();
}
