// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogloader.h"

#include "statuscodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace CatalogLoader {
namespace {

// Collects the context of the value being read, so that each message says where the defect is.
class Reader
{
public:
    Reader(QString origin, QString *error) : m_origin(std::move(origin)), m_error(error) {}

    void setEntry(const QString &entry) { m_entry = entry; }

    bool fail(const QString &field, const QString &what)
    {
        QString where = m_origin;
        if (!m_entry.isEmpty())
            where += QLatin1String(": ") + m_entry;
        if (!field.isEmpty())
            where += QLatin1String(": field '") + field + QLatin1Char('\'');
        *m_error = where + QLatin1String(": ") + what;
        return false;
    }

    bool string(const QJsonObject &o, const QString &field, QString *out, bool required, bool allowEmpty = false)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined()) {
            if (required)
                return fail(field, QCoreApplication::translate("CatalogLoader", "is missing"));
            return true;
        }
        if (!v.isString())
            return fail(field, QCoreApplication::translate("CatalogLoader", "must be a string"));
        *out = v.toString();
        if (out->size() > kMaxStringLength)
            return fail(
                field,
                QCoreApplication::translate("CatalogLoader", "is longer than %1 characters").arg(kMaxStringLength));
        if (!allowEmpty && out->trimmed().isEmpty())
            return fail(field, QCoreApplication::translate("CatalogLoader", "must not be empty"));
        return true;
    }

    bool link(const QJsonValue &v, const QString &field, Link *out)
    {
        if (!v.isObject())
            return fail(field,
                        QCoreApplication::translate("CatalogLoader", "must be an object with 'label' and 'url'"));
        const QJsonObject o = v.toObject();
        if (!onlyKnown(o, {QStringLiteral("label"), QStringLiteral("url")}, field))
            return false;
        if (!string(o, QStringLiteral("label"), &out->label, true) ||
            !string(o, QStringLiteral("url"), &out->url, true))
            return false;
        return allowedLink(field, out->url);
    }

    // The one rule for every link of a catalog: https with a host, or mailto. A catalog names the same few pages
    // again and again: each distinct address is parsed once.
    bool allowedLink(const QString &field, const QString &url)
    {
        if (m_allowedLinks.contains(url))
            return true;
        const QString refusal = linkRefusal(url);
        if (refusal.isEmpty()) {
            m_allowedLinks.insert(url);
            return true;
        }
        return fail(field, refusal);
    }

    bool links(const QJsonObject &o, const QString &field, QList<Link> *out)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(field, QCoreApplication::translate("CatalogLoader", "must be an array of links"));
        for (const QJsonValue &item : v.toArray()) {
            Link l;
            if (!link(item, field, &l))
                return false;
            for (const Link &earlier : std::as_const(*out)) {
                if (earlier.url == l.url) // the same link twice reads as a mistake, and is one
                    return fail(field,
                                QCoreApplication::translate("CatalogLoader", "lists the link '%1' twice").arg(l.url));
            }
            out->append(l);
        }
        return true;
    }

    // An optional array of strings. notArray: what is said when the value is not an array (marked with
    // QT_TRANSLATE_NOOP); refusal: what is wrong with an item, or empty when it is taken.
    bool strings(const QJsonObject &o, const QString &field, const QString &context, const char *notArray,
                 const std::function<QString(const QJsonValue &)> &refusal, QStringList *out)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(context, QCoreApplication::translate("CatalogLoader", notArray));
        for (const QJsonValue &item : v.toArray()) {
            if (const QString why = refusal(item); !why.isEmpty())
                return fail(context, why);
            out->append(item.toString());
        }
        return true;
    }

    bool onlyKnown(const QJsonObject &o, const QStringList &known, const QString &context)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(context, QCoreApplication::translate("CatalogLoader", "unknown field '%1'").arg(it.key()));
        }
        return true;
    }

private:
    QString m_origin;
    QString m_entry;
    QString *m_error;
    QSet<QString> m_allowedLinks;
};

bool readEndpoint(Reader &r, const QJsonObject &o, Endpoint *out)
{
    const QJsonValue v = o.value(QStringLiteral("endpoint"));
    if (v.isUndefined())
        return r.fail(QStringLiteral("endpoint"), QCoreApplication::translate("CatalogLoader", "is missing"));
    if (!v.isObject())
        return r.fail(
            QStringLiteral("endpoint"),
            QCoreApplication::translate("CatalogLoader", "must be an object with 'name', 'method' and 'path'"));
    const QJsonObject e = v.toObject();
    return r.onlyKnown(e, {QStringLiteral("name"), QStringLiteral("method"), QStringLiteral("path")},
                       QStringLiteral("endpoint")) &&
           r.string(e, QStringLiteral("name"), &out->name, true) &&
           r.string(e, QStringLiteral("method"), &out->method, false) &&
           r.string(e, QStringLiteral("path"), &out->path, false);
}

