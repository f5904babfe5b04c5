// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Per-query diagnosis time against the real catalog and against the real catalog with a generated one layered
// over it (bench_catalog_scale GENERATED_CATALOG.json, from bench_generate catalog), and the mean number of
// matches per query in each. The generated entries share words, codes and statuses with the real ones, so the
// queries find candidates among them: the cost measured is that of a large catalog of near-twins, not of entries
// no query reaches.
// The same queries are then made again as curl -v output naming the request's method and path, for the entries
// whose endpoint is documented: the URL decides among twins, and is looked up among every endpoint the catalog has.
// Every query must find the entry it was made from, on both catalogs: a query that does not, a catalog that does not
// load, or no query at all exits 1 with the reason (a benchmark that answers wrongly measures nothing).
// With a second argument, "real" or "large", only that catalog's queries are made (41 rounds, nothing printed): for
// a profiler such as valgrind --tool=callgrind, which would otherwise count both catalogs together.
// Prints: catalog-scale REAL_ENTRIES BIG_ENTRIES REAL_US BIG_US REAL_MATCHES BIG_MATCHES
//         catalog-scale-url QUERIES REAL_US BIG_US REAL_MATCHES BIG_MATCHES
#include "diagnoser.h"
#include "embeddedcatalog.h"
#include "samples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double roundMicros(const Diagnoser &diagnoser, const QList<QByteArray> &queries)
{
    QElapsedTimer t;
    t.start();
    for (const QByteArray &q : queries)
        diagnoser.diagnose(q);
    return double(t.nsecsElapsed()) / 1000.0 / double(queries.size());
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Per-query times on both catalogs, the median of 21 rounds taken in turn: on a shared machine the speed drifts,
// and turns put the drift on both sides alike.
std::pair<double, double> perQueryMicros(const Diagnoser &small, const Diagnoser &large,
                                         const QList<QByteArray> &queries)
{
    std::vector<double> smallRounds;
    std::vector<double> largeRounds;
    for (int round = 0; round < 21; ++round) {
        smallRounds.push_back(roundMicros(small, queries));
        largeRounds.push_back(roundMicros(large, queries));
    }
    return {median(smallRounds), median(largeRounds)};
}

double meanMatches(const Diagnoser &diagnoser, const QList<QByteArray> &queries)
{
    qsizetype matches = 0;
    for (const QByteArray &q : queries) {
        for (const Diagnosis &d : diagnoser.diagnose(q).results)
            matches += d.matches.size();
    }
    return double(matches) / double(queries.size());
}

// The ids of the queries' own entries that the diagnoser does not list among its matches.
QStringList unanswered(const Diagnoser &diagnoser, const QList<QByteArray> &queries, const QStringList &expected)
{
    QStringList out;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const Report report = diagnoser.diagnose(queries.at(i));
        const bool found = report.results.size() == 1 &&
                           std::any_of(report.results.front().matches.cbegin(), report.results.front().matches.cend(),
                                       [&](const Match &m) { return m.entry->id == expected.at(i); });
        if (!found)
            out << expected.at(i);
    }
    return out;
}

bool checkAnswers(const Diagnoser &diagnoser, const QList<QByteArray> &queries, const QStringList &expected,
                  const char *what)
{
    const QStringList missed = unanswered(diagnoser, queries, expected);
    if (missed.isEmpty())
        return true;
    std::fprintf(stderr, "bench_catalog_scale: %lld queries on %s did not find their entry: %s\n",
                 static_cast<long long>(missed.size()), what, qPrintable(missed.join(QStringLiteral(", "))));
    return false;
}

// A documented path with its {placeholders} filled in, as a request would have it.
QString requestPath(const QString &documented)
{
    QString path = documented;
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    return path.replace(placeholder, QStringLiteral("shop-example.com"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    auto real = std::make_shared<Catalog>(EmbeddedCatalog::load(&error));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_catalog_scale: the embedded catalog did not load: %s\n", qPrintable(error));
        return 1;
    }
    QList<QByteArray> queries;
    QList<QByteArray> withUrl;
    QStringList queryIds;
    QStringList withUrlIds;
    for (const CatalogEntry &e : real->entries()) {
        if (e.messageTemplate.isEmpty())
            continue;
        const QByteArray body = Samples::wixBody(e.messageTemplate.fill(Samples::sampleValues()), e.code);
        queries << Samples::httpRaw(e.httpStatus, "Error", body);
        queryIds << e.id;
        if (!e.endpoint.path.isEmpty()) {
            withUrl << Samples::curlVerbose(e.httpStatus, body, e.endpoint.method, requestPath(e.endpoint.path));
            withUrlIds << e.id;
        }
    }
    if (queries.isEmpty() || withUrl.isEmpty()) {
        std::fprintf(stderr, "bench_catalog_scale: the catalog gives no queries to time\n");
        return 1;
    }
    auto big = std::make_shared<Catalog>(*real);
    if (argc < 2 || !big->addFile(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "usage: bench_catalog_scale GENERATED_CATALOG.json (%s)\n", qPrintable(error));
        return 2;
    }
    const Diagnoser onReal(real);
    const Diagnoser onBig(big);
    if (!checkAnswers(onReal, queries, queryIds, "the real catalog") ||
        !checkAnswers(onBig, queries, queryIds, "the large catalog") ||
        !checkAnswers(onReal, withUrl, withUrlIds, "the real catalog, with URLs") ||
        !checkAnswers(onBig, withUrl, withUrlIds, "the large catalog, with URLs"))
        return 1;
    if (argc > 2) {
        const Diagnoser &only = qstrcmp(argv[2], "large") == 0 ? onBig : onReal;
        for (int round = 0; round < 41; ++round)
            roundMicros(only, queries);
        return 0;
    }
    const auto [small, large] = perQueryMicros(onReal, onBig, queries);
    std::printf("catalog-scale %lld %lld %.1f %.1f %.1f %.1f\n", static_cast<long long>(real->entries().size()),
                static_cast<long long>(big->entries().size()), small, large, meanMatches(onReal, queries),
                meanMatches(onBig, queries));
    const auto [smallUrl, largeUrl] = perQueryMicros(onReal, onBig, withUrl);
    std::printf("catalog-scale-url %lld %.1f %.1f %.1f %.1f\n", static_cast<long long>(withUrl.size()), smallUrl,
                largeUrl, meanMatches(onReal, withUrl), meanMatches(onBig, withUrl));
    return 0;
}
