// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "resultgroups.h"

#include <QHash>

namespace ResultGroups {

QString identity(const Diagnosis &d)
{
    const ParsedResponse &in = d.input;
    QString message = in.message;
    QStringList entries;
    if (!d.matches.isEmpty()) {
        // Captured values are what this occurrence is about, not what error it is.
        for (const MessageTemplate::Capture &c : d.matches.front().variables) {
            if (!c.value.isEmpty())
                message.replace(c.value, u'{' + c.name + u'}');
        }
        for (const Match &m : d.matches)
            entries << m.entry->id;
    }
    // U+001F between the parts: no part can contain it in a way that makes two different tuples one key.
    const QChar sep(0x1f);
    return QString::number(in.httpStatus) + sep + in.code + sep + in.status + sep + message + sep + entries.join(sep);
}

QList<Group> of(const Report &report)
{
    QList<Group> groups;
    QHash<QString, int> byIdentity;
    for (int i = 0; i < report.results.size(); ++i) {
        const QString key = identity(report.results.at(i));
        const auto found = byIdentity.constFind(key);
        if (found == byIdentity.cend()) {
            byIdentity.insert(key, int(groups.size()));
            groups.append(Group{{i}});
        } else {
            groups[found.value()].members.append(i);
        }
    }
    return groups;
}

} // namespace ResultGroups
