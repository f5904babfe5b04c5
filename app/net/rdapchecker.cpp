// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "rdapchecker.h"

#include "dnschecker.h"

#include <QCoreApplication>
#include <QFile>

namespace {

bool isUrl(const QString &source)
{
    return source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

QString say(const char *text)
{
    return QCoreApplication::translate("RdapChecker", text);
}

// Retry-After is seconds or an HTTP date (RFC 9110 section 10.2.3).
QString retryText(const QByteArray &retryAfter)
{
    bool seconds = false;
    const qint64 wait = retryAfter.trimmed().toLongLong(&seconds);
    if (seconds && wait >= 0)
        return say(QT_TRANSLATE_NOOP("RdapChecker", "the registry limits requests (HTTP 429): try again in %1 "
                                                    "seconds"))
            .arg(wait);
    if (!retryAfter.isEmpty())
        return say(QT_TRANSLATE_NOOP("RdapChecker", "the registry limits requests (HTTP 429): try again after %1"))
            .arg(QString::fromLatin1(retryAfter).simplified());
    return say(QT_TRANSLATE_NOOP("RdapChecker", "the registry limits requests (HTTP 429): try again later"));
}

} // namespace

RdapChecker::RdapChecker(QNetworkAccessManager *manager, QObject *parent) : QObject(parent), m_fetcher(manager, this)
{
    m_fetcher.setMaxBytes(kMaxBytes);
    connect(&m_fetcher, &CatalogFetcher::finished, this, &RdapChecker::onFetched);
}

void RdapChecker::later(const std::function<void()> &action)
{
    QMetaObject::invokeMethod(
        this,
        [this, action, generation = m_generation] {
            if (generation == m_generation)
                action();
        },
        Qt::QueuedConnection);
}

void RdapChecker::check(const QString &domain)
{
    cancel();
    m_clock.start();
    m_result = RdapResult();
    m_result.input = domain;
    QString problem;
    m_result.domain = DnsChecker::aceOf(domain, &problem);
    if (m_result.domain.isEmpty()) {
        later([this, problem] { finishWith(RdapResult::State::NotADomain, problem); });
        return;
    }
    if (m_bootstrapSource.isEmpty()) {
        if (!m_updateUrl.isEmpty() && m_store.isDue()) {
            m_step = Step::Update;
            fetch(m_updateUrl, "application/json", m_timeoutMs / 2);
        } else {
            later([this] { useStore(); });
        }
        return;
    }
    m_result.bootstrap = m_bootstrapSource.left(300);
    if (isUrl(m_bootstrapSource)) {
        m_step = Step::Bootstrap;
        fetch(QUrl(m_bootstrapSource), "application/json");
        return;
    }
    QFile file(m_bootstrapSource);
    QString error = say(QT_TRANSLATE_NOOP("RdapChecker", "the bootstrap file cannot be read"));
    RdapBootstrap bootstrap;
    if (file.open(QIODevice::ReadOnly))
        bootstrap = RdapBootstrap::parse(file.read(kMaxBytes), &error);
    later([this, bootstrap, error] {
        if (bootstrap.isEmpty())
            finishWith(RdapResult::State::NoAnswer, error);
        else
            useBootstrap(bootstrap, bootstrap.publication());
    });
}

void RdapChecker::useStore()
{
    const RdapBootstrap bootstrap = m_store.current(&m_result.bootstrap);
    useBootstrap(bootstrap, bootstrap.publication());
}

void RdapChecker::fetch(const QUrl &url, const QByteArray &accept, int mostMs)
{
    // Whatever the steps, the check as a whole ends in time.
    const int left = int(qBound<qint64>(1, m_timeoutMs - m_clock.elapsed(), qint64(mostMs)));
    m_fetcher.setTimeouts(left, left);
    CatalogFetcher::Request request;
    request.url = url;
    request.accept = accept;
    m_fetcher.fetch(request);
}

void RdapChecker::useBootstrap(const RdapBootstrap &bootstrap, const QString &date)
{
    m_result.bootstrapDate = date;
    const QUrl base = bootstrap.serverFor(m_result.domain);
    if (base.isEmpty()) {
        finishWith(RdapResult::State::NoAnswer,
                   say(QT_TRANSLATE_NOOP("RdapChecker", "no RDAP server is known for .%1 (not in the bootstrap "
                                                        "file nor in the override table)"))
                       .arg(m_result.domain.section(u'.', -1)));
        return;
    }
    m_result.url = RdapBootstrap::domainUrl(base, m_result.domain);
    m_step = Step::Registry;
    fetch(m_result.url, "application/rdap+json, application/json");
}

void RdapChecker::onFetched(const CatalogFetcher::Download &fetched)
{
    if (m_step == Step::Registry) {
        onRegistryAnswer(fetched);
        return;
    }
    if (m_step == Step::Update) {
        // Kept only when valid and newer; whatever came, the check goes on with the file in use.
        QString error;
        if (fetched.status == CatalogFetcher::DownloadStatus::Downloaded)
            m_store.save(fetched.body, &error);
        useStore();
        return;
    }
    QString error = fetched.error;
    RdapBootstrap bootstrap;
    if (fetched.status == CatalogFetcher::DownloadStatus::Downloaded)
        bootstrap = RdapBootstrap::parse(fetched.body, &error);
    if (bootstrap.isEmpty()) {
        finishWith(RdapResult::State::NoAnswer,
                   say(QT_TRANSLATE_NOOP("RdapChecker", "the bootstrap file could not be used: %1")).arg(error));
        return;
    }
    useBootstrap(bootstrap, bootstrap.publication());
}

void RdapChecker::onRegistryAnswer(const CatalogFetcher::Download &fetched)
{
    if (fetched.status == CatalogFetcher::DownloadStatus::Downloaded) {
        QString error;
        if (RdapRecord::parse(fetched.body, &m_result.record, &error))
            finishWith(RdapResult::State::Registered);
        else
            finishWith(RdapResult::State::NoAnswer, error);
    } else if (fetched.httpStatus == 404) {
        // Only the registry's own server says "no such domain"; it is the one the bootstrap names.
        finishWith(RdapResult::State::NotRegistered);
    } else if (fetched.httpStatus == 429) {
        finishWith(RdapResult::State::NoAnswer, retryText(fetched.retryAfter));
    } else {
        finishWith(RdapResult::State::NoAnswer, fetched.error);
    }
}

void RdapChecker::finishWith(RdapResult::State state, const QString &reason)
{
    m_result.state = state;
    m_result.reason = reason.left(500);
    m_result.elapsedMs = m_clock.elapsed();
    emit finished(m_result);
}
