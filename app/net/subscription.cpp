// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "subscription.h"

#include "closedset.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// Keys for the subscription store and JSON, never translated.
constexpr ClosedSet kStates{"Subscription",
                            std::array{
                                ClosedSetRow{Subscription::State::NeverChecked, u"never-checked", nullptr},
                                ClosedSetRow{Subscription::State::UpToDate, u"up-to-date", nullptr},
                                ClosedSetRow{Subscription::State::Updated, u"updated", nullptr},
                                ClosedSetRow{Subscription::State::Failed, u"failed", nullptr},
                            }};

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
    return kStates.key(state);
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
    s.state = kStates.fromKey(o.value(QStringLiteral("state")).toString(), State::NeverChecked);
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
