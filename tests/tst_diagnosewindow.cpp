// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The Diagnose page at 800x600 as an agent meets it, in the theme and language the run asks for (DT_TEST_THEME,
// DT_TEST_LANGUAGE; CTest runs it also at 200 %, dark, in German): rows lead with status and code and read whole
// by keyboard, Tab follows what is on screen, a large file shows how much is read, Settings fit the screen.
#include "accessiblewidgets.h"
#include "appstyle.h"
#include "apptheme.h"
#include "catalogupdater.h"
#include "diagnosepage.h"
#include "diagnosisfile.h"
#include "mainwindow.h"
#include "readprogress.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "samples.h"
#include "settingsdialog.h"
#include "subscriptionsbox.h"
#include "tabwalk.h"
#include "testsettings.h"
#include "translations.h"

#include <QAbstractProxyModel>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace TabWalk;

namespace {

const QString kConnect = QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains");
const QString kZones = QStringLiteral("https://www.wixapis.com/domains/v1/dns-zones");

std::tuple<QString, QString, int, QByteArray> failed(const QString &method, const QString &url, int status,
                                                     const QString &code)
{
    return {method, url, status, Samples::wixBody(QStringLiteral("Request failed: %1").arg(code), code)};
}

// The widget nearest the window's top left among those Tab reaches: where a walk by Tab starts.
QWidget *firstOnScreen(QWidget *area)
{
    const QList<QWidget *> all = reachable(area);
    QWidget *first = all.constFirst();
    for (QWidget *w : all) {
        const QRect r = onWindow(w);
        if (r.top() < onWindow(first).top() || (r.top() == onWindow(first).top() && r.left() < onWindow(first).left()))
            first = w;
    }
    return first;
}

} // namespace

class TestDiagnoseWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DiagnosePage *page() const { return m_window->diagnosePage(); }
    QTreeView *resultsView() const { return page()->findChild<QTreeView *>(QStringLiteral("resultsView")); }

    void activate()
    {
        m_window->showPage(MainWindow::Page::Diagnose);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void diagnose(const QByteArray &input)
    {
        page()->setInputText(QString::fromUtf8(input));
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy() && page()->resultsModel()->rowCount() > 0, 20000);
    }

    // The Summary cell of each top-level row as a screen reader meets it: its name and its description.
    QList<QAccessibleInterface *> topLevelCells() const
    {
        QList<QAccessibleInterface *> cells;
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(resultsView());
        const QModelIndex root = resultsView()->rootIndex();
        QSet<QString> names;
        for (int r = 0; r < resultsView()->model()->rowCount(root); ++r)
            names.insert(resultsView()->model()->index(r, 0, root).data().toString());
        for (int i = 0; i < view->childCount(); ++i) {
            QAccessibleInterface *cell = view->child(i);
            if (cell && cell->role() != QAccessible::ColumnHeader && names.contains(cell->text(QAccessible::Name)))
                cells << cell;
        }
        return cells;
    }

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("tst_diagnosewindow"));
        QApplication::setStyle(new AppStyle);
        Translations::install(qEnvironmentVariable("DT_TEST_LANGUAGE", QStringLiteral("en")));
        AppTheme::apply(AppTheme::fromKey(qEnvironmentVariable("DT_TEST_THEME", QStringLiteral("light"))));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(800, 600);
        m_window->show();
        activate();
    }
    void cleanupTestCase() { m_window.reset(); }

    // Rows of a HAR: status and code lead, cut (if at all) only at their end; a path all rows share is said once,
    // in the header; each row reads whole, message included, as its accessible description.
    void rowsLeadWithStatusAndCode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("shared");
        const QString post = QStringLiteral("POST");
        QTest::newRow("one endpoint")
            << Samples::har({failed(post, kConnect, 409, QStringLiteral("DOMAINS_ALREADY_EXISTS")),
                             failed(post, kConnect, 403, QStringLiteral("NON_PREMIUM_SITE")),
                             failed(post, kConnect, 400, QStringLiteral("DOMAINS_GUID_NOT_VALID")),
                             failed(post, kConnect, 403, QStringLiteral("INVALID_DOMAINS_PREVIEW_RECORDS"))})
            << true;
        QTest::newRow("two endpoints")
            << Samples::har({failed(post, kZones, 428, QStringLiteral("DOMAIN_CNAME_RECORD_HOSTNAME_INVALID")),
                             failed(post, kConnect, 409, QStringLiteral("DOMAINS_ALREADY_EXISTS")),
                             failed(QStringLiteral("PATCH"), kZones + QStringLiteral("/shop-example.com"), 404,
                                    QStringLiteral("TARGET_ACCOUNT_NOT_FOUND"))})
            << false;
    }
    void rowsLeadWithStatusAndCode()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, shared);
        activate();
        diagnose(input);
        const ResultsModel *model = page()->resultsModel();
        const QString header = model->headerData(ResultsModel::Summary, Qt::Horizontal).toString();
        const QString sharedPath = QStringLiteral("POST /domains/v1/connected-domains");
        QCOMPARE(header.contains(sharedPath), shared);
        QTreeView *view = resultsView();
        const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex row = model->index(r, ResultsModel::Summary);
            const ParsedResponse &in = model->diagnosisAt(row)->input;
            const QString text = row.data().toString();
            const QString lead = QStringLiteral("%1 \u00b7 %2").arg(QString::number(in.httpStatus), in.code);
            QVERIFY2(text.startsWith(lead), qPrintable(text));
            QCOMPARE(text.contains(DiagnosisFile::requestLine(in)), !shared);
            const QModelIndex shown = qobject_cast<QAbstractProxyModel *>(view->model())->mapFromSource(row);
            // What the view shows: cut at the end only, so the status and the code's start are always seen, and
            // the whole of status and code when they fit the column at all.
            const int room = view->visualRect(shown).width() - margin;
            QString visible = view->fontMetrics().elidedText(text, view->textElideMode(), room);
            const bool cut = visible.endsWith(QChar(0x2026));
            if (cut)
                visible.chop(1);
            QVERIFY2(text.startsWith(visible) && visible.startsWith(QString::number(in.httpStatus)),
                     qPrintable(QStringLiteral("'%1' shown of '%2'").arg(visible, text)));
            if (view->fontMetrics().horizontalAdvance(lead + QChar(0x2026)) <= room)
                QVERIFY2(visible.startsWith(lead), qPrintable(QStringLiteral("'%1' in %2 px").arg(visible).arg(room)));
        }
        const QList<QAccessibleInterface *> cells = topLevelCells();
        QCOMPARE(cells.size(), model->rowCount());
        for (QAccessibleInterface *cell : cells) {
            const QString description = cell->text(QAccessible::Description);
            QVERIFY2(description.startsWith(cell->text(QAccessible::Name)) && description.contains(u"Request failed"),
                     qPrintable(description));
            QVERIFY2(!shared || description.contains(sharedPath), qPrintable(description));
        }
    }

    // With a diagnosis on screen, Tab goes through the page as it reads: the input pane top to bottom, then the
    // answer and its buttons; each widget shows that it has the focus, the answer included.
    void tabFollowsTheScreenAndFocusShows()
    {
        activate();
        diagnose(Samples::curlVerbose(409, Samples::wixBody(QString(), QStringLiteral("DOMAINS_ALREADY_EXISTS")),
                                      QStringLiteral("POST"), QStringLiteral("/domains/v1/connected-domains")));
        checkVisualOrder(page(), firstOnScreen(page()));
        auto *browser = page()->remediation()->findChild<QTextBrowser *>();
        QVERIFY(walkTab(page(), firstOnScreen(page())).contains(browser));
        for (QWidget *w : reachable(page())) {
            page()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"))->setFocus(Qt::TabFocusReason);
            const QImage before = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
            w->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(w->hasFocus() || w->isAncestorOf(QApplication::focusWidget()));
            const QImage after = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
            int changed = 0;
            for (int y = 0; y < before.height(); ++y) {
                for (int x = 0; x < before.width(); ++x)
                    changed += AppTheme::contrast(before.pixelColor(x, y), after.pixelColor(x, y)) >= 3.0 ? 1 : 0;
            }
            if (w == page()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit")))
                continue; // the field every other widget was compared from
            QVERIFY2(changed >= 2 * qMin(w->width(), w->height()),
                     qPrintable(QStringLiteral("%1: %2 pixels change").arg(describe(w)).arg(changed)));
        }
    }

    // A large file: the bar counts bytes of the whole and the time left; when the run ends, nothing below the bar
    // moves (the Cancel button's place is kept).
    void largeFileShowsBytesAndKeepsItsPlace()
    {
        activate();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sync.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray quiet = "2026-11-20T10:15:02.123Z INFO  [domains-sync] domain shop-%1.com is in sync, "
                                 "records checked: A, CNAME, MX, TXT\n";
        for (int block = 0; file.size() < 48 * 1024 * 1024; ++block) {
            QByteArray chunk;
            for (int i = 0; i < 2000; ++i)
                chunk += QByteArray(quiet).replace("%1", QByteArray::number(block * 2000 + i));
            chunk += Samples::logLine(409, Samples::wixBody(QString(), QStringLiteral("DOMAINS_ALREADY_EXISTS")));
            file.write(chunk);
        }
        file.close();
        const qint64 size = QFileInfo(path).size();
        auto *bar = page()->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QSignalSpy values(bar, &QProgressBar::valueChanged);
        QVERIFY(page()->openFile(path));
        QTRY_VERIFY(page()->isBusy());
        QCOMPARE(bar->maximum(), ReadProgress::units(size));
        QVERIFY2(bar->format().contains(QLocale().formattedDataSize(size)), qPrintable(bar->format()));
        const int resultsTop = onWindow(resultsView()).top();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 120000);
        QVERIFY2(std::any_of(values.cbegin(), values.cend(),
                             [bar](const QList<QVariant> &v) {
                                 return v.at(0).toInt() > 0 && v.at(0).toInt() <= bar->maximum();
                             }),
                 "the bar never moved");
        QCOMPARE(onWindow(resultsView()).top(), resultsTop);
        QVERIFY(page()->resultsModel()->rowCount() > 0);
    }

    // The estimate: said once the reading has a pace, from the pace so far; never at the start or the end.
    void timeLeftFollowsThePace()
    {
        const qint64 mb = 1000 * 1000;
        const QString amount = ReadProgress::text(0, 100 * mb, 0);
        QVERIFY2(amount.contains(QLocale().formattedDataSize(100 * mb)), qPrintable(amount));
        const auto left = [](int seconds) {
            return QCoreApplication::translate("ReadProgress", "about %n second(s) left", nullptr, seconds);
        };
        QVERIFY(ReadProgress::text(25 * mb, 100 * mb, 3000).endsWith(left(9)));
        QVERIFY(ReadProgress::text(80 * mb, 100 * mb, 4000).endsWith(left(1)));
        QVERIFY(ReadProgress::text(10 * mb, 100 * mb, 20000)
                    .endsWith(QCoreApplication::translate("ReadProgress", "about %n minute(s) left", nullptr, 3)));
        QVERIFY(!ReadProgress::text(10 * mb, 100 * mb, 200).contains(left(2).right(6))); // no pace yet
        QCOMPARE(ReadProgress::text(100 * mb, 100 * mb, 9000), ReadProgress::text(100 * mb, 100 * mb, 0));
    }

    // Settings fit 800x600 and the screen the window is on (at 200 %, half its pixels), with every
    // setting still reachable by scrolling and OK and Cancel always in view.
    void settingsFitTheScreen()
    {
        SettingsDialog dialog(m_window->settings(), {}, m_window->catalogUpdater(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The smaller of the screen and 800x600 less a title bar and frame.
        const QSize screen = m_window->screen()->availableSize().boundedTo(QSize(800 - 16, 600 - 40));
        QVERIFY2(dialog.width() <= screen.width() && dialog.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(dialog.width())
                                .arg(dialog.height())
                                .arg(screen.width())
                                .arg(screen.height())));
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->parentWidget()->inherits("QDialogButtonBox"))
                QVERIFY2(dialog.rect().contains(QRect(button->mapTo(&dialog, QPoint(0, 0)), button->size())),
                         qPrintable(describe(button)));
        }
        QWidget *last = reachable(&dialog).constLast();
        for (QWidget *w : reachable(&dialog)) { // Tab brings the lowest setting into view
            if (onWindow(w).bottom() > onWindow(last).bottom() && !w->parentWidget()->inherits("QDialogButtonBox"))
                last = w;
        }
        last->setFocus(Qt::TabFocusReason);
        QTest::keyClick(last, Qt::Key_Tab, Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(last->hasFocus() || last->isAncestorOf(QApplication::focusWidget()));
        QVERIFY2(dialog.rect().contains(onWindow(last)), qPrintable(describe(last)));
    }

    // Exactly one object in the whole tree says it has the focus, wherever the focus is: the current cell while
    // the results have it, the widget itself elsewhere (never also a cell of a view without the focus).
    void oneFocusedObject()
    {
        activate();
        diagnose(Samples::har({failed(QStringLiteral("POST"), kConnect, 409, QStringLiteral("DOMAINS_ALREADY_EXISTS")),
                               failed(QStringLiteral("GET"), kConnect + QStringLiteral("/0f9e8d7c"), 403,
                                      QStringLiteral("DOMAINS_GUID_NOT_FOUND"))}));
        QTreeView *results = resultsView();
        results->setCurrentIndex(results->model()->index(1, 0));
        QVERIFY(results->currentIndex().isValid());
        auto *input = page()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"));
        auto *filter = page()->findChild<QLineEdit *>(QStringLiteral("resultsFilter"));
        auto *browser = page()->remediation()->findChild<QTextBrowser *>();
        for (QWidget *target : QList<QWidget *>{results, input, browser, filter, results}) {
            target->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(target->hasFocus());
            QStringList focused;
            std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *iface, int depth) {
                if (!iface || !iface->isValid() || depth > 60)
                    return;
                if (iface->state().focused)
                    focused << QStringLiteral("%1 '%2' (role %3)")
                                   .arg(iface->object() ? iface->object()->objectName() : QStringLiteral("cell"),
                                        iface->text(QAccessible::Name))
                                   .arg(int(iface->role()));
                for (int i = 0; i < iface->childCount(); ++i)
                    walk(iface->child(i), depth + 1);
            };
            walk(QAccessible::queryAccessibleInterface(m_window.get()), 0);
            QVERIFY2(focused.size() == 1, qPrintable(QStringLiteral("focus on %1; focused: %2")
                                                         .arg(describe(target), focused.join(QStringLiteral(", ")))));
            if (target == results)
                QVERIFY2(focused.constFirst().contains(results->currentIndex().data().toString()),
                         qPrintable(focused.constFirst()));
            // The view's own answer agrees with the walk.
            QAccessibleInterface *view = QAccessible::queryAccessibleInterface(results);
            QCOMPARE(view->focusChild() != nullptr, target == results);
        }
    }

    // A subscription's state reads whole in the line under the list, which the keyboard reaches; the short
    // columns are as wide as their headers (the German "Zuletzt geändert" is not cut).
    void subscriptionStateReadsWhole()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:9/team/catalogs/domains-troubleshooting-overrides.json"));
        QString error;
        QVERIFY2(m_window->catalogUpdater()->store().add(url, &error), qPrintable(error));
        SettingsDialog dialog(m_window->settings(), {}, m_window->catalogUpdater(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<SubscriptionsBox *>()->findChild<QTreeWidget *>();
        QVERIFY(list && list->topLevelItemCount() == 1);
        list->setCurrentItem(list->topLevelItem(0));
        const QTreeWidgetItem *item = list->topLevelItem(0);
        auto *details = dialog.findChild<QLabel *>(QStringLiteral("detailsLabel"));
        QVERIFY(details && details->isVisible() && (details->focusPolicy() & Qt::TabFocus));
        QVERIFY2(details->text().contains(item->text(SubscriptionsBox::StateColumn)) &&
                     details->text().contains(url.toDisplayString()),
                 qPrintable(details->text()));
        for (int c = SubscriptionsBox::VersionColumn; c < SubscriptionsBox::StateColumn; ++c)
            QVERIFY2(list->header()->sectionSize(c) >= list->header()->sectionSizeHint(c),
                     qPrintable(list->headerItem()->text(c)));
        dialog.reject();
        QVERIFY2(m_window->catalogUpdater()->store().remove(url, &error), qPrintable(error));
    }

    // A status message (a link that could not be opened) has the bar's width: the catalog's name steps aside
    // while it is shown and comes back after.
    void statusMessageIsNotCutByTheCatalogName()
    {
        activate();
        QStatusBar *bar = m_window->statusBar();
        QLabel *catalog = nullptr;
        for (QLabel *label : bar->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->text().isEmpty())
                catalog = label;
        }
        QVERIFY2(catalog, "the status bar names the catalog");
        const QString message =
            QCoreApplication::translate("RemediationView", "No web browser or mail program could be started for %1. "
                                                           "Copy the link with the context menu.")
                .arg(QStringLiteral("https://dev.wix.com/docs/rest/business-management/domains"));
        emit page()->statusMessage(message);
        QCOMPARE(bar->currentMessage(), message);
        QVERIFY(!catalog->isVisible());
        int room = bar->width();
        for (QWidget *w : bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (w->isVisible())
                room = qMin(room, w->x());
        }
        QVERIFY2(room >= bar->width() * 3 / 4, qPrintable(QString::number(room)));
        bar->clearMessage();
        QTRY_VERIFY(catalog->isVisible());
    }

    // The reply-language box beside Copy reply says what it is for, not only which language it holds.
    void replyLanguageBoxIsNamed()
    {
        auto *box = page()->remediation()->findChild<QComboBox *>(QStringLiteral("replyLanguageBox"));
        QVERIFY(box);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
        QCOMPARE(iface->text(QAccessible::Name), box->accessibleName());
        QVERIFY(!box->accessibleName().isEmpty());
        QCOMPARE(iface->text(QAccessible::Value), box->currentText());
    }
};

QTEST_MAIN(TestDiagnoseWindow)
#include "tst_diagnosewindow.moc"
