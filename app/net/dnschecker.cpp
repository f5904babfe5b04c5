// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "dnschecker.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace {

QDnsLookup::Type lookupType(DnsType type)
{
    switch (type) {
    case DnsType::NS:
        return QDnsLookup::NS;
    case DnsType::AAAA:
        return QDnsLookup::AAAA;
    case DnsType::CNAME:
        return QDnsLookup::CNAME;
    case DnsType::MX:
        return QDnsLookup::MX;
    case DnsType::TXT:
        return QDnsLookup::TXT;
    case DnsType::A:
        break;
    }
    return QDnsLookup::A;
}

QString withoutTrailingDot(QString host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// Qt 6.4 reports an answer with no records (NODATA) as an invalid reply, the same error as a reply that never
// came; a check's own timer tells the two apart, since it fires before the resolver gives up.
DnsStatus statusOf(const QDnsLookup &lookup, bool hasRecords)
{
    switch (lookup.error()) {
    case QDnsLookup::NoError:
        return hasRecords ? DnsStatus::Answered : DnsStatus::NoRecords;
    case QDnsLookup::NotFoundError:
        return DnsStatus::NameNotFound;
    case QDnsLookup::ServerFailureError:
        return DnsStatus::ServerFailure;
    case QDnsLookup::ServerRefusedError:
        return DnsStatus::Refused;
    case QDnsLookup::InvalidReplyError:
        return hasRecords ? DnsStatus::Answered : DnsStatus::NoRecords;
    case QDnsLookup::OperationCancelledError:
        return DnsStatus::TimedOut;
    case QDnsLookup::ResolverError:
    case QDnsLookup::InvalidRequestError:
        break;
    }
    return DnsStatus::Failed;
}

template <typename Record> void noteTtl(const QList<Record> &records, DnsQuery *q)
{
    for (const Record &r : records)
        q->ttlSeconds = q->ttlSeconds < 0 ? r.timeToLive() : qMin<qint64>(q->ttlSeconds, r.timeToLive());
}

void collect(const QDnsLookup &lookup, DnsQuery *q)
{
    noteTtl(lookup.nameServerRecords(), q);
    noteTtl(lookup.hostAddressRecords(), q);
    noteTtl(lookup.mailExchangeRecords(), q);
    noteTtl(lookup.textRecords(), q);
    if (q->type == DnsType::CNAME)
        noteTtl(lookup.canonicalNameRecords(), q);
    for (const QDnsDomainNameRecord &r : lookup.canonicalNameRecords()) {
        const QString alias = withoutTrailingDot(r.value());
        if (q->type == DnsType::CNAME)
            q->values << alias;
        else
            q->aliases << alias;
    }
    if (q->type == DnsType::NS) {
        for (const QDnsDomainNameRecord &r : lookup.nameServerRecords())
            q->values << withoutTrailingDot(r.value());
    } else if (q->type == DnsType::MX) {
        for (const QDnsMailExchangeRecord &r : lookup.mailExchangeRecords())
            q->values << QStringLiteral("%1 %2").arg(QString::number(r.preference()), withoutTrailingDot(r.exchange()));
    } else if (q->type == DnsType::TXT) {
        for (const QDnsTextRecord &r : lookup.textRecords()) {
            QByteArray text;
            for (const QByteArray &piece : r.values())
                text += piece;
            q->values << QString::fromUtf8(text.left(512));
        }
    } else if (q->type != DnsType::CNAME) {
        for (const QDnsHostAddressRecord &r : lookup.hostAddressRecords())
            q->values << r.value().toString();
    }
}

// Qt 6.4's lookups have no timeout of their own: the system resolver's (glibc: 5 s, twice, per nameserver) keeps a
// lookup the check has given up on running, and a program waits for it when it exits. The resolver's options are
// read from RES_OPTIONS at every lookup; set once, before the first, unless the user has set them.
void boundResolverTime()
{
    static const bool done = [] {
        if (!qEnvironmentVariableIsSet("RES_OPTIONS")) {
            const int seconds = DnsChecker::kTimeoutMs / 1000 + 1;
            qputenv("RES_OPTIONS", "timeout:" + QByteArray::number(seconds) + " attempts:1");
        }
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

DnsChecker::DnsChecker(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DnsChecker::timeOut);
}

DnsChecker::~DnsChecker()
{
    cancel();
}

QString DnsChecker::aceOf(const QString &domain, QString *problem)
{
    QString name = domain.trimmed();
    // A captured value may be a URL or carry a trailing dot: the host is what is looked up.
    if (name.contains(QLatin1String("://")))
        name = QUrl(name).host();
    name = withoutTrailingDot(name);
    const QString ace = QString::fromLatin1(QUrl::toAce(name, QUrl::AceTransitionalProcessing));
    static const QRegularExpression hostName(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (ace.isEmpty() || !hostName.match(ace).hasMatch()) {
        *problem = DnsReport::notADomain(domain);
        return {};
    }
    problem->clear();
    return ace;
}

QStringList DnsChecker::systemResolvers(const QString &resolvConf)
{
    QFile file(resolvConf);
    QStringList servers;
    if (!file.open(QIODevice::ReadOnly))
        return servers;
    // A few lines; a larger file is not a resolv.conf.
    const QList<QByteArray> lines = file.read(64 * 1024).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && words.constFirst() == "nameserver" &&
            !QHostAddress(QString::fromLatin1(words.at(1))).isNull())
            servers << QString::fromLatin1(words.at(1));
    }
    return servers;
}

void DnsChecker::check(const QString &domain, const QHostAddress &server, int timeoutMs)
{
    cancel();
    boundResolverTime();
    m_report = DnsReport();
    m_report.input = domain;
    m_report.server = server.isNull() ? QString() : server.toString();
    if (server.isNull())
        m_report.systemResolvers = systemResolvers();
    m_server = server;
    m_timeoutMs = timeoutMs;
    m_clock.start();
    m_report.ace = aceOf(domain, &m_report.problem);
    // Both forms are shown side by side, so the Unicode form is given for every TLD (no look-alike hides).
    m_report.unicode = QUrl::fromAce(m_report.ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (m_report.ace.isEmpty()) {
        // Its own report, from the event loop; not at all once cancelled or superseded by another check.
        QMetaObject::invokeMethod(
            this,
            [this, report = m_report, generation = m_generation] {
                if (generation == m_generation)
                    emit finished(report);
            },
            Qt::QueuedConnection);
        return;
    }
    // Every working resolver can name the TLD's nameservers: one that cannot is dead, refusing or lying, and
    // whatever it says about the domain is no evidence. It is asked first, alone: Qt 6.4 runs at most five lookups
    // at a time for the whole program, and a server that never answers would hold one per question it was asked
    // for the resolver's own time, starving the servers asked beside it.
    ask(m_report.ace.section(u'.', -1), DnsType::NS, true);
    m_timer.start(timeoutMs);
}

void DnsChecker::askAboutTheDomain()
{
    const QString &ace = m_report.ace;
    ask(ace, DnsType::NS);
    ask(ace, DnsType::A);
    ask(ace, DnsType::AAAA);
    ask(ace.startsWith(QLatin1String("www.")) ? ace : QStringLiteral("www.") + ace, DnsType::CNAME);
    if (m_askMailRecords) {
        ask(ace, DnsType::MX);
        ask(ace, DnsType::TXT);
    }
}

void DnsChecker::ask(const QString &name, DnsType type, bool control)
{
    DnsQuery q;
    q.name = name;
    q.type = type;
    q.control = control;
    const qsizetype index = m_report.queries.size();
    m_report.queries.append(q);
    auto *lookup = new QDnsLookup(lookupType(type), name, m_server, this);
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, index] { onLookupFinished(lookup, index); });
    m_pending.append(lookup);
    lookup->lookup();
}

