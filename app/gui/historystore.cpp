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

HistoryStore::ReadResult HistoryStore::readFile(const QString &path, QList<HistoryItem> *items, QString *reason)
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
    for (const QJsonValue &v : doc.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        HistoryItem item{QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs),
                         o.value(QStringLiteral("summary")).toString(), o.value(QStringLiteral("text")).toString()};
        if (item.when.isValid())
            items->append(item);
    }
    return ReadResult::Ok;
}

bool HistoryStore::writeFile(const QList<HistoryItem> &items, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray array;
    for (const HistoryItem &i : items) {
        array.append(QJsonObject{{QStringLiteral("when"), i.when.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("summary"), i.summary},
                                 {QStringLiteral("text"), i.text}});
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("items"), array}}).toJson());
    if (!file.commit()) {
        *error = file.errorString();
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
    // Writers replace the file in one rename (QSaveFile), so reading needs no lock; setting a file aside does,
    // and reads again under it in case another window has just replaced the file.
    Loaded loaded;
    QString reason;
    if (readFile(path, &loaded.items, &reason) != ReadResult::Corrupt)
        return loaded;
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.tryLock(2000);
    loaded.items.clear();
    if (readFile(path, &loaded.items, &reason) == ReadResult::Corrupt)
        loaded.problem = setAside(path, reason);
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
        *error = tr("the history file is locked by another window");
        return false;
    }
    // Merge: another window or process may have added items since this one last read the file.
    QList<HistoryItem> onDisk;
    QString reason;
    if (readFile(m_path, &onDisk, &reason) == ReadResult::Corrupt) {
        *error = setAside(m_path, reason);
        onDisk.clear();
    }
    QList<HistoryItem> merged{item};
    for (const QList<HistoryItem> *list : {&onDisk, &m_items}) {
        for (const HistoryItem &i : *list) {
            const bool known =
                std::any_of(merged.cbegin(), merged.cend(), [&](const HistoryItem &m) { return sameItem(m, i); });
            if (!known)
                merged.append(i);
        }
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const HistoryItem &a, const HistoryItem &b) { return a.when > b.when; });
    merged = merged.mid(0, m_limit);
    if (!writeFile(merged, error))
        return false;
    m_items = merged;
    emit changed();
    return true;
}

bool HistoryStore::clear(QString *error)
{
    finishLoading();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.tryLock(5000);
    if (!writeFile({}, error))
        return false;
    m_items.clear();
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
