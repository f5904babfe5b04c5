// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "appstyle.h"
#include "apptheme.h"
#include "catalogmodel.h"
#include "catalogpage.h"
#include "catalogservice.h"
#include "confidencedelegate.h"
#include "diagnosepage.h"
#include "dnscheckpanel.h"
#include "historydialog.h"
#include "historystore.h"
#include "linkpolicy.h"
#include "lookuppage.h"
#include "loopwatch.h"
#include "mainwindow.h"
#include "remediationhtml.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "roles.h"
#include "samples.h"
#include "searchfiltermodel.h"
#include "settingsdialog.h"
#include "testsettings.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSemaphore>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringEncoder>
#include <QStyleOption>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <algorithm>
#include <functional>

class LinkCatcher final : public QObject
{
    Q_OBJECT

public:
    QUrl opened;

public slots:
    void open(const QUrl &url) { opened = url; }
};

namespace {

QStringList anchorsIn(const QTextBrowser *browser)
{
    QStringList out;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor())
                out << f.anchorHref();
        }
    }
    return out;
}

// What a label shows: its text as read on screen, and whether any of it was taken for markup (bold, an image, a
// link, a table).
struct Rendered
{
    QString text;
    bool formatted = false;
};

Rendered renderedLabel(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return {label->text(), false};
    QTextDocument doc;
    doc.setHtml(label->text());
    Rendered out{doc.toPlainText(), !doc.rootFrame()->childFrames().isEmpty()}; // a table is a frame
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            out.formatted = out.formatted || f.isImageFormat() || f.isAnchor() || f.fontWeight() > QFont::Normal;
        }
    }
    return out;
}

// The tooltip a view shows for an item, as the pointer resting on it brings it up.
const QLabel *toolTipShownFor(QAbstractItemView *view, const QModelIndex &index)
{
    QToolTip::hideText();
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &event);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("qtooltip_label") && w->isVisible())
            return qobject_cast<const QLabel *>(w);
    }
    return nullptr;
}

void forEachIndex(const QAbstractItemModel *model, const QModelIndex &parent,
                  const std::function<void(const QModelIndex &)> &visit)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            visit(model->index(row, column, parent));
        forEachIndex(model, model->index(row, 0, parent), visit);
    }
}

