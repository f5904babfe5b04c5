// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

class QFileDevice;
class QLockFile;

struct HistoryItem
{
    QDateTime when;
    QString summary; // e.g. "403 DOMAINS_SITE_NOT_PERMITTED - Site does not belong to the account"
    QString text;    // the redacted input
};

// The history file itself, read and written by the history's worker thread (nothing here touches a QObject).
// Writes are atomic (QSaveFile) and serialised between windows and processes by a lock file; each write merges
// with what another instance may have written meanwhile. A file or an item that cannot be read is kept aside,
// never silently discarded.
class HistoryFile final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int kLockWaitMs = 5000;

    // What one window wants on disk: its items (newest first) merged with the file's, none older than its last
    // clear. A later request replaces an earlier one not yet taken up: it holds all of the earlier one's items.
    struct Request
    {
        QList<HistoryItem> items;
        QDateTime clearedAt;
        int limit = 200;
        bool write = false; // false: only read (and set aside what cannot be read)
        quint64 generation = 0;
    };
    struct Outcome
    {
        QList<HistoryItem> items; // the merged list, written or not
        QStringList problems;     // a file or items set aside
        QString failure;          // why nothing was written; empty when written (or when only reading)
        bool write = false;
        quint64 generation = 0;
    };

    static Outcome sync(const QString &path, const Request &request);

private:
    enum class ReadResult { Ok, Missing, Corrupt };
    struct OnDisk
    {
        QList<HistoryItem> items;
        QJsonArray unreadable; // items with an unreadable date or a value of the wrong type
        QDateTime clearedAt;   // the last clear, from any window or process
    };
    static ReadResult readFile(const QString &path, OnDisk *disk, QString *reason);
    static HistoryItem readItem(const QJsonValue &value, bool *readable);
    static QList<HistoryItem> merge(const OnDisk &disk, const Request &request, QDateTime *clearedAt);
    static bool keepUnreadableAside(const QString &path, const QJsonArray &unreadable, QString *message);
    static QString lockProblem(const QLockFile &lock, const QString &path);
    static QString setAside(const QString &path, const QString &reason);
    static bool writeFile(const QString &path, const QList<HistoryItem> &items, const QDateTime &clearedAt,
                          QString *error);
    // Reads without the lock and merges what could be read; false when something had to be set aside.
    static bool readClean(const QString &path, const Request &request, Outcome *outcome);
    static void syncLocked(const QString &path, const Request &request, Outcome *outcome);
};
