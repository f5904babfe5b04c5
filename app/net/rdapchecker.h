// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogfetcher.h"
#include "rdapbootstrap.h"
#include "rdapbootstrapstore.h"
#include "rdapresult.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

// Asks the registry's RDAP server (RFC 9224 bootstrap, RFC 9083 answer) about a domain's registration,
// asynchronously over Qt Network. The bootstrap file is the embedded one, a file, or a URL fetched first. The
// whole check, the bootstrap's download included, ends within kTimeoutMs; answers are capped at kMaxBytes,
// counted while they arrive; a redirect to plain http is refused.
class RdapChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RdapChecker)

public:
    static constexpr int kTimeoutMs = 8000;
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    explicit RdapChecker(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Empty: the kept bootstrap file (RdapBootstrapStore: the newer of the saved and the embedded ones); an http(s)
    // URL: fetched at each check; anything else: a file's path.
    void setBootstrap(const QString &source) { m_bootstrapSource = source; }
    // Keeps the kept bootstrap file current: when it is due, a check first downloads url (in at most half the
    // check's time) into the store; a failed download leaves the file in use as it was. An empty url never
    // downloads.
    void setBootstrapUpdates(const QUrl &url, const QString &storePath = RdapBootstrapStore::defaultPath())
    {
        m_updateUrl = url;
        m_store = RdapBootstrapStore(storePath);
    }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // A new check cancels the one running (no signal for it).
    void check(const QString &domain);
    void cancel()
    {
        ++m_generation; // a step queued by the check cancelled does not run
        m_fetcher.cancel();
    }

signals:
    void finished(const RdapResult &result);

private:
    enum class Step { Update, Bootstrap, Registry };

    void useBootstrap(const RdapBootstrap &bootstrap, const QString &date);
    void onFetched(const CatalogFetcher::Download &fetched);
    void useStore();
    void onRegistryAnswer(const CatalogFetcher::Download &fetched);
    void fetch(const QUrl &url, const QByteArray &accept, int mostMs = kTimeoutMs);
    void finishWith(RdapResult::State state, const QString &reason = {});
    // Runs step after the caller returns, unless a new check or a cancel came first.
    void later(const std::function<void()> &action);

    CatalogFetcher m_fetcher;
    QString m_bootstrapSource;
    QUrl m_updateUrl;
    RdapBootstrapStore m_store;
    int m_timeoutMs = kTimeoutMs;
    Step m_step = Step::Bootstrap;
    RdapResult m_result;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
};
