// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "expectedrecords.h"

#include <QHostAddress>

#include <array>
#include <utility>

namespace {

QString say(const DnsPhrases &phrases, const char *text)
{
    return dnsPhrase(phrases, "ExpectedRecords", text);
}

// Host names compare without case or a trailing dot, addresses as addresses ("::1" = "0:0::1").
bool sameValue(DnsType type, const QString &a, const QString &b)
{
    if (type == DnsType::A || type == DnsType::AAAA)
        return QHostAddress(a).isEqual(QHostAddress(b));
    const auto host = [](QString h) {
        h = h.trimmed().toLower();
        if (h.endsWith(u'.'))
            h.chop(1);
        return h;
    };
    return host(a) == host(b);
}

bool failed(DnsStatus status)
{
    return status == DnsStatus::TimedOut || status == DnsStatus::ServerFailure || status == DnsStatus::Refused ||
           status == DnsStatus::Failed;
}

} // namespace

ExpectedRecords ExpectedRecords::fromTimeline(const Timeline &timeline)
{
    // The facts of the flows' data (resources/catalog/flows.json) that name records, with DNS's name for each.
    static const std::array<std::pair<QString, DnsType>, 3> kRecordFacts{{
        {QStringLiteral("nameservers"), DnsType::NS},
        {QStringLiteral("aRecord"), DnsType::A},
        {QStringLiteral("cnameRecord"), DnsType::CNAME},
    }};
    ExpectedRecords expected;
    for (const TimelineCall &call : timeline.calls()) {
        if (const QString type = call.fact(QStringLiteral("connectionType")); !type.isEmpty())
            expected.connectionType = type.left(40);
        QList<Record> records;
        for (const auto &[fact, type] : kRecordFacts) {
            for (const QString &value : call.factList(fact))
                records.append({type, value.trimmed().left(255)});
        }
        if (!records.isEmpty())
            expected.records = records; // a later Setup Info replaces an earlier one
    }
    return expected;
}

QList<ExpectedRecords::Comparison> ExpectedRecords::compare(const DnsReport &report) const
{
    const QString www = report.ace.startsWith(QLatin1String("www.")) ? report.ace : QStringLiteral("www.") + report.ace;
    QList<Comparison> out;
    for (const Record &r : records) {
        Comparison c;
        c.record = r;
        const DnsQuery *q = report.find(r.type == DnsType::CNAME ? www : report.ace, r.type);
        if (q && !failed(q->status)) {
            c.answered = q->values;
            const bool present = std::any_of(c.answered.cbegin(), c.answered.cend(),
                                             [&r](const QString &v) { return sameValue(r.type, r.value, v); });
            c.state = present ? State::Present : State::Missing;
        }
        out << c;
    }
    return out;
}

QStringList ExpectedRecords::lines(const DnsReport &report, const DnsPhrases &phrases) const
{
    QStringList out;
    const QString server = report.serverName(phrases);
    for (const Comparison &c : compare(report)) {
        const QString what = shownType(c.record.type) + u' ' + c.record.value;
        switch (c.state) {
        case State::Present:
            out << say(phrases, QT_TRANSLATE_NOOP("ExpectedRecords", "%1: in place (%2 answers it)."))
                       .arg(what, server);
            break;
        case State::Missing:
            out << (c.answered.isEmpty()
                        ? say(phrases, QT_TRANSLATE_NOOP("ExpectedRecords", "%1: missing (%2 answers no such record)."))
                              .arg(what, server)
                        : say(phrases, QT_TRANSLATE_NOOP("ExpectedRecords", "%1: missing (%2 answers %3)."))
                              .arg(what, server, c.answered.join(QLatin1String(", "))));
            break;
        case State::NotKnown:
            out << say(phrases, QT_TRANSLATE_NOOP("ExpectedRecords", "%1: not known (%2 gave no answer for it)."))
                       .arg(what, server);
            break;
        }
    }
    return out;
}
