// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace {

bool sameItem(const HistoryItem &a, const HistoryItem &b)
{
    return a.when == b.when && a.text == b.text;
}

} // namespace

HistoryStore::HistoryStore(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &HistoryStore::finishLoading);
}

HistoryStore::ReadResult HistoryStore::readFile(const QString &path, OnDisk *disk, QString *reason)
{
    QFile file(path);
    if (!file.exists())
        return ReadResult::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = file.errorString();
        return ReadResult::Corrupt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.object().value(QStringLiteral("items")).isArray()) {
        *reason = error.error != QJsonParseError::NoError ? error.errorString() : tr("no list of items");
        return ReadResult::Corrupt;
    }
    disk->clearedAt =
        QDateTime::fromString(doc.object().value(QStringLiteral("clearedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : doc.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue summary = o.value(QStringLiteral("summary"));
        const QJsonValue text = o.value(QStringLiteral("text"));
        HistoryItem item{QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs),
                         summary.toString(), text.toString()};
        // An item this version cannot read is not dropped: the caller keeps it aside.
        if (item.when.isValid() && text.isString() && (summary.isString() || summary.isUndefined()))
            disk->items.append(item);
        else
            disk->unreadable.append(v);
    }
    return ReadResult::Ok;
}

QString HistoryStore::keepUnreadableAside(const QString &path, const QJsonArray &unreadable)
{
    if (unreadable.isEmpty())
        return {};
    const QString aside = path + QStringLiteral(".unreadable-items-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QSaveFile file(aside);
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("items"), unreadable}}).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return tr("%n history item(s) could not be read (a date or a value of the wrong type) and could not be kept "
                  "aside either: %1.",
                  nullptr, int(unreadable.size()))
            .arg(writeProblem(file, aside));
    }
    return tr("%n history item(s) could not be read (a date or a value of the wrong type); they were kept in %1.",
              nullptr, int(unreadable.size()))
        .arg(aside);
}

QString HistoryStore::writeProblem(const QFileDevice &file, const QString &path)
{
    // Plain words for the usual causes: a full disk, a folder that cannot be written to.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (file.error() == QFileDevice::ResourceError || (storage.isValid() && storage.bytesAvailable() < 4096))
        return tr("the disk is full (%1)").arg(storage.rootPath());
    if (file.error() == QFileDevice::OpenError || file.error() == QFileDevice::PermissionsError) {
        return tr("the folder %1 cannot be written to (%2)")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()), file.errorString());
    }
    return file.errorString();
}

QString HistoryStore::lockProblem(const QLockFile &lock) const
{
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 4096)
        return tr("the disk is full (%1)").arg(storage.rootPath());
    const QFileInfo folder(QFileInfo(m_path).absolutePath());
    if (!folder.isWritable())
        return tr("the folder %1 cannot be written to").arg(QDir::toNativeSeparators(folder.filePath()));
    switch (lock.error()) {
    case QLockFile::LockFailedError:
        return tr("the history file is locked by another window");
    case QLockFile::PermissionError:
        return tr("the folder %1 cannot be written to").arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
    default:
        return tr("the history lock file could not be created");
    }
}

bool HistoryStore::writeFile(const QList<HistoryItem> &items, const QDateTime &clearedAt, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray array;
    for (const HistoryItem &i : items) {
        array.append(QJsonObject{{QStringLiteral("when"), i.when.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("summary"), i.summary},
                                 {QStringLiteral("text"), i.text}});
    }
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("items"), array}};
    if (clearedAt.isValid())
        root.insert(QStringLiteral("clearedAt"), clearedAt.toString(Qt::ISODateWithMs));
    const QByteArray bytes = QJsonDocument(root).toJson();
    // Every step is checked: a failed write is cancelled and the old file stays as it was.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeProblem(file, m_path);
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = writeProblem(file, m_path);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = writeProblem(file, m_path);
        return false;
    }
    return true;
}

QString HistoryStore::setAside(const QString &path, const QString &reason)
{
    const QString aside = path + QStringLiteral(".unreadable-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside)) {
        return tr("The history file %1 could not be read (%2) and could not be moved aside either; history is not "
                  "saved this session.")
            .arg(path, reason);
    }
    return tr("The history file could not be read (%1). It was kept as %2 and a new history was started.")
        .arg(reason, aside);
}

