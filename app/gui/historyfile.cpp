// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "historyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStorageInfo>

#include "safesave.h"

#include <algorithm>

namespace {

bool sameItem(const HistoryItem &a, const HistoryItem &b)
{
    return a.when == b.when && a.text == b.text;
}

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

} // namespace

HistoryItem HistoryFile::readItem(const QJsonValue &value, bool *readable)
{
    const QJsonObject o = value.toObject();
    const QJsonValue summary = o.value(QStringLiteral("summary"));
    const QJsonValue text = o.value(QStringLiteral("text"));
    HistoryItem item{QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs),
                     summary.toString(), text.toString()};
    *readable = item.when.isValid() && text.isString() && (summary.isString() || summary.isUndefined());
    return item;
}

HistoryFile::ReadResult HistoryFile::readFile(const QString &path, OnDisk *disk, QString *reason)
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
        bool readable = false;
        const HistoryItem item = readItem(v, &readable);
        // An item this version cannot read is not dropped: the caller keeps it aside.
        if (readable)
            disk->items.append(item);
        else
            disk->unreadable.append(v);
    }
    return ReadResult::Ok;
}

QList<HistoryItem> HistoryFile::merge(const OnDisk &disk, const Request &request, QDateTime *clearedAt)
{
    // Another window or process may have added items since this one last read the file, or cleared it.
    *clearedAt = later(disk.clearedAt, request.clearedAt);
    QList<HistoryItem> merged;
    for (const QList<HistoryItem> *list : {&request.items, &disk.items}) {
        for (const HistoryItem &i : *list) {
            // A clear wins over every item older than it, from whichever window still holds one.
            const bool cleared = clearedAt->isValid() && i.when <= *clearedAt;
            const bool known =
                std::any_of(merged.cbegin(), merged.cend(), [&](const HistoryItem &m) { return sameItem(m, i); });
            if (!known && !cleared)
                merged.append(i);
        }
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const HistoryItem &a, const HistoryItem &b) { return a.when > b.when; });
    return merged.mid(0, request.limit);
}

bool HistoryFile::keepUnreadableAside(const QString &path, const QJsonArray &unreadable, QString *message)
{
    if (unreadable.isEmpty())
        return true;
    const QString aside = path + QStringLiteral(".unreadable-items-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("items"), unreadable}}).toJson();
    QString problem;
    if (!SafeSave::write(aside, bytes, &problem)) {
        *message = tr("%n history item(s) could not be read (a date or a value of the wrong type) and could not be "
                      "kept aside either: %1.",
                      nullptr, int(unreadable.size()))
                       .arg(problem);
        return false;
    }
    *message = tr("%n history item(s) could not be read (a date or a value of the wrong type); they were kept in %1.",
                  nullptr, int(unreadable.size()))
                   .arg(aside);
    return true;
}

QString HistoryFile::lockProblem(const QLockFile &lock, const QString &path)
{
    const QStorageInfo storage(folderOf(path));
    if (storage.isValid() && storage.bytesAvailable() < 4096)
        return tr("the disk is full (%1)").arg(storage.rootPath());
    const QFileInfo folder(folderOf(path));
    if (!folder.isWritable())
        return tr("the folder %1 cannot be written to").arg(QDir::toNativeSeparators(folder.filePath()));
    switch (lock.error()) {
    case QLockFile::LockFailedError:
        return tr("the history file is locked by another window");
    case QLockFile::PermissionError:
        return tr("the folder %1 cannot be written to").arg(QDir::toNativeSeparators(folder.filePath()));
    default:
        return tr("the history lock file could not be created");
    }
}

bool HistoryFile::writeFile(const QString &path, const QList<HistoryItem> &items, const QDateTime &clearedAt,
                            QString *error)
{
    QJsonArray array;
    for (const HistoryItem &i : items) {
        array.append(QJsonObject{{QStringLiteral("when"), i.when.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("summary"), i.summary},
                                 {QStringLiteral("text"), i.text}});
    }
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("items"), array}};
    if (clearedAt.isValid())
        root.insert(QStringLiteral("clearedAt"), clearedAt.toString(Qt::ISODateWithMs));
    return SafeSave::write(path, QJsonDocument(root).toJson(), error);
}

QString HistoryFile::setAside(const QString &path, const QString &reason)
{
    const QString aside = SafeSave::setAside(path, u"unreadable");
    if (aside.isEmpty()) {
        return tr("The history file %1 could not be read (%2) and could not be moved aside either; history is not "
                  "saved this session.")
            .arg(path, reason);
    }
    return tr("The history file could not be read (%1). It was kept as %2 and a new history was started.")
        .arg(reason, aside);
}

HistoryFile::Outcome HistoryFile::sync(const QString &path, const Request &request)
{
    // Writers replace the file in one rename (QSaveFile), so reading needs no lock; writing and setting a file or
    // items aside do, and read again under it in case another window has just replaced the file.
    Outcome outcome;
    outcome.write = request.write;
    outcome.generation = request.generation;
    if (!request.write && readClean(path, request, &outcome))
        return outcome;
    if (QString problem; !SafeSave::makeFolderFor(path, &problem)) {
        readClean(path, request, &outcome); // what to show, though nothing can be written
        if (request.write)
            outcome.failure = problem;
        return outcome;
    }
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockWaitMs)) {
        readClean(path, request, &outcome);
        if (request.write)
            outcome.failure = lockProblem(lock, path);
        return outcome; // a read only: what cannot be read is set aside by the next write
    }
    syncLocked(path, request, &outcome);
    return outcome;
}

bool HistoryFile::readClean(const QString &path, const Request &request, Outcome *outcome)
{
    OnDisk disk;
    QString reason;
    const bool clean = readFile(path, &disk, &reason) != ReadResult::Corrupt && disk.unreadable.isEmpty();
    QDateTime clearedAt;
    outcome->items = merge(clean ? disk : OnDisk{}, request, &clearedAt);
    return clean;
}

void HistoryFile::syncLocked(const QString &path, const Request &request, Outcome *outcome)
{
    OnDisk disk;
    QString reason;
    if (readFile(path, &disk, &reason) == ReadResult::Corrupt) {
        outcome->problems << setAside(path, reason);
        disk = {};
    }
    QString aside;
    const bool keptAside = keepUnreadableAside(path, disk.unreadable, &aside);
    QDateTime clearedAt;
    outcome->items = merge(disk, request, &clearedAt);
    if (!keptAside) {
        // Writing now would drop the items that could not be kept aside.
        if (request.write)
            outcome->failure = aside;
        else
            outcome->problems << aside;
        return;
    }
    if (!aside.isEmpty())
        outcome->problems << aside;
    // Items kept aside are written out of the file at once, so that they are not kept aside twice.
    QString failure;
    if ((request.write || !disk.unreadable.isEmpty()) && !writeFile(path, outcome->items, clearedAt, &failure) &&
        request.write)
        outcome->failure = failure;
}