bool checkVariables(Reader &r, const QString &field, const QString &text, const QStringList &variables)
{
    QString error;
    const QStringList used = MessageTemplate::referencedVariables(text, &error);
    if (!error.isEmpty())
        return r.fail(field, error);
    for (const QString &name : used) {
        if (!variables.contains(name))
            return r.fail(field,
                          QCoreApplication::translate("CatalogLoader", "uses {%1}, which the template does not declare")
                              .arg(name));
    }
    return true;
}

bool readSteps(Reader &r, const QJsonObject &o, const QStringList &variables, QList<RemediationStep> *out)
{
    const QString field = QStringLiteral("steps");
    const QJsonValue v = o.value(field);
    if (!v.isArray())
        return r.fail(field, v.isUndefined() ? QCoreApplication::translate("CatalogLoader", "is missing")
                                             : QCoreApplication::translate("CatalogLoader", "must be an array"));
    const QJsonArray steps = v.toArray();
    if (steps.size() < 2 || steps.size() > 5)
        return r.fail(field,
                      QCoreApplication::translate("CatalogLoader", "must hold 2 to 5 steps, not %1").arg(steps.size()));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString stepField = QStringLiteral("steps[%1]").arg(i + 1);
        if (!steps.at(i).isObject())
            return r.fail(stepField, QCoreApplication::translate("CatalogLoader",
                                                                 "must be an object with 'text' and optional 'links'"));
        const QJsonObject s = steps.at(i).toObject();
        RemediationStep step;
        if (!r.onlyKnown(s, {QStringLiteral("text"), QStringLiteral("links")}, stepField) ||
            !r.string(s, QStringLiteral("text"), &step.text, true) || !r.links(s, QStringLiteral("links"), &step.links))
            return false;
        if (!checkVariables(r, stepField, step.text, variables))
            return false;
        out->append(step);
    }
    return true;
}

bool readTranslatedSteps(Reader &r, const QJsonObject &o, const QString &field, const CatalogEntry &e, QStringList *out)
{
    const QJsonValue v = o.value(QStringLiteral("steps"));
    if (v.isUndefined())
        return true;
    if (!v.isArray() || v.toArray().size() != e.steps.size())
        return r.fail(field,
                      QCoreApplication::translate("CatalogLoader", "must be an array of %1 strings, one per step")
                          .arg(e.steps.size()));
    const QJsonArray steps = v.toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString stepField = field + QStringLiteral("[%1]").arg(i + 1);
        QString text;
        if (!r.string(QJsonObject{{stepField, steps.at(i)}}, stepField, &text, true) ||
            !checkVariables(r, stepField, text, e.messageTemplate.variables()))
            return false;
        out->append(text);
    }
    return true;
}

bool readTranslatedLabels(Reader &r, const QJsonObject &o, const QString &field, const CatalogEntry &e,
                          QList<EntryTranslation::Label> *out)
{
    const QJsonValue v = o.value(QStringLiteral("labels"));
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return r.fail(
            field, QCoreApplication::translate("CatalogLoader", "must map each English link label to its translation"));
    QStringList english;
    for (const RemediationStep &step : e.steps) {
        for (const Link &l : step.links)
            english << l.label;
    }
    for (const Link &l : e.seeAlso)
        english << l.label;
    const QJsonObject labels = v.toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!english.contains(it.key()))
            return r.fail(
                field,
                QCoreApplication::translate("CatalogLoader", "the entry has no link labelled '%1'").arg(it.key()));
        EntryTranslation::Label label{it.key(), {}};
        if (!r.string(labels, it.key(), &label.translated, true))
            return false;
        out->append(label);
    }
    return true;
}

