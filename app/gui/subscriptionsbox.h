// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogupdater.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Settings > Catalog subscriptions: the URLs, in layer order, each with its version, entries, when it was last
// checked and changed, and how the last check went; add, remove, reorder, "Update now". The list follows the
// dialog's rule: what is added is fetched at once (to show how it goes) but kept only by commit(); a removal waits
// for commit(); revert() puts the list back as it was when the box opened, order included.
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
    // Adds a subscription and fetches it; false when the address is refused: it stays in the address field, with
    // the reason beside it.
    bool addUrl(const QString &text);
    // Keeps the changes (the dialog's OK) or undoes them (Cancel).
    void commit();
    void revert();
    // Whether the catalog layers may have changed since the box was opened.
    bool catalogChanged() const { return m_changed; }

signals:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showRefusal(const QString &reason);
    void removeCurrent();
    void move(int by);
    void connectControls();
    void onChecking(const QUrl &url);
    void onFinished(const CatalogUpdater::UpdateReport &outcome);
    QUrl currentUrl() const;

    CatalogUpdater *m_updater;
    QTreeWidget *m_list;
    QLineEdit *m_urlEdit;
    QLabel *m_refusal;
    QLabel *m_details; // the current subscription's address and state in full, as a narrow column cuts them
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_update;
    QCheckBox *m_startup;
    QUrl m_checking;
    QList<QUrl> m_opened;  // the list as the box opened, in its order
    QList<QUrl> m_removed; // removed since, not yet taken from the store
    bool m_changed = false;
};
