// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Prints how long diagnosis takes: a typical 2 KB Wix error response (median of many runs, beside
// QJsonDocument::fromJson of the same bytes, the floor), the same wrapped in curl -v output, and a HAR export with
// 20,000 failed entries. Each answer is checked (the documented error found, every failed entry read); a wrong
// answer, a catalog that does not load or a target missed exits 1, naming the row.
#include "diagnoser.h"
#include "embeddedcatalog.h"
#include "samples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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

// With an argument, "json" or "curl", only that row's diagnoses are made, untimed: for a profiler.
// Medians of two pieces of work timed in turn, so that both see the same machine (clock speed, caches, load).
template <typename F, typename G> std::pair<double, double> medianMicrosInTurn(int runs, F &&first, G &&second)
{
    std::vector<double> a, b;
    for (int i = 0; i < runs; ++i) {
        a.push_back(medianMicros(1, first));
        b.push_back(medianMicros(1, second));
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return {a[a.size() / 2], b[b.size() / 2]};
}

int g_missed = 0;

// One line per target: what was measured, the limit, and whether it was kept.
void target(const char *row, double value, double limit, const char *unit)
{
    const bool kept = value <= limit;
    g_missed += kept ? 0 : 1;
    std::printf("  target %s: %.2f%s, at most %.2f%s: %s\n", row, value, unit, limit, unit, kept ? "kept" : "MISSED");
}

// The answer every timed run must give: one result per failed response, each the documented error sent.
bool answered(const Report &report, qsizetype responses, const QString &code, const char *row)
{
    // Responses that are the same error are one result that counts them.
    const bool right = report.responseCount() == responses &&
                       std::all_of(report.results.cbegin(), report.results.cend(), [&](const Diagnosis &d) {
                           return d.identified() && d.matches.front().entry->code == code;
                       });
    if (!right) {
        std::printf("WRONG ANSWER %s: %lld responses, expected %lld with code %s\n", row,
                    static_cast<long long>(report.responseCount()), static_cast<long long>(responses),
                    qPrintable(code));
        ++g_missed;
    }
    return right;
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

// The same kind of paste wrapped in curl -v output.
QByteArray curlPaste()
{
    const QByteArray body = Samples::wixBody(
        QStringLiteral("SiteId: 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b is not permitted to target account."),
        QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"));
    QByteArray paste =
        Samples::curlVerbose(403, body, QStringLiteral("POST"), QStringLiteral("/domain-connect/v1/connect-domain"));
    while (paste.size() < 2048)
        paste.prepend("* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):\n");
    return paste;
}

// For a profiler (valgrind --tool=callgrind): one row's diagnoses only, nothing timed or printed.
void profileOnly(const Diagnoser &diagnoser, const QByteArray &input, int runs)
{
    for (int i = 0; i < runs; ++i)
        diagnoser.diagnose(input);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto catalog = std::make_shared<const Catalog>(EmbeddedCatalog::load(&error));
    if (!error.isEmpty() || catalog->entries().isEmpty()) {
        std::printf("the embedded catalog did not load: %s\n", qPrintable(error));
        return 1;
    }
    const Diagnoser diagnoser(catalog);
    const QString code = QStringLiteral("DOMAINS_SITE_NOT_PERMITTED");

    // A typical 2 KB Wix error response, as pasted from a ticket: indented, with the request echoed in data.
    QJsonObject data{{QStringLiteral("siteId"), QStringLiteral("0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b")},
                     {QStringLiteral("domain"), QStringLiteral("example-shop.com")},
                     {QStringLiteral("connectionType"), QStringLiteral("EXTERNAL")}};
    QJsonObject wixError = Samples::wixBodyObject(
        QStringLiteral("SiteId: 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b is not permitted to target account."),
        QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"));
    for (int i = 0; QJsonDocument(wixError).toJson().size() < 2048; ++i) {
        data.insert(
            QStringLiteral("requestContext%1").arg(i),
            QJsonObject{{QStringLiteral("accountId"), QStringLiteral("a1b2c3d4-0000-4000-8000-00000000000%1").arg(i)},
                        {QStringLiteral("requestedAt"), QStringLiteral("2026-11-20T10:15:0%1.123Z").arg(i)},
                        {QStringLiteral("origin"), QStringLiteral("partner-integration")}});
        QJsonObject details = wixError.value(QStringLiteral("details")).toObject();
        QJsonObject application = details.value(QStringLiteral("applicationError")).toObject();
        application.insert(QStringLiteral("data"), data);
        details.insert(QStringLiteral("applicationError"), application);
        wixError.insert(QStringLiteral("details"), details);
    }
    const QByteArray response = QJsonDocument(wixError).toJson();
    const int runs = 2000;
    if (argc > 1) {
        profileOnly(diagnoser, QByteArray(argv[1]) == "curl" ? curlPaste() : response, runs);
        return 0;
    }
    const auto [ours, floor] = medianMicrosInTurn(
        runs, [&] { diagnoser.diagnose(response); }, [&] { QJsonDocument::fromJson(response); });
    std::printf("diagnose a %lld-byte Wix error response: median %.1f us over %d runs "
                "(QJsonDocument::fromJson of the same bytes: %.1f us)\n",
                static_cast<long long>(response.size()), ours, runs, floor);
    answered(diagnoser.diagnose(response), 1, code, "2 KB Wix error response");
    target("2 KB Wix error response, time", ours, 25.0, " us");
    target("2 KB Wix error response, against fromJson", ours / floor, 2.0, "x");

    const QByteArray paste = curlPaste();
    const double curl = medianMicros(runs, [&] { diagnoser.diagnose(paste); });
    std::printf("diagnose a %lld-byte curl -v paste: median %.1f us over %d runs\n",
                static_cast<long long>(paste.size()), curl, runs);
    answered(diagnoser.diagnose(paste), 1, code, "curl -v paste");
    target("curl -v paste, time", curl, 60.0, " us");

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
    answered(diagnoser.diagnose(har), entries.size(), QStringLiteral("DOMAINS_DOMAIN_NOT_PERMITTED"), "HAR");
    if (g_missed > 0)
        std::printf("%d target(s) missed or answer(s) wrong\n", g_missed);
    return g_missed > 0 ? 1 : 0;
}
