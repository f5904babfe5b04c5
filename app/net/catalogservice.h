// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cataloglayers.h"
#include "catalogupdater.h"
#include "subscriptionstore.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QThread>

#include <optional>

// The one owner of the catalogs for the process (windows and command line alike): the network manager and its
// proxy settings, the subscription store and its updater, and the catalogs built from the layers
// (CatalogLayers), loaded on a worker thread and handed out as immutable shared snapshots. Windows with the same
// team files share one snapshot; none waits for one.
class CatalogService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogService)

public:
    explicit CatalogService(const QString &storeDirectory = SubscriptionStore::defaultDirectory(),
                            QObject *parent = nullptr);
    ~CatalogService() override;

    // The application's service: made on first use, owned by the QCoreApplication object.
    static CatalogService *instance();

    // Every request of the process goes through this manager, with the system's proxy settings.
    QNetworkAccessManager *network() { return &m_network; }
    const SubscriptionStore &store() const { return m_store; }
    CatalogUpdater *updater() { return &m_updater; }

    // The snapshot built from these team files, if there is one and its files have not changed since; the layers
    // are otherwise loaded by request().
    std::optional<LoadedCatalog> snapshot(const QStringList &teamFiles);
    // Starts loading the catalog of these team files unless it is loaded or on its way; catalogReady follows.
    void request(const QStringList &teamFiles);
    // Forgets every snapshot (the subscriptions on disk changed) and loads again those in use.
    void reload();

signals:
    // On the thread that owns the service. teamFiles says which catalog this is.
    void catalogReady(const QStringList &teamFiles, const LoadedCatalog &loaded);

private:
    // What the layers' files were when a load started (size and time of each team file and of the subscriptions'
    // list): a snapshot whose files changed since is loaded again rather than handed out.
    QList<qint64> stampOf(const QStringList &teamFiles) const;
    void start(const QStringList &teamFiles);
    void onLoaded(const QStringList &teamFiles, const LoadedCatalog &loaded);

    QNetworkAccessManager m_network;
    SubscriptionStore m_store;
    CatalogUpdater m_updater;
    QThread m_worker;
    QObject *m_onWorker; // lives on m_worker: what runs there is queued to it
    struct Snapshot
    {
        LoadedCatalog loaded;
        QList<qint64> stamp;
    };
    QHash<QStringList, Snapshot> m_snapshots;
    QHash<QStringList, QList<qint64>> m_loadingStamps;
    QSet<QStringList> m_loading;
    QSet<QStringList> m_stale; // asked again while on their way: loaded once more when they arrive
    bool m_subscriptionUpdated = false;
};
