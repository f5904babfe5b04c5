// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "safesave.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace {

constexpr qint64 kFullDiskBytes = 4096;

} // namespace

// Plain words for the usual causes: a full disk, a folder that cannot be written to.
QString SafeSave::problem(const QFileDevice &file, const QString &folder)
{
    const QStorageInfo storage(folder);
    if (file.error() == QFileDevice::ResourceError || (storage.isValid() && storage.bytesAvailable() < kFullDiskBytes))
        return tr("the disk is full (%1)").arg(storage.rootPath());
    if (file.error() == QFileDevice::OpenError || file.error() == QFileDevice::PermissionsError)
        return tr("the folder %1 cannot be written to (%2)").arg(QDir::toNativeSeparators(folder), file.errorString());
    return file.errorString();
}

bool SafeSave::makeFolderFor(const QString &path, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QDir().mkpath(folder))
        return true;
    *error = tr("the folder %1 could not be created").arg(QDir::toNativeSeparators(folder));
    return false;
}

bool SafeSave::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = problem(file, folder);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) { // commit syncs the new file before the rename; on failure the old one stays
        *error = problem(file, folder);
        return false;
    }
    return true;
}

QString SafeSave::setAside(const QString &path, QStringView label)
{
    const QString aside =
        path + u'.' + label + u'-' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss.zzz"));
    return QFile::rename(path, aside) ? aside : QString();
}
