// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnoser.h"
#include "embeddedcatalog.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

// The timeline of a HAR does not depend on how the HAR is written. The walks of tests/data/flows (Chrome and
// Firefox HARs of each documented flow, a fault at each step) are written again in other shapes a HAR may take:
// members in another order (alphabetical, as Qt and many tools write them, or reversed), bodies with every character
// escaped, bodies in base64; each shape must give the same timeline, facts included, as the walk as recorded.
namespace {

// JSON written with single quotes, which moc and people read more easily inside C++ strings.
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QString data(const QString &name)
{
    return QStringLiteral(DT_TEST_DATA "/flows/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

// One line per timeline row: everything a row holds.
QStringList rows(const Report &report)
{
    QStringList lines;
    for (const TimelineCall &c : report.timeline.calls()) {
        QStringList facts;
        for (const CallFact &f : c.facts)
            facts << f.first + u'=' + f.second;
        lines << QStringList{c.time,
                             QString::number(c.epochMs),
                             QString::number(c.durationMs),
                             c.method,
                             c.path,
                             QString::number(c.status),
                             c.requestId,
                             facts.join(u','),
                             c.code,
                             c.entry,
                             QString::number(c.count),
                             c.location.key()}
                     .join(u'|');
    }
    return lines;
}

// A JSON scalar as Qt writes it.
QByteArray scalar(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Every character of a string as a \u escape.
QByteArray escapedString(const QString &s)
{
    QByteArray out("\"");
    for (const QChar c : s)
        out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    return out + '"';
}

struct Shape
{
    bool reversed = false;     // members in reverse alphabetical order, at every level
    bool escapeBodies = false; // the "text" members (postData.text, content.text) written all in \u escapes
};

QByteArray write(const QJsonValue &v, const Shape &shape, bool body = false)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        if (shape.reversed)
            std::reverse(keys.begin(), keys.end());
        QByteArrayList members;
        for (const QString &k : keys)
            members << scalar(k) + ": " + write(o.value(k), shape, k == QLatin1String("text"));
        return "{\n" + members.join(",\n") + "\n}";
    }
    if (v.isArray()) {
        QByteArrayList items;
        for (const QJsonValue &item : v.toArray())
            items << write(item, shape);
        return '[' + items.join(", ") + ']';
    }
    if (body && shape.escapeBodies && v.isString())
        return escapedString(v.toString());
    return scalar(v);
}

// The HAR with each response body in base64, as Chrome writes binary ones.
QJsonObject base64Bodies(QJsonObject har)
{
    QJsonObject log = har.value(QStringLiteral("log")).toObject();
    QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject response = entry.value(QStringLiteral("response")).toObject();
        QJsonObject content = response.value(QStringLiteral("content")).toObject();
        const QString text = content.value(QStringLiteral("text")).toString();
        content.insert(QStringLiteral("text"), QString::fromLatin1(text.toUtf8().toBase64()));
        content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        response.insert(QStringLiteral("content"), content);
        entry.insert(QStringLiteral("response"), response);
        entries.replace(i, entry);
    }
    log.insert(QStringLiteral("entries"), entries);
    har.insert(QStringLiteral("log"), log);
    return har;
}

QJsonObject entry(const QString &method, const QString &url, int status, const QByteArray &body)
{
    return QJsonObject{
        {QStringLiteral("startedDateTime"), QStringLiteral("2026-11-20T10:15:02.123Z")},
        {QStringLiteral("time"), 12.5},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("url"), url}}},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("status"), status},
                     {QStringLiteral("headers"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x-wix-request-id")},
                                             {QStringLiteral("value"), QStringLiteral("1763.42")}}}},
                     {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), QString::fromUtf8(body)}}}}}};
}

QByteArray harOf(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), QJsonObject{{QStringLiteral("entries"), entries}}}})
        .toJson();
}

} // namespace

