// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Generates the benchmark inputs deterministically from the catalog's own templates:
//   bench_generate har FILE ENTRIES FAILED_PERCENT MEGABYTES
//   bench_generate log FILE LINES ERROR_PERCENT
//   bench_generate catalog FILE ENTRIES
//   bench_generate grep-pattern FILE
//   bench_generate queries FILE        (one Wix body per line, one per catalog template)
#include "catalog.h"
#include "embeddedcatalog.h"
#include "samples.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>

namespace {

QList<const CatalogEntry *> templated(const Catalog &catalog)
{
    QList<const CatalogEntry *> out;
    for (const CatalogEntry &e : catalog.entries()) {
        if (!e.messageTemplate.isEmpty())
            out << &e;
    }
    return out;
}

QByteArray failedBody(const CatalogEntry &e)
{
    return Samples::wixBody(e.messageTemplate.fill(Samples::sampleValues()), e.code);
}

QString ereEscape(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (QStringView(u".^$*+?()[]{}|\\").contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_generate har|log|catalog|grep-pattern|queries FILE ...\n");
        return 2;
    }
    QString error;
    const Catalog catalog = EmbeddedCatalog::load(&error);
    const QList<const CatalogEntry *> entries = templated(catalog);
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(2)));
        return 2;
    }
    QRandomGenerator random(20261128);
    const QString kind = args.at(1);

    if (kind == QLatin1String("har")) {
        const int count = args.value(3).toInt();
        const int failedPercent = args.value(4).toInt();
        const qint64 bytes = args.value(5).toLongLong() * 1000 * 1000;
        const int padding = int(bytes / qMax(1, count));
        out.write("{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"bench\"}, \"entries\": [\n");
        for (int i = 0; i < count; ++i) {
            const bool failed = int(random.bounded(100)) < failedPercent;
            const CatalogEntry &e = *entries.at(int(random.bounded(entries.size())));
            QByteArray body =
                failed ? failedBody(e) : "{\"items\": [\"" + QByteArray(qMax(0, padding - 600), 'x') + "\"]}";
            const QJsonObject entry{
                {QStringLiteral("startedDateTime"), QStringLiteral("2026-11-20T10:15:02.123Z")},
                {QStringLiteral("request"),
                 QJsonObject{
                     {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("url"), QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains")}}},
                {QStringLiteral("response"),
                 QJsonObject{{QStringLiteral("status"), failed ? e.httpStatus : 200},
                             {QStringLiteral("headers"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x-wix-request-id")},
                                                     {QStringLiteral("value"), QStringLiteral("1763.%1").arg(i)}}}},
                             {QStringLiteral("content"),
                              QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                          {QStringLiteral("text"), QString::fromUtf8(body)}}}}}};
            out.write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
            out.write(i + 1 < count ? ",\n" : "\n");
        }
        out.write("]}}\n");
    } else if (kind == QLatin1String("log")) {
        const int lines = args.value(3).toInt();
        const int errorPercent = args.value(4).toInt();
        for (int i = 0; i < lines; ++i) {
            if (int(random.bounded(100)) < errorPercent) {
                const CatalogEntry &e = *entries.at(int(random.bounded(entries.size())));
                out.write("2026-11-20T10:15:02.456Z ERROR [sync] call failed with status " +
                          QByteArray::number(e.httpStatus) + ": " + failedBody(e) + '\n');
            } else {
                out.write("2026-11-20T10:15:02.123Z INFO  [sync] request GET /v1/sites/" + QByteArray::number(i) +
                          " completed in 120 ms with 42 items\n");
            }
        }
    } else if (kind == QLatin1String("catalog")) {
        // Distinct entries made from the real templates, each with a reference word of its own.
        const int count = args.value(3).toInt();
        QJsonArray list;
        for (int i = 0; i < count; ++i) {
            const CatalogEntry &e = *entries.at(i % entries.size());
            QJsonArray steps;
            for (const RemediationStep &s : e.steps)
                steps.append(QJsonObject{{QStringLiteral("text"), s.text}});
            list.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("generated.e%1").arg(i)},
                {QStringLiteral("title"), e.title},
                {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), e.endpoint.name}}},
                {QStringLiteral("status"), e.status},
                {QStringLiteral("httpStatus"), e.httpStatus},
                {QStringLiteral("code"), QString(e.code + QStringLiteral("_G%1").arg(i))},
                {QStringLiteral("template"), QString(e.messageTemplate.text() + QStringLiteral(" Ref g%1.").arg(i))},
                {QStringLiteral("troubleshooting"), e.troubleshooting},
                {QStringLiteral("source"), e.source},
                {QStringLiteral("steps"), steps}});
        }
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("generated")},
                                            {QStringLiteral("entries"), list}})
                      .toJson(QJsonDocument::Compact));
    } else if (kind == QLatin1String("grep-pattern")) {
        QStringList alternatives;
        static const QRegularExpression placeholder(QStringLiteral(R"(\\\{\w+\\\})"));
        for (const CatalogEntry *e : entries)
            alternatives << ereEscape(e->messageTemplate.text()).replace(placeholder, QStringLiteral(".*"));
        out.write(alternatives.join(u'|').toUtf8() + '\n');
    } else if (kind == QLatin1String("queries")) {
        for (const CatalogEntry *e : entries)
            out.write(failedBody(*e) + '\n');
    } else {
        std::fprintf(stderr, "unknown kind %s\n", qPrintable(kind));
        return 2;
    }
    return 0;
}
