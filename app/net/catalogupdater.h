// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogfetcher.h"
#include "subscription.h"
#include "subscriptionstore.h"

#include <QList>
#include <QObject>
#include <QUrl>

// Brings catalog subscriptions up to date, one at a time. A download is checked by the same loader as a team
// file before it is kept; the last good copy stays in use until a valid one replaces it.
class CatalogUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogUpdater)

public:
    enum class UpdateStatus { Updated, Unchanged, Failed };

    // What one subscription's check did: its status, and the subscription's record after it.
    struct UpdateReport
    {
        QUrl url;
        UpdateStatus status = UpdateStatus::Failed;
        QString reason;            // plain words, for Failed
        Subscription subscription; // its record after the check
    };

    CatalogUpdater(QNetworkAccessManager *manager, SubscriptionStore store, QObject *parent = nullptr);

    CatalogFetcher *fetcher() { return &m_fetcher; }
    const SubscriptionStore &store() const { return m_store; }

    // Queues one subscription (added to the list first if it is new), or every subscription in list order.
    void update(const QUrl &url);
    void updateAll();
    bool isBusy() const { return m_fetcher.isRunning() || !m_queue.isEmpty() || m_current.isValid(); }

    // One line: "URL: updated (N entries)", "URL: unchanged", "URL: failed: reason; the copy from DATE is kept".
    static QString describe(const UpdateReport &report);

signals:
    void checking(const QUrl &url);
    void finished(const CatalogUpdater::UpdateReport &outcome);
    void allFinished();

private:
    void next();
    void onFetched(const CatalogFetcher::Download &fetched);
    UpdateReport judge(const CatalogFetcher::Download &fetched, Subscription *s);
    void report(UpdateReport report);

    SubscriptionStore m_store;
    CatalogFetcher m_fetcher;
    QList<QUrl> m_queue;
    QUrl m_current;
};

Q_DECLARE_METATYPE(CatalogUpdater::UpdateReport)
