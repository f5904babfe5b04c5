// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QNetworkProxyFactory>
#include <QPointer>

namespace {

// The system's proxy for each request of one manager, rather than for the whole process.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override { return systemProxyForQuery(query); }
};

} // namespace

CatalogService::CatalogService(const QString &storeDirectory, QObject *parent)
    : QObject(parent), m_store(storeDirectory), m_updater(&m_network, m_store), m_onWorker(new QObject)
{
    qRegisterMetaType<LoadedCatalog>();
    m_network.setProxyFactory(new SystemProxyFactory); // the manager owns it
    m_onWorker->moveToThread(&m_worker);
    m_worker.setObjectName(QStringLiteral("catalog loader"));
    // A subscription brought up to date reaches every catalog once the updates in hand are done.
    connect(&m_updater, &CatalogUpdater::finished, this, [this](const CatalogUpdater::UpdateReport &outcome) {
        m_subscriptionUpdated = m_subscriptionUpdated || outcome.status == CatalogUpdater::UpdateStatus::Updated;
    });
    connect(&m_updater, &CatalogUpdater::allFinished, this, [this] {
        if (std::exchange(m_subscriptionUpdated, false))
            reload();
    });
}

CatalogService::~CatalogService()
{
    m_worker.quit();
    m_worker.wait();   // a load under way finishes first: it holds no lock long and writes only a damaged record
    delete m_onWorker; // its thread has ended (or never started)
}

CatalogService *CatalogService::instance()
{
    static QPointer<CatalogService> service;
    if (!service)
        service = new CatalogService(SubscriptionStore::defaultDirectory(), QCoreApplication::instance());
    return service;
}

QList<qint64> CatalogService::stampOf(const QStringList &teamFiles) const
{
    QList<qint64> stamp;
    for (const QString &path : teamFiles + QStringList{m_store.directory() + QStringLiteral("/subscriptions.json")}) {
        const QFileInfo info(path);
        stamp << (info.exists() ? info.size() : -1) << info.lastModified().toMSecsSinceEpoch();
    }
    return stamp;
}

std::optional<LoadedCatalog> CatalogService::snapshot(const QStringList &teamFiles)
{
    const auto it = m_snapshots.constFind(teamFiles);
    if (it == m_snapshots.cend())
        return std::nullopt;
    if (it->stamp != stampOf(teamFiles)) {
        m_snapshots.erase(it);
        return std::nullopt;
    }
    return it->loaded;
}

void CatalogService::request(const QStringList &teamFiles)
{
    if (!snapshot(teamFiles) && !m_loading.contains(teamFiles))
        start(teamFiles);
}

void CatalogService::reload()
{
    QSet<QStringList> inUse(m_loading);
    for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it)
        inUse.insert(it.key());
    m_snapshots.clear();
    for (const QStringList &teamFiles : std::as_const(inUse)) {
        if (m_loading.contains(teamFiles))
            m_stale.insert(teamFiles);
        else
            start(teamFiles);
    }
}

void CatalogService::start(const QStringList &teamFiles)
{
    m_loading.insert(teamFiles);
    m_loadingStamps.insert(teamFiles, stampOf(teamFiles));
    if (!m_worker.isRunning())
        m_worker.start(); // on first use: a command that only downloads never starts it
    const SubscriptionStore store = m_store;
    QMetaObject::invokeMethod(m_onWorker, [this, store, teamFiles] {
        const LoadedCatalog loaded = CatalogLayers::load(store, teamFiles);
        // Queued to the service: the destructor waits for this thread, and a call still queued when the service
        // goes is dropped with it.
        QMetaObject::invokeMethod(
            this, [this, teamFiles, loaded] { onLoaded(teamFiles, loaded); }, Qt::QueuedConnection);
    });
}

void CatalogService::onLoaded(const QStringList &teamFiles, const LoadedCatalog &loaded)
{
    m_loading.remove(teamFiles);
    if (m_stale.remove(teamFiles)) {
        start(teamFiles);
        return;
    }
    m_snapshots.insert(teamFiles, {loaded, m_loadingStamps.take(teamFiles)});
    emit catalogReady(teamFiles, loaded);
}