class TestHarTimeline : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Catalog> m_catalog;

    Report diagnose(const QByteArray &har) const
    {
        QBuffer buffer;
        buffer.setData(har);
        buffer.open(QIODevice::ReadOnly);
        return Diagnoser(m_catalog).diagnose(&buffer);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = std::make_shared<const Catalog>(EmbeddedCatalog::load(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void sameTimelineInEveryShape_data()
    {
        QTest::addColumn<QString>("walk");
        const QStringList walks = QDir(data(QString())).entryList({QStringLiteral("*.har")}, QDir::Files, QDir::Name);
        QVERIFY(walks.size() >= 20);
        for (const QString &walk : walks)
            QTest::newRow(qPrintable(walk)) << walk;
    }

    void sameTimelineInEveryShape()
    {
        QFETCH(QString, walk);
        const QByteArray recorded = readFile(data(walk));
        const QJsonObject har = QJsonDocument::fromJson(recorded).object();
        const QStringList expected = rows(diagnose(recorded));
        QVERIFY(!expected.isEmpty());
        const std::initializer_list<std::pair<const char *, QByteArray>> shapes{
            {"alphabetical", QJsonDocument(har).toJson(QJsonDocument::Compact)},
            {"reversed", write(har, {true, false})},
            {"escaped bodies", write(har, {false, true})},
            {"reversed, escaped bodies", write(har, {true, true})},
            {"base64 bodies", QJsonDocument(base64Bodies(har)).toJson()},
            {"base64 bodies, reversed", write(base64Bodies(har), {true, false})},
        };
        for (const auto &[name, bytes] : shapes) {
            const QStringList got = rows(diagnose(bytes));
            if (got != expected)
                qWarning().noquote() << name << "\n got:" << got.join(u'\n') << "\n expected:" << expected.join(u'\n');
            QVERIFY2(got == expected, name);
        }
    }

    // The request's connection type is kept whatever the order of the request's members: postData may come
    // before the URL that says which step it is.
    void requestFactsInAnyOrder()
    {
        const QByteArray recorded = readFile(data(QStringLiteral("ns-error-create.chrome.har")));
        const QJsonObject har = QJsonDocument::fromJson(recorded).object();
        for (const QByteArray &bytes : {recorded, write(har, {true, false}), QJsonDocument(har).toJson()}) {
            const Report r = diagnose(bytes);
            QCOMPARE(r.timeline.calls().size(), 1);
            QCOMPARE(r.timeline.calls().first().fact(QStringLiteral("connectionType")), QStringLiteral("NAMESERVERS"));
        }
    }

    // Only Wix calls are on the timeline: a host that merely looks like Wix's is not, nor a Wix address in the
    // query; a failure there is still read as a failure. Wix's own hosts count in any case and with a port.
    void onlyWixCallsAreCalls()
    {
        const QByteArray error = json("{'message': 'Internal error', 'details': {'applicationError': {'code': 'X'}}}");
        const QJsonArray entries{
            entry(QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com.example.net/other/v1/a"), 200, "{}"),
            entry(QStringLiteral("GET"), QStringLiteral("https://notwix.com/other/v1/b"), 500, error),
            entry(QStringLiteral("GET"), QStringLiteral("https://example.com/c?next=https://www.wixapis.com/x"), 200,
                  "{}"),
            entry(QStringLiteral("get"), QStringLiteral("https://WWW.WIXAPIS.COM:443/other/v1/d?x=1"), 200, "{}"),
            entry(QStringLiteral("GET"), QStringLiteral("https://manage.wix.com/other/v1/e"), 404, error),
        };
        const Report r = diagnose(harOf(entries));
        const QStringList got = rows(r);
        QCOMPARE(got.size(), 2);
        QVERIFY2(got.at(0).contains(QLatin1String("|GET|/other/v1/d|200|1763.42|")), qPrintable(got.at(0)));
        QVERIFY2(got.at(1).contains(QLatin1String("|GET|/other/v1/e|404|1763.42|")), qPrintable(got.at(1)));
        QCOMPARE(r.timeline.calls().at(0).durationMs, 12.5);
        QCOMPARE(r.responseCount(), 2); // notwix.com's 500 and manage.wix.com's 404
    }

    // Members missing or of another type: the call is still a row with what it has; an entry without a numeric
    // status is not a call.
    void missingMembers()
    {
        const QString url = QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains/x.com");
        QJsonObject bare =
            entry(QStringLiteral("GET"), url, 200, json("{'connectedDomain': {'connectionType': 'POINTING'}}"));
        bare.remove(QStringLiteral("startedDateTime"));
        bare.remove(QStringLiteral("time"));
        QJsonObject response = bare.value(QStringLiteral("response")).toObject();
        response.remove(QStringLiteral("headers"));
        bare.insert(QStringLiteral("response"), response);
        QJsonObject textStatus = entry(QStringLiteral("GET"), url, 200, "{}");
        response = textStatus.value(QStringLiteral("response")).toObject();
        response.insert(QStringLiteral("status"), QStringLiteral("200"));
        textStatus.insert(QStringLiteral("response"), response);
        QJsonObject numberBody = entry(QStringLiteral("GET"), url, 200, "{}");
        response = numberBody.value(QStringLiteral("response")).toObject();
        response.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), 42}});
        numberBody.insert(QStringLiteral("response"), response);
        const Report r = diagnose(harOf({bare, textStatus, numberBody}));
        QCOMPARE(r.timeline.calls().size(), 2);
        const TimelineCall &first = r.timeline.calls().first();
        QCOMPARE(first.time, QString());
        QCOMPARE(first.durationMs, -1.0);
        QCOMPARE(first.requestId, QString());
        QCOMPARE(first.fact(QStringLiteral("connectionType")), QStringLiteral("POINTING"));
        QCOMPARE(r.timeline.calls().last().facts.size(), 0);
        QCOMPARE(r.timeline.calls().last().location.key(), QStringLiteral("entry 3 of 3"));
    }

    // A body longer than the reader keeps (4 MiB) costs the calls around it nothing: each is read, with its facts.
    void hugeBodyBetweenCalls()
    {
        const QString url = QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains/x.com");
        const QByteArray fact = json("{'connectedDomain': {'dnsPropagationStatus': 'IN_PROGRESS'}, 'pad': '");
        const QJsonArray entries{
            entry(QStringLiteral("GET"), url, 200, fact + "\"}"),
            entry(QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com/other/v1/big"), 200,
                  fact + QByteArray(5 * 1024 * 1024, 'y') + "\"}"),
            entry(QStringLiteral("GET"), url, 200, json("{'connectedDomain': {'dnsPropagationStatus': 'COMPLETED'}}")),
        };
        const Report r = diagnose(harOf(entries));
        QCOMPARE(r.timeline.calls().size(), 3);
        QCOMPARE(r.timeline.calls().at(0).fact(QStringLiteral("dnsPropagationStatus")), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(r.timeline.calls().at(1).path, QStringLiteral("/other/v1/big"));
        QCOMPARE(r.timeline.calls().at(2).fact(QStringLiteral("dnsPropagationStatus")), QStringLiteral("COMPLETED"));
    }
};

QTEST_GUILESS_MAIN(TestHarTimeline)
#include "tst_hartimeline.moc"
