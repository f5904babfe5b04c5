// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogfetcher.h"

#include "urlpolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString networkErrorText(QNetworkReply::NetworkError error, const QString &qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("CatalogFetcher", "the server refused the connection");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("CatalogFetcher", "the server's name was not found");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("CatalogFetcher", "the server closed the connection before the end");
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("CatalogFetcher", "the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("CatalogFetcher", "the secure connection failed: %1").arg(qtText);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("CatalogFetcher", "the proxy failed: %1").arg(qtText);
    default:
        return QCoreApplication::translate("CatalogFetcher", "the download failed: %1").arg(qtText);
    }
}

} // namespace

CatalogFetcher::CatalogFetcher(QNetworkAccessManager *manager, QObject *parent) : QObject(parent), m_manager(manager)
{
    m_stallTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    // The counts are computed before the call: lupdate 6.4 hangs on a function call in translate()'s count.
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        const int seconds = qMax(1, m_stallMs / 1000);
        stop(QCoreApplication::translate("CatalogFetcher", "the transfer stalled: nothing arrived for %n second(s)",
                                         nullptr, seconds));
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        const int seconds = qMax(1, m_totalMs / 1000);
        stop(QCoreApplication::translate("CatalogFetcher", "the transfer took longer than %n second(s)", nullptr,
                                         seconds));
    });
}

CatalogFetcher::~CatalogFetcher()
{
    cancel();
}

void CatalogFetcher::setTimeouts(int stallMs, int totalMs)
{
    m_stallMs = stallMs;
    m_totalMs = totalMs;
}

void CatalogFetcher::fetch(const Request &request)
{
    cancel();
    m_body.clear();
    m_stopReason.clear();
    m_tlsProblem.clear();
    m_redirects = 0;
    const QString problem = UrlPolicy::problem(request.url);
    if (!problem.isEmpty()) {
        Download refused;
        refused.error = problem;
        // Reported from the event loop, as every other outcome is; not at all once cancelled or superseded.
        QMetaObject::invokeMethod(
            this,
            [this, refused, generation = m_generation] {
                if (generation == m_generation)
                    emit finished(refused);
            },
            Qt::QueuedConnection);
        return;
    }
    m_request = request;
    m_totalTimer.start(m_totalMs);
    get(request.url);
}

void CatalogFetcher::get(const QUrl &url)
{
    m_currentUrl = url;
    m_body.clear();
    // Redirects are followed here, not by Qt: each target is checked against the address rule first.
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    r.setHeader(QNetworkRequest::UserAgentHeader,
                QStringLiteral("domains-troubleshooter/%1").arg(QCoreApplication::applicationVersion()));
    r.setRawHeader("Accept", m_request.accept);
    if (!m_request.etag.isEmpty())
        r.setRawHeader("If-None-Match", m_request.etag);
    if (!m_request.lastModified.isEmpty())
        r.setRawHeader("If-Modified-Since", m_request.lastModified);

    m_reply = m_manager->get(r);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &CatalogFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &CatalogFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &CatalogFetcher::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the download fails with the first reason.
        if (!errors.isEmpty() && m_tlsProblem.isEmpty())
            m_tlsProblem = QCoreApplication::translate("CatalogFetcher", "the server's certificate was refused: %1")
                               .arg(errors.constFirst().errorString());
    });
    m_stallTimer.start(m_stallMs);
}

void CatalogFetcher::cancel()
{
    ++m_generation; // an outcome already queued for the download cancelled is dropped
    m_stallTimer.stop();
    m_totalTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void CatalogFetcher::onMetaData()
{
    m_stallTimer.start(m_stallMs);
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status))
        return;
    if (status == 200 && length.isValid() && length.toLongLong() > m_maxBytes)
        stop(QCoreApplication::translate("CatalogFetcher", "the file is %1 MB, over the %2 MB limit")
                 .arg(megabytes(length.toLongLong()), megabytes(m_maxBytes)));
}

void CatalogFetcher::onReadyRead()
{
    m_stallTimer.start(m_stallMs);
    if (isRedirect(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())) {
        m_reply->skip(m_reply->bytesAvailable()); // a redirect's own body is not the catalog
        return;
    }
    const QByteArray piece = m_reply->read(m_maxBytes + 1 - m_body.size());
    m_body += piece;
    if (m_body.size() > m_maxBytes)
        stop(QCoreApplication::translate("CatalogFetcher", "more than %1 MB arrived, over the limit")
                 .arg(megabytes(m_maxBytes)));
}

void CatalogFetcher::follow(const QUrl &target)
{
    QString problem = UrlPolicy::redirectProblem(m_currentUrl, target);
    if (problem.isEmpty() && ++m_redirects > kMaxRedirects)
        problem = QCoreApplication::translate("CatalogFetcher", "more than %1 redirects").arg(kMaxRedirects);
    if (!problem.isEmpty()) {
        Download refused;
        refused.error = problem;
        finish(std::move(refused));
        return;
    }
    get(target);
}

void CatalogFetcher::stop(const QString &reason)
{
    if (!m_reply || !m_stopReason.isEmpty())
        return;
    m_stopReason = reason;
    m_reply->abort(); // finished() follows, and reports the reason
}

void CatalogFetcher::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (m_stopReason.isEmpty() && m_tlsProblem.isEmpty() && isRedirect(status) && target.isValid()) {
        m_reply = nullptr;
        reply->deleteLater();
        follow(m_currentUrl.resolved(target));
        return;
    }
    Download result = downloadOfReply();
    m_reply = nullptr;
    reply->deleteLater();
    finish(std::move(result));
}

CatalogFetcher::Download CatalogFetcher::downloadOfReply()
{
    Download result;
    if (!m_stopReason.isEmpty()) {
        result.error = m_stopReason;
        return result;
    }
    if (!m_tlsProblem.isEmpty()) {
        result.error = m_tlsProblem;
        return result;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError && status == 0) {
        result.error = networkErrorText(m_reply->error(), m_reply->errorString());
        return result;
    }
    result.etag = m_reply->rawHeader("ETag");
    result.lastModified = m_reply->rawHeader("Last-Modified");
    result.httpStatus = status;
    result.retryAfter = m_reply->rawHeader("Retry-After").left(64);
    if (status == 304) {
        result.status = DownloadStatus::NotModified;
        return result;
    }
    if (status != 200) {
        const QString reason =
            QString::fromLatin1(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray())
                .left(80)
                .simplified();
        result.error = QCoreApplication::translate("CatalogFetcher", "the server answered HTTP %1 %2")
                           .arg(QString::number(status), reason)
                           .trimmed();
        return result;
    }
    m_body += m_reply->read(m_maxBytes + 1 - m_body.size());
    if (m_body.size() > m_maxBytes) {
        result.error = QCoreApplication::translate("CatalogFetcher", "more than %1 MB arrived, over the limit")
                           .arg(megabytes(m_maxBytes));
        return result;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        result.error = networkErrorText(m_reply->error(), m_reply->errorString());
        return result;
    }
    result.status = DownloadStatus::Downloaded;
    result.body = std::move(m_body);
    return result;
}

void CatalogFetcher::finish(Download result)
{
    m_stallTimer.stop();
    m_totalTimer.stop();
    m_body.clear();
    emit finished(result);
}