void DnsChecker::onLookupFinished(QDnsLookup *lookup, qsizetype index)
{
    m_pending.removeAll(lookup);
    lookup->deleteLater();
    DnsQuery &q = m_report.queries[index];
    q.elapsedMs = m_clock.elapsed();
    collect(*lookup, &q);
    q.status = statusOf(*lookup, !q.values.isEmpty());
    if (q.status == DnsStatus::Failed)
        q.detail = lookup->errorString();
    if (q.control)
        askAboutTheDomain(); // whatever the control's answer: a server that answers at all answers fast
    else if (q.type == DnsType::NS)
        askParentIfNeeded(q);
    finishIfDone();
}

void DnsChecker::askParentIfNeeded(const DnsQuery &answered)
{
    if (answered.status != DnsStatus::NoRecords && answered.status != DnsStatus::NameNotFound)
        return;
    // A name without NS records of its own lives in a parent's zone; a TLD alone is not asked.
    const QString parent = answered.name.section(u'.', 1);
    if (parent.count(u'.') >= 1)
        ask(parent, DnsType::NS);
}

void DnsChecker::timeOut()
{
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_pending)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_pending.clear(); // the unanswered queries keep their TimedOut status
    // Counted before the call: lupdate 6.4 hangs on a function call in translate()'s count argument.
    const int seconds = qMax(1, m_timeoutMs / 1000);
    for (DnsQuery &q : m_report.queries) {
        if (q.status == DnsStatus::TimedOut)
            q.detail = QCoreApplication::translate("DnsChecker", "no answer within %n second(s)", nullptr, seconds);
    }
    finishIfDone();
}

void DnsChecker::finishIfDone()
{
    if (!m_pending.isEmpty())
        return;
    m_timer.stop();
    m_report.elapsedMs = m_clock.elapsed();
    emit finished(m_report);
}

void DnsChecker::cancel()
{
    ++m_generation; // a report already queued for the check cancelled is dropped
    m_timer.stop();
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_pending)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_pending.clear();
}
