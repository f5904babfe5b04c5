// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "catalogloader.h"
#include "embeddedcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using Mutation = std::function<void(QJsonObject &file, QJsonObject &entry)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QJsonObject goodEntry()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("team.sample")},
        {QStringLiteral("title"), QStringLiteral("Sample")},
        {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Sample Endpoint")}}},
        {QStringLiteral("status"), QStringLiteral("PERMISSION_DENIED")},
        {QStringLiteral("httpStatus"), 403},
        {QStringLiteral("code"), QStringLiteral("TEAM_SAMPLE")},
        {QStringLiteral("template"), QStringLiteral("Domain {domain} is sampled.")},
        {QStringLiteral("troubleshooting"), QStringLiteral("Do the thing.")},
        {QStringLiteral("source"), QStringLiteral("https://example.com/docs")},
        {QStringLiteral("steps"),
         QJsonArray{
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Check {domain}.")}},
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Retry.")},
                         {QStringLiteral("links"),
                          QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Docs")},
                                                 {QStringLiteral("url"), QStringLiteral("https://example.com")}}}}}}},
    };
}

QByteArray fileWith(const Mutation &mutate)
{
    QJsonObject file{{QStringLiteral("api"), QStringLiteral("team")}};
    QJsonObject entry = goodEntry();
    if (mutate)
        mutate(file, entry);
    if (!file.contains(QStringLiteral("entries")))
        file.insert(QStringLiteral("entries"), QJsonArray{entry});
    return QJsonDocument(file).toJson();
}

QString markdownToPlain(QString cell)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\([^)]+\))"));
    static const QRegularExpression placeholder(QStringLiteral("<(\\w+)>"));
    cell.replace(link, QStringLiteral("\\1"));
    cell.remove(u'`');
    cell.replace(placeholder, QStringLiteral("{\\1}"));
    return cell.trimmed();
}