// "translations": {"de": {"title", "steps": [...], "labels": {english: translated}, "deprecation"}, ...}
bool readTranslations(Reader &r, const QJsonObject &o, CatalogEntry *e)
{
    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}$"));
    const QJsonValue v = o.value(QStringLiteral("translations"));
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return r.fail(QStringLiteral("translations"),
                      QCoreApplication::translate("CatalogLoader", "must be an object keyed by language code"));
    const QJsonObject languages = v.toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QString field = QStringLiteral("translations.") + it.key();
        if (!languagePattern.match(it.key()).hasMatch() || it.key() == QLatin1String("en"))
            return r.fail(field,
                          QCoreApplication::translate("CatalogLoader", "is not a language code such as 'de' or 'es'"));
        if (!it.value().isObject())
            return r.fail(field, QCoreApplication::translate("CatalogLoader", "must be an object"));
        const QJsonObject t = it.value().toObject();
        EntryTranslation translation;
        translation.language = it.key();
        if (!r.onlyKnown(t,
                         {QStringLiteral("title"), QStringLiteral("steps"), QStringLiteral("labels"),
                          QStringLiteral("deprecation")},
                         field) ||
            !r.string(t, QStringLiteral("title"), &translation.title, false) ||
            !r.string(t, QStringLiteral("deprecation"), &translation.deprecation, false) ||
            !readTranslatedSteps(r, t, field + QStringLiteral(".steps"), *e, &translation.steps) ||
            !readTranslatedLabels(r, t, field + QStringLiteral(".labels"), *e, &translation.labels))
            return false;
        e->translations.append(translation);
    }
    return true;
}

