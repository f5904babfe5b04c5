// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Prints how long diagnosis takes: a typical 2 KB paste (median of many runs, beside QJsonDocument::fromJson of
// the same bytes, the floor), and a HAR export with 20,000 failed entries. Figures, not pass/fail.
#include "diagnoser.h"
#include "samples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

template <typename F> double medianMicros(int runs, F &&work)
{
    std::vector<double> times;
    times.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto catalog = std::make_shared<const Catalog>(Catalog::embedded(&error));
    const Diagnoser diagnoser(catalog);

    // A typical paste: curl -v output around a Wix error body, about 2 KB.
    QByteArray body = Samples::wixBody(
        QStringLiteral("SiteId: 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b is not permitted to target account."),
        QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"));
    QByteArray paste =
        Samples::curlVerbose(403, body, QStringLiteral("POST"), QStringLiteral("/domain-connect/v1/connect-domain"));
    while (paste.size() < 2048)
        paste.prepend("* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):\n");
    const int runs = 2000;
    const double ours = medianMicros(runs, [&] { diagnoser.diagnose(paste); });
    const double floor = medianMicros(runs, [&] { QJsonDocument::fromJson(body); });
    std::printf("diagnose a %lld-byte curl -v paste: median %.1f us over %d runs "
                "(QJsonDocument::fromJson of its body: %.1f us)\n",
                static_cast<long long>(paste.size()), ours, runs, floor);

    QList<std::tuple<QString, QString, int, QByteArray>> entries;
    for (int i = 0; i < 20000; ++i) {
        entries.append({QStringLiteral("POST"),
                        QStringLiteral("https://www.wixapis.com/domain-connect/v1/connect-domain"), 403,
                        Samples::wixBody(QStringLiteral("Domain d%1.com is not permitted to target account.").arg(i),
                                         QStringLiteral("DOMAINS_DOMAIN_NOT_PERMITTED"))});
    }
    const QByteArray har = Samples::har(entries);
    const double harMicros = medianMicros(3, [&] { diagnoser.diagnose(har); });
    std::printf("diagnose a %.1f MB HAR with 20,000 failed entries: median %.0f ms over 3 runs; peak RSS %ld MB\n",
                double(har.size()) / 1e6, harMicros / 1000.0, peakRssKb() / 1024);
    return 0;
}
