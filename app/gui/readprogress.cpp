// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "readprogress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtMath>

#include <limits>

ProgressFile::ProgressFile(const QString &path, Report report) : QFile(path), m_report(std::move(report)) {}

ProgressFile::~ProgressFile() = default;

qint64 ProgressFile::readData(char *data, qint64 maxSize)
{
    const qint64 n = QFile::readData(data, maxSize);
    if (n > 0 && m_report) {
        m_read += n;
        m_report(m_read);
    }
    return n;
}

namespace ReadProgress {

namespace {

// Below this much reading the pace is not known well enough to say when it ends.
constexpr qint64 kPaceAfterMs = 1000;

QString timeLeft(qint64 bytesRead, qint64 total, qint64 elapsedMs)
{
    if (elapsedMs < kPaceAfterMs || bytesRead <= 0 || bytesRead >= total)
        return {};
    const double seconds = double(elapsedMs) / 1000.0 * double(total - bytesRead) / double(bytesRead);
    const int wholeSeconds = qMax(1, qCeil(seconds));
    if (seconds < 90)
        return QCoreApplication::translate("ReadProgress", "about %n second(s) left", nullptr, wholeSeconds);
    const int minutes = qCeil(seconds / 60);
    return QCoreApplication::translate("ReadProgress", "about %n minute(s) left", nullptr, minutes);
}

} // namespace

int units(qint64 bytes)
{
    return int(qMin<qint64>(bytes / 1024, std::numeric_limits<int>::max()));
}

QString text(qint64 bytesRead, qint64 total, qint64 elapsedMs)
{
    const QLocale locale;
    const QString amount = QCoreApplication::translate("ReadProgress", "%1 of %2 read")
                               .arg(locale.formattedDataSize(qMin(bytesRead, total)), locale.formattedDataSize(total));
    const QString left = timeLeft(bytesRead, total, elapsedMs);
    return left.isEmpty() ? amount : QCoreApplication::translate("ReadProgress", "%1 · %2").arg(amount, left);
}

} // namespace ReadProgress
