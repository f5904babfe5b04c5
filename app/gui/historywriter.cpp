// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "historywriter.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QThreadPool>

namespace {

// One thread for every history in the process: requests run in the order they were made, and two stores on one
// file never wait for each other's lock.
QThreadPool *historyThread()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: a write may outlast every store
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

} // namespace

HistoryWriter::HistoryWriter(QString path, QObject *receiver, std::function<void()> notify)
    : m_path(std::move(path)), m_receiver(receiver), m_notify(std::move(notify))
{}

void HistoryWriter::submit(HistoryFile::Request request)
{
    const QMutexLocker locker(&m_mutex);
    m_waiting = std::move(request);
    if (m_busy)
        return; // the running task takes it up next
    m_busy = true;
    historyThread()->start([self = shared_from_this()] { drain(self); });
}

void HistoryWriter::drain(const std::shared_ptr<HistoryWriter> &self)
{
    while (const std::optional<HistoryFile::Request> request = self->next())
        self->deliver(HistoryFile::sync(self->m_path, *request));
}

std::optional<HistoryFile::Request> HistoryWriter::next()
{
    const QMutexLocker locker(&m_mutex);
    if (!m_waiting) {
        m_busy = false;
        m_idle.wakeAll();
    }
    return std::exchange(m_waiting, std::nullopt);
}

void HistoryWriter::deliver(HistoryFile::Outcome outcome)
{
    const QMutexLocker locker(&m_mutex);
    m_outcomes.append(std::move(outcome));
    // Under the lock: detach() cannot return, and the receiver go away, between this test and the call.
    if (m_receiver)
        QMetaObject::invokeMethod(m_receiver, m_notify, Qt::QueuedConnection);
}

bool HistoryWriter::waitUntilIdle(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    const QMutexLocker locker(&m_mutex);
    while (m_busy) {
        if (!m_idle.wait(&m_mutex, deadline))
            break;
    }
    return !m_busy;
}

bool HistoryWriter::idle()
{
    const QMutexLocker locker(&m_mutex);
    return !m_busy;
}

QList<HistoryFile::Outcome> HistoryWriter::takeOutcomes()
{
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_outcomes, {});
}

void HistoryWriter::detach()
{
    const QMutexLocker locker(&m_mutex);
    m_receiver = nullptr;
}
