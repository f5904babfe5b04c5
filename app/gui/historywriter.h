// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "historyfile.h"

#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <optional>

class QObject;

// The history's worker: one request at a time, in order, on a thread of its own, so that the window's thread never
// waits for the lock file or the disk. A request made while another runs replaces any request still waiting (it
// holds all of its items). Shared with the running task, it outlives a store destroyed meanwhile.
class HistoryWriter final : public std::enable_shared_from_this<HistoryWriter>
{
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    // notify runs on receiver's thread, queued, each time an outcome is ready, until detach().
    HistoryWriter(QString path, QObject *receiver, std::function<void()> notify);
    ~HistoryWriter() = default;

    void submit(HistoryFile::Request request);
    // Waits until no request is running or waiting, up to msecs (-1: for ever). true when idle.
    bool waitUntilIdle(int msecs);
    bool idle();
    QList<HistoryFile::Outcome> takeOutcomes();
    void detach();

private:
    static void drain(const std::shared_ptr<HistoryWriter> &self);
    std::optional<HistoryFile::Request> next();
    void deliver(HistoryFile::Outcome outcome);

    const QString m_path;
    QMutex m_mutex;
    QWaitCondition m_idle;
    QObject *m_receiver;
    std::function<void()> m_notify;
    std::optional<HistoryFile::Request> m_waiting;
    QList<HistoryFile::Outcome> m_outcomes;
    bool m_busy = false;
};
