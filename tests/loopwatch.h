// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

// Watches the thread it is made on (the GUI thread in a window test): a 10 ms timer ticks while the event loop
// runs, and the longest gap between two ticks is how long the thread was held at once. A thread that blocks (on
// work, a lock or a sleep) for 200 ms shows a hold of at least 200 ms; one that only draws shows holds near 10 ms.
// On a machine shared with other work the thread also waits for a CPU now and then: that wait, which the kernel
// counts for each thread (/proc/thread-self/schedstat), is no hold of the program's and is taken off each gap.
class LoopWatch
{
public:
    static constexpr int kTickMs = 10;
    // The most the GUI thread may be held at once (issue 21: a window never blocks on a catalog).
    static constexpr qint64 kMaxHoldMs = 50;

    LoopWatch()
    {
        m_timer.setInterval(kTickMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 gapNs = m_clock.nsecsElapsed();
            const qint64 waitedNs = cpuWaitNs();
            m_clock.restart();
            m_longestGap = qMax(m_longestGap, gapNs / 1'000'000);
            m_longestHold = qMax(m_longestHold, qMax<qint64>(0, gapNs - (waitedNs - m_waitedNs)) / 1'000'000);
            m_waitedNs = waitedNs;
            ++m_ticks;
        });
        restart();
    }

    // Forgets what was measured and starts again from now.
    void restart()
    {
        m_longestGap = 0;
        m_longestHold = 0;
        m_ticks = 0;
        m_waitedNs = cpuWaitNs();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    // The longest time the thread was held between two ticks, less what it waited for a CPU.
    qint64 longestHoldMs() const { return m_longestHold; }
    // The same by the wall clock alone.
    qint64 longestGapMs() const { return m_longestGap; }
    int ticks() const { return m_ticks; }

    // How long this thread has waited, runnable, for a CPU since it started; 0 where the kernel does not say.
    static qint64 cpuWaitNs()
    {
        const int fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return 0;
        char text[128];
        const ssize_t n = ::read(fd, text, sizeof text - 1);
        ::close(fd);
        if (n <= 0)
            return 0;
        text[n] = '\0';
        unsigned long long running = 0;
        unsigned long long waiting = 0;
        return std::sscanf(text, "%llu %llu", &running, &waiting) == 2 ? qint64(waiting) : 0;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestGap = 0;
    qint64 m_longestHold = 0;
    qint64 m_waitedNs = 0;
    int m_ticks = 0;
};
