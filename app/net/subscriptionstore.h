// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "subscription.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Catalog;

// The catalog subscriptions in the app data folder: subscriptions.json (the list, in layer order, with what is
// known of each) and one file per subscription holding its last good copy, byte for byte as downloaded. Every
// write goes through SafeSave, so a crash leaves the old file or the new one, never half of either. Every change
// of the list is made under the store's lock file (subscriptions.lock), read again under it: windows and
// command-line runs changing the store at the same time each keep what the others wrote.
class SubscriptionStore
{
public:
    explicit SubscriptionStore(QString directory = defaultDirectory());

    // <app data>/subscriptions
    static QString defaultDirectory();
    const QString &directory() const { return m_directory; }

    // The list; a damaged list file is set aside and *message says so (the app goes on with none).
    QList<Subscription> load(QString *message = nullptr) const;
    // Replaces the whole list (the Settings dialog taking back what was added while it was open).
    bool save(const QList<Subscription> &subscriptions, QString *error) const;
    // Under the lock: reads the list, lets edit change it (edit returns whether it did) and writes it back. Copies
    // written from inside edit are written under the lock too, so that a copy and its record always agree.
    using Edit = std::function<bool(QList<Subscription> &list)>;
    bool change(const Edit &edit, QString *error) const;
    static constexpr int kLockWaitMs = 20000; // a download's whole time limit is shorter than this

    // Adds a subscription at the end (nothing happens if it is there already).
    bool add(const QUrl &url, QString *error) const;
    // Removes a subscription and its copy.
    bool remove(const QUrl &url, QString *error) const;
    // Updates one subscription's record (matched by URL); false if it is not in the list.
    bool put(const Subscription &subscription, QString *error) const;

    QString copyPath(const QUrl &url) const;
    bool writeCopy(const QUrl &url, const QByteArray &bytes, QString *error) const;
    QByteArray readCopy(const QUrl &url, QString *error) const;

    // Layers each subscription's last good copy over the catalog, in list order. A copy that no longer loads is
    // set aside (renamed, never deleted), its record forgets it, and *messages names the file and the reason.
    void layerInto(Catalog *catalog, QStringList *messages) const;

private:
    QString listPath() const;
    bool write(const QList<Subscription> &subscriptions, QString *error) const;

    QString m_directory;
};
