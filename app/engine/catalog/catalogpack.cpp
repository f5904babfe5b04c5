// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The packed catalog: the embedded catalog's JSON is checked once, at build time (tools: dt-catalog-pack), and
// compiled into this QDataStream form, so that a start reads it without parsing or checking it again. The pack
// comes from the build, but it is read with the same care as any input: a damaged one is refused, not trusted.
// It ends with the BLAKE2b-256 of everything before it, so that damage anywhere is refused, not read as other text
// (in Qt's code BLAKE2b is about five times as fast as SHA-256, and it is checked at every start).
#include "catalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr quint32 kMagic = 0x44544350; // "DTCP"
constexpr quint32 kFormat = 5;         // raise when the layout below changes
constexpr qsizetype kHeaderSize = 8;   // magic and format
constexpr auto kChecksum = QCryptographicHash::Blake2b_256;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// Every list is read with its count checked against what remains: a damaged count cannot ask for gigabytes.
template <typename T, typename ReadOne> bool readList(QDataStream &in, QList<T> *out, ReadOne readOne)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint64(in.device()->bytesAvailable()))
        return false;
    out->clear();
    out->reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        T item;
        if (!readOne(in, &item) || in.status() != QDataStream::Ok)
            return false;
        out->append(std::move(item));
    }
    return true;
}

bool readString(QDataStream &in, QString *s)
{
    in >> *s;
    return in.status() == QDataStream::Ok;
}

// The flows travel as the JSON they were checked as: a handful of small objects.
bool readFlows(QDataStream &in, QList<FlowDefinition> *flows)
{
    QByteArray json;
    in >> json;
    QString error;
    return in.status() == QDataStream::Ok &&
           FlowDefinition::parseList(QJsonDocument::fromJson(json).array(), flows, &error);
}

bool readStrings(QDataStream &in, QStringList *list)
{
    return readList(in, list, readString);
}

template <typename T, typename WriteOne> void writeList(QDataStream &out, const QList<T> &list, WriteOne writeOne)
{
    out << quint32(list.size());
    for (const T &item : list)
        writeOne(out, item);
}

void writeStrings(QDataStream &out, const QStringList &list)
{
    writeList(out, list, [](QDataStream &o, const QString &s) { o << s; });
}

void writeLinks(QDataStream &out, const QList<Link> &links)
{
    writeList(out, links, [](QDataStream &o, const Link &l) { o << l.label << l.url; });
}

bool readLinks(QDataStream &in, QList<Link> *links)
{
    return readList(in, links,
                    [](QDataStream &i, Link *l) { return readString(i, &l->label) && readString(i, &l->url); });
}

void writeTranslation(QDataStream &out, const EntryTranslation &t)
{
    out << t.language << t.title;
    writeStrings(out, t.steps);
    writeList(out, t.labels, [](QDataStream &o, const EntryTranslation::Label &l) { o << l.english << l.translated; });
    out << t.deprecation;
}

bool readTranslation(QDataStream &in, EntryTranslation *t)
{
    return readString(in, &t->language) && readString(in, &t->title) && readStrings(in, &t->steps) &&
           readList(in, &t->labels,
                    [](QDataStream &i, EntryTranslation::Label *l) {
                        return readString(i, &l->english) && readString(i, &l->translated);
                    }) &&
           readString(in, &t->deprecation);
}

void writeEntry(QDataStream &out, const CatalogEntry &e)
{
    out << e.id << e.api << e.title << e.endpoint.name << e.endpoint.method << e.endpoint.path << e.status
        << qint32(e.httpStatus) << e.code << e.messageTemplate << e.troubleshooting << e.source;
    writeList(out, e.steps, [](QDataStream &o, const RemediationStep &s) {
        o << s.text;
        writeLinks(o, s.links);
    });
    writeLinks(out, e.seeAlso);
    writeStrings(out, e.keywords);
    writeStrings(out, e.explainedBy);
    out << e.deprecation;
    writeList(out, e.translations, writeTranslation);
}

