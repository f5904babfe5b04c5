// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "historyfile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class HistoryWriter;

// Recent diagnoses, persisted as JSON (see HistoryFile). The list changes at once; reading and writing the file
// run on a worker thread, in order, and each write's outcome comes back by signal: the window's thread never waits
// for the disk or for another window's lock.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr qsizetype kMaxItemChars = 256 * 1024;
    // How long closing waits for writes under way: a lock held by another window, and the write after it.
    static constexpr int kFlushWaitMs = HistoryFile::kLockWaitMs + 1000;

    explicit HistoryStore(QString path, QObject *parent = nullptr);
    // Waits up to kFlushWaitMs for writes under way; a write that outlasts the store still ends safely.
    ~HistoryStore() override;

    // Reads the file and waits for it. Returns a message for the user when the file had to be set aside.
    QString load();
    // Reads the file on the worker: items() hold only what was added meanwhile until changed() is emitted. A file
    // set aside is reported by loadProblem.
    void startLoading();
    // Shows the item at once and writes it on the worker; saved() or writeFailed() tell how that went. false, with
    // the reason in error, only when the item is refused (too large).
    bool add(const HistoryItem &item, QString *error);
    // Empties the list at once and writes that on the worker. A clear wins over older items from any window.
    void clear();
    // Waits up to msecs for the writes under way and delivers their signals now. true when nothing is pending.
    bool waitForWrites(int msecs = kFlushWaitMs);
    // Writes again what could not be written, waits (up to msecs), and returns why something is still not on disk
    // (empty when everything is).
    QString flush(int msecs = kFlushWaitMs);
    void setLimit(int limit);
    int limit() const { return m_limit; }
    const QList<HistoryItem> &items() const { return m_items; }
    const QString &path() const { return m_path; }

signals:
    void changed();
    // The file or items in it could not be read and were set aside (at load or at a later write).
    void loadProblem(const QString &message);
    void saved();
    // Nothing was written; the items stay in the list and go with the next write.
    void writeFailed(const QString &reason);

private:
    void submit(bool write);
    QStringList collect();
    void apply(const HistoryFile::Outcome &outcome);

    QString m_path;
    int m_limit = 200;
    QList<HistoryItem> m_items; // newest first
    QDateTime m_clearedAt;      // this window's last clear
    quint64 m_generation = 0;   // of the latest request
    bool m_unsaved = false;     // the latest state is not known to be on disk
    QString m_lastFailure;
    std::shared_ptr<HistoryWriter> m_writer;
};
