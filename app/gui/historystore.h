// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QFileDevice>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>

struct HistoryItem
{
    QDateTime when;
    QString summary; // e.g. "403 DOMAINS_SITE_NOT_PERMITTED - Site does not belong to the account"
    QString text;    // the redacted input
};

// Recent diagnoses, persisted as JSON. Writes are atomic (QSaveFile) and serialised between windows and
// processes by a lock file; each write merges with what another instance may have written meanwhile. A file that
// cannot be read is kept aside, never silently discarded.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr qsizetype kMaxItemChars = 256 * 1024;

    explicit HistoryStore(QString path, QObject *parent = nullptr);

    // Reads the file here and now. Returns a message for the user when the file had to be set aside, empty
    // otherwise.
    QString load();
    // Reads the file on a worker thread: the window need not wait for a long history. items() stay empty until
    // changed() is emitted; add() and clear() wait for the read first. A file set aside is reported by loadProblem.
    void startLoading();
    // false with the reason in error when nothing was written (the old file is then kept as it was); true, with
    // error holding a note or nothing, when the item was saved.
    bool add(const HistoryItem &item, QString *error);
    bool clear(QString *error);
    void setLimit(int limit);
    int limit() const { return m_limit; }
    const QList<HistoryItem> &items() const { return m_items; }
    const QString &path() const { return m_path; }

signals:
    void changed();
    void loadProblem(const QString &message);

private:
    enum class ReadResult { Ok, Missing, Corrupt };
    struct OnDisk
    {
        QList<HistoryItem> items;
        QJsonArray unreadable; // items with an unreadable date or a value of the wrong type
        QDateTime clearedAt;   // the last clear, from any window or process
    };
    struct Loaded
    {
        QList<HistoryItem> items;
        QString problem;
    };
    // Static: they run on the loading thread too.
    static ReadResult readFile(const QString &path, OnDisk *disk, QString *reason);
    static QString keepUnreadableAside(const QString &path, const QJsonArray &unreadable);
    static QString writeProblem(const QFileDevice &file, const QString &path);
    QString lockProblem(const QLockFile &lock) const;
    static QString setAside(const QString &path, const QString &reason);
    static Loaded readOrSetAside(const QString &path);
    bool writeFile(const QList<HistoryItem> &items, const QDateTime &clearedAt, QString *error) const;
    void finishLoading();
    void apply(const Loaded &loaded);

    QString m_path;
    int m_limit = 200;
    QList<HistoryItem> m_items; // newest first
    QFuture<Loaded> m_loading;
    QFutureWatcher<Loaded> m_loadWatcher;
};