// Whether the text at plain position at, length characters long, sits on one line of the block. Positions count the
// text as read, without the word joiners the page puts between characters.
bool onOneLine(const QTextBlock &block, qsizetype at, qsizetype length)
{
    const QString raw = block.text();
    int start = -1;
    int end = -1;
    for (int i = 0, plain = 0; i < raw.size(); ++i) {
        if (raw.at(i) == RemediationHtml::kWordJoiner)
            continue;
        if (plain == at)
            start = i;
        if (plain == at + length - 1)
            end = i;
        ++plain;
    }
    return block.layout()->lineForTextPosition(start).lineNumber() ==
           block.layout()->lineForTextPosition(end).lineNumber();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void diagnose(const QString &text)
    {
        m_window->diagnosePage()->setInputText(text);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        QTRY_VERIFY(m_window->diagnosePage()->resultsModel()->rowCount() > 0 || text.trimmed().isEmpty());
    }

    // A one-entry team catalog file; source and stepLink let a test make it one the app refuses.
    QString writeTeamCatalog(const QString &name, const QString &source, const QString &stepLink)
    {
        QJsonObject link{{QStringLiteral("label"), QStringLiteral("evil")}, {QStringLiteral("url"), stepLink}};
        QJsonObject entry{
            {QStringLiteral("id"), QStringLiteral("team.x")},
            {QStringLiteral("title"), QStringLiteral("X")},
            {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), QStringLiteral("E")}}},
            {QStringLiteral("status"), QStringLiteral("NOT_FOUND")},
            {QStringLiteral("httpStatus"), 404},
            {QStringLiteral("code"), QStringLiteral("X")},
            {QStringLiteral("troubleshooting"), QStringLiteral("t")},
            {QStringLiteral("source"), source},
            {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("a")},
                                                             {QStringLiteral("links"), QJsonArray{link}}},
                                                 QJsonObject{{QStringLiteral("text"), QStringLiteral("b")}}}}};
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                              {QStringLiteral("entries"), QJsonArray{entry}}})
                        .toJson());
        return path;
    }

    QTextBrowser *browserOf(RemediationView *view) { return view->findChild<QTextBrowser *>(); }

    // What the window offers about the input on view, read the way a user reaches it: the answer, what
    // Ctrl+Shift+C puts on the clipboard, which actions are on, whether Check DNS is offered, and the title.
    struct Offered
    {
        QString answer;
        QString copied; // kNothingCopied when Ctrl+Shift+C left the clipboard as it was
        bool copyReply = false;
        bool copyRequestId = false;
        bool save = false;
        bool checkDns = false;
        QString title;
    };
    static inline const QString kNothingCopied = QStringLiteral("(clipboard untouched)");

    // byKey: Copy reply from the keyboard; else the action, triggered with no event delivered in between.
    Offered offered(bool byKey = true)
    {
        Offered o;
        RemediationView *view = m_window->diagnosePage()->remediation();
        o.answer = view->plainText();
        QGuiApplication::clipboard()->setText(kNothingCopied);
        if (byKey) {
            QApplication::setActiveWindow(m_window.get());
            QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        } else {
            m_window->findChild<QAction *>(QStringLiteral("actionCopyReply"))->trigger();
        }
        o.copied = QGuiApplication::clipboard()->text();
        const auto enabled = [this](const char *name) {
            return m_window->findChild<QAction *>(QLatin1String(name))->isEnabled();
        };
        o.copyReply = enabled("actionCopyReply") && enabled("actionCopyReplyText") &&
                      enabled("actionCopyReplyMarkdown") &&
                      view->findChild<QToolButton *>(QStringLiteral("copyReplyButton"))->isEnabled();
        o.copyRequestId = enabled("actionCopyRequestId") &&
                          view->findChild<QPushButton *>(QStringLiteral("copyRequestIdButton"))->isEnabled();
        o.save = enabled("actionSaveDiagnosis");
        o.checkDns = view->dnsCheck()->isVisible();
        o.title = m_window->windowTitle();
        return o;
    }

    // Nothing of an earlier input is offered: no answer, nothing to copy or save, no DNS check; the title names
    // the input now on view.
    void verifyNothingOffered(const QString &titleName, const QStringList &earlier, bool byKey = true)
    {
        const Offered o = offered(byKey);
        for (const QString &old : earlier)
            QVERIFY2(!o.answer.contains(old), qPrintable(o.answer));
        QCOMPARE(o.copied, kNothingCopied);
        QVERIFY(!o.copyReply);
        QVERIFY(!o.copyRequestId);
        QVERIFY(!o.save);
        QVERIFY(!o.checkDns);
        QCOMPARE(o.title, titleName.isEmpty() ? QStringLiteral("Domains Troubleshooter")
                                              : titleName + QStringLiteral(" \u2014 Domains Troubleshooter"));
    }

    // A reply for the input now on view: the answer and Ctrl+Shift+C speak of it, and only of it.
    void verifyAnswerOf(const QString &titleName, const QString &expected, const QStringList &earlier)
    {
        const Offered o = offered();
        QVERIFY2(o.answer.contains(expected), qPrintable(o.answer));
        QVERIFY2(o.copied.contains(expected), qPrintable(o.copied));
        for (const QString &old : earlier) {
            QVERIFY2(!o.answer.contains(old), qPrintable(o.answer));
            QVERIFY2(!o.copied.contains(old), qPrintable(o.copied));
        }
        QVERIFY(o.copyReply);
        QVERIFY(o.save);
        QCOMPARE(o.title, titleName.isEmpty() ? QStringLiteral("Domains Troubleshooter")
                                              : titleName + QStringLiteral(" \u2014 Domains Troubleshooter"));
    }

    // A drop as a file manager makes it: the drag enters the page, then is dropped there.
    static void dropOn(QWidget *target, QMimeData *mime)
    {
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            return {};
        return path;
    }

    // A log larger than the editor takes (read in the background), with no failed response in it.
    QString writeLargeQuietLog(const QString &name)
    {
        const QByteArray line = "2026-11-20T10:15:02.123Z INFO  [sync] request GET /v1/sites completed in 120 ms\n";
        return writeFile(name, line.repeated(int(DiagnosePage::kEditorLimit / line.size()) + 100));
    }

    // The first input of each stale-answer test: a diagnosis with a reply, a request ID and a domain to check.
    void openFirstInput()
    {
        const QString first = writeFile(
            QStringLiteral("first-ticket.txt"),
            Samples::curlVerbose(400,
                                 Samples::wixBody(QStringLiteral("Domain shop-first.example can't be registered."),
                                                  QStringLiteral("INVALID_DOMAIN")),
                                 QStringLiteral("POST"), QStringLiteral("/domains/v1/registered-domains")));
        m_window->openFile(first);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        verifyAnswerOf(QStringLiteral("first-ticket.txt"), QStringLiteral("shop-first.example"), {});
        const Offered o = offered();
        QVERIFY(o.copyRequestId);
        QVERIFY(o.checkDns);
    }

    // Holds the worker pool until released, so that a run is seen while it waits to start.
    struct PoolHold
    {
        QSemaphore hold;
        QSemaphore holding;
        int threads = QThreadPool::globalInstance()->maxThreadCount();
        PoolHold()
        {
            QThreadPool::globalInstance()->setMaxThreadCount(1);
            QThreadPool::globalInstance()->start([this] {
                holding.release();
                hold.acquire();
            });
            holding.acquire();
        }
        void release()
        {
            if (hold.available() == 0 && threads > 0) {
                hold.release();
                QThreadPool::globalInstance()->waitForDone();
                QThreadPool::globalInstance()->setMaxThreadCount(std::exchange(threads, 0));
            }
        }
        ~PoolHold() { release(); }
    };

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("tst_mainwindow"));
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/history.json"));
        QApplication::setStyle(new AppStyle); // as the app runs
        Translations::install();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->diagnoser()); // loaded on the catalog service's worker, the window never waits
        QVERIFY(m_window->catalogErrors().isEmpty());
    }

    void cleanupTestCase() { m_window.reset(); }

    void pasteWixResponse()
    {
        diagnose(QString::fromUtf8(Samples::curlVerbose(
            403,
            Samples::wixBody(QStringLiteral("SiteId: 0f9e8d7c-6b5a is not permitted to target account."),
                             QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")),
            QStringLiteral("POST"), QStringLiteral("/domain-connect/v1/connect-domain"))));
        const Report &r = m_window->diagnosePage()->report();
        QCOMPARE(r.results.size(), 1);
        QCOMPARE(r.results.front().matches.front().entry->id, QStringLiteral("connect-domain.site-not-permitted"));
        const QString shown = m_window->diagnosePage()->remediation()->plainText();
        QVERIFY2(shown.contains(QLatin1String("Check that site 0f9e8d7c-6b5a belongs to the account")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("Connect Domain is deprecated")));
        // The response shows in a fixed-width font (taken with the editor's first text).
        const auto *editor = m_window->diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"));
        QVERIFY(editor);
        QCOMPARE(editor->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // The secret in the request headers is gone from the editor too.
        QVERIFY(!m_window->diagnosePage()->inputText().contains(QLatin1String("eyJ")));
        QVERIFY(m_window->diagnosePage()->inputText().contains(QLatin1String("[REDACTED]")));
    }

    void copyReplyToClipboard()
    {
        m_window->diagnosePage()->remediation()->copyReply();
        const QString reply = QGuiApplication::clipboard()->text();
        QVERIFY2(reply.contains(QLatin1String("1. Check that site 0f9e8d7c-6b5a")), qPrintable(reply));
        QVERIFY(reply.contains(QLatin1String("Request ID: 1734427301.191556792796277844")));
        m_window->diagnosePage()->remediation()->copyRequestId();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("1734427301.191556792796277844"));
    }

    void ctrlVAnywherePastesAndDiagnoses()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("403 DOMAINS_NO_THROTTLER_KEY"));
        m_window->catalogPage()->tree()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(m_window->diagnosePage()->inputText(), QStringLiteral("403 DOMAINS_NO_THROTTLER_KEY"));
        QTRY_VERIFY(!m_window->diagnosePage()->isBusy());
        QTRY_COMPARE(m_window->diagnosePage()->report().results.size(), 1);
        QCOMPARE(m_window->diagnosePage()->report().results.front().matches.front().entry->id,
                 QStringLiteral("connect-domain.no-throttler-key"));
    }

    void pastedMarkupStaysLiteral()
    {
        diagnose(
            QStringLiteral("HTTP/1.1 400 Bad Request\n\n{\"message\": \"Domain <b>x</b><img src=http://evil/x.png><a "
                           "href=file:///etc/passwd>y</a>.com is restricted.\", \"details\": {}}"));
        const Report &r = m_window->diagnosePage()->report();
        QCOMPARE(r.results.size(), 1);
        QTextBrowser *browser = browserOf(m_window->diagnosePage()->remediation());
        const QString shown = browser->toPlainText().remove(RemediationHtml::kWordJoiner);
        QVERIFY2(
            shown.contains(QLatin1String("<b>x</b><img src=http://evil/x.png><a href=file:///etc/passwd>y</a>.com")),
            qPrintable(shown));
        for (const QString &href : anchorsIn(browser))
            QVERIFY2(href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1String("mailto:")),
                     qPrintable(href));
        QVERIFY(!browser->toHtml().contains(QLatin1String("<img")));
        QVERIFY(
            !LinkPolicy::isAllowed(QUrl(QStringLiteral("file:///etc/passwd")), {QStringLiteral("file:///etc/passwd")}));
        QVERIFY(!LinkPolicy::isAllowed(QUrl(QStringLiteral("https://evil.example")),
                                       {QStringLiteral("https://dev.wix.com")}));
        QVERIFY(LinkPolicy::isAllowed(QUrl(QStringLiteral("mailto:bizdev@wix.com")),
                                      {QStringLiteral("mailto:bizdev@wix.com")}));
        // Checked again when a link is opened, even one a catalog lists.
        for (const QString &url : {QStringLiteral("https://dev.wix.com@evil.example/"),
                                   QStringLiteral("mailto:bizdev@wix.com?attach=/etc/passwd")})
            QVERIFY2(!LinkPolicy::isAllowed(QUrl(url), {url}), qPrintable(url));
    }

    // Another catalog diagnoses the input again: a re-run cancelled before it found anything leaves no results,
    // so no answer and nothing to copy either (it used to leave the old catalog's match on view beside empty
    // results, and Copy reply composed from it).
    void replyAfterCatalogChangeAndCancelledRerun()
    {
        diagnose(QString::fromUtf8(Samples::curlVerbose(
            403,
            Samples::wixBody(QStringLiteral("SiteId: 0f9e8d7c-6b5a is not permitted to target account."),
                             QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")),
            QStringLiteral("POST"), QStringLiteral("/domain-connect/v1/connect-domain"))));
        RemediationView *view = m_window->diagnosePage()->remediation();
        const QString before = view->replyText(ReplyComposer::Format::PlainText);
        QVERIFY2(before.contains(QLatin1String("1. Check that site 0f9e8d7c-6b5a")), qPrintable(before));

        const QString https = QStringLiteral("https:/") + QStringLiteral("/example.com");
        const QString team = writeTeamCatalog(QStringLiteral("team-for-rerun.json"), https, https);

        // Hold the worker pool, so that the re-run starts only once it has been cancelled: it finds nothing.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore hold;
        QSemaphore holding;
        pool->start([&] {
            holding.release();
            hold.acquire();
        });
        holding.acquire();
        AppSettings settings = m_window->settings();
        const AppSettings original = settings;
        const auto restore = qScopeGuard([&] {
            hold.release();
            m_window->applySettings(original);
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        });
        settings.catalogFiles = {team};
        m_window->applySettings(settings); // a new catalog, and a re-run of the input against it
        // The catalog loads on the service's worker; only its hand-over is let through here, as painting would
        // wait on the held pool.
        for (int i = 0; i < 4000 && !m_window->diagnoser()->catalog().find(QStringLiteral("team.x")); ++i) {
            QThread::msleep(5);
            QCoreApplication::sendPostedEvents(CatalogService::instance(), QEvent::MetaCall);
        }
        QVERIFY(m_window->diagnoser()->catalog().find(QStringLiteral("team.x")));
        QVERIFY(m_window->diagnosePage()->isBusy());
        m_window->diagnosePage()->cancel();
        hold.release(); // the re-run may start now
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        pool->waitForDone();
        pool->setMaxThreadCount(threads);
        QVERIFY(m_window->diagnosePage()->report().cancelled);
        QCOMPARE(m_window->diagnoser()->catalog().entries().size(), 81);

        QGuiApplication::clipboard()->setText(kNothingCopied);
        view->copyReply();
        QCOMPARE(QGuiApplication::clipboard()->text(), kNothingCopied);
        QVERIFY(!view->hasReply());
        QVERIFY2(view->plainText().contains(QLatin1String("cancelled")), qPrintable(view->plainText()));
    }

    // Open a file, then a large one, and cancel it: nothing of the first ticket is offered while the second is
    // read, nor after the cancel.
    void noStaleAnswerAfterCancel()
    {
        openFirstInput();
        const QStringList earlier{QStringLiteral("shop-first.example")};
        const QString large = writeLargeQuietLog(QStringLiteral("large-quiet.log"));
        PoolHold pool;
        m_window->openFile(large);
        QVERIFY(m_window->diagnosePage()->isBusy());
        verifyNothingOffered(QStringLiteral("large-quiet.log"), earlier); // while it is being read
        m_window->diagnosePage()->cancel();
        pool.release();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        QVERIFY(m_window->diagnosePage()->report().cancelled);
        verifyNothingOffered(QStringLiteral("large-quiet.log"), earlier);
        QVERIFY2(offered().answer.contains(QLatin1String("cancelled")), qPrintable(offered().answer));
    }

    // A paste replaces an opened file: from the moment it arrives, the title names no file and the answer is
    // the paste's.
    void noStaleAnswerAfterPaste()
    {
        openFirstInput();
        const QStringList earlier{QStringLiteral("shop-first.example")};
        QGuiApplication::clipboard()->setText(QStringLiteral("403 DOMAINS_GUID_NOT_FOUND"));
        {
            PoolHold pool;
            m_window->findChild<QAction *>(QStringLiteral("actionPasteDiagnose"))->trigger();
            verifyNothingOffered(QString(), earlier);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        verifyAnswerOf(QString(), QStringLiteral("DOMAINS_GUID_NOT_FOUND"), earlier);
    }

    // A file dropped on the page, as a file manager drops it.
    void noStaleAnswerAfterDrop()
    {
        openFirstInput();
        const QStringList earlier{QStringLiteral("shop-first.example")};
        const QString dropped = writeFile(QStringLiteral("dropped.log"), "403 DOMAINS_NO_THROTTLER_KEY\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dropped)});
        DiagnosePage *page = m_window->diagnosePage();
        {
            PoolHold pool;
            dropOn(page, &mime);
            verifyNothingOffered(QStringLiteral("dropped.log"), earlier);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        verifyAnswerOf(QStringLiteral("dropped.log"), QStringLiteral("DOMAINS_NO_THROTTLER_KEY"), earlier);
    }

    // A large file that is gone by the time it is read: the failure is what is on view, not the last ticket. A
    // file that cannot be opened at all leaves the input on view as it was, and so its answer.
    void noStaleAnswerAfterFailure()
    {
        openFirstInput();
        const QStringList earlier{QStringLiteral("shop-first.example")};
        const QString large = writeLargeQuietLog(QStringLiteral("vanishing.log"));
        {
            PoolHold pool;
            m_window->openFile(large);
            QVERIFY(QFile::remove(large));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        verifyNothingOffered(QStringLiteral("vanishing.log"), earlier);
        QVERIFY2(offered().answer.contains(QLatin1String("Nothing was read")), qPrintable(offered().answer));

        openFirstInput();
        m_window->openFile(m_dir.filePath(QStringLiteral("no-such-file.log")));
        QVERIFY(!m_window->diagnosePage()->isBusy());
        verifyAnswerOf(QStringLiteral("first-ticket.txt"), QStringLiteral("shop-first.example"), {});
    }

    // An item chosen in the history replaces the file on view.
    void noStaleAnswerAfterHistoryItem()
    {
        QString error;
        QVERIFY2(m_window->history()->add({QDateTime::currentDateTimeUtc(), QStringLiteral("kept earlier"),
                                           QStringLiteral("403 DOMAINS_NO_THROTTLER_KEY")},
                                          &error),
                 qPrintable(error));
        openFirstInput();
        const QStringList earlier{QStringLiteral("shop-first.example")};
        // The window paints while the dialog is open, and painting may use the worker pool: it is not held here.
        // The state is read right after the item is chosen, before the run's result can be delivered.
        bool chosen = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *list = dialog->findChild<QListView *>(QStringLiteral("list"));
            QVERIFY(list);
            const QModelIndex first = list->model()->index(0, 0);
            QVERIFY(first.data().toString().contains(QLatin1String("kept earlier")));
            list->setCurrentIndex(first);
            dialog->findChild<QPushButton *>(QStringLiteral("openButton"))->click();
            verifyNothingOffered(QString(), earlier, false);
            chosen = true;
            if (dialog->isVisible())
                dialog->close();
        });
        m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
        QVERIFY(chosen);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        verifyAnswerOf(QString(), QStringLiteral("DOMAINS_NO_THROTTLER_KEY"), earlier);
    }

    // The command line's --reply prints what Copy reply copies, for the same input, format and language.
    void commandLineReplyIsTheWindowsReply_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("markdown");
        const QByteArray curl = DiagnosePage::exampleText().toUtf8();
        const QByteArray log =
            Samples::logLine(400, Samples::wixBody(QStringLiteral("Domain shop%2Fone.example can't be registered."),
                                                   QStringLiteral("INVALID_DOMAIN")));
        const QByteArray generic =
            Samples::curlVerbose(403, Samples::wixBody(QStringLiteral("Nope %1 {domain}"), QStringLiteral("TEAM_%L1")),
                                 QStringLiteral("GET"), QStringLiteral("/a%2Fb?x=1%2C2"));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}) {
            for (const bool markdown : {false, true}) {
                const char *format = markdown ? "markdown" : "text";
                QTest::addRow("curl %s %s", qPrintable(language), format) << curl << language << markdown;
                QTest::addRow("log %s %s", qPrintable(language), format) << log << language << markdown;
                QTest::addRow("generic %s %s", qPrintable(language), format) << generic << language << markdown;
            }
        }
    }
    void commandLineReplyIsTheWindowsReply()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, language);
        QFETCH(bool, markdown);
        const QString path = writeFile(QStringLiteral("for-reply.txt"), input);
        m_window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        QCOMPARE(m_window->diagnosePage()->report().results.size(), 1);
        const QString before = RemediationView::replyLanguage();
        const auto restore = qScopeGuard([&before] { RemediationView::setReplyLanguage(before); });
        RemediationView::setReplyLanguage(language);
        QGuiApplication::clipboard()->clear();
        m_window->findChild<QAction *>(QLatin1String(markdown ? "actionCopyReplyMarkdown" : "actionCopyReplyText"))
            ->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(!copied.isEmpty());

        QProcess cli;
        cli.start(QStringLiteral(DT_CLI_PATH), {QStringLiteral("--match"), path, QStringLiteral("--reply"),
                                                markdown ? QStringLiteral("markdown") : QStringLiteral("text"),
                                                QStringLiteral("--reply-language"), language});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()), copied);
    }

    // A file that is not a response is called what it is, opened or dropped, small or large: binary data with
    // its size and first bytes, or an empty file; never an empty editor that reads as "nothing to diagnose".
    void fileThatIsNoResponseIsSaidToBe_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("said");
        const QString binary = QStringLiteral(DT_TEST_DATA "/binary/");
        QTest::newRow("PNG opened") << binary + QStringLiteral("gradient.png") << false
                                    << QStringLiteral("Not a response: binary data")
                                    << QStringLiteral("starting 89 50 4E 47");
        QTest::newRow("gzip dropped") << binary + QStringLiteral("response.txt.gz") << true
                                      << QStringLiteral("Not a response: binary data")
                                      << QStringLiteral("starting 1F 8B 08");
        QTest::newRow("zip opened") << binary + QStringLiteral("responses.zip") << false
                                    << QStringLiteral("Not a response: binary data")
                                    << QStringLiteral("starting 50 4B 03 04");
        QRandomGenerator random(6);
        QByteArray noise(3 * 1024 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QTest::newRow("3 MiB of random bytes")
            << writeFile(QStringLiteral("noise.bin"), noise) << false << QStringLiteral("Not a response: binary data")
            << QString::fromLatin1(noise.first(4).toHex(' ').toUpper());
        QTest::newRow("empty file") << writeFile(QStringLiteral("empty.log"), QByteArray()) << false
                                    << QStringLiteral("The file is empty") << QStringLiteral("The input is empty");
        QTest::newRow("white space dropped")
            << writeFile(QStringLiteral("blank.txt"), "\n  \n\t\n") << true << QStringLiteral("The file is empty")
            << QStringLiteral("only white space");
    }
    void fileThatIsNoResponseIsSaidToBe()
    {
        QFETCH(QString, path);
        QFETCH(bool, drop);
        QFETCH(QString, heading);
        QFETCH(QString, said);
        openFirstInput();
        DiagnosePage *page = m_window->diagnosePage();
        if (drop) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            dropOn(page, &mime);
        } else {
            m_window->openFile(path);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        const QString answer = page->remediation()->plainText();
        QVERIFY2(answer.contains(heading) && answer.contains(said), qPrintable(answer));
        QCOMPARE(page->inputText(), QString()); // no bytes shown as if they were text
        const auto *summary = page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(said), qPrintable(summary->text()));
        QVERIFY2(!summary->text().contains(QLatin1String("redacted")), qPrintable(summary->text()));
        QVERIFY2(!summary->text().contains(QLatin1String("error response")), qPrintable(summary->text()));
        verifyNothingOffered(QFileInfo(path).fileName(), {QStringLiteral("shop-first.example")});
    }

    // The Catalog page is given the new catalog when the settings change; the entry on view is still the old
    // catalog's until another is chosen, and Copy reply composes from it (under AddressSanitizer this read freed
    // memory: nothing else kept the old catalog).
    void catalogPageReplyAfterCatalogChange()
    {
        CatalogPage *page = m_window->catalogPage();
        QVERIFY(page->selectEntry(QStringLiteral("connect-domain.no-throttler-key")));
        const QString before = page->remediation()->replyText(ReplyComposer::Format::Markdown);
        QVERIFY2(before.contains(QLatin1String("DOMAINS_NO_THROTTLER_KEY")), qPrintable(before));
        AppSettings settings = m_window->settings();
        settings.catalogFiles.append(m_dir.filePath(QStringLiteral("no-such-team-catalog.json")));
        m_window->applySettings(settings); // a new catalog (the missing file is refused and named)
        settings.catalogFiles.removeLast();
        m_window->applySettings(settings); // and another: the first one is gone
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 20000);
        page->remediation()->setReplyFormat(ReplyComposer::Format::Markdown);
        page->remediation()->copyReply();
        QCOMPARE(QGuiApplication::clipboard()->text(), before);
    }

    // Changing only the reply format changes the replies and nothing else: the catalog is not loaded again, the
    // input is not diagnosed again, and every page that shows an entry writes its reply in the new format.
    void replyFormatAloneKeepsTheCatalog()
    {
        diagnose(QStringLiteral("403 DOMAINS_NO_THROTTLER_KEY"));
        CatalogPage *catalogPage = m_window->catalogPage();
        QVERIFY(catalogPage->selectEntry(QStringLiteral("connect-domain.no-throttler-key")));
        const std::shared_ptr<const Diagnoser> before = m_window->diagnoser();
        const QString diagnosedAt = m_window->diagnosePage()->report().results.front().matches.front().entry->id;
        AppSettings settings = m_window->settings();
        const AppSettings original = settings;
        const auto restore = qScopeGuard([&] { m_window->applySettings(original); });
        for (const auto format : {ReplyComposer::Format::Markdown, ReplyComposer::Format::PlainText}) {
            settings.replyFormat = format;
            m_window->applySettings(settings);
            QCOMPARE(m_window->diagnoser(), before);
            QVERIFY(!m_window->diagnosePage()->isBusy());
            QCOMPARE(m_window->diagnosePage()->report().results.front().matches.front().entry->id, diagnosedAt);
            for (RemediationView *view : {m_window->diagnosePage()->remediation(), catalogPage->remediation()}) {
                view->copyReply();
                const QString reply = QGuiApplication::clipboard()->text();
                QVERIFY2(reply.startsWith(QLatin1String("**")) == (format == ReplyComposer::Format::Markdown),
                         qPrintable(reply));
            }
        }
    }

    // A failed response that nothing in the catalog fits (HTTP 422 has no generic entry): the view says so, and
    // lists the documented message it comes nearest to, with why.
    void noMatchShowsNearMisses()
    {
        diagnose(QString::fromUtf8(Samples::curlVerbose(
            422,
            Samples::wixBody(QStringLiteral("Could not extract the root domain from shop, the TLD is missing."), {}),
            QStringLiteral("GET"), QStringLiteral("/domain-search/v2/check-domain-availability"))));
        const Report &r = m_window->diagnosePage()->report();
        QCOMPARE(r.results.size(), 1);
        QVERIFY(!r.results.front().identified());
        const QString shown = m_window->diagnosePage()->remediation()->plainText();
        QVERIFY2(shown.contains(QLatin1String("No documented error fits")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Nearest misses")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Domain or TLD could not be read (domain-search.invalid-domain)")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("shares 63% of the words")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("HTTP status 422 has no entry in the catalog.")), qPrintable(shown));
    }

    void lookUpStatusAndCode()
    {
        LookupPage *page = m_window->lookupPage();
        page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(403));
        QVERIFY(page->codeCombo()->findText(QStringLiteral("DOMAINS_GUID_NOT_FOUND")) > 0);
        QCOMPARE(page->codeCombo()->findText(QStringLiteral("INVALID_DOMAIN")), -1); // a 400 code: narrowed away
        page->codeCombo()->setCurrentText(QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"));
        const QModelIndex root = page->resultsModel()->index(0, 0);
        QCOMPARE(page->resultsModel()->rowCount(root), 1);
        QVERIFY(page->remediation()->plainText().contains(QLatin1String("SiteId: {siteId} is not permitted")));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("1 entry fits"));
        page->codeCombo()->setCurrentText(QStringLiteral("DOMAINS_GUID_NOT_FOUND"));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("4 entries fit"));
    }

    void filterCatalog()
    {
        CatalogPage *page = m_window->catalogPage();
        page->filterEdit()->setText(QStringLiteral("premium plan"));
        const QString shown = page->remediation()->plainText();
        QVERIFY(shown.contains(QLatin1String("Premium"), Qt::CaseInsensitive));
        int entries = 0;
        for (int a = 0; a < page->filterModel()->rowCount(); ++a) {
            const QModelIndex api = page->filterModel()->index(a, 0);
            for (int s = 0; s < page->filterModel()->rowCount(api); ++s)
                entries += page->filterModel()->rowCount(page->filterModel()->index(s, 0, api));
        }
        QVERIFY(entries > 0 && entries < 20);
        // API rows count what matches under them, out of what they hold.
        int counted = 0;
        for (int a = 0; a < page->filterModel()->rowCount(); ++a) {
            const QModelIndex api = page->filterModel()->index(a, 0);
            const QString label = api.siblingAtColumn(1).data().toString();
            QVERIFY2(label.contains(QLatin1String(" of ")), qPrintable(label));
            counted += label.section(u' ', 0, 0).toInt();
        }
        QCOMPARE(counted, entries);
        // The search words are highlighted in the remediation view.
        QVERIFY(browserOf(page->remediation())->toHtml().contains(QLatin1String("background-color")));
        page->filterEdit()->clear();
        QCOMPARE(page->filterModel()->index(0, 1).data().toString(), QStringLiteral("12 entries"));
        page->filterEdit()->setText(QStringLiteral("zzzz-no-such-thing"));
        QVERIFY(page->remediation()->plainText().contains(QLatin1String("No entry matches")));
        page->filterEdit()->clear();
    }

    void modelsPassTheTester()
    {
        ResultsModel results;
        QAbstractItemModelTester resultsTester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        results.setReport(m_window->diagnoser()->diagnose(Samples::har(
            {{QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains/a.com"), 403,
              Samples::wixBody(QString(), QStringLiteral("DOMAINS_GUID_NOT_FOUND"))},
             {QStringLiteral("POST"), QStringLiteral("https://x/y"), 500, QByteArray()}})));
        QCOMPARE(results.rowCount(), 2);
        QVERIFY(results.rowCount(results.index(0, 0)) > 0);
        CatalogModel catalog;
        QAbstractItemModelTester catalogTester(&catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
        catalog.setCatalog(m_window->diagnoser()->sharedCatalog());
        QCOMPARE(catalog.rowCount(), 6);
        SearchFilterModel filter;
        filter.setSourceModel(&catalog);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSearch(QStringLiteral("GUID"));
        QVERIFY(filter.rowCount() >= 2);
        filter.setSearch(QString());
        QCOMPARE(filter.rowCount(), 6);
    }

    // A fresh window builds the Look up and Catalog pages only when they are first shown; the layout a page is
    // left in comes back with the next window, and an unchanged layout is not written again.
    void pagesAreBuiltOnFirstUseAndKeepTheirLayout()
    {
        QSettings().remove(QStringLiteral("window"));
        QList<int> sizes;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!window.findChild<LookupPage *>());
            QVERIFY(!window.findChild<CatalogPage *>());
            window.findChild<QAction *>(QStringLiteral("actionCatalog"))->trigger();
            CatalogPage *catalog = window.findChild<CatalogPage *>();
            QVERIFY(catalog);
            QVERIFY(catalog->isVisible());
            QVERIFY(catalog->filterModel()->rowCount() > 0);
            QVERIFY(!window.findChild<LookupPage *>());
            QVERIFY(window.lookupPage()); // built by its accessor, on a hidden tab
            QVERIFY(!window.lookupPage()->isVisible());
            const QList<int> before = catalog->splitter()->sizes();
            catalog->splitter()->setSizes({400, 800});
            sizes = catalog->splitter()->sizes();
            QVERIFY(sizes.constFirst() < before.constFirst());
            window.close();
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            CatalogPage *catalog = window.findChild<CatalogPage *>(); // the page it was left on
            QVERIFY(catalog);
            QVERIFY(catalog->isVisible());
            QCOMPARE(catalog->splitter()->sizes(), sizes);
            QVERIFY(!window.findChild<LookupPage *>());
            window.showPage(MainWindow::Page::Lookup);
            QVERIFY(window.findChild<LookupPage *>());
            QVERIFY(window.lookupPage()->isVisible());
            window.showPage(MainWindow::Page::Catalog);
            window.close();
        }
        // (The first restore moves the window below the title bar the platform reports; from then on it is still.)
        const QString settingsPath = QSettings().fileName();
        const QDateTime written = QFileInfo(settingsPath).lastModified();
        QVERIFY(written.isValid());
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QCOMPARE(QFileInfo(settingsPath).lastModified(), written);
        QSettings().remove(QStringLiteral("window"));
    }

    // The page a window is left on is kept by its key, never by its tab index; a tab index kept by an earlier
    // version still opens its page and is written back as the key; an unknown key opens Diagnose.
    void thePageIsKeptByKey()
    {
        const QString key = QStringLiteral("window/page");
        const auto pageOfANewWindow = [&key](const QVariant &kept) {
            QSettings().setValue(key, kept);
            MainWindow window;
            window.show();
            const int page = window.findChild<QTabWidget *>(QStringLiteral("pages"))->currentIndex();
            window.close();
            return page;
        };
        {
            MainWindow window;
            window.show();
            window.showPage(MainWindow::Page::Lookup);
            window.close();
        }
        QCOMPARE(QSettings().value(key).toString(), QStringLiteral("lookup"));
        QCOMPARE(pageOfANewWindow(QStringLiteral("catalog")), int(MainWindow::Page::Catalog));
        QCOMPARE(pageOfANewWindow(2), int(MainWindow::Page::Catalog)); // as an earlier version kept it
        QCOMPARE(QSettings().value(key).toString(), QStringLiteral("catalog"));
        QCOMPARE(pageOfANewWindow(QStringLiteral("no-such-page")), int(MainWindow::Page::Diagnose));
        QCOMPARE(pageOfANewWindow(7), int(MainWindow::Page::Diagnose));
        QSettings().remove(QStringLiteral("window"));
    }

    // Switching pages from the keyboard takes the focus into the page, built on first use or not.
    void pageSwitchMovesFocusIntoThePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"))->setFocus();
        for (int round = 0; round < 2; ++round) { // built on the first round, already there on the second
            window.findChild<QAction *>(QStringLiteral("actionLookup"))->trigger();
            QTRY_VERIFY(window.lookupPage()->isAncestorOf(QApplication::focusWidget()));
            window.findChild<QAction *>(QStringLiteral("actionCatalog"))->trigger();
            QTRY_VERIFY(window.catalogPage()->isAncestorOf(QApplication::focusWidget()));
            window.findChild<QAction *>(QStringLiteral("actionDiagnose"))->trigger();
            QTRY_VERIFY(window.diagnosePage()->isAncestorOf(QApplication::focusWidget()));
        }
        window.close();
    }

    // The menu bar's overflow icon is loaded when first drawn, and is the platform style's own.
    void menuBarOverflowIconIsTheStylesOwn()
    {
        const auto *style = qobject_cast<const AppStyle *>(QApplication::style());
        QVERIFY(style);
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
            const QIcon deferred = style->standardIcon(which);
            const QIcon direct = style->baseStyle()->standardIcon(which);
            QVERIFY(!deferred.isNull());
            QVERIFY(!direct.isNull());
            QCOMPARE(deferred.availableSizes(), direct.availableSizes());
            QCOMPARE(deferred.actualSize(QSize(24, 24)), direct.actualSize(QSize(24, 24)));
            QCOMPARE(deferred.pixmap(16).toImage(), direct.pixmap(16).toImage());
            QCOMPARE(deferred.pixmap(32, QIcon::Disabled).toImage(), direct.pixmap(32, QIcon::Disabled).toImage());
        }
        // Every standard icon is loaded when first drawn, and is the same as the style's own, for a widget too.
        QLineEdit field;
        field.setLayoutDirection(Qt::RightToLeft);
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_DialogOkButton, QStyle::SP_DialogCloseButton, QStyle::SP_TitleBarCloseButton,
              QStyle::SP_LineEditClearButton, QStyle::SP_ArrowBack, QStyle::SP_MessageBoxWarning}) {
            QCOMPARE(style->standardIcon(which).pixmap(16).toImage(),
                     style->baseStyle()->standardIcon(which).pixmap(16).toImage());
            QCOMPARE(style->standardIcon(which, nullptr, &field).pixmap(16).toImage(),
                     style->baseStyle()->standardIcon(which, nullptr, &field).pixmap(16).toImage());
            QStyleOption option;
            option.initFrom(&field);
            const QIcon deferred = style->standardIcon(which, &option, &field);
            const QImage direct = style->baseStyle()->standardIcon(which, &option, &field).pixmap(16).toImage();
            option.direction = Qt::LeftToRight; // changed after: the icon keeps the option it was asked with
            QCOMPARE(deferred.pixmap(16).toImage(), direct);
        }
        // A menu bar too narrow for its menus shows the overflow button with the icon.
        QWidget host;
        auto *bar = new QMenuBar(&host);
        for (const char *title : {"First", "Second", "Third", "Fourth", "Fifth"})
            bar->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("Item"));
        bar->setGeometry(0, 0, 90, bar->sizeHint().height());
        host.resize(90, 60);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QToolButton *overflow = nullptr;
        for (QToolButton *b : bar->findChildren<QToolButton *>()) {
            if (b->isVisible())
                overflow = b;
        }
        QVERIFY(overflow);
        QVERIFY(!overflow->icon().pixmap(16).isNull());
        QVERIFY(!host.grab().isNull()); // paints the button, icon and all
    }

    void badUserCatalogDoesNotStopTheApp()
    {
        const QString https = QStringLiteral("https:/") + QStringLiteral("/example.com");
        MainWindow window({writeTeamCatalog(QStringLiteral("js.json"), https, QStringLiteral("javascript:alert(1)"))});
        QTRY_VERIFY(window.diagnoser());
        QCOMPARE(window.catalogErrors().size(), 1);
        QVERIFY2(window.catalogErrors().front().contains(QLatin1String("javascript:alert(1)' is refused")),
                 qPrintable(window.catalogErrors().front()));
        QCOMPARE(window.diagnoser()->catalog().entries().size(), 80);
        MainWindow second({writeTeamCatalog(QStringLiteral("file.json"), QStringLiteral("file:///etc/passwd"), https)});
        QTRY_VERIFY(second.diagnoser());
        QCOMPARE(second.catalogErrors().size(), 1);
        QVERIFY(second.catalogErrors().front().contains(QLatin1String("file:///etc/passwd' is refused")));
        MainWindow good(
            {writeTeamCatalog(QStringLiteral("good.json"), https, QStringLiteral("mailto:team@example.com"))});
        QTRY_VERIFY(good.diagnoser());
        QVERIFY(good.catalogErrors().isEmpty());
        QCOMPARE(good.diagnoser()->catalog().entries().size(), 81);
    }

    // The first key lands in the input; Ctrl+1/2/3 put it in the page's first field, from wherever it was.
    void focusStartsInTheInputAndFollowsThePage()
    {
        QSettings().remove(QStringLiteral("window"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *input = window.diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), input);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("403"));
        QCOMPARE(window.diagnosePage()->inputText(), QStringLiteral("403"));
        auto *tabBar = window.findChild<QTabBar *>();
        QVERIFY(tabBar);
        for (int round = 0; round < 2; ++round) {
            tabBar->setFocus();
            QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
            QTRY_COMPARE(QApplication::focusWidget(), window.lookupPage()->statusCombo());
            tabBar->setFocus();
            QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
            QTRY_COMPARE(QApplication::focusWidget(), window.catalogPage()->filterEdit());
            window.findChild<QToolButton *>()->setFocus(); // a status bar button
            QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
            QTRY_COMPARE(QApplication::focusWidget(), input);
        }
        window.close();
        QSettings().remove(QStringLiteral("window"));
    }

    // Quit is Ctrl+Q whatever the platform theme says; Ctrl+L empties the input and Ctrl+Z brings it back.
    void quitShortcutAndUndoableClear()
    {
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Q")));
        diagnose(QStringLiteral("403 DOMAINS_GUID_NOT_FOUND"));
        m_window->findChild<QAction *>(QStringLiteral("actionClearInput"))->trigger();
        QCOMPARE(m_window->diagnosePage()->inputText(), QString());
        auto *input = m_window->diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"));
        QVERIFY(input->document()->isUndoAvailable());
        input->undo();
        QCOMPARE(m_window->diagnosePage()->inputText(), QStringLiteral("403 DOMAINS_GUID_NOT_FOUND"));
        QTRY_VERIFY(!m_window->diagnosePage()->isBusy());
        QTRY_COMPARE(m_window->diagnosePage()->report().results.size(), 1);
    }

    // No two controls a page shows share an Alt+letter with each other, the tabs or the menus.
    void mnemonicsDoNotClash()
    {
        for (const MainWindow::Page page :
             {MainWindow::Page::Diagnose, MainWindow::Page::Lookup, MainWindow::Page::Catalog}) {
            m_window->showPage(page);
            QCoreApplication::processEvents();
            QMultiHash<QChar, QString> owners;
            const auto add = [&owners](const QString &text) {
                const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
                if (amp >= 0)
                    owners.insert(text.at(amp + 1).toLower(), text);
            };
            for (QAction *menu : m_window->menuBar()->actions())
                add(menu->text());
            auto *tabBar = m_window->findChild<QTabBar *>();
            for (int i = 0; i < tabBar->count(); ++i)
                add(tabBar->tabText(i));
            for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
                if (b->isVisible())
                    add(b->text());
            }
            for (QLabel *l : m_window->findChildren<QLabel *>()) {
                if (l->isVisible() && l->buddy())
                    add(l->text());
            }
            for (const QChar key : owners.uniqueKeys()) {
                const QStringList texts = owners.values(key);
                QVERIFY2(texts.size() == 1, qPrintable(texts.join(QStringLiteral(" / "))));
            }
        }
        m_window->showPage(MainWindow::Page::Diagnose);
    }

    // The split button's menu opens from the keyboard, and the Edit menu offers each reply format.
    void replyFormatsFromTheKeyboard()
    {
        diagnose(DiagnosePage::exampleText());
        RemediationView *view = m_window->diagnosePage()->remediation();
        auto *button = view->findChild<QToolButton *>(QStringLiteral("copyReplyButton"));
        QVERIFY(button->isEnabled());
        for (const Qt::KeyboardModifiers modifiers :
             {Qt::KeyboardModifiers(), Qt::KeyboardModifiers(Qt::AltModifier)}) {
            bool opened = false;
            QTimer::singleShot(100, this, [&opened, button] {
                opened = button->menu()->isVisible();
                button->menu()->close();
            });
            QTest::keyClick(button, Qt::Key_Down, modifiers);
            QVERIFY(opened);
        }
        QGuiApplication::clipboard()->clear();
        m_window->findChild<QAction *>(QStringLiteral("actionCopyReplyMarkdown"))->trigger();
        const QString markdown = QGuiApplication::clipboard()->text();
        QVERIFY2(markdown.startsWith(QLatin1String("**")), qPrintable(markdown));
        m_window->findChild<QAction *>(QStringLiteral("actionCopyReplyText"))->trigger();
        const QString plain = QGuiApplication::clipboard()->text();
        QVERIFY(!plain.isEmpty());
        QVERIFY(!plain.startsWith(QLatin1String("**")));
    }

    // A message about what was shown leaves with it; "Nothing to diagnose yet" never sits above a progress bar.
    void messagesFollowTheState()
    {
        diagnose(DiagnosePage::exampleText());
        m_window->diagnosePage()->remediation()->copyRequestId();
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Request ID copied."));
        diagnose(QStringLiteral("403 DOMAINS_GUID_NOT_FOUND"));
        QCOMPARE(m_window->statusBar()->currentMessage(), QString());
        m_window->diagnosePage()->remediation()->copyRequestId(); // this one has none: says so
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());

        m_window->diagnosePage()->setInputText(QString());
        auto *summary = m_window->diagnosePage()->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QCOMPARE(summary->text(), QStringLiteral("Nothing to diagnose yet."));
        m_window->diagnosePage()->setInputText(QStringLiteral("403 DOMAINS_GUID_NOT_FOUND"));
        QVERIFY(m_window->diagnosePage()->isBusy());
        QVERIFY(summary->text() != QStringLiteral("Nothing to diagnose yet."));
        QTRY_VERIFY(!m_window->diagnosePage()->isBusy());
        QVERIFY(summary->text().contains(QLatin1String("plain text")));
        QVERIFY(!InputFormats::label(InputFormat::Har).contains(QLatin1String("har")));
    }

    // Typing a code the completer offers is not "Nothing fits".
    void lookUpWhileTyping()
    {
        LookupPage *page = m_window->lookupPage();
        page->statusCombo()->setCurrentIndex(0);
        page->codeCombo()->setEditText(QStringLiteral("DOMAINS_GUID_N"));
        const QString shown = page->remediation()->plainText();
        QVERIFY2(!shown.contains(QLatin1String("Nothing fits")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Keep typing")), qPrintable(shown));
        page->codeCombo()->setEditText(QStringLiteral("NO_SUCH_CODE_AT_ALL"));
        QVERIFY(page->remediation()->plainText().contains(QLatin1String("Nothing fits")));
        page->codeCombo()->setEditText(QString());
    }

    // Clearing the history asks with a verb, and Cancel is what Enter picks.
    void clearHistoryAsksWithAVerb()
    {
        diagnose(QStringLiteral("403 DOMAINS_GUID_NOT_FOUND"));
        QTest::qWait(1700); // kept in history
        QTRY_VERIFY(!m_window->history()->items().isEmpty());
        QStringList buttons;
        QString defaultButton;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QPushButton *>(QStringLiteral("clearButton"))->click(); // opens the question
        });
        QTimer::singleShot(600, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                buttons << b->text().remove(u'&');
            defaultButton = box->defaultButton() ? box->defaultButton()->text().remove(u'&') : QString();
            QTest::keyClick(box, Qt::Key_Return);
            QTimer::singleShot(100, this, [] { QApplication::activeModalWidget()->close(); });
        });
        m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
        QVERIFY2(buttons.contains(QStringLiteral("Clear History")), qPrintable(buttons.join(u',')));
        QCOMPARE(defaultButton, QStringLiteral("Cancel"));
        QVERIFY(!m_window->history()->items().isEmpty()); // Enter cleared nothing
    }

    // File > Open Recent lists opened files, newest first; the title names the open file.
    void recentFilesAndTitle()
    {
        const QString a = m_dir.filePath(QStringLiteral("first.txt"));
        const QString b = m_dir.filePath(QStringLiteral("second & more.txt"));
        for (const QString &path : {a, b}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("403 DOMAINS_GUID_NOT_FOUND\n");
        }
        m_window->openFile(a);
        QTRY_VERIFY(!m_window->diagnosePage()->isBusy());
        QVERIFY2(m_window->windowTitle().startsWith(QLatin1String("first.txt")), qPrintable(m_window->windowTitle()));
        m_window->openFile(b);
        QTRY_VERIFY(!m_window->diagnosePage()->isBusy());
        auto *recent = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().at(0)->text(), QStringLiteral("&1 second && more.txt"));
        QCOMPARE(recent->actions().at(1)->text(), QStringLiteral("&2 first.txt"));
        recent->actions().at(1)->trigger();
        QTRY_VERIFY(m_window->windowTitle().startsWith(QLatin1String("first.txt")));
        QCOMPARE(recent->actions().at(0)->text(), QStringLiteral("&1 first.txt"));
        QFile::remove(b);
        recent->actions().at(1)->trigger(); // gone: dropped from the list
        QCOMPARE(recent->actions().at(1)->text().contains(QLatin1String("second")), false);
        m_window->diagnosePage()->setInputText(QStringLiteral("403"));
        QTRY_VERIFY(!m_window->diagnosePage()->isBusy());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Domains Troubleshooter"));
    }

    // Pasted and catalog text that looks like HTML shows as the characters it holds in every view, label and
    // tooltip: the results of Diagnose and Look up, the catalog tree, the history list, the remediation views and a
    // history problem's message box.
    void markupIsShownLiterallyEverywhere()
    {
        const QString markup =
            QStringLiteral("<b>bold</b><img src=\"/usr/share/pixmaps/debian-logo.png\"><a href=\"file:///etc/passwd\">"
                           "link</a><table><tr><td>cell</td></tr></table>");
        const QString https = QStringLiteral("https:/") + QStringLiteral("/example.com/doc");
        const QJsonObject entry{
            {QStringLiteral("id"), QStringLiteral("team.markup")},
            {QStringLiteral("title"), QString(QStringLiteral("Title ") + markup)},
            {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("E ") + markup)}}},
            {QStringLiteral("status"), QStringLiteral("INVALID_ARGUMENT")},
            {QStringLiteral("httpStatus"), 400},
            {QStringLiteral("code"), QStringLiteral("TEAM_MARKUP_CODE")},
            {QStringLiteral("template"), QString(QStringLiteral("Template ") + markup)},
            {QStringLiteral("troubleshooting"), QString(QStringLiteral("Troubleshooting ") + markup)},
            {QStringLiteral("source"), https},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("text"), QString(QStringLiteral("Step ") + markup)}},
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("Then retry.")}}}}};
        const QString path = m_dir.filePath(QStringLiteral("markup.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("api"), QStringLiteral("team")},
                                          {QStringLiteral("entries"), QJsonArray{entry}}})
                    .toJson());
        f.close();
        MainWindow window({path});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.catalogErrors().isEmpty(), qPrintable(window.catalogErrors().join(u'\n')));

        // Every tooltip of a view: nothing taken for markup; counts those that show the markup literally.
        const auto literalToolTips = [&](QAbstractItemView *view) {
            int literal = 0;
            forEachIndex(view->model(), {}, [&](const QModelIndex &index) {
                if (index.data(Qt::ToolTipRole).toString().isEmpty())
                    return;
                const QLabel *tip = toolTipShownFor(view, index);
                QVERIFY2(tip, qPrintable(index.data().toString()));
                const Rendered shown = renderedLabel(tip);
                QVERIFY2(!shown.formatted, qPrintable(tip->text()));
                literal += shown.text.contains(markup);
            });
            QToolTip::hideText();
            return literal;
        };
        const auto noLabelFormats = [&](QWidget *top) {
            for (const QLabel *label : top->findChildren<QLabel *>()) {
                const Rendered shown = renderedLabel(label);
                QVERIFY2(!shown.formatted, qPrintable(label->objectName() + u' ' + label->text()));
            }
        };
        const auto showsLiterally = [&](RemediationView *view, const QString &part) {
            const QString shown = view->plainText().remove(RemediationHtml::kWordJoiner);
            QVERIFY2(shown.contains(part + markup), qPrintable(shown));
            QVERIFY(!browserOf(view)->toHtml().contains(QLatin1String("<img")));
        };

        // Pasted: the message of a failed response.
        QJsonObject body{{QStringLiteral("message"), QString(QStringLiteral("Pasted ") + markup)},
                         {QStringLiteral("details"),
                          QJsonObject{{QStringLiteral("applicationError"),
                                       QJsonObject{{QStringLiteral("code"), QStringLiteral("TEAM_MARKUP_CODE")},
                                                   {QStringLiteral("description"), markup}}}}}};
        window.diagnosePage()->setInputText(
            QStringLiteral("HTTP/1.1 400 Bad Request\ncontent-type: application/json\n\n") +
            QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QTRY_VERIFY_WITH_TIMEOUT(!window.diagnosePage()->isBusy(), 20000);
        QTRY_VERIFY(window.diagnosePage()->resultsModel()->rowCount() > 0);
        auto *results = window.diagnosePage()->findChild<QTreeView *>(QStringLiteral("resultsView"));
        results->expandAll();
        QVERIFY(literalToolTips(results) >= 1);
        showsLiterally(window.diagnosePage()->remediation(), QStringLiteral("Step "));
        showsLiterally(window.diagnosePage()->remediation(), QStringLiteral("Pasted "));
        noLabelFormats(&window);

        // The catalog tree, and the entry on show.
        window.showPage(MainWindow::Page::Catalog);
        CatalogPage *catalog = window.catalogPage();
        catalog->filterEdit()->setText(QStringLiteral("TEAM_MARKUP_CODE"));
        catalog->tree()->expandAll();
        QVERIFY(literalToolTips(catalog->tree()) >= 1);
        showsLiterally(catalog->remediation(), QStringLiteral("Troubleshooting "));
        catalog->filterEdit()->clear();

        // Look up: the entry's row and its view.
        window.showPage(MainWindow::Page::Lookup);
        LookupPage *lookup = window.lookupPage();
        lookup->statusCombo()->setCurrentIndex(lookup->statusCombo()->findData(400));
        lookup->codeCombo()->setCurrentText(QStringLiteral("TEAM_MARKUP_CODE"));
        auto *lookupResults = lookup->findChild<QTreeView *>(QStringLiteral("resultsView"));
        lookupResults->expandAll();
        literalToolTips(lookupResults);
        showsLiterally(lookup->remediation(), QStringLiteral("Step "));
        noLabelFormats(&window);

        // The history list.
        HistoryItem item;
        item.when = QDateTime::currentDateTimeUtc();
        item.summary = QString(QStringLiteral("Summary ") + markup);
        item.text = QString(QStringLiteral("History ") + markup);
        QString error;
        QVERIFY2(window.history()->add(item, &error), qPrintable(error));
        HistoryDialog dialog(window.history(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("list"));
        QVERIFY(literalToolTips(list) >= 1);
        noLabelFormats(&dialog);
        dialog.close();

        // A history problem's message.
        Rendered shown;
        bool checked = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            if (const QLabel *text = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")))
                shown = renderedLabel(text);
            checked = true;
            box->close();
        });
        poll.start();
        emit window.history()->loadProblem(QString(QStringLiteral("Problem ") + markup));
        QTRY_VERIFY(checked);
        QVERIFY2(!shown.formatted && shown.text.contains(markup), qPrintable(shown.text));
    }

    // A catalog link that no program could open says so; a refused one says why; one that opens says where.
    void linkMessagesTellTheRealCause()
    {
        diagnose(DiagnosePage::exampleText());
        QTextBrowser *browser = browserOf(m_window->diagnosePage()->remediation());
        const QStringList links = anchorsIn(browser);
        QVERIFY(!links.isEmpty());
        // Each link shows where it leads beside its label.
        const QString text = browser->toPlainText().remove(RemediationHtml::kWordJoiner);
        for (const QString &href : links) {
            const QUrl link(href);
            const QString where = link.scheme() == QLatin1String("mailto") ? link.path() : link.host();
            QVERIFY2(text.contains(where), qPrintable(where + u'\n' + text));
        }
        const QUrl url(links.front());
        // The offscreen platform has no browser to start.
        emit browser->anchorClicked(url);
        QString shown = m_window->statusBar()->currentMessage();
        QVERIFY2(shown.contains(QLatin1String("No web browser")), qPrintable(shown));
        emit browser->anchorClicked(QUrl(QStringLiteral("https://evil.example/")));
        shown = m_window->statusBar()->currentMessage();
        QVERIFY2(shown.contains(QLatin1String("only https and mailto links from the catalog")), qPrintable(shown));
        LinkCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        emit browser->anchorClicked(url);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.opened, url);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Opening ")));
    }

    // A refused team catalog is named in a status message that fits beside the status bar's buttons.
    void refusedCatalogMessageFits()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken-team-catalog.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"api\": \"team\", \"entries\": [{\"id\": \"team.x\"");
        f.close();
        MainWindow window({path});
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.diagnoser());
        QCOMPARE(window.catalogErrors().size(), 1);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY(!message.isEmpty());
        int room = window.statusBar()->width();
        for (QWidget *w : window.statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (w->isVisible() && w->x() > 0)
                room = qMin(room, w->x());
        }
        const int needed = window.statusBar()->fontMetrics().horizontalAdvance(message);
        QVERIFY2(needed < room, qPrintable(QStringLiteral("%1 px for %2 px: %3").arg(needed).arg(room).arg(message)));
    }

    // With nothing saved, the first window fits the screen (the offscreen screen is 800x600); a maximised window
    // comes back maximised.
    void firstWindowFitsAndMaximisedComesBack()
    {
        QSettings().remove(QStringLiteral("window"));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QRect room = window.screen()->availableGeometry();
            QVERIFY2(window.frameGeometry().width() <= room.width() && window.frameGeometry().height() <= room.height(),
                     qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                    .arg(window.width())
                                    .arg(window.height())
                                    .arg(room.width())
                                    .arg(room.height())));
            window.showMaximized();
            QTRY_VERIFY(window.isMaximized());
            window.close();
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.isMaximized());
            window.showNormal();
            QTRY_VERIFY(!window.isMaximized());
            window.close();
        }
        QSettings().remove(QStringLiteral("window"));
    }

    // At 800x600 the Catalog tree's Error column keeps its header whole and at least the Code column's width.
    void catalogColumnsLeaveTheErrorReadable()
    {
        MainWindow window;
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Catalog);
        QTreeView *tree = window.catalogPage()->tree();
        QTRY_VERIFY(tree->isVisible());
        QCoreApplication::processEvents();
        const int error = tree->columnWidth(0);
        const int code = tree->columnWidth(1);
        const int header = tree->header()->fontMetrics().horizontalAdvance(QStringLiteral("Error")) + 24;
        QVERIFY2(error >= header && error >= code,
                 qPrintable(QStringLiteral("Error %1, Code %2").arg(error).arg(code)));
        window.close();
    }

    // The confidence word and value are drawn clear of the bar beneath them (a "y" keeps its tail).
    void confidenceTextClearOfItsBar()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("Likely 0.85 gjpqy"));
        model.setData(model.index(0, 0), 0.85, Roles::Confidence);
        QTreeView view;
        view.setModel(&model);
        view.setHeaderHidden(true);
        view.setRootIsDecorated(false);
        view.setItemDelegate(new ConfidenceDelegate(&view));
        QPalette p = view.palette();
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::Text, Qt::black);
        p.setColor(QPalette::Highlight, QColor(255, 0, 0));
        p.setColor(QPalette::Mid, QColor(0, 255, 0));
        view.setPalette(p);
        view.resize(300, 80);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect cell = view.visualRect(model.index(0, 0));
        const QImage image = view.viewport()->grab(cell).toImage();
        int textBottom = -1;
        int barTop = image.height();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 200 && c.green() < 60 && c.blue() < 60)
                    barTop = qMin(barTop, y);
                else if (c.green() > 200 && c.red() < 60 && c.blue() < 60)
                    barTop = qMin(barTop, y);
                else if (c.red() < 128 && c.green() < 128 && c.blue() < 128)
                    textBottom = y;
            }
        }
        QVERIFY(textBottom >= 0);
        QVERIFY(barTop < image.height());
        QVERIFY2(textBottom < barTop,
                 qPrintable(QStringLiteral("text to row %1, bar from row %2").arg(textBottom).arg(barTop)));
    }

    // Candidates that differ only by endpoint say which endpoint; a HAR entry's row says which request it was,
    // and each cell of a row has its own accessible text.
    void rowsSayWhatTellsThemApart()
    {
        ResultsModel model;
        model.setReport(m_window->diagnoser()->diagnose(Samples::har(
            {{QStringLiteral("GET"), QStringLiteral("https://www.wixapis.com/domains/v1/connected-domains/shop.com"),
              400, Samples::wixBody(QString(), QStringLiteral("DOMAINS_GUID_NOT_VALID"))}})));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex response = model.index(0, 0);
        QVERIFY2(response.data().toString().contains(QLatin1String("GET /domains/v1/connected-domains/shop.com")),
                 qPrintable(response.data().toString()));
        QSet<QString> shown;
        int twins = 0;
        for (int r = 0; r < model.rowCount(response); ++r) {
            const QModelIndex summary = model.index(r, 0, response);
            const QString text = summary.data().toString();
            const QString title = model.matchAt(summary)->entry->title;
            // What tells twins apart comes before the title, which a narrow column cuts off.
            const QString head = text.left(text.indexOf(title));
            for (int o = 0; o < model.rowCount(response); ++o) {
                const Match *other = model.matchAt(model.index(o, 0, response));
                if (o != r && other->entry->title == title &&
                    other->entry->code == model.matchAt(summary)->entry->code) {
                    ++twins;
                    QVERIFY2(head.contains(QLatin1String(" /")), qPrintable(text));
                }
            }
            shown.insert(head);
            const QString a = summary.data(Qt::AccessibleTextRole).toString();
            const QString b = summary.siblingAtColumn(1).data(Qt::AccessibleTextRole).toString();
            QVERIFY2(!a.isEmpty() && !b.isEmpty() && a != b, qPrintable(a + QStringLiteral(" | ") + b));
            QVERIFY(a.contains(model.matchAt(summary)->entry->code));
        }
        QVERIFY2(twins > 0, "the sample has candidates that differ only by endpoint");
        QCOMPARE(int(shown.size()), model.rowCount(response));
    }

    // A generic match names what was received: code, message, method, URL and request id, in the view and reply.
    void genericMatchNamesWhatWasReceived()
    {
        diagnose(QString::fromUtf8(Samples::curlVerbose(
            503,
            Samples::wixBody(QStringLiteral("Upstream quota store unavailable"), QStringLiteral("QUOTA_STORE_DOWN")),
            QStringLiteral("PATCH"), QStringLiteral("/domains/v1/zz-unknown/thing"))));
        const Report &r = m_window->diagnosePage()->report();
        QCOMPARE(r.results.size(), 1);
        QCOMPARE(r.results.front().matches.front().level, Confidence::Generic);
        const QString requestId = r.results.front().input.requestId;
        QVERIFY(!requestId.isEmpty());
        const QString shown = m_window->diagnosePage()->remediation()->plainText();
        for (const QString &reply :
             {m_window->diagnosePage()->remediation()->replyText(ReplyComposer::Format::PlainText),
              m_window->diagnosePage()->remediation()->replyText(ReplyComposer::Format::Markdown), shown}) {
            for (const char *fact :
                 {"QUOTA_STORE_DOWN", "Upstream quota store unavailable", "PATCH", "/domains/v1/zz-unknown/thing"})
                QVERIFY2(reply.contains(QLatin1String(fact)), qPrintable(QLatin1String(fact) + u'\n' + reply));
            QVERIFY2(reply.contains(requestId), qPrintable(reply));
            QVERIFY2(!reply.contains(QLatin1String("Any Wix REST endpoint request")), qPrintable(reply));
        }
    }

    // What a screen reader meets: every focusable control named, by its visible label where it has one; one
    // focused object; the remediation's links found as links, each reachable by Tab and opened by Enter; the
    // remediation's text read as it is shown.
    void accessibilityTreeIsNamedAndReachable()
    {
        diagnose(DiagnosePage::exampleText());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        for (const MainWindow::Page page :
             {MainWindow::Page::Diagnose, MainWindow::Page::Lookup, MainWindow::Page::Catalog}) {
            m_window->showPage(page);
            if (page == MainWindow::Page::Lookup)
                m_window->lookupPage()->codeCombo()->setEditText(QStringLiteral("DOMAINS_GUID_NOT_FOUND"));
            QCoreApplication::processEvents();
            QStringList problems;
            int focused = 0;
            QStringList focusedNames;
            int links = 0;
            std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *iface, int depth) {
                if (!iface || !iface->isValid() || depth > 40 || iface->state().invisible)
                    return;
                const QString name = iface->text(QAccessible::Name);
                // The keyboard focus is on one widget. (Qt also marks the current cell of each item view as
                // focused, whether or not the view has the focus: that is not counted here.)
                if (iface->state().focused && qobject_cast<QWidget *>(iface->object())) {
                    ++focused;
                    focusedNames << iface->object()->objectName() + u'/' + name;
                }
                if (iface->role() == QAccessible::Link) {
                    ++links;
                    if (name.isEmpty())
                        problems << QStringLiteral("a link without a name");
                    if (!iface->actionInterface() ||
                        !iface->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()))
                        problems << QStringLiteral("link %1 cannot be pressed").arg(name);
                }
                auto *w = qobject_cast<QWidget *>(iface->object());
                if (w && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
                    const QString what = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
                    if (name.isEmpty())
                        problems << QStringLiteral("%1 has no name").arg(what);
                    QString label;
                    if (auto *b = qobject_cast<QAbstractButton *>(w))
                        label = b->text();
                    for (const QLabel *l : m_window->findChildren<QLabel *>()) {
                        if (l->buddy() == w || (l->buddy() && l->buddy()->focusProxy() == w))
                            label = l->text();
                    }
                    label.remove(u'&').remove(QRegularExpression(QStringLiteral(":\\s*$")));
                    if (!label.isEmpty() && name != label)
                        problems << QStringLiteral("%1 is named \"%2\" but reads \"%3\"").arg(what, name, label);
                    if (qobject_cast<QAbstractButton *>(w) && iface->actionInterface() &&
                        !iface->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()))
                        problems << QStringLiteral("%1 has no Press action").arg(what);
                }
                for (int i = 0; i < iface->childCount(); ++i)
                    walk(iface->child(i), depth + 1);
            };
            walk(QAccessible::queryAccessibleInterface(m_window.get()), 0);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QVERIFY2(focused <= 1, qPrintable(focusedNames.join(QStringLiteral(", "))));
            // The view's links are all there as links.
            QTextBrowser *browser = browserOf(m_window->currentRemediation());
            QCOMPARE(links, int(anchorsIn(browser).size()));
        }
        m_window->showPage(MainWindow::Page::Diagnose);
        QTextBrowser *browser = browserOf(m_window->diagnosePage()->remediation());
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(browser);
        QVERIFY(view->textInterface());
        const QString read = view->textInterface()->text(0, view->textInterface()->characterCount());
        for (const QChar raw : {QChar(0xfdd0), QChar(0xfdd1), QChar(QChar::LineSeparator)})
            QVERIFY2(!read.contains(raw), qPrintable(read));
        QVERIFY2(read.contains(QLatin1String("1. Check that site")), qPrintable(read));
        QVERIFY(view->state().readOnly);
        // Tab walks the links, each once, and Enter opens the one reached.
        const QStringList expected = anchorsIn(browser);
        QVERIFY(!expected.isEmpty());
        browser->setFocus(Qt::OtherFocusReason);
        browser->moveCursor(QTextCursor::Start);
        QStringList reached;
        for (int i = 0; i < expected.size() + 2 && browser->hasFocus(); ++i) {
            QTest::keyClick(browser, Qt::Key_Tab);
            if (browser->hasFocus() && browser->textCursor().hasSelection())
                reached << browser->textCursor().charFormat().anchorHref();
        }
        QStringList distinct = expected;
        distinct.removeDuplicates();
        reached.removeDuplicates();
        QCOMPARE(reached, distinct);
        LinkCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        browser->setFocus(Qt::OtherFocusReason);
        browser->moveCursor(QTextCursor::Start);
        QTest::keyClick(browser, Qt::Key_Tab);
        QTest::keyClick(browser, Qt::Key_Return);
        QCOMPARE(catcher.opened, QUrl(expected.front()));
        // A link pressed through the accessibility tree opens too.
        catcher.opened.clear();
        for (int i = 0; i < view->childCount(); ++i) {
            if (view->child(i)->role() == QAccessible::Link) {
                view->child(i)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
                break;
            }
        }
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.opened, QUrl(expected.front()));
    }

    // Light and Dark apply at once; the app's own colours (value highlights, muted text, links, confidence bars)
    // read at 4.5:1 or more on the palette in use, and the view is drawn again in them.
    void themesApplyAtOnceWithReadableColours()
    {
        diagnose(DiagnosePage::exampleText());
        QTextBrowser *browser = browserOf(m_window->diagnosePage()->remediation());
        for (const AppTheme::Theme theme : {AppTheme::Theme::Light, AppTheme::Theme::Dark, AppTheme::Theme::System}) {
            AppTheme::apply(theme);
            QCoreApplication::processEvents();
            const QPalette p = m_window->diagnosePage()->remediation()->palette();
            if (theme == AppTheme::Theme::Dark)
                QVERIFY(p.color(QPalette::Base).lightness() < 80);
            if (theme == AppTheme::Theme::Light)
                QVERIFY(p.color(QPalette::Base).lightness() > 200);
            const AppTheme::Colors c = AppTheme::colors(p);
            const QColor base = p.color(QPalette::Base);
            const QString name = AppTheme::key(theme);
            const auto check = [&name](const char *what, const QColor &fg, const QColor &bg) {
                const double ratio = AppTheme::contrast(fg, bg);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 %3 on %4 is %5:1")
                                                      .arg(name, QLatin1String(what), fg.name(), bg.name())
                                                      .arg(ratio, 0, 'f', 2)));
            };
            check("marked value", c.markText, c.markBackground);
            check("muted text", c.muted, base);
            check("link", c.link, base);
            check("heading", p.color(QPalette::Text), base);
            check("confidence bar", c.bar, base);
            check("confidence bar on alternate rows", c.bar, p.color(QPalette::AlternateBase));
            // A marked value is not drawn in the selection's colours.
            QVERIFY(c.markBackground != p.color(QPalette::Highlight));
            // The page shown now uses this palette's colours.
            const QString html = browser->toHtml();
            QVERIFY2(html.contains(c.markBackground.name(), Qt::CaseInsensitive), qPrintable(name));
            QCOMPARE(browser->palette().color(QPalette::Link), c.link);
        }
        QCOMPARE(AppTheme::fromKey(AppTheme::key(AppTheme::Theme::Dark)), AppTheme::Theme::Dark);
        QCOMPARE(AppTheme::contrast(Qt::black, Qt::white), 21.0);
    }

    // Ctrl++ / Ctrl+- / Ctrl+0 zoom the input and the answer, and the next window starts at the same zoom.
    void zoomIsRememberedAndReset()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        diagnose(DiagnosePage::exampleText());
        auto *input = m_window->diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"));
        QTextBrowser *browser = browserOf(m_window->diagnosePage()->remediation());
        const qreal inputBefore = input->font().pointSizeF();
        const qreal browserBefore = browser->font().pointSizeF();
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(input->font().pointSizeF(), inputBefore + 2);
        QCOMPARE(browser->font().pointSizeF(), browserBefore + 2);
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(browser->font().pointSizeF(), browserBefore + 1);
        {
            MainWindow next;
            QCOMPARE(next.zoom(), 1);
            QCOMPARE(browserOf(next.diagnosePage()->remediation())->font().pointSizeF(), browserBefore + 1);
            QCOMPARE(browserOf(next.catalogPage()->remediation())->font().pointSizeF(), browserBefore + 1);
        }
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(input->font().pointSizeF(), inputBefore);
        QCOMPARE(browser->font().pointSizeF(), browserBefore);
        QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 0);
    }

    // A long captured ID keeps to one line in a narrow view; copying it gives the plain value.
    void longValuesDoNotWrapMidValue()
    {
        diagnose(QString::fromUtf8(Samples::curlVerbose(
            403,
            Samples::wixBody(
                QStringLiteral("SiteId: 0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b is not permitted to target account."),
                QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")),
            QStringLiteral("POST"), QStringLiteral("/domain-connect/v1/connect-domain"))));
        QTextBrowser *browser = browserOf(m_window->diagnosePage()->remediation());
        const QString id = QStringLiteral("0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b");
        QSplitter *splitter = m_window->diagnosePage()->splitter();
        const QList<int> before = splitter->sizes();
        const int idWidth = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(id);
        const QSize windowSize = m_window->size();
        m_window->resize(1600, windowSize.height());
        QCoreApplication::processEvents();
        const int want = idWidth + 60; // room for the ID alone: "SiteId: " and the ID do not fit one line
        splitter->setSizes({splitter->width() - want, want});
        QCoreApplication::processEvents();
        QVERIFY2(browser->viewport()->width() > idWidth + 10 && browser->viewport()->width() < idWidth * 6 / 5,
                 qPrintable(QStringLiteral("%1 for %2").arg(browser->viewport()->width()).arg(idWidth)));
        int checked = 0;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            const QString text = b.text().remove(RemediationHtml::kWordJoiner);
            const qsizetype at = text.indexOf(id);
            // Only where a line has room for the whole ID (a narrow table cell must break it somewhere).
            if (at < 0 || !b.layout() || b.layout()->lineCount() == 0 || b.layout()->lineAt(0).width() < idWidth + 2)
                continue;
            QVERIFY(onOneLine(b, at, id.size()));
            ++checked;
        }
        QVERIFY(checked >= 1); // the message received, at least
        QVERIFY(m_window->diagnosePage()->remediation()->plainText().contains(id));
        browser->selectAll();
        browser->copy();
        QVERIFY(QGuiApplication::clipboard()->text().contains(id));
        QVERIFY(!QGuiApplication::clipboard()->text().contains(RemediationHtml::kWordJoiner));
        splitter->setSizes(before);
        m_window->resize(windowSize);
    }

    // A host name, in a link or in the request's URL, is never split between lines where a line could hold it:
    // the page keeps it whole with joiners, and a URL wraps in its path instead.
    void hostNamesStayWhole()
    {
        diagnose(QString::fromUtf8(Samples::curlVerbose(
            409,
            Samples::wixBody(QStringLiteral("Domain wix-ns.test with different connection type is already connected."),
                             QStringLiteral("ALREADY_EXISTS")),
            QStringLiteral("POST"), QStringLiteral("/domains/v1/connected-domains"))));
        QTextBrowser *browser = browserOf(m_window->diagnosePage()->remediation());
        const QString page = browser->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("Get Connected Domain (dev.\u2060wix.\u2060com)")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("POST https://www.\u2060wixapis.\u2060com/domains/v1/connected-domains")));
        const QStringList hosts{QStringLiteral("www.wixapis.com"), QStringLiteral("dev.wix.com")};
        QSplitter *splitter = m_window->diagnosePage()->splitter();
        const QList<int> before = splitter->sizes();
        const QSize windowSize = m_window->size();
        m_window->resize(1600, windowSize.height());
        QCoreApplication::processEvents();
        const QFontMetrics metrics(browser->font());
        int checked = 0;
        for (int width = 120; width <= 520; width += 8) {
            splitter->setSizes({splitter->width() - width, width});
            QCoreApplication::processEvents();
            for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
                const QString text = b.text().remove(RemediationHtml::kWordJoiner);
                for (const QString &host : hosts) {
                    const qsizetype at = text.indexOf(host);
                    // Only where a line has room for the host and the punctuation around it.
                    const int room = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                         .horizontalAdvance(host + QStringLiteral("://"));
                    if (at < 0 || !b.layout() || b.layout()->lineCount() == 0 ||
                        b.layout()->lineAt(0).width() <
                            qMax(room, metrics.horizontalAdvance(host + QStringLiteral("()\u00a0\u2197"))))
                        continue;
                    QVERIFY2(onOneLine(b, at, host.size()),
                             qPrintable(QStringLiteral("%1 split at width %2 in: %3").arg(host).arg(width).arg(text)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked >= 20);
        splitter->setSizes(before);
        m_window->resize(windowSize);
    }

    // Every menu action says what it does in the status bar.
    void actionsHaveStatusTips()
    {
        QStringList missing;
        for (QAction *menu : m_window->menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (!a->isSeparator() && !a->menu() && a->statusTip().isEmpty())
                    missing << a->text();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    // Settings marks the team catalog files that were refused, says why, and lets the order be changed.
    void settingsMarkRefusedFilesAndReorder()
    {
        const QString broken = m_dir.filePath(QStringLiteral("refused-team.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"api\": ");
        f.close();
        const QString other = m_dir.filePath(QStringLiteral("other-team.json"));
        AppSettings settings;
        settings.catalogFiles = {other, broken};
        MainWindow window({broken});
        QTRY_VERIFY(window.diagnoser());
        QCOMPARE(window.catalogErrors().size(), 1);
        SettingsDialog dialog(settings, window.catalogErrors(), window.catalogUpdater());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("catalogList"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->icon().isNull());
        QVERIFY(!list->item(1)->icon().isNull());
        QVERIFY(list->item(1)->text().contains(QLatin1String("refused")));
        list->setCurrentRow(1);
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("refusedLabel"));
        QVERIFY2(reason->text().contains(broken), qPrintable(reason->text()));
        dialog.findChild<QPushButton *>(QStringLiteral("upCatalogButton"))->click();
        QCOMPARE(dialog.settings().catalogFiles, QStringList({broken, other}));
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("upCatalogButton"))->isEnabled());
        dialog.findChild<QPushButton *>(QStringLiteral("downCatalogButton"))->click();
        QCOMPARE(dialog.settings().catalogFiles, QStringList({other, broken}));
    }

    // A 50 MB file is read and diagnosed on a worker thread: the event loop keeps turning all along.
    // A file saved as UTF-16 (as Windows tools save logs) opens as text, decoded as the command line decodes it.
    void utf16FileIsDecoded_data()
    {
        QTest::addColumn<QByteArray>("bom");
        QTest::addColumn<QStringConverter::Encoding>("encoding");
        QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE") << QStringConverter::Utf16LE;
        QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF") << QStringConverter::Utf16BE;
    }
    void utf16FileIsDecoded()
    {
        QFETCH(QByteArray, bom);
        QFETCH(QStringConverter::Encoding, encoding);
        const QString text = QString::fromUtf8(
            Samples::logLine(403, Samples::wixBody(QStringLiteral("Cannot consume this service (caf\u00e9)."),
                                                   QStringLiteral("DOMAINS_NO_THROTTLER_KEY"))));
        const QString path = m_dir.filePath(QStringLiteral("utf16.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bom + QByteArray(QStringEncoder(encoding).encode(text)));
        f.close();
        m_window->openFile(path);
        const auto *editor = m_window->diagnosePage()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"));
        QCOMPARE(editor->toPlainText(), text);
        QTRY_VERIFY(!m_window->diagnosePage()->isBusy());
        QVERIFY(m_window->diagnosePage()->report().identified());
    }

    void largeFileKeepsTheWindowResponsive()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray info =
            "2026-11-20T10:15:02.123Z INFO  [sync] request GET /v1/sites completed in 120 ms, nothing to report here\n";
        const QByteArray error =
            "2026-11-20T10:15:02.456Z ERROR [sync] call failed with status 403: {\"message\":\"Cannot consume this "
            "service.\",\"details\":{\"applicationError\":{\"code\":\"DOMAINS_NO_THROTTLER_KEY\"}}}\n";
        QByteArray chunk;
        for (int i = 0; i < 99; ++i)
            chunk += info;
        chunk += error;
        while (f.size() < 50 * 1024 * 1024)
            f.write(chunk);
        f.close();

        // The worker does the reading and matching; the window's thread only shows the results, and is never held
        // more than LoopWatch::kMaxHoldMs at once (the time it waited for a CPU on a busy machine is not counted).
        // The file is read up to three times and the best run counts; a window that does the work itself, or
        // sleeps, is held far longer every time.
        QList<qint64> holds;
        for (int attempt = 0; attempt < 3 && (holds.isEmpty() || holds.constLast() > LoopWatch::kMaxHoldMs);
             ++attempt) {
            QElapsedTimer clock;
            clock.start();
            LoopWatch watch;
            m_window->openFile(path);
            QVERIFY(m_window->diagnosePage()->isBusy());
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 120000);
            QTest::qWait(50); // what the window does once the results are in counts too
            watch.stop();
            qInfo("50 MB log: %lld ms, %d timer ticks, longest hold %lld ms (gap between ticks %lld ms)",
                  clock.elapsed(), watch.ticks(), watch.longestHoldMs(), watch.longestGapMs());
            QVERIFY(watch.ticks() > 10);
            holds << watch.longestHoldMs();
        }
        const qint64 best = *std::min_element(holds.cbegin(), holds.cend());
        QVERIFY2(best <= LoopWatch::kMaxHoldMs,
                 qPrintable(QStringLiteral("the window's thread was held for %1 ms while a 50 MB log was read")
                                .arg(QString::number(best))));
        const Report &r = m_window->diagnosePage()->report();
        QVERIFY(r.responseCount() > 4000);
        QVERIFY(r.results.size() < 10); // the same errors again and again: counted, not kept
        QCOMPARE(r.results.front().matches.front().entry->id, QStringLiteral("connect-domain.no-throttler-key"));

        // Cancelled as soon as it starts: the run stops, says so, and shows only what it had read.
        const int all = r.responseCount();
        m_window->openFile(path);
        QVERIFY(m_window->diagnosePage()->isBusy());
        m_window->diagnosePage()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diagnosePage()->isBusy(), 60000);
        const Report &cancelled = m_window->diagnosePage()->report();
        QVERIFY(cancelled.cancelled);
        QVERIFY2(cancelled.responseCount() < all, qPrintable(QString::number(cancelled.responseCount())));
        QVERIFY(cancelled.problems.join(u' ').contains(QLatin1String("Reading was cancelled")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
