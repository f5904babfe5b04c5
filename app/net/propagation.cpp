// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "propagation.h"

#include "closedset.h"
#include "dnsverdict.h"

#include <QJsonArray>

namespace {

QString say(const DnsPhrases &phrases, const char *text)
{
    return dnsPhrase(phrases, "Propagation", text);
}

QString wwwName(const QString &ace)
{
    return ace.startsWith(QLatin1String("www.")) ? ace : QStringLiteral("www.") + ace;
}

// The records propagation is about, as the resolver gave them: the domain's NS and A, and the www CNAME.
QList<const DnsQuery *> propagatedQueries(const DnsReport &report)
{
    QList<const DnsQuery *> queries;
    for (const DnsQuery *q : {report.find(report.ace, DnsType::NS), report.find(report.ace, DnsType::A),
                              report.find(wwwName(report.ace), DnsType::CNAME)}) {
        if (q)
            queries << q;
    }
    return queries;
}

// "NS a, b · A 192.0.2.1 · www CNAME c", or the status of the domain's own NS question when nothing came back.
QString answerOf(const DnsReport &report, const DnsPhrases &phrases)
{
    QStringList parts;
    for (const DnsQuery *q : propagatedQueries(report)) {
        if (q->status != DnsStatus::Answered)
            continue;
        const QString type = shownType(q->type);
        QStringList values = q->values;
        values.sort(); // resolvers rotate the order of a record set
        parts << type + u' ' + values.join(QLatin1String(", "));
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral(" \u00b7 "));
    const DnsQuery *ns = report.find(report.ace, DnsType::NS);
    return DnsReport::statusText(ns ? ns->status : DnsStatus::Failed, phrases);
}

// A cache keeps an answer for its TTL: the last of these records to expire is when the old answer is gone.
qint64 longestTtl(const DnsReport &report)
{
    qint64 ttl = -1;
    for (const DnsQuery *q : propagatedQueries(report)) {
        if (q->status == DnsStatus::Answered)
            ttl = qMax(ttl, q->ttlSeconds);
    }
    return ttl;
}

QString clockTime(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    return local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Keys for programs (JSON), never translated.
constexpr ClosedSet kStates{"Propagation", std::array{
                                               ClosedSetRow{Propagation::State::MatchesWix, u"matches-wix", nullptr},
                                               ClosedSetRow{Propagation::State::Differs, u"differs", nullptr},
                                               ClosedSetRow{Propagation::State::NoAnswer, u"no-answer", nullptr},
                                           }};

} // namespace

Propagation Propagation::judge(const QList<DnsReport> &reports, const DnsTargets &wix, const QDateTime &now,
                               const DnsPhrases &phrases)
{
    Propagation p;
    for (const DnsReport &report : reports) {
        Row row;
        row.address = report.server.isEmpty() ? QStringLiteral("system") : report.server;
        row.server = report.serverName(phrases);
        const DnsVerdict verdict = DnsVerdict::judge(report, wix, phrases);
        switch (verdict.kind) {
        case DnsVerdict::Kind::NameserversAtWix:
        case DnsVerdict::Kind::PointingAtWix:
            row.state = State::MatchesWix;
            break;
        case DnsVerdict::Kind::NoAnswer:
        case DnsVerdict::Kind::NotADomain:
            row.state = State::NoAnswer;
            row.reason = verdict.summary;
            break;
        case DnsVerdict::Kind::DoesNotExist:
        case DnsVerdict::Kind::PointingElsewhere:
        case DnsVerdict::Kind::NoRecords:
            row.state = State::Differs;
            break;
        }
        if (row.state != State::NoAnswer)
            row.answer = answerOf(report, phrases);
        const qint64 ttl = longestTtl(report);
        if (row.state == State::Differs && ttl >= 0)
            row.cachedUntil = now.addSecs(ttl);
        p.rows << row;
    }
    return p;
}

QString Propagation::key(State state)
{
    return kStates.key(state);
}

int Propagation::count(State state) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [state](const Row &r) { return r.state == state; }));
}

QString Propagation::summary(const DnsPhrases &phrases) const
{
    return say(phrases, QT_TRANSLATE_NOOP("Propagation", "Resolvers asked: %1. Wix's answer: %2; another answer: "
                                                         "%3; no answer (not counted as a mismatch): %4."))
        .arg(QString::number(rows.size()), QString::number(count(State::MatchesWix)),
             QString::number(count(State::Differs)), QString::number(count(State::NoAnswer)));
}

QStringList Propagation::lines(const QDateTime &now, const DnsPhrases &phrases) const
{
    QStringList out;
    for (const Row &row : rows) {
        switch (row.state) {
        case State::MatchesWix:
            out << say(phrases, QT_TRANSLATE_NOOP("Propagation", "%1: Wix's answer (%2).")).arg(row.server, row.answer);
            break;
        case State::Differs:
            out << (row.cachedUntil.isValid()
                        ? say(phrases, QT_TRANSLATE_NOOP("Propagation", "%1: not Wix's answer (%2); the old answer "
                                                                        "may be served until %3."))
                              .arg(row.server, row.answer, clockTime(row.cachedUntil, now))
                        : say(phrases, QT_TRANSLATE_NOOP("Propagation", "%1: not Wix's answer (%2)."))
                              .arg(row.server, row.answer));
            break;
        case State::NoAnswer:
            out << say(phrases, QT_TRANSLATE_NOOP("Propagation", "%1: no answer, so no evidence either way (%2)"))
                       .arg(row.server, row.reason);
            break;
        }
    }
    return out;
}

QJsonObject Propagation::toJson() const
{
    QJsonArray array;
    for (const Row &row : rows) {
        QJsonObject o{{QStringLiteral("server"), row.address}, {QStringLiteral("state"), key(row.state)}};
        if (!row.answer.isEmpty())
            o.insert(QStringLiteral("answer"), row.answer);
        if (row.cachedUntil.isValid())
            o.insert(QStringLiteral("oldAnswerCachedUntil"), row.cachedUntil.toUTC().toString(Qt::ISODate));
        if (!row.reason.isEmpty())
            o.insert(QStringLiteral("reason"), row.reason);
        array.append(o);
    }
    return {{QStringLiteral("resolvers"), array},
            {QStringLiteral("matchesWix"), count(State::MatchesWix)},
            {QStringLiteral("differs"), count(State::Differs)},
            {QStringLiteral("noAnswer"), count(State::NoAnswer)}};
}