bool readEntry(QDataStream &in, CatalogEntry *e)
{
    qint32 httpStatus = 0;
    in >> e->id >> e->api >> e->title >> e->endpoint.name >> e->endpoint.method >> e->endpoint.path >> e->status >>
        httpStatus >> e->code >> e->messageTemplate >> e->troubleshooting >> e->source;
    e->httpStatus = httpStatus;
    return in.status() == QDataStream::Ok &&
           readList(
               in, &e->steps,
               [](QDataStream &i, RemediationStep *s) { return readString(i, &s->text) && readLinks(i, &s->links); }) &&
           readLinks(in, &e->seeAlso) && readStrings(in, &e->keywords) && readStrings(in, &e->explainedBy) &&
           readString(in, &e->deprecation) && readList(in, &e->translations, readTranslation);
}

} // namespace

QDataStream &operator<<(QDataStream &out, const MessageTemplate &t)
{
    out << t.m_text;
    writeList(out, t.m_pieces, [](QDataStream &o, const MessageTemplate::Piece &p) { o << p.variable << p.text; });
    writeStrings(out, t.m_words);
    return out << qint64(t.m_literalLength);
}

QDataStream &operator>>(QDataStream &in, MessageTemplate &t)
{
    qint64 literalLength = 0;
    in >> t.m_text;
    const bool ok = in.status() == QDataStream::Ok &&
                    readList(in, &t.m_pieces,
                             [](QDataStream &i, MessageTemplate::Piece *p) {
                                 i >> p->variable;
                                 return readString(i, &p->text);
                             }) &&
                    readStrings(in, &t.m_words);
    in >> literalLength;
    t.m_literalLength = literalLength;
    if (!ok && in.status() == QDataStream::Ok)
        in.setStatus(QDataStream::ReadCorruptData);
    return in;
}

QByteArray Catalog::toPack() const
{
    QByteArray pack;
    QDataStream out(&pack, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << kFormat << m_version;
    writeStrings(out, m_sources);
    writeStrings(out, m_dnsTargets.nameserverSuffixes);
    writeStrings(out, m_dnsTargets.addresses);
    writeStrings(out, m_dnsTargets.cnameTargets);
    writeList(out, m_entries, writeEntry);
    out << QJsonDocument(FlowDefinition::toJsonList(m_flows)).toJson(QJsonDocument::Compact);
    return pack + QCryptographicHash::hash(pack, kChecksum);
}

// The checksum after the content matches it.
static bool checksumHolds(const QByteArray &pack, qsizetype contentSize)
{
    return QCryptographicHash::hash(QByteArrayView(pack).first(contentSize), kChecksum) == pack.sliced(contentSize);
}

Catalog Catalog::fromPack(const QByteArray &pack, QString *error, PackSource source)
{
    QDataStream header(pack);
    header.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint32 format = 0;
    header >> magic >> format;
    if (magic != kMagic || format != kFormat) {
        *error = QCoreApplication::translate("Catalog", "the packed catalog is of another format");
        return {};
    }
    const qsizetype contentSize = pack.size() - QCryptographicHash::hashLength(kChecksum);
    if (contentSize < kHeaderSize || (source == PackSource::File && !checksumHolds(pack, contentSize))) {
        *error = QCoreApplication::translate("Catalog", "the packed catalog is damaged");
        return {};
    }
    QDataStream in(pack.first(contentSize));
    in.setVersion(kStreamVersion);
    in.skipRawData(int(kHeaderSize));
    Catalog catalog;
    if (!readString(in, &catalog.m_version) || !readStrings(in, &catalog.m_sources) ||
        !readStrings(in, &catalog.m_dnsTargets.nameserverSuffixes) ||
        !readStrings(in, &catalog.m_dnsTargets.addresses) || !readStrings(in, &catalog.m_dnsTargets.cnameTargets) ||
        !readList(in, &catalog.m_entries, readEntry) || !readFlows(in, &catalog.m_flows) || !in.atEnd()) {
        *error = QCoreApplication::translate("Catalog", "the packed catalog is damaged");
        return {};
    }
    error->clear();
    catalog.rebuildIndex();
    return catalog;
}
