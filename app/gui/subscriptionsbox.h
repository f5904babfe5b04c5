// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogupdater.h"

#include <QGroupBox>

class QCheckBox;
class QPushButton;
class QTreeWidget;

// Settings > Catalog subscriptions: the URLs, in layer order, each with its version, entries, when it was last
// checked and changed, and how the last check went; add, remove, reorder, "Update now". Changes to the list apply
// at once (they are files in the app data folder, shared with the command line).
class SubscriptionsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsBox)

public:
    enum Column { AddressColumn, VersionColumn, EntriesColumn, CheckedColumn, ChangedColumn, StateColumn };

    explicit SubscriptionsBox(CatalogUpdater *updater, QWidget *parent = nullptr);

    QCheckBox *startupBox() const { return m_startup; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *updateButton() const { return m_update; }
    // Adds a subscription and fetches it; false (and a message) when the address is refused.
    bool addUrl(const QString &text);
    // Whether the catalog layers may have changed since the box was opened.
    bool catalogChanged() const { return m_changed; }

signals:
    void statusMessage(const QString &text);

private:
    void refresh();
    void askForUrl();
    void removeCurrent();
    void move(int by);
    void onChecking(const QUrl &url);
    void onFinished(const CatalogUpdater::Outcome &outcome);
    QUrl currentUrl() const;

    CatalogUpdater *m_updater;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_update;
    QCheckBox *m_startup;
    QUrl m_checking;
    bool m_changed = false;
};