bool isHostName(const QString &host)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(?=.{1,253}\\.?$)([a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(host).hasMatch();
}

bool isIpAddress(const QString &address)
{
    static const QRegularExpression ipv4(QStringLiteral(
        "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9a-f:.]{2,45}$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return ipv4.match(address).hasMatch() || (address.contains(u':') && ipv6.match(address).hasMatch());
}

bool readNames(Reader &r, const QJsonObject &o, const QString &field, bool (*valid)(const QString &),
               const QString &kind, QStringList *out)
{
    return r.strings(
        o, field, QStringLiteral("dnsTargets.") + field,
        QT_TRANSLATE_NOOP("CatalogLoader", "must be an array of strings"),
        [&](const QJsonValue &item) {
            if (item.isString() && valid(item.toString()))
                return QString();
            return QCoreApplication::translate("CatalogLoader", "'%1' is not %2")
                .arg(item.isString() ? item.toString() : QStringLiteral("?"), kind);
        },
        out);
}

// "dnsTargets": what counts as Wix when a domain's live DNS is checked.
bool readDnsTargets(Reader &r, const QJsonObject &top, DnsTargets *out)
{
    const QJsonValue v = top.value(QStringLiteral("dnsTargets"));
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return r.fail(
            QStringLiteral("dnsTargets"),
            QCoreApplication::translate("CatalogLoader",
                                        "must be an object with 'nameserverSuffixes', 'addresses' and 'cnameTargets'"));
    const QJsonObject o = v.toObject();
    const QString host = QCoreApplication::translate("CatalogLoader", "a host name");
    return r.onlyKnown(
               o, {QStringLiteral("nameserverSuffixes"), QStringLiteral("addresses"), QStringLiteral("cnameTargets")},
               QStringLiteral("dnsTargets")) &&
           readNames(r, o, QStringLiteral("nameserverSuffixes"), isHostName, host, &out->nameserverSuffixes) &&
           readNames(r, o, QStringLiteral("addresses"), isIpAddress,
                     QCoreApplication::translate("CatalogLoader", "an IPv4 or IPv6 address"), &out->addresses) &&
           readNames(r, o, QStringLiteral("cnameTargets"), isHostName, host, &out->cnameTargets);
}

// The entry's id, which names it in every later message: "<api>.<slug>".
bool readId(Reader &r, const QJsonObject &o, const QString &api, QString *id)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+\\.[a-z0-9-]+$"));
    if (!r.string(o, QStringLiteral("id"), id, true))
        return false;
    r.setEntry(QStringLiteral("entry '%1'").arg(*id));
    if (!idPattern.match(*id).hasMatch() || !id->startsWith(api + QLatin1Char('.')))
        return r.fail(
            QStringLiteral("id"),
            QCoreApplication::translate("CatalogLoader", "must have the form '%1.<slug>' in lower case").arg(api));
    return true;
}

bool readTexts(Reader &r, const QJsonObject &o, CatalogEntry *e)
{
    return r.string(o, QStringLiteral("title"), &e->title, true) && readEndpoint(r, o, &e->endpoint) &&
           r.string(o, QStringLiteral("status"), &e->status, true) &&
           r.string(o, QStringLiteral("code"), &e->code, true, true) &&
           r.string(o, QStringLiteral("troubleshooting"), &e->troubleshooting, true) &&
           r.string(o, QStringLiteral("source"), &e->source, true) &&
           r.string(o, QStringLiteral("deprecation"), &e->deprecation, false);
}

// The HTTP status, a whole number that goes with the entry's canonical status name.
bool readHttpStatus(Reader &r, const QJsonObject &o, CatalogEntry *e)
{
    if (!StatusCodes::isCanonicalName(e->status))
        return r.fail(
            QStringLiteral("status"),
            QCoreApplication::translate("CatalogLoader", "'%1' is not a canonical status name").arg(e->status));
    const QJsonValue http = o.value(QStringLiteral("httpStatus"));
    if (!http.isDouble() || http.toDouble() != http.toInt())
        return r.fail(QStringLiteral("httpStatus"),
                      QCoreApplication::translate("CatalogLoader", "must be a whole number"));
    e->httpStatus = http.toInt();
    if (e->httpStatus != StatusCodes::httpForCanonical(e->status))
        return r.fail(QStringLiteral("httpStatus"),
                      QCoreApplication::translate("CatalogLoader", "%1 does not go with status %2")
                          .arg(QString::number(e->httpStatus), e->status));
    return true;
}

bool readTemplate(Reader &r, const QJsonObject &o, MessageTemplate *out)
{
    QString text;
    if (!r.string(o, QStringLiteral("template"), &text, false))
        return false;
    if (text.isEmpty())
        return true;
    QString error;
    *out = MessageTemplate::parse(text, &error);
    if (!error.isEmpty())
        return r.fail(QStringLiteral("template"), error);
    return true;
}

bool readKeywords(Reader &r, const QJsonObject &o, QStringList *out)
{
    return r.strings(
        o, QStringLiteral("keywords"), QStringLiteral("keywords"),
        QT_TRANSLATE_NOOP("CatalogLoader", "must be an array of strings"),
        [](const QJsonValue &k) {
            return k.isString() ? QString()
                                : QCoreApplication::translate("CatalogLoader", "must be an array of strings");
        },
        out);
}

// "explainedBy": the domain-check findings that explain the error, each one of DomainFindings::keys().
bool readExplainedBy(Reader &r, const QJsonObject &o, QStringList *out)
{
    return r.strings(
        o, QStringLiteral("explainedBy"), QStringLiteral("explainedBy"),
        QT_TRANSLATE_NOOP("CatalogLoader", "must be an array of domain-check findings"),
        [](const QJsonValue &k) {
            return DomainFindings::keys().contains(k.toString())
                       ? QString()
                       : QCoreApplication::translate("CatalogLoader", "'%1' is not a domain-check finding (one of: %2)")
                             .arg(k.toString().left(100), DomainFindings::keys().join(QLatin1String(", ")));
        },
        out);
}

bool readEntry(Reader &r, const QJsonObject &o, const QString &api, CatalogEntry *e)
{
    static const QStringList known = {
        QStringLiteral("id"),          QStringLiteral("title"),           QStringLiteral("endpoint"),
        QStringLiteral("status"),      QStringLiteral("httpStatus"),      QStringLiteral("code"),
        QStringLiteral("template"),    QStringLiteral("troubleshooting"), QStringLiteral("source"),
        QStringLiteral("steps"),       QStringLiteral("seeAlso"),         QStringLiteral("keywords"),
        QStringLiteral("deprecation"), QStringLiteral("translations"),    QStringLiteral("explainedBy")};
    if (!readId(r, o, api, &e->id) || !r.onlyKnown(o, known, QString()))
        return false;
    e->api = api;
    return readTexts(r, o, e) && readHttpStatus(r, o, e) && r.allowedLink(QStringLiteral("source"), e->source) &&
           readTemplate(r, o, &e->messageTemplate) && readSteps(r, o, e->messageTemplate.variables(), &e->steps) &&
           r.links(o, QStringLiteral("seeAlso"), &e->seeAlso) && readTranslations(r, o, e) &&
           readKeywords(r, o, &e->keywords) && readExplainedBy(r, o, &e->explainedBy);
}

// The document itself: within the size limit, valid JSON, an object.
bool readDocument(Reader &r, const QByteArray &json, QJsonObject *top)
{
    if (json.size() > kMaxFileSize)
        return r.fail(QString(), QCoreApplication::translate("CatalogLoader", "the file is larger than %1 MiB")
                                     .arg(kMaxFileSize / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return r.fail(QString(), QCoreApplication::translate("CatalogLoader", "not valid JSON: %1 at byte %2")
                                     .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (!doc.isObject())
        return r.fail(QString(), QCoreApplication::translate(
                                     "CatalogLoader", "the top level must be an object with 'api' and 'entries'"));
    *top = doc.object();
    return true;
}

// What the file says of itself: its API, title, version, sources and DNS targets.
bool readHeader(Reader &r, const QJsonObject &top, File *out)
{
    if (!r.onlyKnown(top,
                     {QStringLiteral("api"), QStringLiteral("title"), QStringLiteral("version"),
                      QStringLiteral("sources"), QStringLiteral("dnsTargets"), QStringLiteral("entries"),
                      QStringLiteral("flows")},
                     QString()))
        return false;
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9-]+$"));
    if (!r.string(top, QStringLiteral("api"), &out->api, true) ||
        !r.string(top, QStringLiteral("title"), &out->title, false) ||
        !r.string(top, QStringLiteral("version"), &out->version, false) || !readDnsTargets(r, top, &out->dnsTargets))
        return false;
    if (!slug.match(out->api).hasMatch())
        return r.fail(
            QStringLiteral("api"),
            QCoreApplication::translate("CatalogLoader", "must be a lower-case slug such as 'connect-domain'"));
    return r.strings(
        top, QStringLiteral("sources"), QStringLiteral("sources"),
        QT_TRANSLATE_NOOP("CatalogLoader", "must be an array of URLs"),
        [](const QJsonValue &s) {
            if (s.isString() && isAllowedLinkUrl(s.toString()))
                return QString();
            return QCoreApplication::translate("CatalogLoader", "must be an array of https URLs");
        },
        &out->sources);
}

bool readEntries(Reader &r, const QJsonObject &top, File *out)
{
    const QJsonValue entries = top.value(QStringLiteral("entries"));
    if (!entries.isArray())
        return r.fail(QStringLiteral("entries"),
                      entries.isUndefined() ? QCoreApplication::translate("CatalogLoader", "is missing")
                                            : QCoreApplication::translate("CatalogLoader", "must be an array"));
    QSet<QString> seen;
    const QJsonArray array = entries.toArray();
    out->entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        r.setEntry(QStringLiteral("entry %1").arg(i + 1));
        if (!array.at(i).isObject())
            return r.fail(QString(), QCoreApplication::translate("CatalogLoader", "must be an object"));
        CatalogEntry e;
        if (!readEntry(r, array.at(i).toObject(), out->api, &e))
            return false;
        if (seen.contains(e.id))
            return r.fail(QStringLiteral("id"),
                          QCoreApplication::translate("CatalogLoader", "duplicate id '%1'").arg(e.id));
        seen.insert(e.id);
        out->entries.append(std::move(e));
    }
    return true;
}

} // namespace

QString linkRefusal(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.isValid() ? u.scheme() : QString();
    if (scheme == QLatin1String("https") && !u.host().isEmpty()) {
        if (!u.userInfo().isEmpty())
            return QCoreApplication::translate("CatalogLoader",
                                               "link '%1' is refused: an https link must not hold a user name or "
                                               "password (it hides the host the link opens)")
                .arg(url);
        return {};
    }
    if (scheme == QLatin1String("mailto") && !u.path().isEmpty()) {
        for (const auto &[name, value] : QUrlQuery(u).queryItems()) {
            const QString field = name.toLower();
            if (field != QLatin1String("subject") && field != QLatin1String("body") && field != QLatin1String("cc"))
                return QCoreApplication::translate("CatalogLoader", "link '%1' is refused: a mailto link may set only "
                                                                    "subject, body and cc, not '%2'")
                    .arg(url, name);
        }
        return {};
    }
    return QCoreApplication::translate("CatalogLoader", "link '%1' is refused: only https and mailto links are allowed")
        .arg(url);
}

bool isAllowedLinkUrl(const QString &url)
{
    return linkRefusal(url).isEmpty();
}

bool parse(const QByteArray &json, const QString &origin, File *out, QString *error)
{
    Reader r(origin, error);
    QJsonObject top;
    if (!readDocument(r, json, &top) || !readHeader(r, top, out) || !readEntries(r, top, out))
        return false;
    const QJsonValue flows = top.value(QStringLiteral("flows"));
    if (!flows.isUndefined() && (!flows.isArray() || !FlowDefinition::parseList(flows.toArray(), &out->flows, error))) {
        if (!flows.isArray())
            return r.fail(QStringLiteral("flows"), QCoreApplication::translate("CatalogLoader", "must be an array"));
        *error = QStringLiteral("%1: %2").arg(origin, *error);
        return false;
    }
    error->clear();
    return true;
}

} // namespace CatalogLoader
