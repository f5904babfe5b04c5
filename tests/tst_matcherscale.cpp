// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The matcher reads only the entries a response can reach. Over the real catalog with near-twins layered over it
// (entries sharing codes, statuses and words with the real ones), its answer is checked against one worked out by
// reading every entry of the catalog in turn.
#include "diagnoser.h"
#include "embeddedcatalog.h"
#include "normalizedtext.h"
#include "samples.h"
#include "statuscodes.h"
#include "templatefinder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kShown = 3; // the near misses a diagnosis lists

// Copy `copy` of a real entry: some exact twins, some with a word added, some with another real entry's code.
QJsonObject twin(const CatalogEntry &e, const CatalogEntry &other, int copy)
{
    const bool otherCode = copy % 3 == 2;
    const CatalogEntry &codeFrom = otherCode ? other : e;
    const QString text = copy % 3 == 1 ? e.messageTemplate.text() + u' ' + other.messageTemplate.literalWords().value(0)
                                       : e.messageTemplate.text();
    QJsonArray steps;
    for (const RemediationStep &s : e.steps)
        steps.append(QJsonObject{{QStringLiteral("text"), s.text}});
    return QJsonObject{{QStringLiteral("id"),
                        QStringLiteral("twins.%1-%2").arg(QString(e.id).replace(u'.', u'-'), QString::number(copy))},
                       {QStringLiteral("title"), e.title},
                       {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), e.endpoint.name}}},
                       {QStringLiteral("status"), codeFrom.status},
                       {QStringLiteral("httpStatus"), codeFrom.httpStatus},
                       {QStringLiteral("code"), codeFrom.code},
                       {QStringLiteral("template"), text},
                       {QStringLiteral("troubleshooting"), e.troubleshooting},
                       {QStringLiteral("source"), e.source},
                       {QStringLiteral("steps"), steps}};
}

// The near misses a diagnosis must list, read from every entry: first the entries whose message was found but
// did not match, then those that share only the code, each in catalog order, the matches left out.
QStringList expectedNearMisses(const Catalog &catalog, const ParsedResponse &r, const QList<Match> &matches)
{
    QSet<int> hits;
    for (const TemplateHit &h : TemplateFinder(catalog).find(r.message, nullptr))
        hits.insert(h.entry);
    QSet<QString> matched;
    for (const Match &m : matches)
        matched.insert(m.entry->id);
    const QString code = StatusCodes::normaliseCode(r.code);
    QStringList found;
    QStringList sameCode;
    for (int i = 0; i < catalog.entries().size(); ++i) {
        const CatalogEntry &e = catalog.entries().at(i);
        if (hits.contains(i) && !matched.contains(e.id) && found.size() < kShown)
            found << e.id;
        else if (!hits.contains(i) && StatusCodes::normaliseCode(e.code) == code && sameCode.size() < kShown)
            sameCode << e.id;
    }
    QStringList out;
    for (const QString &id : found + sameCode) {
        if (out.size() < kShown && !matched.contains(id) && !out.contains(id))
            out << id;
    }
    return out;
}

} // namespace

class TestMatcherScale : public QObject
{
    Q_OBJECT

private slots:
    void sameAnswerAsReadingEveryEntry()
    {
        QString error;
        auto catalog = std::make_shared<Catalog>(EmbeddedCatalog::load(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<CatalogEntry> real; // copies: adding a file moves the catalog's entries
        for (const CatalogEntry &e : catalog->entries()) {
            if (!e.messageTemplate.isEmpty() && !e.code.isEmpty())
                real << e;
        }
        QVERIFY(real.size() > 10);
        QJsonArray twins;
        for (int copy = 0; copy < 12; ++copy) {
            for (qsizetype i = 0; i < real.size(); ++i)
                twins.append(twin(real.at(i), real.at((i + copy + 1) % real.size()), copy));
        }
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("twins.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("twins")},
                                             {QStringLiteral("entries"), twins}})
                       .toJson());
        file.close();
        QVERIFY2(catalog->addFile(file.fileName(), &error), qPrintable(error));
        const Diagnoser diagnoser(catalog);
        int checked = 0;
        for (const CatalogEntry &e : std::as_const(real)) {
            const QString message = e.messageTemplate.fill(Samples::sampleValues());
            const Report report =
                diagnoser.diagnose(Samples::httpRaw(e.httpStatus, "Error", Samples::wixBody(message, e.code)));
            QCOMPARE(report.results.size(), 1);
            const Diagnosis &d = report.results.front();
            QVERIFY2(!d.matches.isEmpty() && d.matches.front().confidence >= EntryScorer::kLikelyFrom,
                     qPrintable(e.id));
            QStringList near;
            for (const NearMiss &n : d.nearMisses)
                near << n.entry->id;
            QCOMPARE(near, expectedNearMisses(*catalog, d.input, d.matches));
            checked += near.size() == kShown ? 1 : 0;
        }
        QVERIFY(checked > real.size() / 2); // the twins give most queries a full list to compare
    }

    // The finder rules candidates out by their words (each literal word in the text, each piece's words one after
    // the other) before it tries a template: it must never rule out one that matches. Over every template of the
    // real catalog, filled, with a word dropped or two swapped, inside a log line and with values that carry
    // punctuation, the templates found are exactly those whose match() succeeds, entry by entry.
    void findGivesEveryTemplateThatMatches()
    {
        QString error;
        const Catalog catalog = EmbeddedCatalog::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, QString> punctuated = Samples::sampleValues();
        for (auto it = punctuated.begin(); it != punctuated.end(); ++it)
            it.value() = QStringLiteral("\"%1\",").arg(it.value());
        QStringList texts;
        int templated = 0;
        for (const CatalogEntry &e : catalog.entries()) {
            templated += e.messageTemplate.isEmpty() ? 0 : 1;
            for (const QHash<QString, QString> &values : {Samples::sampleValues(), punctuated}) {
                const QString message = e.messageTemplate.fill(values);
                const QStringList words = message.split(u' ');
                texts << message << QStringLiteral("ERROR [api] ") + message + QStringLiteral(" (retry 2)");
                for (qsizetype w = 0; w + 1 < words.size(); ++w) {
                    QStringList dropped = words;
                    dropped.removeAt(w);
                    QStringList swapped = words;
                    swapped.swapItemsAt(w, w + 1);
                    texts << dropped.join(u' ') << swapped.join(u' ');
                }
            }
        }
        const TemplateFinder finder(catalog);
        int found = 0;
        for (const QString &text : std::as_const(texts)) {
            const NormalizedText normalized(text);
            QList<int> matching;
            for (int i = 0; i < catalog.entries().size(); ++i) {
                if (catalog.entries().at(i).messageTemplate.match(normalized).matched)
                    matching << i;
            }
            QList<int> hits;
            for (const TemplateHit &h : finder.find(text, nullptr))
                hits << h.entry;
            std::sort(hits.begin(), hits.end());
            QVERIFY2(hits == matching, qPrintable(text));
            found += int(hits.size());
        }
        // Each template filled, and in a log line, with both sets of values, is found at least: the comparison is not
        // of empty lists.
        QVERIFY2(found >= 4 * templated, qPrintable(QStringLiteral("%1 hits, %2 templates").arg(found).arg(templated)));
    }
};

QTEST_GUILESS_MAIN(TestMatcherScale)
#include "tst_matcherscale.moc"
