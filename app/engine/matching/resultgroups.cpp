// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "resultgroups.h"

#include <QCoreApplication>

namespace ResultGroups {
namespace {

// U+001F between the parts: no part can contain it in a way that makes two different tuples one key.
constexpr QChar kSeparator(0x1f);

const QList<MessageTemplate::Capture> &capturesOf(const Diagnosis &d)
{
    static const QList<MessageTemplate::Capture> none;
    return d.matches.isEmpty() ? none : d.matches.front().variables;
}

QString valuesKey(const QList<MessageTemplate::Capture> &captures)
{
    QString key;
    for (const MessageTemplate::Capture &c : captures)
        key += c.name + u'=' + c.value + kSeparator;
    return key;
}

// The request as far as it names the call: method and URL without its query or fragment.
bool sameCall(const ParsedResponse &a, const ParsedResponse &b)
{
    const auto call = [](const QString &url) {
        qsizetype end = 0;
        while (end < url.size() && url.at(end) != u'?' && url.at(end) != u'#')
            ++end;
        return QStringView(url).left(end);
    };
    return a.method == b.method && call(a.url) == call(b.url);
}

} // namespace

QString identity(const Diagnosis &d)
{
    const ParsedResponse &in = d.input;
    QString message = in.message;
    QStringList entries;
    // Captured values are what this occurrence is about, not what error it is.
    for (const MessageTemplate::Capture &c : capturesOf(d)) {
        if (!c.value.isEmpty())
            message.replace(c.value, u'{' + c.name + u'}');
    }
    for (const Match &m : d.matches)
        entries << m.entry->id;
    return QString::number(in.httpStatus) + kSeparator + in.code + kSeparator + in.status + kSeparator + message +
           kSeparator + entries.join(kSeparator);
}

void Collector::add(Diagnosis d)
{
    // The first response needs no key until a second one comes: most inputs hold one.
    if (m_results.isEmpty()) {
        d.group = ResponseGroup();
        if (!d.input.location.isWhole())
            d.group.locations.append(d.input.location);
        d.group.values.append(CapturedValues{capturesOf(d), 1});
        m_results.append(std::move(d));
        m_seen.append(Seen());
        m_firstKeyed = false;
        return;
    }
    if (!m_firstKeyed) {
        m_byIdentity.insert(identity(m_results.front()), 0);
        m_seen[0].listed.insert(valuesKey(capturesOf(m_results.front())), 0);
        m_firstKeyed = true;
    }
    const QString key = identity(d);
    const auto found = m_byIdentity.constFind(key);
    if (found == m_byIdentity.cend()) {
        if (m_results.size() >= kMaxGroups) {
            ++m_droppedResponses;
            return;
        }
        const int group = int(m_results.size());
        m_byIdentity.insert(key, group);
        d.group = ResponseGroup();
        if (!d.input.location.isWhole())
            d.group.locations.append(d.input.location);
        m_results.append(std::move(d));
        m_seen.append(Seen());
        addValues(group, m_results.at(group));
        return;
    }
    ResponseGroup &g = m_results[found.value()].group;
    const ParsedResponse &first = m_results.at(found.value()).input;
    ++g.count;
    if (!d.input.location.isWhole() && g.locations.size() < ResponseGroup::kMaxLocations)
        g.locations.append(d.input.location);
    g.oneRequest = g.oneRequest && sameCall(d.input, first);
    addValues(found.value(), d);
}

void Collector::addValues(int group, const Diagnosis &d)
{
    ResponseGroup &g = m_results[group].group;
    Seen &seen = m_seen[group];
    const QString key = valuesKey(capturesOf(d));
    if (const auto listed = seen.listed.constFind(key); listed != seen.listed.cend()) {
        ++g.values[listed.value()].count;
        return;
    }
    if (g.values.size() < ResponseGroup::kMaxValues) {
        seen.listed.insert(key, int(g.values.size()));
        g.values.append(CapturedValues{capturesOf(d), 1});
        return;
    }
    ++g.moreValueResponses;
    const size_t hash = qHash(key);
    if (!seen.beyond.contains(hash)) {
        seen.beyond.insert(hash);
        ++g.moreValues;
    }
}

QList<Diagnosis> Collector::take()
{
    m_firstKeyed = true;
    m_seen.clear();
    m_byIdentity.clear();
    return std::exchange(m_results, {});
}

QString Collector::droppedProblem() const
{
    if (m_droppedResponses == 0)
        return {};
    return QCoreApplication::translate("ResultGroups",
                                       "More than %1 different errors were found: %n further response(s) with other "
                                       "errors were counted but are not listed.",
                                       nullptr, m_droppedResponses)
        .arg(kMaxGroups);
}

QString differenceLabel(const ResponseGroup &group)
{
    const int distinct = group.distinctValues();
    bool domains = !group.values.isEmpty();
    for (const CapturedValues &v : group.values) {
        for (const MessageTemplate::Capture &c : v.values)
            domains = domains && c.name.contains(QLatin1String("domain"), Qt::CaseInsensitive);
    }
    if (domains)
        return QCoreApplication::translate("ResultGroups", "%n domain(s)", nullptr, distinct);
    return QCoreApplication::translate("ResultGroups", "%n different value(s)", nullptr, distinct);
}

QString valuesText(const CapturedValues &values)
{
    if (values.values.size() == 1)
        return values.values.front().value;
    QStringList parts;
    for (const MessageTemplate::Capture &c : values.values)
        parts << c.name + QStringLiteral(" = ") + c.value;
    return parts.join(QStringLiteral(", "));
}

} // namespace ResultGroups