// Every field of two entries, one by one: a field the pack forgot would differ here.
QStringList differences(const CatalogEntry &a, const CatalogEntry &b)
{
    QStringList out;
    const auto check = [&out](const char *field, bool same) {
        if (!same)
            out << QString::fromLatin1(field);
    };
    const auto sameLinks = [](const QList<Link> &x, const QList<Link> &y) {
        return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(),
                          [](const Link &l, const Link &m) { return l.label == m.label && l.url == m.url; });
    };
    check("id", a.id == b.id);
    check("api", a.api == b.api);
    check("title", a.title == b.title);
    check("endpoint", a.endpoint.name == b.endpoint.name && a.endpoint.method == b.endpoint.method &&
                          a.endpoint.path == b.endpoint.path);
    check("status", a.status == b.status);
    check("httpStatus", a.httpStatus == b.httpStatus);
    check("code", a.code == b.code);
    check("template", a.messageTemplate.text() == b.messageTemplate.text() &&
                          a.messageTemplate.variables() == b.messageTemplate.variables() &&
                          a.messageTemplate.literalWords() == b.messageTemplate.literalWords() &&
                          a.messageTemplate.literalLength() == b.messageTemplate.literalLength() &&
                          a.messageTemplate.isEmpty() == b.messageTemplate.isEmpty());
    check("troubleshooting", a.troubleshooting == b.troubleshooting);
    check("source", a.source == b.source);
    check("steps", std::equal(a.steps.cbegin(), a.steps.cend(), b.steps.cbegin(), b.steps.cend(),
                              [&](const RemediationStep &s, const RemediationStep &t) {
                                  return s.text == t.text && sameLinks(s.links, t.links);
                              }));
    check("seeAlso", sameLinks(a.seeAlso, b.seeAlso));
    check("keywords", a.keywords == b.keywords);
    check("deprecation", a.deprecation == b.deprecation);
    return out;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void embeddedLoads()
    {
        QString error;
        const Catalog c = EmbeddedCatalog::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(c.entries().size(), 80);
        QCOMPARE(c.apis(), (QStringList{QStringLiteral("connect-domain"), QStringLiteral("connected-domains"),
                                        QStringLiteral("domain-search"), QStringLiteral("domain-dns"),
                                        QStringLiteral("registered-domains"), QStringLiteral("wix-api")}));
        QVERIFY(!c.version().isEmpty());
        for (const CatalogEntry &e : c.entries()) {
            QVERIFY2(e.steps.size() >= 2 && e.steps.size() <= 5, qPrintable(e.id));
            QVERIFY2(!e.seeAlso.isEmpty(), qPrintable(e.id));
            if (e.api == QLatin1String("connect-domain"))
                QVERIFY2(e.deprecation.contains(QLatin1String("Create Connected Domain")), qPrintable(e.id));
        }
        // One generic fallback per documented error status.
        for (int status : {400, 401, 403, 404, 409, 428, 429, 500, 501, 503, 504})
            QVERIFY2(c.genericFor(status), qPrintable(QString::number(status)));
    }

    // Which domain-check findings explain which entries is catalog data, carried through the packed catalog: only
    // where the documented text says so (an entry that "has already been purchased" is explained by a registered
    // domain; one "available for purchase" by a registry that has no such domain).
    void explainedByIsData()
    {
        QString error;
        const Catalog c = EmbeddedCatalog::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QHash<QString, QStringList> expected{
            {QStringLiteral("registered-domains.domain-already-taken"), {QStringLiteral("registered")}},
            {QStringLiteral("registered-domains.invalid-domain"), {QStringLiteral("registered")}},
            {QStringLiteral("connect-domain.available-for-purchase"), {QStringLiteral("not-registered")}},
            {QStringLiteral("connected-domains.available-for-purchase"), {QStringLiteral("not-registered")}},
        };
        for (const CatalogEntry &e : c.entries())
            QCOMPARE(e.explainedBy, expected.value(e.id));
    }

    // The catalog packed at build time is its JSON files, field for field, and matches the same way.
    void embeddedIsItsSources()
    {
        QString error;
        const Catalog packed = EmbeddedCatalog::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Catalog sources = Catalog::fromDirectory(QStringLiteral(DT_CATALOG_DIR), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(packed.version(), sources.version());
        QCOMPARE(packed.sources(), sources.sources());
        QCOMPARE(packed.entries().size(), sources.entries().size());
        for (qsizetype i = 0; i < packed.entries().size(); ++i) {
            const QStringList differ = differences(packed.entries().at(i), sources.entries().at(i));
            QVERIFY2(differ.isEmpty(),
                     qPrintable(packed.entries().at(i).id + QLatin1String(": ") + differ.join(QLatin1String(", "))));
        }
        QCOMPARE(packed.toPack(), sources.toPack()); // the pack in the program is up to date
        for (const CatalogEntry &e : sources.entries()) {
            const QString code = e.code.toUpper().replace(u' ', u'_');
            QCOMPARE(packed.byCode(code), sources.byCode(code));
            QCOMPARE(packed.byHttpStatus(e.httpStatus), sources.byHttpStatus(e.httpStatus));
            for (const QString &w : e.messageTemplate.literalWords()) {
                const QList<int> *a = packed.byAnchorWord(w);
                const QList<int> *b = sources.byAnchorWord(w);
                QCOMPARE(a ? *a : QList<int>(), b ? *b : QList<int>());
            }
        }
    }

    // A team catalog layered over the embedded one packs and unpacks whole.
    void packRoundTrip()
    {
        QString error;
        Catalog c = EmbeddedCatalog::load(&error);
        QVERIFY(c.addJson(fileWith({}), QStringLiteral("team.json"), &error));
        const Catalog again = Catalog::fromPack(c.toPack(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.entries().size(), c.entries().size());
        for (qsizetype i = 0; i < c.entries().size(); ++i)
            QVERIFY2(differences(again.entries().at(i), c.entries().at(i)).isEmpty(), qPrintable(c.entries().at(i).id));
        QVERIFY(again.find(QStringLiteral("team.sample")));
        QCOMPARE(again.toPack(), c.toPack());
    }

    // A damaged pack is refused with a message: cut anywhere, of another format, or with bytes overwritten.
    void damagedPackIsRefused()
    {
        QString error;
        const QByteArray pack = EmbeddedCatalog::load(&error).toPack();
        QVERIFY(pack.size() > 100000);
        const auto refused = [&error](const QByteArray &bytes) {
            error.clear();
            const Catalog c = Catalog::fromPack(bytes, &error);
            return !error.isEmpty() && c.entries().isEmpty();
        };
        QVERIFY(refused(QByteArray()));
        QVERIFY(refused(QByteArray("DTCP")));
        QByteArray otherFormat = pack;
        otherFormat[7] = char(otherFormat[7] + 1);
        QVERIFY(refused(otherFormat));
        QVERIFY2(error.contains(QLatin1String("another format")), qPrintable(error));
        for (qsizetype cut = 0; cut < pack.size(); cut += cut < 4096 ? 1 : 997)
            QVERIFY2(refused(pack.left(cut)), qPrintable(QString::number(cut)));
        QVERIFY(error.contains(QLatin1String("damaged")));
        QVERIFY(refused(pack + "x"));
        // Bytes overwritten anywhere after the header (counts, lengths, text, the checksum itself), or one bit
        // flipped: refused as damaged, never read as other text.
        for (qsizetype at = 8; at < pack.size(); at += at + 4 < pack.size() ? 131 : 1) {
            QByteArray damaged = pack;
            damaged.replace(at, qMin<qsizetype>(4, pack.size() - at), QByteArray(4, char(0xff)));
            if (damaged == pack)
                continue;
            QVERIFY2(refused(damaged), qPrintable(QString::number(at)));
            QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(QString::number(at) + u' ' + error));
            QByteArray flipped = pack;
            flipped[at] = char(flipped.at(at) ^ 0x10);
            QVERIFY2(refused(flipped), qPrintable(QString::number(at)));
        }
    }

    // The checksum guards a pack read from a file; the pack compiled into the program is not hashed at each
    // start, yet its structure is still checked: a cut or lengthened pack is refused from either source.
    void checksumGuardsPacksFromFiles()
    {
        QString error;
        const Catalog embedded = EmbeddedCatalog::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray pack = embedded.toPack();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.pack"));
        QByteArray damagedChecksum = pack;
        damagedChecksum[pack.size() - 1] = char(damagedChecksum.at(pack.size() - 1) ^ 0x01);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(damagedChecksum), damagedChecksum.size());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(Catalog::fromPack(onDisk, &error).entries().isEmpty());
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(Catalog::fromPack(onDisk, &error, Catalog::PackSource::File).entries().isEmpty());
        const Catalog compiledIn = Catalog::fromPack(onDisk, &error, Catalog::PackSource::CompiledIn);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(compiledIn.toPack(), pack);
        for (const QByteArray &broken :
             QByteArrayList{pack.left(pack.size() / 2), pack.left(40), pack + "xyz", pack.left(4)}) {
            error.clear();
            QVERIFY(Catalog::fromPack(broken, &error, Catalog::PackSource::CompiledIn).entries().isEmpty());
            QVERIFY(!error.isEmpty());
        }
    }

    // Every row of the seed article is in the catalog, under its published id, with its exact message and
    // troubleshooting text (markdown formatting removed, <placeholders> written as {placeholders}).
    void seedRowsArePresent()
    {
        const QStringList ids = {QStringLiteral("connect-domain.available-for-purchase"),
                                 QStringLiteral("connect-domain.restricted"),
                                 QStringLiteral("connect-domain.invalid-connection-type"),
                                 QStringLiteral("connect-domain.additional-records-not-supported"),
                                 QStringLiteral("connect-domain.guid-not-valid"),
                                 QStringLiteral("connect-domain.missing-site-id-for-assign-as"),
                                 QStringLiteral("connect-domain.permission-denied"),
                                 QStringLiteral("connect-domain.domain-not-permitted"),
                                 QStringLiteral("connect-domain.no-throttler-key"),
                                 QStringLiteral("connect-domain.site-not-permitted"),
                                 QStringLiteral("connect-domain.invalid-preview-records"),
                                 QStringLiteral("connect-domain.guid-not-found")};
        QFile seed(QStringLiteral(DT_TEST_DATA "/seed-connect-domain.md"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QString error;
        const Catalog c = EmbeddedCatalog::load(&error);
        QVERIFY(error.isEmpty());
        static const QRegularExpression row(
            QStringLiteral(R"(^\|\s*`(\w+) \((\d+)\)`\s*\|\s*`([^`]+)`\s*\|(.*)\|(.*)\|\s*$)"));
        int index = 0;
        for (const QByteArray &raw : seed.readAll().split('\n')) {
            const auto m = row.match(QString::fromUtf8(raw));
            if (!m.hasMatch())
                continue;
            QVERIFY(index < ids.size());
            const CatalogEntry *e = c.find(ids.at(index++));
            QVERIFY(e);
            QCOMPARE(e->status, m.captured(1));
            QCOMPARE(e->httpStatus, m.captured(2).toInt());
            QCOMPARE(e->code, m.captured(3));
            const QString message = markdownToPlain(m.captured(4));
            QCOMPARE(e->messageTemplate.text(), message == QLatin1String("-") ? QString() : message);
            QCOMPARE(e->troubleshooting, markdownToPlain(m.captured(5)));
            QCOMPARE(e->endpoint.path, QStringLiteral("/domain-connect/v1/connect-domain"));
        }
        QCOMPARE(index, ids.size());
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // empty: the file is valid
        const auto set = [](const char *field, const QJsonValue &v) {
            return Mutation([=](QJsonObject &, QJsonObject &e) { e.insert(QLatin1String(field), v); });
        };
        const auto drop = [](const char *field) {
            return Mutation([=](QJsonObject &, QJsonObject &e) { e.remove(QLatin1String(field)); });
        };
        QTest::newRow("good catalog") << fileWith({}) << QString();
        QTest::newRow("malformed JSON") << QByteArray("{\"api\": \"team\", \"entries\": [")
                                        << QStringLiteral("user.json: not valid JSON");
        QTest::newRow("top level array") << QByteArray("[]") << QStringLiteral("the top level must be an object");
        QTest::newRow("missing field") << fileWith(drop("troubleshooting"))
                                       << QStringLiteral("entry 'team.sample': field 'troubleshooting': is missing");
        QTest::newRow("mistyped status") << fileWith(set("httpStatus", QStringLiteral("403")))
                                         << QStringLiteral(
                                                "entry 'team.sample': field 'httpStatus': must be a whole number");
        QTest::newRow("status and number disagree")
            << fileWith(set("httpStatus", 400))
            << QStringLiteral("field 'httpStatus': 400 does not go with status PERMISSION_DENIED");
        QTest::newRow("unknown status") << fileWith(set("status", QStringLiteral("TEAPOT")))
                                        << QStringLiteral("field 'status': 'TEAPOT' is not a canonical status name");
        QTest::newRow("mistyped code") << fileWith(set("code", 5)) << QStringLiteral("field 'code': must be a string");
        QTest::newRow("unknown field") << fileWith(set("stpes", QJsonArray{}))
                                       << QStringLiteral("unknown field 'stpes'");
        // Which domain-check findings explain the entry: catalog data, from a closed set.
        QTest::newRow("explained by a finding")
            << fileWith(set("explainedBy", QJsonArray{QStringLiteral("registered")})) << QString();
        QTest::newRow("explained by an unknown finding")
            << fileWith(set("explainedBy", QJsonArray{QStringLiteral("registerd")}))
            << QStringLiteral("field 'explainedBy': 'registerd' is not a domain-check finding (one of: registered, ");
        QTest::newRow("explainedBy not an array") << fileWith(set("explainedBy", QStringLiteral("registered")))
                                                  << QStringLiteral("field 'explainedBy': must be an array");
        QTest::newRow("bad id") << fileWith(set("id", QStringLiteral("other.sample")))
                                << QStringLiteral("field 'id': must have the form 'team.<slug>'");
        QTest::newRow("duplicate ids") << fileWith([](QJsonObject &f, QJsonObject &e) {
            f.insert(QStringLiteral("entries"), QJsonArray{e, e});
        }) << QStringLiteral("entry 'team.sample': field 'id': duplicate id 'team.sample'");
        QTest::newRow("step uses undeclared variable")
            << fileWith(
                   set("steps", QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Check {siteId}.")}},
                                           QJsonObject{{QStringLiteral("text"), QStringLiteral("Retry.")}}}))
            << QStringLiteral("field 'steps[1]': uses {siteId}, which the template does not declare");
        QTest::newRow("one step only") << fileWith(set("steps", QJsonArray{QJsonObject{{QStringLiteral("text"),
                                                                                        QStringLiteral("Retry.")}}}))
                                       << QStringLiteral("field 'steps': must hold 2 to 5 steps, not 1");
        QTest::newRow("malformed template") << fileWith(set("template", QStringLiteral("Domain {domain is bad")))
                                            << QStringLiteral("field 'template': malformed placeholder");
        for (const char *scheme :
             {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "http://example.com"}) {
            QTest::newRow(qPrintable(QStringLiteral("link %1").arg(QLatin1String(scheme))))
                << fileWith(set("seeAlso", QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("x")},
                                                                  {QStringLiteral("url"), QLatin1String(scheme)}}}))
                << QStringLiteral("field 'seeAlso': link '%1' is refused: only https and mailto links are allowed")
                       .arg(QLatin1String(scheme));
        }
        const auto seeAlso = [&](const QString &url) {
            return fileWith(set("seeAlso", QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("x")},
                                                                  {QStringLiteral("url"), url}}}));
        };
        for (const char *url : {"https://dev.wix.com@evil.example/docs", "https://agent:pass@dev.wix.com/docs",
                                "https://token@dev.wix.com/"}) {
            QTest::newRow(qPrintable(QStringLiteral("userinfo %1").arg(QLatin1String(url))))
                << seeAlso(QLatin1String(url))
                << QStringLiteral("field 'seeAlso': link '%1' is refused: an https link must not hold a user name or "
                                  "password (it hides the host the link opens)")
                       .arg(QLatin1String(url));
        }
        for (const auto &[url, field] : {std::pair{"mailto:a@wix.com?attach=/etc/passwd", "attach"},
                                         std::pair{"mailto:a@wix.com?subject=Hi&Attachment=%2Fhome", "Attachment"},
                                         std::pair{"mailto:a@wix.com?bcc=spy@evil.example", "bcc"},
                                         std::pair{"mailto:a@wix.com?to=b@evil.example", "to"}}) {
            QTest::newRow(qPrintable(QStringLiteral("mailto %1").arg(QLatin1String(field))))
                << seeAlso(QLatin1String(url))
                << QStringLiteral("field 'seeAlso': link '%1' is refused: a mailto link may set only subject, body and "
                                  "cc, not '%2'")
                       .arg(QLatin1String(url), QLatin1String(field));
        }
        QTest::newRow("mailto with subject, body and cc")
            << seeAlso(QStringLiteral("mailto:a@wix.com?subject=Domain%20help&body=Hi&cc=b@wix.com")) << QString();
        QTest::newRow("https path with @") << seeAlso(QStringLiteral("https://medium.com/@wix/post")) << QString();
        const auto top = [](const char *field, const QJsonValue &v) {
            return Mutation([=](QJsonObject &f, QJsonObject &) { f.insert(QLatin1String(field), v); });
        };
        const auto targets = [top](const char *list, const QJsonValue &v) {
            return top("dnsTargets", QJsonObject{{QLatin1String(list), v}});
        };
        QTest::newRow("version and DNS targets") << fileWith([](QJsonObject &f, QJsonObject &) {
            f.insert(QStringLiteral("version"), QStringLiteral("2026.12"));
            f.insert(QStringLiteral("dnsTargets"),
                     QJsonObject{{QStringLiteral("nameserverSuffixes"), QJsonArray{QStringLiteral("dns.example")}},
                                 {QStringLiteral("addresses"),
                                  QJsonArray{QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1")}},
                                 {QStringLiteral("cnameTargets"), QJsonArray{QStringLiteral("edge.example.")}}});
        }) << QString();
        QTest::newRow("mistyped version")
            << fileWith(top("version", 3)) << QStringLiteral("field 'version': must be a string");
        QTest::newRow("DNS targets not an object")
            << fileWith(top("dnsTargets", QJsonArray{})) << QStringLiteral("field 'dnsTargets': must be an object");
        QTest::newRow("DNS targets, unknown list") << fileWith(targets("nameservers", QJsonArray{}))
                                                   << QStringLiteral("field 'dnsTargets': unknown field 'nameservers'");
        QTest::newRow("DNS targets, bad address")
            << fileWith(targets("addresses", QJsonArray{QStringLiteral("185.230.63.1077")}))
            << QStringLiteral("field 'dnsTargets.addresses': '185.230.63.1077' is not an IPv4 or IPv6 address");
        QTest::newRow("DNS targets, bad host")
            << fileWith(targets("cnameTargets", QJsonArray{QStringLiteral("pointing wixdns net")}))
            << QStringLiteral("field 'dnsTargets.cnameTargets': 'pointing wixdns net' is not a host name");
        QTest::newRow("DNS targets, not strings")
            << fileWith(targets("nameserverSuffixes", QJsonArray{7}))
            << QStringLiteral("field 'dnsTargets.nameserverSuffixes': '?' is not a host name");
        QTest::newRow("mailto is allowed")
            << fileWith(set("seeAlso",
                            QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Sales")},
                                                   {QStringLiteral("url"), QStringLiteral("mailto:bizdev@wix.com")}}}))
            << QString();
        const QJsonObject docs{{QStringLiteral("label"), QStringLiteral("Docs")},
                               {QStringLiteral("url"), QStringLiteral("https://dev.wix.com/docs/a")}};
        QTest::newRow("same link twice in see also")
            << fileWith(set("seeAlso",
                            QJsonArray{docs, QJsonObject{{QStringLiteral("label"), QStringLiteral("Again")},
                                                         {QStringLiteral("url"), docs.value(QStringLiteral("url"))}}}))
            << QStringLiteral("field 'seeAlso': lists the link 'https://dev.wix.com/docs/a' twice");
        QTest::newRow("enormous string") << fileWith(set("title", QString(70000, u'x')))
                                         << QStringLiteral("field 'title': is longer than 65536 characters");
        QTest::newRow("entry not an object")
            << fileWith([](QJsonObject &f, QJsonObject &) { f.insert(QStringLiteral("entries"), QJsonArray{42}); })
            << QStringLiteral("entry 1: must be an object");
    }
    void validation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        CatalogLoader::File file;
        QString error;
        const bool ok = CatalogLoader::parse(json, QStringLiteral("user.json"), &file, &error);
        if (expected.isEmpty()) {
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(file.entries.size(), 1);
        } else {
            QVERIFY(!ok);
            QVERIFY2(error.startsWith(QLatin1String("user.json")), qPrintable(error));
            QVERIFY2(error.contains(expected), qPrintable(error));
        }
    }

    // Each entry knows its layer; DNS targets of every layer are joined, and survive packing.
    void layersAndDnsTargets()
    {
        QString error;
        Catalog c = EmbeddedCatalog::load(&error);
        QVERIFY(error.isEmpty());
        QVERIFY(c.find(QStringLiteral("connect-domain.restricted"))->layer.isEmpty());
        QCOMPARE(c.dnsTargets().addresses, QStringList{QStringLiteral("185.230.63.107")});
        QVERIFY(c.addJson(
            fileWith([](QJsonObject &f, QJsonObject &) {
                f.insert(QStringLiteral("dnsTargets"),
                         QJsonObject{{QStringLiteral("addresses"),
                                      QJsonArray{QStringLiteral("192.0.2.1"), QStringLiteral("185.230.63.107")}}});
            }),
            QStringLiteral("https://team.example/catalog.json"), &error));
        QCOMPARE(c.find(QStringLiteral("team.sample"))->layer, QStringLiteral("https://team.example/catalog.json"));
        const QStringList joined{QStringLiteral("185.230.63.107"), QStringLiteral("192.0.2.1")};
        QCOMPARE(c.dnsTargets().addresses, joined);
        QVERIFY(c.dnsTargets().isWixNameserver(QStringLiteral("ns12.wixdns.net")));
        const Catalog again = Catalog::fromPack(c.toPack(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.dnsTargets().addresses, joined);
    }

    void userCatalogLayersOverEmbedded()
    {
        QTemporaryDir dir;
        QString error;
        Catalog c = EmbeddedCatalog::load(&error);
        const qsizetype before = c.entries().size();
        QJsonObject replacement = goodEntry();
        replacement.insert(QStringLiteral("id"), QStringLiteral("connect-domain.restricted"));
        replacement.insert(QStringLiteral("title"), QStringLiteral("Team wording"));
        QJsonObject added = goodEntry();
        QFile f(dir.filePath(QStringLiteral("team.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("connect-domain")},
                                          {QStringLiteral("entries"), QJsonArray{replacement}}})
                    .toJson());
        f.close();
        QVERIFY2(c.addFile(f.fileName(), &error), qPrintable(error));
        QCOMPARE(c.entries().size(), before);
        QCOMPARE(c.find(QStringLiteral("connect-domain.restricted"))->title, QStringLiteral("Team wording"));
        QVERIFY2(c.addJson(fileWith({}), QStringLiteral("team2.json"), &error), qPrintable(error));
        QCOMPARE(c.entries().size(), before + 1);
        QVERIFY(c.find(QStringLiteral("team.sample")));
        QVERIFY(!c.byCode(QStringLiteral("TEAMSAMPLE")).isEmpty());
        // A bad file leaves the catalog as it was.
        QVERIFY(!c.addJson("{", QStringLiteral("bad.json"), &error));
        QCOMPARE(c.entries().size(), before + 1);
        QVERIFY(!c.addFile(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(QLatin1String("missing.json")), qPrintable(error));
    }

    void hundredThousandEntries()
    {
        QJsonArray entries;
        for (int i = 0; i < 100000; ++i) {
            QJsonObject e = goodEntry();
            e.insert(QStringLiteral("id"), QStringLiteral("team.e%1").arg(i));
            e.insert(QStringLiteral("template"), QStringLiteral("Domain {domain} is sampled w%1.").arg(i));
            entries.append(e);
        }
        QString error;
        Catalog c = EmbeddedCatalog::load(&error);
        QVERIFY2(c.addJson(QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                                     {QStringLiteral("entries"), entries}})
                               .toJson(QJsonDocument::Compact),
                           QStringLiteral("big.json"), &error),
                 qPrintable(error));
        QCOMPARE(c.entries().size(), 100080);
        // The rarest word of each template is its own number: lookups stay small.
        QVERIFY(c.byAnchorWord(u"w99999"));
        QCOMPARE(c.byAnchorWord(u"w99999")->size(), 1);
        QVERIFY(!c.byAnchorWord(u"nowhere"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
