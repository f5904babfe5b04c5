// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// One catalog subscription as the app data folder remembers it: its address, the validators and facts of its last
// good copy, and how the last check went.
struct Subscription
{
    enum class State { NeverChecked, UpToDate, Updated, Failed };

    QUrl url;
    State state = State::NeverChecked;
    QString failure; // plain words, when the last check failed
    QString version; // the copy's "version", if it has one
    int entries = 0;
    QByteArray etag;
    QByteArray lastModified;
    QByteArray sha256; // of the copy, hex: validators are only sent for the copy they came with
    QDateTime fetched; // when the copy in use was downloaded
    QDateTime lastChecked;
    QDateTime lastChanged;

    bool hasCopy() const { return fetched.isValid(); }
    // "Up to date", "Updated", "Failed: the reason, using the copy from DATE", "Not checked yet".
    QString stateText() const;
    static QString keyOf(State state); // for JSON: never translated

    QJsonObject toJson() const;
    static Subscription fromJson(const QJsonObject &o);
};
