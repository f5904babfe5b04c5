// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "subscriptionsbox.h"

#include "urlpolicy.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("\u2014");
}

} // namespace

SubscriptionsBox::SubscriptionsBox(CatalogUpdater *updater, QWidget *parent)
    : QGroupBox(tr("Catalog subscriptions"), parent), m_updater(updater), m_list(new QTreeWidget(this)),
      m_urlEdit(new QLineEdit(this)), m_refusal(new QLabel(this)), m_details(new QLabel(this)),
      m_add(new QPushButton(tr("A&dd"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_up(new QPushButton(tr("Move u&p"), this)), m_down(new QPushButton(tr("Move dow&n"), this)),
      m_update(new QPushButton(tr("Update n&ow"), this)),
      m_startup(new QCheckBox(tr("Check for updates at &start-up"), this))
{
    auto *hint = new QLabel(tr("Catalog files published at an https address, layered over the embedded catalog in "
                               "this order, before the team catalog files. The last good copy of each stays in use "
                               "until a valid one replaces it. Changes here are kept when you press OK."),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    m_list->setHeaderLabels(
        {tr("Address"), tr("Version"), tr("Entries"), tr("Last checked"), tr("Last changed"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Catalog subscriptions"));
    m_list->header()->setStretchLastSection(true);
    // The short columns are as wide as their header or values (a German "Zuletzt geändert" included); the address
    // and the state take the rest, and what they cut reads whole in the line below the list.
    for (const Column c : {VersionColumn, EntriesColumn, CheckedColumn, ChangedColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setTextFormat(Qt::PlainText); // the address and the server's reason come from outside
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::TabFocus);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://"));
    m_urlEdit->setAccessibleName(tr("Address of a catalog file to subscribe to"));
    m_refusal->setTextFormat(Qt::PlainText); // the address is the user's text
    m_refusal->setWordWrap(true);
    m_refusal->setVisible(false);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_urlEdit, 1);
    adding->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list);
    layout->addWidget(m_details);
    layout->addLayout(adding);
    layout->addWidget(m_refusal);
    layout->addLayout(buttons);
    layout->addWidget(m_startup);

    connectControls();
    for (const Subscription &s : m_updater->store().load())
        m_opened << s.url;
    refresh();
}

void SubscriptionsBox::connectControls()
{
    connect(m_add, &QPushButton::clicked, this, [this] { addUrl(m_urlEdit->text()); });
    m_urlEdit->installEventFilter(this); // Enter adds the address, and does not reach the dialog's OK
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] { showRefusal(QString()); });
    connect(m_remove, &QPushButton::clicked, this, &SubscriptionsBox::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_update, &QPushButton::clicked, m_updater, &CatalogUpdater::updateAll);
    connect(m_updater, &CatalogUpdater::checking, this, &SubscriptionsBox::onChecking);
    connect(m_updater, &CatalogUpdater::finished, this, &SubscriptionsBox::onFinished);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        m_details->setText(item ? tr("%1: %2").arg(item->text(AddressColumn), item->text(StateColumn)) : QString());
        m_details->setVisible(item != nullptr);
        const bool selected = item != nullptr;
        m_remove->setEnabled(selected);
        m_up->setEnabled(selected && m_list->indexOfTopLevelItem(m_list->currentItem()) > 0);
        m_down->setEnabled(selected &&
                           m_list->indexOfTopLevelItem(m_list->currentItem()) < m_list->topLevelItemCount() - 1);
    });
}

void SubscriptionsBox::refresh()
{
    const QUrl current = currentUrl();
    QString message;
    const QList<Subscription> subscriptions = m_updater->store().load(&message);
    if (!message.isEmpty())
        emit statusMessage(message);
    m_list->clear();
    for (const Subscription &s : subscriptions) {
        if (m_removed.contains(s.url))
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(AddressColumn, s.url.toDisplayString());
        item->setData(AddressColumn, Qt::UserRole, s.url);
        item->setText(VersionColumn, s.version.isEmpty() ? QStringLiteral("\u2014") : s.version);
        item->setText(EntriesColumn, s.hasCopy() ? QString::number(s.entries) : QStringLiteral("\u2014"));
        item->setText(CheckedColumn, dateText(s.lastChecked));
        item->setText(ChangedColumn, dateText(s.lastChanged));
        item->setText(StateColumn, s.url == m_checking ? tr("Checking\u2026") : s.stateText());
        // Tooltips are plain text: the address and the reason come from outside.
        item->setToolTip(StateColumn, Qt::convertFromPlainText(item->text(StateColumn)));
        item->setToolTip(AddressColumn, Qt::convertFromPlainText(item->text(AddressColumn)));
        for (const Column c : {AddressColumn, StateColumn})
            item->setData(c, Qt::AccessibleDescriptionRole, item->text(c));
        if (s.url == current)
            m_list->setCurrentItem(item);
    }
    m_list->resizeColumnToContents(AddressColumn);
    m_update->setEnabled(!subscriptions.isEmpty());
    emit m_list->currentItemChanged(m_list->currentItem(), nullptr);
}

QUrl SubscriptionsBox::currentUrl() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(AddressColumn, Qt::UserRole).toUrl() : QUrl();
}

bool SubscriptionsBox::addUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    const QString problem =
        text.trimmed().isEmpty() ? tr("type the address of a catalog file first") : UrlPolicy::problem(url);
    m_urlEdit->setText(text); // a refused address stays, to be corrected
    if (!problem.isEmpty()) {
        showRefusal(tr("Refused: %1").arg(problem));
        return false;
    }
    QString error;
    m_removed.removeAll(url);
    if (!m_updater->store().add(url, &error)) {
        showRefusal(error);
        return false;
    }
    showRefusal(QString());
    m_urlEdit->clear();
    m_changed = true;
    refresh();
    m_updater->update(url);
    return true;
}

