// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "rdapbootstrap.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

// The RDAP bootstrap file kept current as a catalog subscription is: downloaded from a configured address (IANA's
// by default), checked to be an RFC 9224 bootstrap file with a publication date, written whole or not at all
// (SafeSave) when there is no saved copy or it is newer than the saved one, and used instead of the embedded file,
// which is only a subset of IANA's. The override table is consulted after whichever is used.
class RdapBootstrapStore
{
public:
    // A saved copy younger than this is not downloaded again.
    static constexpr int kRefreshDays = 7;

    static QString defaultPath(); // in the program's data folder
    static QUrl ianaUrl();        // https://data.iana.org/rdap/dns.json

    explicit RdapBootstrapStore(const QString &path = defaultPath()) : m_path(path) {}

    // The saved bootstrap file when there is a valid one, else the embedded one, with the override table after it;
    // *origin says which ("embedded", or the saved file's path).
    RdapBootstrap current(QString *origin = nullptr) const;
    // Whether the saved copy is missing or older than kRefreshDays (by the time it was last checked).
    bool isDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    enum class Saved { Newer, NotNewer, Invalid, WriteFailed };
    // Keeps json when it is a valid bootstrap file and the saved copy is missing or older; a copy not newer only
    // marks the check (isDue turns false). *error says why not, in plain words, for Invalid and WriteFailed.
    Saved save(const QByteArray &json, QString *error) const;

    // A bootstrap file as RFC 9224 section 4 has it: version "1.0", a publication date, a services array with
    // at least one service. Empty with *error set otherwise.
    static RdapBootstrap validated(const QByteArray &json, QString *error);

private:
    RdapBootstrap saved() const; // empty when there is none or it is not valid

    QString m_path;
};
