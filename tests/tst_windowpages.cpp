// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The Look up, Catalog, Settings and History windows by keyboard: Tab follows the visual order, search boxes hand
// Down to their list, Enter acts on the first row or the only code left; cut codes read whole; Look up ranks by use.
#include "appstyle.h"
#include "catalogpage.h"
#include "catalogupdater.h"
#include "historydialog.h"
#include "historystore.h"
#include "lookuppage.h"
#include "mainwindow.h"
#include "resultsmodel.h"
#include "settingsdialog.h"
#include "subscriptionsbox.h"
#include "tabwalk.h"
#include "testsettings.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace TabWalk;

class TestWindowPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("tst_windowpages"));
        QApplication::setStyle(new AppStyle);
        Translations::install();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(800, 600);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(m_window->diagnoser()); // the catalog is loaded on the catalog service's worker
    }
    void cleanupTestCase() { m_window.reset(); }

    void lookupTabOrder()
    {
        activate();
        m_window->showPage(MainWindow::Page::Lookup);
        LookupPage *page = m_window->lookupPage();
        page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(404));
        QTRY_VERIFY(page->isVisible());
        checkVisualOrder(page, page->statusCombo());
    }

    void catalogTabOrder()
    {
        activate();
        m_window->showPage(MainWindow::Page::Catalog);
        CatalogPage *page = m_window->catalogPage();
        QTRY_VERIFY(page->isVisible());
        checkVisualOrder(page, page->filterEdit());
    }

    void settingsTabOrder()
    {
        SettingsDialog dialog(m_window->settings(), {}, m_window->catalogUpdater(), m_window.get());
        dialog.resize(800, 600);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QWidget *first = reachable(&dialog).constFirst();
        for (QWidget *w : reachable(&dialog)) { // the top-left one
            if (onWindow(w).top() < onWindow(first).top() ||
                (onWindow(w).top() == onWindow(first).top() && onWindow(w).left() < onWindow(first).left()))
                first = w;
        }
        checkVisualOrder(&dialog, first);
    }

    // Settings follow one rule, said in the dialog: OK keeps, Cancel undoes everything, subscriptions included; a
    // refused address stays in its field with the reason beside it.
    void settingsCancelUndoesSubscriptions()
    {
        CatalogUpdater *updater = m_window->catalogUpdater();
        const auto urls = [updater] {
            QList<QUrl> list;
            for (const Subscription &s : updater->store().load())
                list << s.url;
            return list;
        };
        const QUrl kept(QStringLiteral("http://127.0.0.1:9/kept.json"));
        QString error;
        QVERIFY(updater->store().add(kept, &error));
        const QList<QUrl> before = urls();
        const auto open = [this](const std::function<void(SettingsDialog &, SubscriptionsBox *)> &use) {
            SettingsDialog dialog(m_window->settings(), {}, m_window->catalogUpdater(), m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const auto *rule = dialog.findChild<QLabel *>(QStringLiteral("ruleLabel"));
            QVERIFY(rule && rule->isVisible() && rule->text().contains(QLatin1String("Cancel")));
            use(dialog, dialog.subscriptions());
        };
        // Refused: the text stays, the reason is beside it; then a good address added, and Cancel.
        open([&](SettingsDialog &dialog, SubscriptionsBox *box) {
            auto *field = box->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
            auto *reason = box->findChild<QLabel *>(QStringLiteral("refusalLabel"));
            QVERIFY2(field && reason, "the address is typed in the box, its refusal shown beside it");
            for (const QString &refused :
                 {QStringLiteral("ftp://127.0.0.1/team.json"), QStringLiteral("http://192.0.2.1/team.json"),
                  QStringLiteral("https://user:secret@example.com/t.json")}) {
                field->setText(refused);
                QTest::keyClick(field, Qt::Key_Return);
                QCOMPARE(field->text(), refused);
                QVERIFY(reason->isVisible());
                QVERIFY2(reason->text().startsWith(QLatin1String("Refused: ")), qPrintable(reason->text()));
                QCOMPARE(urls(), before);
            }
            field->setText(QStringLiteral("http://127.0.0.1:9/added.json"));
            QTest::keyClick(field, Qt::Key_Return);
            QVERIFY(field->text().isEmpty());
            QCOMPARE(urls().size(), before.size() + 1);
            dialog.reject();
        });
        QCOMPARE(urls(), before);
        // Removed, then Cancel: still subscribed. Removed, then OK: gone.
        for (const bool ok : {false, true}) {
            open([&](SettingsDialog &dialog, SubscriptionsBox *box) {
                QTreeWidget *list = box->list();
                for (int i = 0; i < list->topLevelItemCount(); ++i) {
                    if (list->topLevelItem(i)->data(SubscriptionsBox::AddressColumn, Qt::UserRole).toUrl() == kept)
                        list->setCurrentItem(list->topLevelItem(i));
                }
                for (QPushButton *b : box->findChildren<QPushButton *>()) {
                    if (b->text() == QLatin1String("Re&move"))
                        b->click();
                }
                if (ok)
                    dialog.accept();
                else
                    dialog.reject();
            });
            QCOMPARE(urls().contains(kept), !ok);
        }
    }

    // Down from the search box goes into the list; Enter with no row chosen opens the first.
    void historySearchHandsDownAndEnter()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("history.json")));
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            const QString text = QStringLiteral("HTTP/1.1 40%1 x\n{\"code\":\"DOMAINS_%1\"}").arg(i);
            QVERIFY(store.add({now.addSecs(i), QStringLiteral("40%1 DOMAINS_%1").arg(i), text}, &error));
        }
        store.waitForWrites();
        HistoryDialog dialog(&store);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("list"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("DOMAINS"));
        list->setCurrentIndex(QModelIndex());
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), list);
        QCOMPARE(list->currentIndex().row(), 0);

        list->setCurrentIndex(QModelIndex());
        search->setFocus();
        QSignalSpy chosen(&dialog, &HistoryDialog::itemChosen);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), list->model()->index(0, 0).data(Qt::UserRole + 100).toString());
    }

    void catalogSearchHandsDown()
    {
        activate();
        m_window->showPage(MainWindow::Page::Catalog);
        CatalogPage *page = m_window->catalogPage();
        page->focusSearch();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("site"));
        QTest::keyClick(page->filterEdit(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), page->tree());
        QVERIFY(page->tree()->currentIndex().isValid());
    }

    // At 800x600 the catalog's code column is narrow: a cut code keeps its start (never "CANNOT_ASSIG…FREE_SITE"),
    // and its row says the whole code to the keyboard and screen readers.
    void catalogCodesCutAtTheEndAndReadInFull()
    {
        activate();
        m_window->showPage(MainWindow::Page::Catalog);
        CatalogPage *page = m_window->catalogPage();
        page->filterEdit()->clear();
        QTreeView *tree = page->tree();
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(tree);
        QHash<QString, QString> described; // accessible name -> description, for every cell
        for (int i = 0; i < view->childCount(); ++i) {
            QAccessibleInterface *cell = view->child(i);
            described.insert(cell->text(QAccessible::Name), cell->text(QAccessible::Description));
        }
        const QFontMetrics metrics(tree->font());
        int cut = 0;
        for (QModelIndex row = tree->model()->index(0, 0); row.isValid(); row = tree->indexBelow(row)) {
            const QModelIndex codeCell = row.siblingAtColumn(1);
            if (tree->model()->hasChildren(row))
                continue;
            const QString code = codeCell.data().toString();
            const int room =
                tree->visualRect(codeCell).width() - 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
            const QString shown = metrics.elidedText(code, tree->textElideMode(), room);
            if (shown == code)
                continue;
            ++cut;
            QVERIFY2(shown.endsWith(QChar(0x2026)) && code.startsWith(shown.chopped(1)),
                     qPrintable(code + QStringLiteral(" is shown as ") + shown));
            QVERIFY2(described.contains(code), qPrintable(code + QStringLiteral(" has no cell that says it whole")));
            QVERIFY2(described.value(code).contains(code), qPrintable(described.value(code)));
        }
        QVERIFY2(cut > 0, "at 800x600 some codes must be cut, or this test reads nothing");
    }

    // A status alone fits many entries: those the history saw most and latest come first, deprecated APIs last,
    // and the line above the list says why it is long.
    void lookupRanksAStatusAloneByUse()
    {
        activate();
        const auto diagnoser = m_window->diagnoser();
        m_window->history()->clear();
        const auto named = [](const CatalogEntry *e) {
            return QStringLiteral("%1 %2 \u2014 %3")
                .arg(QString::number(e->httpStatus), e->code.isEmpty() ? e->status : e->code, e->title);
        };
        int ranked = 0;
        for (const int status : {400, 403, 404, 409}) {
            // The history names an entry by status, code and title: only entries whose name no other entry of
            // this status shares can be told apart by it.
            QHash<QString, int> sharing;
            for (const CatalogEntry &e : diagnoser->catalog().entries())
                sharing[e.httpStatus == status ? named(&e) : QString()] += 1;
            QList<const CatalogEntry *> current;
            const CatalogEntry *deprecated = nullptr;
            for (const CatalogEntry &e : diagnoser->catalog().entries()) {
                if (e.httpStatus != status || sharing.value(named(&e)) > 1)
                    continue;
                if (e.deprecation.isEmpty())
                    current << &e;
                else
                    deprecated = &e;
            }
            if (current.size() < 3)
                continue;
            ++ranked;
            // The last current entries in the catalog's order: often and lately, once long ago; a deprecated one
            // seen most of all still comes after every current one.
            const CatalogEntry *often = current.at(current.size() - 1);
            const CatalogEntry *once = current.at(current.size() - 2);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString error;
            for (int i = 0; i < 3; ++i)
                QVERIFY(m_window->history()->add({now.addSecs(-3600 * i), named(often), QStringLiteral("x")}, &error));
            QVERIFY(m_window->history()->add({now.addDays(-200), named(once), QStringLiteral("y")}, &error));
            for (int i = 0; deprecated && i < 5; ++i)
                QVERIFY(
                    m_window->history()->add({now.addSecs(-60 * i), named(deprecated), QStringLiteral("z")}, &error));

            m_window->showPage(MainWindow::Page::Lookup);
            LookupPage *page = m_window->lookupPage();
            page->codeCombo()->setEditText(QString());
            page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(status));
            ResultsModel *model = page->resultsModel();
            const QModelIndex root = model->index(0, 0);
            QList<const CatalogEntry *> shown;
            for (int row = 0; row < model->rowCount(root); ++row)
                shown << model->matchAt(model->index(row, 0, root))->entry;
            QVERIFY(shown.size() > 2);
            QStringList order;
            for (const CatalogEntry *e : shown)
                order << named(e);
            QVERIFY2(named(shown.at(0)) == named(often), qPrintable(order.join(u'\n')));
            const qsizetype firstOnce = std::find_if(shown.cbegin(), shown.cend(),
                                                     [&](const CatalogEntry *e) { return named(e) == named(once); }) -
                                        shown.cbegin();
            for (qsizetype i = 0; i < firstOnce; ++i)
                QVERIFY2(named(shown.at(i)) == named(often), qPrintable(named(shown.at(i))));
            bool seenDeprecated = false;
            for (const CatalogEntry *e : shown) {
                QVERIFY2(!seenDeprecated || !e->deprecation.isEmpty(),
                         qPrintable(e->id + QStringLiteral(" after a deprecated one")));
                seenDeprecated = seenDeprecated || !e->deprecation.isEmpty();
            }
            const QString why = page->findChild<QLabel *>(QStringLiteral("countLabel"))->text();
            QVERIFY2(why.contains(QString::number(status)) && why.contains(QString::number(shown.size())),
                     qPrintable(why));
            m_window->history()->clear();
        }
        QVERIFY(ranked >= 2);
    }

    // Typing part of a code that fits only one, then Enter, takes that code; Down goes to the entries.
    void lookupEnterTakesTheOnlyCode()
    {
        activate();
        m_window->showPage(MainWindow::Page::Lookup);
        LookupPage *page = m_window->lookupPage();
        page->statusCombo()->setCurrentIndex(0);
        QComboBox *codes = page->codeCombo();
        // Each code's shortest tail that no other code holds: typed, it leaves that code alone.
        int tried = 0;
        for (int i = 1; i < codes->count() && tried < 6; i += qMax(1, codes->count() / 6)) {
            const QString code = codes->itemText(i);
            QString tail;
            for (qsizetype len = 4; len <= code.size() && tail.isEmpty(); ++len) {
                const QString candidate = code.right(len).toLower();
                if (candidate != candidate.trimmed())
                    continue; // the box reads the code trimmed
                int holders = 0;
                for (int j = 1; j < codes->count(); ++j)
                    holders += codes->itemText(j).contains(candidate, Qt::CaseInsensitive) ? 1 : 0;
                if (holders == 1)
                    tail = candidate;
            }
            if (tail.isEmpty() || tail.size() == code.size())
                continue;
            ++tried;
            codes->setEditText(QString());
            codes->lineEdit()->setFocus();
            QTest::keyClicks(codes->lineEdit(), tail);
            QWidget *popup = codes->completer()->popup();
            QTest::keyClick(popup->isVisible() ? popup : codes->lineEdit(), Qt::Key_Return);
            QTRY_COMPARE(codes->currentText(), code);
            QTest::keyClick(codes->lineEdit(), Qt::Key_Down);
            QCOMPARE(QApplication::focusWidget(), page->findChild<QTreeView *>(QStringLiteral("resultsView")));
        }
        QVERIFY(tried >= 3);
    }
};

QTEST_MAIN(TestWindowPages)
#include "tst_windowpages.moc"
