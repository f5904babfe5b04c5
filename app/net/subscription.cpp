// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "subscription.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

struct StateKey
{
    Subscription::State state;
    QLatin1String key;
};

constexpr StateKey kStateKeys[] = {
    {Subscription::State::NeverChecked, QLatin1String("never-checked")},
    {Subscription::State::UpToDate, QLatin1String("up-to-date")},
    {Subscription::State::Updated, QLatin1String("updated")},
    {Subscription::State::Failed, QLatin1String("failed")},
};

Subscription::State stateOfKey(const QString &key)
{
    for (const StateKey &k : kStateKeys) {
        if (k.key == key)
            return k.state;
    }
    return Subscription::State::NeverChecked;
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QDateTime dateOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

QString Subscription::keyOf(State state)
{
    for (const StateKey &k : kStateKeys) {
        if (k.state == state)
            return k.key;
    }
    return {};
}

QString Subscription::stateText() const
{
    switch (state) {
    case State::NeverChecked:
        return QCoreApplication::translate("Subscription", "Not checked yet");
    case State::UpToDate:
        return QCoreApplication::translate("Subscription", "Up to date");
    case State::Updated:
        return QCoreApplication::translate("Subscription", "Updated");
    case State::Failed:
        if (hasCopy())
            return QCoreApplication::translate("Subscription", "Failed: %1; using the copy from %2")
                .arg(failure, dateText(fetched));
        return QCoreApplication::translate("Subscription", "Failed: %1; no copy yet").arg(failure);
    }
    return {};
}

QJsonObject Subscription::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                  {QStringLiteral("state"), keyOf(state)},
                  {QStringLiteral("entries"), entries}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("failure", failure);
    put("version", version);
    put("etag", QString::fromLatin1(etag));
    put("lastModified", QString::fromLatin1(lastModified));
    put("sha256", QString::fromLatin1(sha256));
    put("fetched", fetched.toUTC().toString(Qt::ISODateWithMs));
    put("lastChecked", lastChecked.toUTC().toString(Qt::ISODateWithMs));
    put("lastChanged", lastChanged.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

Subscription Subscription::fromJson(const QJsonObject &o)
{
    Subscription s;
    s.url = QUrl(o.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    s.state = stateOfKey(o.value(QStringLiteral("state")).toString());
    s.failure = o.value(QStringLiteral("failure")).toString();
    s.version = o.value(QStringLiteral("version")).toString();
    s.entries = o.value(QStringLiteral("entries")).toInt();
    s.etag = o.value(QStringLiteral("etag")).toString().toLatin1();
    s.lastModified = o.value(QStringLiteral("lastModified")).toString().toLatin1();
    s.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    s.fetched = dateOf(o.value(QStringLiteral("fetched")));
    s.lastChecked = dateOf(o.value(QStringLiteral("lastChecked")));
    s.lastChanged = dateOf(o.value(QStringLiteral("lastChanged")));
    return s;
}
