// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Per-query diagnosis time against the real catalog and against the real catalog with a generated one layered
// over it (bench_catalog_scale GENERATED_CATALOG.json). Matching should not grow with the size of the catalog.
#include "diagnoser.h"
#include "embeddedcatalog.h"
#include "samples.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double perQueryMicros(const Diagnoser &diagnoser, const QList<QByteArray> &queries)
{
    std::vector<double> rounds;
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &q : queries)
            diagnoser.diagnose(q);
        rounds.push_back(double(t.nsecsElapsed()) / 1000.0 / double(queries.size()));
    }
    std::sort(rounds.begin(), rounds.end());
    return rounds[rounds.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    auto real = std::make_shared<Catalog>(EmbeddedCatalog::load(&error));
    QList<QByteArray> queries;
    for (const CatalogEntry &e : real->entries()) {
        if (!e.messageTemplate.isEmpty())
            queries << Samples::httpRaw(e.httpStatus, "Error",
                                        Samples::wixBody(e.messageTemplate.fill(Samples::sampleValues()), e.code));
    }
    auto big = std::make_shared<Catalog>(*real);
    if (argc < 2 || !big->addFile(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "usage: bench_catalog_scale GENERATED_CATALOG.json (%s)\n", qPrintable(error));
        return 2;
    }
    const double small = perQueryMicros(Diagnoser(real), queries);
    const double large = perQueryMicros(Diagnoser(big), queries);
    std::printf("catalog-scale %lld %lld %.1f %.1f\n", static_cast<long long>(real->entries().size()),
                static_cast<long long>(big->entries().size()), small, large);
    return 0;
}
