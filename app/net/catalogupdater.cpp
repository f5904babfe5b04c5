// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogupdater.h"

#include "catalogloader.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QTimer>

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

Subscription findIn(const QList<Subscription> &list, const QUrl &url)
{
    for (const Subscription &s : list) {
        if (s.url == url)
            return s;
    }
    Subscription s;
    s.url = url;
    return s;
}

} // namespace

CatalogUpdater::CatalogUpdater(QNetworkAccessManager *manager, SubscriptionStore store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_fetcher(manager)
{
    connect(&m_fetcher, &CatalogFetcher::finished, this, &CatalogUpdater::onFetched);
}

void CatalogUpdater::update(const QUrl &url)
{
    if (!m_queue.contains(url) && m_current != url)
        m_queue.append(url);
    if (!m_current.isValid())
        QTimer::singleShot(0, this, &CatalogUpdater::next);
}

void CatalogUpdater::updateAll()
{
    const QList<Subscription> list = m_store.load();
    for (const Subscription &s : list)
        update(s.url);
    if (list.isEmpty() && !isBusy())
        QTimer::singleShot(0, this, &CatalogUpdater::allFinished);
}

void CatalogUpdater::next()
{
    if (m_current.isValid())
        return;
    if (m_queue.isEmpty()) {
        emit allFinished();
        return;
    }
    m_current = m_queue.takeFirst();
    emit checking(m_current);
    const QString problem = UrlPolicy::problem(m_current);
    QString error;
    if (problem.isEmpty() && !m_store.add(m_current, &error)) {
        CatalogFetcher::Download failed;
        failed.error = error;
        onFetched(failed);
        return;
    }
    const Subscription s = findIn(m_store.load(), m_current);
    CatalogFetcher::Request request{m_current, {}, {}};
    // The validators are sent only with the very copy they came with: otherwise a "304" would keep a copy that
    // is missing or not the one they describe.
    QString readError;
    if (s.hasCopy() && sha256Hex(m_store.readCopy(m_current, &readError)) == s.sha256 && readError.isEmpty()) {
        request.etag = s.etag;
        request.lastModified = s.lastModified;
    }
    m_fetcher.fetch(request);
}

void CatalogUpdater::onFetched(const CatalogFetcher::Download &fetched)
{
    UpdateReport outcome;
    Subscription s;
    // Judged and recorded under the store's lock: the copy and its record agree, and another window's or
    // command's changes to the list, read again here, are kept.
    const auto judgeAndRecord = [&](QList<Subscription> &list) {
        s = findIn(list, m_current);
        outcome = judge(fetched, &s);
        s.lastChecked = QDateTime::currentDateTimeUtc();
        const bool failed = outcome.status == UpdateStatus::Failed;
        s.state = failed ? Subscription::State::Failed
                         : (outcome.status == UpdateStatus::Updated ? Subscription::State::Updated
                                                                    : Subscription::State::UpToDate);
        s.failure = failed ? outcome.reason : QString();
        for (Subscription &listed : list) {
            if (listed.url == m_current) {
                listed = s;
                return true;
            }
        }
        return false; // removed meanwhile: nothing to record
    };
    QString error;
    if (!UrlPolicy::problem(m_current).isEmpty()) {
        QList<Subscription> none; // refused before anything was stored
        judgeAndRecord(none);
    } else if (!m_store.change(judgeAndRecord, &error) &&
               (outcome.status != UpdateStatus::Failed || outcome.reason.isEmpty())) {
        outcome.status = UpdateStatus::Failed;
        outcome.reason = error;
    }
    outcome.url = m_current;
    outcome.subscription = s;
    report(std::move(outcome));
}

CatalogUpdater::UpdateReport CatalogUpdater::judge(const CatalogFetcher::Download &fetched, Subscription *s)
{
    UpdateReport outcome;
    outcome.url = m_current;
    auto fail = [&outcome](const QString &reason) {
        outcome.status = UpdateStatus::Failed;
        outcome.reason = reason;
        return outcome;
    };
    switch (fetched.status) {
    case CatalogFetcher::DownloadStatus::Failed:
        return fail(fetched.error);
    case CatalogFetcher::DownloadStatus::NotModified:
        if (!s->hasCopy())
            return fail(QCoreApplication::translate("CatalogUpdater",
                                                    "the server answered \"not modified\" but there is no saved copy"));
        outcome.status = UpdateStatus::Unchanged;
        return outcome;
    case CatalogFetcher::DownloadStatus::Downloaded:
        break;
    }
    CatalogLoader::File file;
    QString error;
    if (!CatalogLoader::parse(fetched.body, m_current.toDisplayString(), &file, &error))
        return fail(QCoreApplication::translate("CatalogUpdater", "the file is not a valid catalog: %1").arg(error));
    const QByteArray sha = sha256Hex(fetched.body);
    const bool changed = sha != s->sha256 || !s->hasCopy();
    if (changed && !m_store.writeCopy(m_current, fetched.body, &error))
        return fail(error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s->etag = fetched.etag;
    s->lastModified = fetched.lastModified;
    s->sha256 = sha;
    s->fetched = now;
    s->version = file.version;
    s->entries = int(file.entries.size());
    if (changed)
        s->lastChanged = now;
    outcome.status = changed ? UpdateStatus::Updated : UpdateStatus::Unchanged;
    return outcome;
}

void CatalogUpdater::report(UpdateReport outcome)
{
    m_current = QUrl();
    emit finished(outcome);
    next();
}

QString CatalogUpdater::describe(const UpdateReport &o)
{
    const QString url = o.url.toDisplayString();
    switch (o.status) {
    case UpdateStatus::Updated:
        return QCoreApplication::translate("CatalogUpdater", "%1: updated (%n entries)", nullptr,
                                           o.subscription.entries)
            .arg(url);
    case UpdateStatus::Unchanged:
        return QCoreApplication::translate("CatalogUpdater", "%1: unchanged (%n entries)", nullptr,
                                           o.subscription.entries)
            .arg(url);
    case UpdateStatus::Failed:
        break;
    }
    if (o.subscription.hasCopy())
        return QCoreApplication::translate("CatalogUpdater", "%1: failed: %2; the copy from %3 is kept")
            .arg(url, o.reason, QLocale().toString(o.subscription.fetched.toLocalTime(), QLocale::ShortFormat));
    return QCoreApplication::translate("CatalogUpdater", "%1: failed: %2").arg(url, o.reason);
}
