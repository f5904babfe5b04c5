// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "dnstargets.h"

namespace {

void appendMissing(QStringList *to, const QStringList &from)
{
    for (const QString &value : from) {
        if (!to->contains(value, Qt::CaseInsensitive))
            to->append(value);
    }
}

} // namespace

QString DnsTargets::normalisedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

bool DnsTargets::isWixNameserver(const QString &host) const
{
    const QString h = normalisedHost(host);
    for (const QString &suffix : nameserverSuffixes) {
        const QString s = normalisedHost(suffix);
        if (h == s || h.endsWith(u'.' + s))
            return true;
    }
    return false;
}

bool DnsTargets::isWixCnameTarget(const QString &host) const
{
    const QString h = normalisedHost(host);
    for (const QString &target : cnameTargets) {
        if (h == normalisedHost(target))
            return true;
    }
    return false;
}

void DnsTargets::merge(const DnsTargets &other)
{
    appendMissing(&nameserverSuffixes, other.nameserverSuffixes);
    appendMissing(&addresses, other.addresses);
    appendMissing(&cnameTargets, other.cnameTargets);
}
