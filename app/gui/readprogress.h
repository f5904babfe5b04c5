// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>

#include <functional>

// A file that tells how far it has been read: the reader streams a large file in blocks, and each block read is
// reported (on the reading thread) as the bytes read so far.
class ProgressFile final : public QFile
{
public:
    using Report = std::function<void(qint64 bytesRead)>;

    ProgressFile(const QString &path, Report report);
    ~ProgressFile() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    Report m_report;
    qint64 m_read = 0;
};

namespace ReadProgress {

// The progress bar's units: KiB, so that a file of up to 2 TiB fits the bar's int.
int units(qint64 bytes);

// "41.2 MB of 173.0 MB read · about 12 seconds left": the estimate is said once the reading has run long enough to
// have a pace (elapsedMs of the reading so far); none before, none at the end.
QString text(qint64 bytesRead, qint64 total, qint64 elapsedMs);

} // namespace ReadProgress
