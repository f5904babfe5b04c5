// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Generates the benchmark inputs deterministically from the catalog's own templates:
//   bench_generate har FILE ENTRIES FAILED_PERCENT MEGABYTES
//   bench_generate log FILE LINES ERROR_PERCENT
//   bench_generate catalog FILE ENTRIES  (entries as a large real catalog would have them: see generatedEntry)
//   bench_generate grep-pattern FILE
//   bench_generate queries FILE        (one Wix body per line, one per catalog template)
// For har and log, prints "failed N": how many failed responses the file holds, the answer a reader must find.
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

#include <algorithm>
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

// The literal words of the real templates: what a near-twin swaps in or adds.
QStringList templateWords(const QList<const CatalogEntry *> &entries)
{
    QStringList words;
    for (const CatalogEntry *e : entries)
        words << e->messageTemplate.literalWords();
    words.removeDuplicates();
    return words;
}

// A near-twin of a template: one literal word swapped for another real one, one added, or one dropped. Placeholders
// are kept, so the entry's steps still refer to declared names. Empty when the result would not be a template.
QString nearTwin(const QString &text, int how, QRandomGenerator &random, const QStringList &pool)
{
    QString error;
    QList<MessageTemplate::Token> tokens = MessageTemplate::tokenize(text, &error);
    QList<qsizetype> literal;
    const auto hasLetter = [](const QString &word) {
        return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
    };
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        // Only a piece with a word in it ("Invalid connection type: ", not the "." after a placeholder) can be
        // changed: picking a bare punctuation piece used to make an exact twin where a near-twin was meant.
        if (!tokens.at(t).placeholder && hasLetter(tokens.at(t).text))
            literal << t;
    }
    if (literal.isEmpty())
        return {};
    MessageTemplate::Token &token = tokens[literal.at(int(random.bounded(literal.size())))];
    QStringList words = token.text.split(u' ');
    QList<int> real; // indices of words with a letter in them
    for (int w = 0; w < words.size(); ++w) {
        if (hasLetter(words.at(w)))
            real << w;
    }
    if (real.isEmpty())
        return {};
    const int at = real.at(int(random.bounded(real.size())));
    const QString other = pool.at(int(random.bounded(pool.size())));
    if (how == 0)
        words[at] = other;
    else if (how == 1)
        words.insert(at, other);
    else if (real.size() > 1)
        words.removeAt(at);
    else
        return {};
    token.text = words.join(u' ');
    QString out;
    for (const MessageTemplate::Token &t : std::as_const(tokens))
        out += t.placeholder ? u'{' + t.text + u'}' : t.text;
    return MessageTemplate::parse(out, &error).isEmpty() ? QString() : out;
}

// Entry i of a generated catalog, as a large real catalog would hold it: many APIs (97 here) documenting the same
// kinds of errors. Every entry is made from a real one and shares its words; the first three copies of a real
// entry are exact twins in other APIs (same message, code and status, as Connect Domain and Connected Domains
// share rows); the others are near-twins (a word swapped, added or dropped), half of them with the real entry's
// code and status, half with another real entry's.
QJsonObject generatedEntry(const QList<const CatalogEntry *> &entries, int i, QRandomGenerator &random)
{
    static const QStringList pool = templateWords(entries);
    const CatalogEntry &e = *entries.at(i % entries.size());
    const int copy = i / int(entries.size());
    const int api = i % 97;
    QString text = e.messageTemplate.text();
    const CatalogEntry *codeFrom = &e;
    if (copy >= 3) {
        // A change that cannot be made (dropping the only word) gives way to the next kind of change.
        QString twin;
        for (int how = copy % 3; twin.isEmpty() && how < copy % 3 + 3; ++how)
            twin = nearTwin(text, how % 3, random, pool);
        text = twin.isEmpty() ? text : twin;
        if (random.bounded(2) == 1)
            codeFrom = entries.at(int(random.bounded(entries.size())));
    }
    QJsonArray steps;
    for (const RemediationStep &s : e.steps)
        steps.append(QJsonObject{{QStringLiteral("text"), s.text}});
    QJsonObject endpoint{{QStringLiteral("name"), QStringLiteral("%1 (API %2)").arg(e.endpoint.name).arg(api)}};
    if (!e.endpoint.method.isEmpty()) {
        endpoint.insert(QStringLiteral("method"), e.endpoint.method);
        endpoint.insert(QStringLiteral("path"), QStringLiteral("/api-%1/v1/resource-%2").arg(api).arg(i));
    }
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("generated.api%1-e%2").arg(api).arg(i)},
                       {QStringLiteral("title"), e.title},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("status"), codeFrom->status},
                       {QStringLiteral("httpStatus"), codeFrom->httpStatus},
                       {QStringLiteral("code"), codeFrom->code},
                       {QStringLiteral("template"), text},
                       {QStringLiteral("troubleshooting"), e.troubleshooting},
                       {QStringLiteral("source"), e.source},
                       {QStringLiteral("steps"), steps}};
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
    if (!error.isEmpty() || entries.isEmpty()) {
        std::fprintf(stderr, "bench_generate: the embedded catalog did not load: %s\n", qPrintable(error));
        return 2;
    }
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
        int failures = 0;
        for (int i = 0; i < count; ++i) {
            const bool failed = int(random.bounded(100)) < failedPercent;
            failures += failed ? 1 : 0;
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
        std::printf("failed %d\n", failures);
    } else if (kind == QLatin1String("log")) {
        const int lines = args.value(3).toInt();
        const int errorPercent = args.value(4).toInt();
        int failures = 0;
        for (int i = 0; i < lines; ++i) {
            if (int(random.bounded(100)) < errorPercent) {
                ++failures;
                const CatalogEntry &e = *entries.at(int(random.bounded(entries.size())));
                out.write("2026-11-20T10:15:02.456Z ERROR [sync] call failed with status " +
                          QByteArray::number(e.httpStatus) + ": " + failedBody(e) + '\n');
            } else {
                out.write("2026-11-20T10:15:02.123Z INFO  [sync] request GET /v1/sites/" + QByteArray::number(i) +
                          " completed in 120 ms with 42 items\n");
            }
        }
        std::printf("failed %d\n", failures);
    } else if (kind == QLatin1String("catalog")) {
        const int count = args.value(3).toInt();
        QJsonArray list;
        for (int i = 0; i < count; ++i)
            list.append(generatedEntry(entries, i, random));
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
