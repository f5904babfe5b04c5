// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "subscriptionstore.h"

#include "catalog.h"
#include "catalogfetcher.h"
#include "safesave.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QString problem;
    if (SafeSave::makeFolderFor(path, &problem) && SafeSave::write(path, bytes, &problem))
        return true;
    *error = QCoreApplication::translate("SubscriptionStore", "%1 cannot be written: %2").arg(path, problem);
    return false;
}

QString setAside(const QString &path)
{
    return SafeSave::setAside(path, u"damaged");
}

qsizetype indexOf(const QList<Subscription> &list, const QUrl &url)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).url == url)
            return i;
    }
    return -1;
}

} // namespace

SubscriptionStore::SubscriptionStore(QString directory) : m_directory(std::move(directory)) {}

QString SubscriptionStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/subscriptions");
}

QString SubscriptionStore::listPath() const
{
    return m_directory + QStringLiteral("/subscriptions.json");
}

QString SubscriptionStore::copyPath(const QUrl &url) const
{
    const QByteArray hash =
        QCryptographicHash::hash(url.toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + u'/' + QString::fromLatin1(hash.left(24)) + QStringLiteral(".json");
}

QList<Subscription> SubscriptionStore::load(QString *message) const
{
    QFile file(listPath());
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    file.close();
    const QJsonValue list = doc.object().value(QStringLiteral("subscriptions"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray()) {
        const QString aside = setAside(listPath());
        if (message)
            *message = QCoreApplication::translate("SubscriptionStore",
                                                   "The list of catalog subscriptions was damaged; it was set aside "
                                                   "as %1.")
                           .arg(aside.isEmpty() ? listPath() : aside);
        return {};
    }
    QList<Subscription> out;
    for (const QJsonValue &v : list.toArray()) {
        const Subscription s = Subscription::fromJson(v.toObject());
        if (s.url.isValid() && indexOf(out, s.url) < 0)
            out.append(s);
    }
    return out;
}

bool SubscriptionStore::write(const QList<Subscription> &subscriptions, QString *error) const
{
    QJsonArray list;
    for (const Subscription &s : subscriptions)
        list.append(s.toJson());
    return writeAtomically(listPath(), QJsonDocument(QJsonObject{{QStringLiteral("subscriptions"), list}}).toJson(),
                           error);
}

bool SubscriptionStore::change(const Edit &edit, QString *error) const
{
    const QString lockPath = m_directory + QStringLiteral("/subscriptions.lock");
    QString problem;
    if (!SafeSave::makeFolderFor(lockPath, &problem)) {
        *error = QCoreApplication::translate("SubscriptionStore", "%1 cannot be written: %2").arg(m_directory, problem);
        return false;
    }
    // A lock left by a process that died is taken over at once (QLockFile checks whether its owner still runs).
    QLockFile lock(lockPath);
    if (!lock.tryLock(kLockWaitMs)) {
        *error = QCoreApplication::translate("SubscriptionStore",
                                             "the catalog subscriptions are being changed by another window or "
                                             "command; try again in a moment");
        return false;
    }
    QList<Subscription> list = load();
    return !edit(list) || write(list, error);
}

bool SubscriptionStore::save(const QList<Subscription> &subscriptions, QString *error) const
{
    return change(
        [&subscriptions](QList<Subscription> &list) {
            list = subscriptions;
            return true;
        },
        error);
}

bool SubscriptionStore::add(const QUrl &url, QString *error) const
{
    return change(
        [&url](QList<Subscription> &list) {
            if (indexOf(list, url) >= 0)
                return false;
            Subscription s;
            s.url = url;
            list.append(s);
            return true;
        },
        error);
}

bool SubscriptionStore::remove(const QUrl &url, QString *error) const
{
    const bool removed = change(
        [&url](QList<Subscription> &list) {
            const qsizetype i = indexOf(list, url);
            if (i < 0)
                return false;
            list.removeAt(i);
            return true;
        },
        error);
    if (!removed)
        return false;
    QFile::remove(copyPath(url));
    return true;
}

bool SubscriptionStore::put(const Subscription &subscription, QString *error) const
{
    bool listed = false;
    const bool written = change(
        [&](QList<Subscription> &list) {
            const qsizetype i = indexOf(list, subscription.url);
            listed = i >= 0;
            if (listed)
                list[i] = subscription;
            return listed;
        },
        error);
    if (written && !listed)
        *error = QCoreApplication::translate("SubscriptionStore", "%1 is not subscribed")
                     .arg(subscription.url.toDisplayString());
    return written && listed;
}

bool SubscriptionStore::writeCopy(const QUrl &url, const QByteArray &bytes, QString *error) const
{
    return writeAtomically(copyPath(url), bytes, error);
}

QByteArray SubscriptionStore::readCopy(const QUrl &url, QString *error) const
{
    QFile file(copyPath(url));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SubscriptionStore", "%1 cannot be read: %2")
                     .arg(file.fileName(), file.errorString());
        return {};
    }
    if (file.size() > CatalogFetcher::kMaxBytes) {
        *error = QCoreApplication::translate("SubscriptionStore", "%1 is larger than a download may be")
                     .arg(file.fileName());
        return {};
    }
    error->clear();
    return file.readAll();
}

void SubscriptionStore::layerInto(Catalog *catalog, QStringList *messages) const
{
    QString listMessage;
    const QList<Subscription> list = load(&listMessage);
    if (!listMessage.isEmpty())
        messages->append(listMessage);
    QList<QUrl> damaged;
    for (const Subscription &s : std::as_const(list)) {
        if (!s.hasCopy())
            continue;
        QString error;
        const QByteArray bytes = readCopy(s.url, &error);
        if (error.isEmpty() && catalog->addJson(bytes, s.url.toDisplayString(), &error))
            continue;
        const QString aside = QFile::exists(copyPath(s.url)) ? setAside(copyPath(s.url)) : QString();
        messages->append(aside.isEmpty()
                             ? QCoreApplication::translate("SubscriptionStore",
                                                           "The saved copy of %1 could not be used (%2); it will be "
                                                           "downloaded again at the next update.")
                                   .arg(s.url.toDisplayString(), error)
                             : QCoreApplication::translate("SubscriptionStore",
                                                           "The saved copy of %1 could not be used (%2); it was set "
                                                           "aside as %3 and will be downloaded again at the next "
                                                           "update.")
                                   .arg(s.url.toDisplayString(), error, aside));
        damaged << s.url;
    }
    // Only the records of the copies set aside change: whatever another process wrote meanwhile is kept.
    const auto forget = [&damaged](QList<Subscription> &current) {
        for (Subscription &s : current) {
            if (!damaged.contains(s.url))
                continue;
            s.state = Subscription::State::Failed;
            s.failure = QCoreApplication::translate("SubscriptionStore", "the saved copy was damaged and set aside");
            s.fetched = QDateTime();
            s.etag.clear();
            s.lastModified.clear();
            s.sha256.clear();
            s.entries = 0;
            s.version.clear();
        }
        return true;
    };
    QString error;
    if (!damaged.isEmpty() && !change(forget, &error))
        messages->append(error);
}
