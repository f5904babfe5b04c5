// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "historywriter.h"

#include <algorithm>

namespace {

bool sameItems(const QList<HistoryItem> &a, const QList<HistoryItem> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const HistoryItem &x, const HistoryItem &y) {
        return x.when == y.when && x.summary == y.summary && x.text == y.text;
    });
}

} // namespace

HistoryStore::HistoryStore(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)),
      m_writer(std::make_shared<HistoryWriter>(m_path, this, [this] { collect(); }))
{}

HistoryStore::~HistoryStore()
{
    // No signal from here: whoever needs to hear how the last write went calls flush() first.
    if (!m_writer->waitUntilIdle(kFlushWaitMs))
        qWarning("The history was still being written to %s when it closed", qPrintable(m_path));
    m_writer->detach();
}

QString HistoryStore::load()
{
    submit(false);
    m_writer->waitUntilIdle(-1);
    return collect().join(u' ');
}

void HistoryStore::startLoading()
{
    submit(false);
}

bool HistoryStore::add(const HistoryItem &item, QString *error)
{
    if (item.text.size() > kMaxItemChars) {
        *error = tr("not kept in history: the input is larger than %1 KiB").arg(kMaxItemChars / 1024);
        return false;
    }
    HistoryItem added = item;
    // An item added after a clear lands after it, even with a clock reading from the same millisecond.
    if (m_clearedAt.isValid() && added.when <= m_clearedAt)
        added.when = m_clearedAt.addMSecs(1);
    const auto newer = [&added](const HistoryItem &i) { return i.when > added.when; };
    m_items.insert(std::find_if_not(m_items.begin(), m_items.end(), newer), added);
    if (m_items.size() > m_limit)
        m_items.resize(m_limit);
    emit changed();
    submit(true);
    return true;
}

void HistoryStore::clear()
{
    // Everything shown goes, even an item stamped a moment ahead of this clock.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_items.isEmpty())
        now = std::max(now, m_items.front().when);
    m_clearedAt = m_clearedAt.isValid() ? std::max(m_clearedAt, now) : now;
    m_items.clear();
    emit changed();
    submit(true);
}

void HistoryStore::submit(bool write)
{
    // A state not yet on disk is written with any later request, a read included: nothing waits to be retried by
    // hand, and no write is replaced by a read.
    m_unsaved = m_unsaved || write;
    m_writer->submit({m_items, m_clearedAt, m_limit, m_unsaved, ++m_generation});
}

QStringList HistoryStore::collect()
{
    const QList<HistoryFile::Outcome> outcomes = m_writer->takeOutcomes();
    for (const HistoryFile::Outcome &outcome : outcomes) {
        if (outcome.generation == m_generation) // an earlier outcome's items are in the later one's
            apply(outcome);
    }
    QStringList problems;
    for (const HistoryFile::Outcome &outcome : outcomes) {
        problems << outcome.problems;
        for (const QString &problem : outcome.problems)
            emit loadProblem(problem);
        if (outcome.write && outcome.failure.isEmpty())
            emit saved();
        else if (outcome.write)
            emit writeFailed(outcome.failure);
    }
    return problems;
}

void HistoryStore::apply(const HistoryFile::Outcome &outcome)
{
    if (outcome.write) {
        m_unsaved = !outcome.failure.isEmpty();
        m_lastFailure = outcome.failure;
    }
    const QList<HistoryItem> items = outcome.items.mid(0, m_limit);
    if (sameItems(items, m_items))
        return;
    m_items = items;
    emit changed();
}

bool HistoryStore::waitForWrites(int msecs)
{
    const bool idle = m_writer->waitUntilIdle(msecs);
    collect();
    return idle;
}

QString HistoryStore::flush(int msecs)
{
    collect();
    if (m_unsaved && m_writer->idle())
        submit(true); // what failed before, once more
    if (!waitForWrites(msecs))
        return tr("the history file is still busy");
    return m_unsaved ? m_lastFailure : QString();
}

void HistoryStore::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    if (m_items.size() > m_limit) {
        m_items.resize(m_limit);
        emit changed();
    }
}
