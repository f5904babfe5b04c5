// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
#include <QNetworkReply>

// Downloads one catalog file, failing safe: the address rule of UrlPolicy for the address and every redirect
// (at most kMaxRedirects), TLS errors refuse the download, the size cap is enforced while the bytes arrive, a
// transfer that stalls or drags on is stopped, and the validators of the last good copy make an unchanged file
// cost one small request.
class CatalogFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFetcher)

public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;
    static constexpr int kMaxRedirects = 5;
    static constexpr int kStallTimeoutMs = 20'000;
    static constexpr int kTotalTimeoutMs = 120'000;

    struct Request
    {
        QUrl url;
        QByteArray etag;         // of the last good copy: sent as If-None-Match
        QByteArray lastModified; // likewise, as If-Modified-Since
        QByteArray accept = "application/json";
    };

    enum class DownloadStatus { Downloaded, NotModified, Failed };

    // What one download brought: its status, and the body and validators of a Downloaded one.
    struct Download
    {
        DownloadStatus status = DownloadStatus::Failed;
        QByteArray body;
        QByteArray etag;
        QByteArray lastModified;
        QString error;         // plain words, for Failed
        int httpStatus = 0;    // the server's answer, when it gave one (200, 404, 429, ...)
        QByteArray retryAfter; // its Retry-After header, as sent
    };

    // Uses the system proxy settings. The manager is the caller's (one per application is enough).
    explicit CatalogFetcher(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~CatalogFetcher() override;

    // Shorter limits, for tests that must not wait the real ones out.
    void setTimeouts(int stallMs, int totalMs);
    // A smaller cap than kMaxBytes, for answers that are never that large.
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }

    // One download at a time: a second call while one runs cancels the first (no signal for it).
    void fetch(const Request &request);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

signals:
    void finished(const CatalogFetcher::Download &result);

private:
    void onMetaData();
    void onReadyRead();
    void get(const QUrl &url);
    void follow(const QUrl &target);
    void onFinished();
    void stop(const QString &reason);
    void finish(Download download);
    Download downloadOfReply();

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    Request m_request;
    QUrl m_currentUrl;
    QByteArray m_body;
    QString m_stopReason;
    QString m_tlsProblem;
    int m_redirects = 0;
    quint64 m_generation = 0; // counts the downloads cancelled: a queued outcome of an earlier one is not delivered
    int m_stallMs = kStallTimeoutMs;
    int m_totalMs = kTotalTimeoutMs;
    qint64 m_maxBytes = kMaxBytes;
    QTimer m_stallTimer;
    QTimer m_totalTimer;
};

Q_DECLARE_METATYPE(CatalogFetcher::Download)