HistoryStore::Loaded HistoryStore::readOrSetAside(const QString &path)
{
    // Writers replace the file in one rename (QSaveFile), so reading needs no lock; setting a file or items aside
    // does, and reads again under it in case another window has just replaced the file.
    Loaded loaded;
    QString reason;
    OnDisk disk;
    if (readFile(path, &disk, &reason) != ReadResult::Corrupt && disk.unreadable.isEmpty()) {
        loaded.items = disk.items;
        return loaded;
    }
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.tryLock(2000);
    disk = {};
    if (readFile(path, &disk, &reason) == ReadResult::Corrupt) {
        loaded.problem = setAside(path, reason);
        return loaded;
    }
    loaded.items = disk.items;
    loaded.problem = keepUnreadableAside(path, disk.unreadable);
    return loaded;
}

QString HistoryStore::load()
{
    m_loading = {};
    const Loaded loaded = readOrSetAside(m_path);
    apply(loaded);
    return loaded.problem;
}

void HistoryStore::startLoading()
{
    m_loading = QtConcurrent::run(&HistoryStore::readOrSetAside, m_path);
    m_loadWatcher.setFuture(m_loading);
}

void HistoryStore::finishLoading()
{
    if (!m_loading.isValid()) // already finished, by add() or clear() waiting for it
        return;
    const Loaded loaded = m_loading.result();
    m_loading = {};
    apply(loaded);
    if (!loaded.problem.isEmpty())
        emit loadProblem(loaded.problem);
}

void HistoryStore::apply(const Loaded &loaded)
{
    m_items = loaded.items.mid(0, m_limit);
    emit changed();
}

bool HistoryStore::add(const HistoryItem &item, QString *error)
{
    if (item.text.size() > kMaxItemChars) {
        *error = tr("not kept in history: the input is larger than %1 KiB").arg(kMaxItemChars / 1024);
        return false;
    }
    finishLoading();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        *error = lockProblem(lock);
        return false;
    }
    // Merge: another window or process may have added items since this one last read the file, or cleared it.
    OnDisk disk;
    QString reason;
    QStringList notes;
    if (readFile(m_path, &disk, &reason) == ReadResult::Corrupt) {
        notes << setAside(m_path, reason);
        disk = {};
    }
    notes << keepUnreadableAside(m_path, disk.unreadable);
    QList<HistoryItem> merged{item};
    for (const QList<HistoryItem> *list : {&disk.items, &m_items}) {
        for (const HistoryItem &i : *list) {
            // A clear wins over every item older than it, from whichever window still holds one.
            const bool cleared = disk.clearedAt.isValid() && i.when <= disk.clearedAt;
            const bool known =
                std::any_of(merged.cbegin(), merged.cend(), [&](const HistoryItem &m) { return sameItem(m, i); });
            if (!known && !cleared)
                merged.append(i);
        }
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const HistoryItem &a, const HistoryItem &b) { return a.when > b.when; });
    merged = merged.mid(0, m_limit);
    notes.removeAll(QString());
    if (!writeFile(merged, disk.clearedAt, error))
        return false;
    *error = notes.join(u' ');
    m_items = merged;
    emit changed();
    return true;
}

bool HistoryStore::clear(QString *error)
{
    finishLoading();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        *error = lockProblem(lock);
        return false;
    }
    // The time of the clear is kept: items older than it, still held by other windows, never come back.
    OnDisk disk;
    QString reason;
    readFile(m_path, &disk, &reason);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime clearedAt = disk.clearedAt.isValid() && disk.clearedAt > now ? disk.clearedAt : now;
    QList<HistoryItem> newer; // added by another process after this clear's clock reading: kept
    for (const HistoryItem &i : std::as_const(disk.items)) {
        if (i.when > clearedAt)
            newer.append(i);
    }
    if (!writeFile(newer, clearedAt, error))
        return false;
    m_items = newer;
    emit changed();
    return true;
}

void HistoryStore::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    if (m_items.size() > m_limit) {
        m_items.resize(m_limit);
        emit changed();
    }
}
