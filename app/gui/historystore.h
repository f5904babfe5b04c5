// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

struct HistoryItem
{
    QDateTime when;
    QString summary; // e.g. "403 DOMAINS_SITE_NOT_PERMITTED - Site does not belong to the account"
    QString text;    // the redacted input
};

// Recent diagnoses, persisted as JSON. Writes are atomic (QSaveFile) and serialised between windows and
// processes by a lock file; each write merges with what another instance may have written meanwhile. A file that
// cannot be read is kept aside, never silently discarded.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr qsizetype kMaxItemChars = 256 * 1024;

    explicit HistoryStore(QString path, QObject *parent = nullptr);

    // Returns a message for the user when the file had to be set aside, empty otherwise.
    QString load();
    bool add(const HistoryItem &item, QString *error);
    bool clear(QString *error);
    void setLimit(int limit);
    int limit() const { return m_limit; }
    const QList<HistoryItem> &items() const { return m_items; }
    const QString &path() const { return m_path; }

signals:
    void changed();

private:
    enum class ReadResult { Ok, Missing, Corrupt };
    ReadResult readFile(QList<HistoryItem> *items, QString *reason) const;
    bool writeFile(const QList<HistoryItem> &items, QString *error) const;
    QString setAside(const QString &reason);

    QString m_path;
    int m_limit = 200;
    QList<HistoryItem> m_items; // newest first
};