bool SubscriptionsBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_urlEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addUrl(m_urlEdit->text());
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void SubscriptionsBox::showRefusal(const QString &reason)
{
    m_refusal->setText(reason);
    m_refusal->setVisible(!reason.isEmpty());
    m_urlEdit->setAccessibleDescription(reason);
    if (!reason.isEmpty()) {
        m_urlEdit->setFocus();
        m_urlEdit->selectAll();
    }
}

void SubscriptionsBox::commit()
{
    QString error;
    for (const QUrl &url : std::as_const(m_removed)) {
        if (!m_updater->store().remove(url, &error))
            emit statusMessage(error);
    }
    m_removed.clear();
}

void SubscriptionsBox::revert()
{
    // Added ones go, with their copies; the list takes its first order again; removed ones were never taken out.
    QList<Subscription> kept;
    for (const Subscription &s : m_updater->store().load()) {
        QString error;
        if (!m_opened.contains(s.url) && !m_updater->store().remove(s.url, &error))
            emit statusMessage(error);
        else if (m_opened.contains(s.url))
            kept << s;
    }
    std::stable_sort(kept.begin(), kept.end(), [this](const Subscription &a, const Subscription &b) {
        return m_opened.indexOf(a.url) < m_opened.indexOf(b.url);
    });
    QString error;
    if (!m_updater->store().save(kept, &error))
        emit statusMessage(error);
    m_removed.clear();
    refresh();
}

void SubscriptionsBox::removeCurrent()
{
    const QUrl url = currentUrl();
    if (url.isValid() && !m_removed.contains(url))
        m_removed << url; // taken from the store by commit()
    m_changed = true;
    refresh();
}

void SubscriptionsBox::move(int by)
{
    const QUrl url = currentUrl();
    bool moved = false;
    QString error;
    // Moved within the list as it is on disk now, under its lock: what another window added meanwhile stays.
    const auto moveIn = [&url, by, &moved](QList<Subscription> &list) {
        for (qsizetype i = 0; i < list.size() && !moved; ++i) {
            moved = list.at(i).url == url && i + by >= 0 && i + by < list.size();
            if (moved)
                list.move(i, i + by);
        }
        return moved;
    };
    if (!m_updater->store().change(moveIn, &error))
        emit statusMessage(error);
    m_changed = m_changed || moved;
    refresh();
}

void SubscriptionsBox::onChecking(const QUrl &url)
{
    m_checking = url;
    refresh();
}

void SubscriptionsBox::onFinished(const CatalogUpdater::UpdateReport &outcome)
{
    m_checking = QUrl();
    if (outcome.status == CatalogUpdater::UpdateStatus::Updated)
        m_changed = true;
    emit statusMessage(CatalogUpdater::describe(outcome));
    refresh();
}
