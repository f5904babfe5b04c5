// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// What a new diagnosis costs the window's thread with a full history (200 items of real-looking sizes): the time
// add() takes to return, and the time until the item is on disk.
#include "historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// A redacted curl -v transcript, a log excerpt or a HAR: from a few hundred bytes to about 60 KiB.
QString input(QRandomGenerator &random, int n)
{
    const QString block = QStringLiteral("> GET /domains/v1/domains/example%1.com HTTP/2\n> Host: www.wixapis.com\n"
                                         "> Authorization: [redacted]\n< HTTP/2 403\n< content-type: application/json\n"
                                         "{\"message\":\"Site does not belong to the account\",\"details\":{"
                                         "\"applicationError\":{\"code\":\"DOMAINS_SITE_NOT_PERMITTED\"}}}\n")
                              .arg(n);
    const int repeats = random.bounded(100) < 90 ? 1 + random.bounded(8) : 100 + random.bounded(150);
    return block.repeated(repeats);
}

HistoryItem item(QRandomGenerator &random, int n)
{
    return {QDateTime::currentDateTimeUtc().addSecs(n - 1000),
            QStringLiteral("403 DOMAINS_SITE_NOT_PERMITTED #%1").arg(n), input(random, n)};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    QRandomGenerator random(12);
    HistoryStore store(path);
    store.load();
    QString error;
    for (int i = 0; i < 200; ++i) {
        if (!store.add(item(random, i), &error)) {
            std::fprintf(stderr, "not added: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (!store.waitForWrites() || store.items().size() != 200) {
        std::fprintf(stderr, "the history holds %d items, not 200\n", int(store.items().size()));
        return 1;
    }
    QList<double> returned;
    QList<double> onDisk;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!store.add(item(random, 1000 + i), &error)) {
            std::fprintf(stderr, "not added: %s\n", qPrintable(error));
            return 1;
        }
        returned.append(double(timer.nsecsElapsed()) / 1e6);
        if (!store.waitForWrites()) {
            std::fprintf(stderr, "not written\n");
            return 1;
        }
        onDisk.append(double(timer.nsecsElapsed()) / 1e6);
    }
    // What was timed must be what a window reads back: every item kept, the newest first.
    HistoryStore reread(path);
    reread.load();
    if (reread.items().size() != store.items().size() || reread.items().isEmpty() ||
        reread.items().constFirst().summary != store.items().constFirst().summary) {
        std::fprintf(stderr, "the file holds %d items, the store %d\n", int(reread.items().size()),
                     int(store.items().size()));
        return 1;
    }
    std::printf("history of %d items, %lld KiB on disk\n", int(store.items().size()), QFileInfo(path).size() / 1024);
    std::printf("add() returns after  %8.3f ms (median of %d)\n", median(returned), int(returned.size()));
    std::printf("item on disk after   %8.3f ms (median of %d)\n", median(onDisk), int(onDisk.size()));
    return 0;
}
