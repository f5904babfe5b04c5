// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The window's tools for long inputs and many results: find in the input and in the answer, identical errors
// grouped, the results filtered, the diagnosis saved.
#include "appstyle.h"
#include "apptheme.h"
#include "diagnosepage.h"
#include "diagnosisfile.h"
#include "findbar.h"
#include "mainwindow.h"
#include "remediationhtml.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "roles.h"
#include "samples.h"
#include "searchfiltermodel.h"
#include "testsettings.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

class TestWindowTools : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DiagnosePage *page() const { return m_window->diagnosePage(); }

    void diagnose(const QString &text)
    {
        page()->setInputText(text);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 20000);
    }

    static QString accessibleName(QWidget *w)
    {
        return QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name);
    }

    static QString selectedIn(QTextBrowser *browser)
    {
        return browser->textCursor().selectedText().remove(RemediationHtml::kWordJoiner);
    }

    // A service's log: one failure repeated (each line with its own time and request ID), a second one three
    // times, and one more seen once.
    static QString repeatingLog()
    {
        const QByteArray notPermitted =
            Samples::wixBody(QStringLiteral("SiteId: 0f9e8d7c-6b5a is not permitted to target account."),
                             QStringLiteral("DOMAINS_SITE_NOT_PERMITTED"));
        const QByteArray noKey = Samples::wixBody(QStringLiteral("Cannot consume this service."),
                                                  QStringLiteral("DOMAINS_NO_THROTTLER_KEY"));
        QByteArray log;
        const auto line = [&log](int i, int status, const QByteArray &body) {
            log += QStringLiteral("2026-11-20T10:%1:%2.%3Z ERROR [domains-sync] req=1763471234.%4 call failed with "
                                  "status %5: ")
                       .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 1000, 3, 10, QLatin1Char('0'))
                       .arg(5550000 + i)
                       .arg(status)
                       .toUtf8() +
                   body + '\n';
        };
        for (int i = 0; i < 525; ++i) {
            line(i, 403, notPermitted);
            if (i == 100 || i == 200 || i == 300)
                line(i, 403, noKey);
            if (i % 50 == 0)
                log += "2026-11-20T10:00:00.000Z INFO  [domains-sync] retrying in 5s\n";
        }
        line(999, 429, Samples::wixBody(QStringLiteral("Too many requests"), QStringLiteral("RESOURCE_EXHAUSTED")));
        return QString::fromUtf8(log);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Types a name into a file dialog as a user does (selectFile() leaves alone a name field that has the focus).
    static void typeFileName(QFileDialog *dialog, const QString &path)
    {
        dialog->setDirectory(QFileInfo(path).absolutePath());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
    }

    // The modal window that a key or a call opens, handled once it shows: the test goes on when it has closed.
    template <typename Dialog> static void whenShown(std::function<void(Dialog *)> handle, bool *seen)
    {
        QTimer::singleShot(50, [handle, seen] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                whenShown<Dialog>(handle, seen); // not yet shown
                return;
            }
            *seen = true;
            handle(dialog);
        });
    }

    // A HAR with a secret in each request, the same failure twice and markup in a message.
    static QString harWithSecretsAndMarkup()
    {
        const auto entry = [](const QString &domain, const QString &message) {
            return std::make_tuple(
                QStringLiteral("POST"),
                QStringLiteral("https://www.wixapis.com/domain-connect/v1/connect-domain?apiKey=AKIA-"
                               "SECRET-QUERY-VALUE-123&domain=%1")
                    .arg(domain),
                400, Samples::wixBody(message, QStringLiteral("Invalid domain")));
        };
        return QString::fromUtf8(Samples::har(
            {entry(QStringLiteral("one.com"), QStringLiteral("Domain one.com is restricted.")),
             entry(QStringLiteral("two.com"), QStringLiteral("Domain two.com is restricted.")),
             entry(QStringLiteral("x.com"),
                   QStringLiteral("Name <script>alert(1)</script><img src=x onerror=alert(2)> is not a domain."))}));
    }

    QTreeView *resultsView() const { return page()->findChild<QTreeView *>(QStringLiteral("resultsView")); }
    QLineEdit *filterBox() const { return page()->findChild<QLineEdit *>(QStringLiteral("resultsFilter")); }

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("tst_windowtools"));
        QApplication::setStyle(new AppStyle);
        // Qt's own file dialog, which the test can fill in, whatever the platform offers.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        Translations::install();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(m_window->diagnoser()); // the catalog is loaded on the catalog service's worker
    }

    void cleanupTestCase() { m_window.reset(); }

    // Ctrl+F away from the input finds in the answer: every match counted, the current one selected, Enter and
    // F3 go on (wrapping), Shift+Enter and Shift+F3 go back, Escape closes and gives the focus back.
    void findInTheAnswer()
    {
        diagnose(DiagnosePage::exampleText());
        FindBar *bar = page()->remediation()->findBar();
        auto *browser = page()->remediation()->findChild<QTextBrowser *>(QStringLiteral("browser"));
        browser->setFocus();
        QVERIFY(!bar->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), bar->field());

        QTest::keyClicks(bar->field(), QStringLiteral("SITE"));
        const QString shown = page()->remediation()->plainText();
        const int expected = int(shown.count(QLatin1String("site"), Qt::CaseInsensitive));
        QVERIFY2(expected >= 3, qPrintable(shown));
        QCOMPARE(bar->matchCount(), expected);
        QCOMPARE(bar->currentMatch(), 0);
        QCOMPARE(bar->countText(), QStringLiteral("1 of %1 matches").arg(expected));
        QCOMPARE(selectedIn(browser).toLower(), QStringLiteral("site"));
        const int firstAt = browser->textCursor().selectionStart();

        QTest::keyClick(bar->field(), Qt::Key_Return);
        QCOMPARE(bar->currentMatch(), 1);
        QVERIFY(browser->textCursor().selectionStart() > firstAt);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->currentMatch(), 0);
        QCOMPARE(browser->textCursor().selectionStart(), firstAt);
        QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
        QCOMPARE(bar->currentMatch(), expected - 1);
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QCOMPARE(bar->currentMatch(), 0);
        // Every match marked, not only the current one.
        QCOMPARE(browser->extraSelections().size(), expected);
        // Apart from the amber of captured values, and readable.
        const QColor amber = AppTheme::colors(browser->palette()).markBackground;
        for (const QTextEdit::ExtraSelection &mark : browser->extraSelections()) {
            const QColor back = mark.format.background().color();
            QVERIFY(back != amber);
            QVERIFY(AppTheme::contrast(mark.format.foreground().color(), back) >= 4.5);
        }

        // The count is read with the field, and every part of the bar is named.
        QCOMPARE(bar->field()->accessibleDescription(), bar->countText());
        QCOMPARE(accessibleName(bar->field()), QStringLiteral("Find"));
        QStringList names;
        for (QToolButton *b : bar->findChildren<QToolButton *>())
            names << accessibleName(b);
        QVERIFY(names.contains(QStringLiteral("Next match")));
        QVERIFY(names.contains(QStringLiteral("Previous match")));
        QVERIFY(names.contains(QStringLiteral("Close the find bar")));

        bar->field()->clear();
        QTest::keyClicks(bar->field(), QStringLiteral("no such words here"));
        QCOMPARE(bar->matchCount(), 0);
        QCOMPARE(bar->countText(), QStringLiteral("No matches"));

        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), browser);
        QVERIFY(browser->extraSelections().isEmpty());
    }

    // A long value is kept on one line with word joiners after its hyphens; what the user types has none, and
    // still finds it.
    void findAcrossWordJoiners()
    {
        diagnose(DiagnosePage::exampleText());
        auto *browser = page()->remediation()->findChild<QTextBrowser *>(QStringLiteral("browser"));
        const QString siteId = QStringLiteral("0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b");
        QVERIFY(browser->toPlainText().contains(RemediationHtml::kWordJoiner)); // the case this test is about
        QVERIFY(page()->remediation()->plainText().contains(siteId));
        browser->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = page()->remediation()->findBar();
        bar->field()->setText(siteId);
        QVERIFY(bar->matchCount() >= 1);
        QCOMPARE(selectedIn(browser), siteId);
        bar->close();
    }

    // A selection on one line is what Ctrl+F looks for.
    void selectionIsTheTextToFind()
    {
        diagnose(DiagnosePage::exampleText());
        auto *browser = page()->remediation()->findChild<QTextBrowser *>(QStringLiteral("browser"));
        const int at = int(browser->toPlainText().indexOf(QLatin1String("account")));
        QVERIFY(at >= 0);
        QTextCursor c(browser->document());
        c.setPosition(at);
        c.setPosition(at + 7, QTextCursor::KeepAnchor);
        browser->setTextCursor(c);
        browser->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = page()->remediation()->findBar();
        QCOMPARE(bar->field()->text(), QStringLiteral("account"));
        QCOMPARE(bar->field()->selectedText(), QStringLiteral("account")); // typing replaces it
        QVERIFY(bar->matchCount() >= 1);
        bar->close();
    }

    // With the focus in the input, Ctrl+F finds in the input (here, in what is left once secrets are removed).
    void findInTheInput()
    {
        diagnose(DiagnosePage::exampleText());
        auto *editor = page()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit"));
        editor->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = page()->inputFindBar();
        QVERIFY(bar->isVisible());
        QVERIFY(!page()->remediation()->findBar()->isVisible());
        QTest::keyClicks(bar->field(), QStringLiteral("wix-"));
        const int expected = int(editor->toPlainText().count(QLatin1String("wix-"), Qt::CaseInsensitive));
        QVERIFY(expected >= 2);
        QCOMPARE(bar->matchCount(), expected);
        QCOMPARE(editor->textCursor().selectedText().toLower(), QStringLiteral("wix-"));
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), editor);

        // The input changes under an open bar: the matches are found again.
        editor->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        bar->field()->setText(QStringLiteral("wix-"));
        page()->setInputText(QStringLiteral("404 wix-a wix-b wix-c wix-d wix-e"));
        QTRY_COMPARE(bar->matchCount(), 5);
        bar->close();
    }

    // 525 copies of one error are one row that counts them, closed; beneath it, its candidates. The copies are
    // counted, not kept: one diagnosis stands for them, with where the first of them were found.
    void identicalErrorsAreOneRow()
    {
        diagnose(repeatingLog());
        ResultsModel *model = page()->resultsModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(page()->resultsFilterModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page()->report().results.size(), 3);
        QCOMPARE(page()->report().responseCount(), 529);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->groupCount(), 3);
        const QModelIndex many = model->index(0, 0);
        QCOMPARE(model->groupSize(many), 525);
        QCOMPARE(model->groupSize(model->index(1, 0)), 3);
        QCOMPARE(model->groupSize(model->index(2, 0)), 1);
        QCOMPARE(model->index(0, ResultsModel::ConfidenceColumn).data().toString(),
                 QStringLiteral("525 identical responses"));
        QVERIFY2(many.data().toString().contains(QStringLiteral("403 \u00b7 DOMAINS_SITE_NOT_PERMITTED")),
                 qPrintable(many.data().toString()));
        QVERIFY(many.data(Qt::AccessibleTextRole).toString().endsWith(QLatin1String("seen 525 times")));
        const Diagnosis *group = model->diagnosisAt(many);
        QCOMPARE(group->group.locations.size(), ResponseGroup::kMaxLocations);
        QCOMPARE(group->group.locations.front().key(), QStringLiteral("line 1"));
        QCOMPARE(group->group.moreLocations(), 525 - int(ResponseGroup::kMaxLocations));
        // Beneath it, its candidates.
        const QModelIndex candidate = model->index(0, 0, many);
        QVERIFY(model->matchAt(candidate));
        QCOMPARE(model->matchAt(candidate)->entry->id, QStringLiteral("connect-domain.site-not-permitted"));
        QCOMPARE(model->rowCount(candidate), 0);
        // A response seen once reads as before: its candidates right beneath it.
        const QModelIndex once = model->index(2, 0);
        QVERIFY(model->matchAt(model->index(0, 0, once)));

        // In the view: the groups closed, the one seen once open; the first shown; the count in the summary.
        QTreeView *view = resultsView();
        QVERIFY(!view->isExpanded(view->model()->index(0, 0)));
        QVERIFY(view->isExpanded(view->model()->index(2, 0)));
        QVERIFY(page()->remediation()->plainText().contains(QLatin1String("Site does not belong to the account")));
        QVERIFY2(page()->remediation()->plainText().contains(QLatin1String("Seen 525 times, identical each time.")),
                 qPrintable(page()->remediation()->plainText()));
        auto *summary = page()->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("529 error responses \u00b7 3 distinct errors")),
                 qPrintable(summary->text()));
    }

    // The same call refused for different domains: one error that says what differs, and the answer, the reply and
    // the saved report name every domain with its count.
    void capturedValuesMayDiffer()
    {
        const auto refused = [](const QString &domain) {
            return std::make_tuple(QStringLiteral("POST"),
                                   QStringLiteral("https://www.wixapis.com/domain-connect/v1/connect-domain"), 400,
                                   Samples::wixBody(QStringLiteral("Domain %1 is restricted.").arg(domain),
                                                    QStringLiteral("Invalid domain")));
        };
        diagnose(QString::fromUtf8(
            Samples::har({refused(QStringLiteral("shop-one.com")), refused(QStringLiteral("shop-two.net")),
                          refused(QStringLiteral("third.example.org")), refused(QStringLiteral("shop-two.net"))})));
        ResultsModel *model = page()->resultsModel();
        QCOMPARE(page()->report().results.size(), 1);
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex group = model->index(0, 0);
        QCOMPARE(model->groupSize(group), 4);
        QCOMPARE(model->index(0, ResultsModel::ConfidenceColumn).data().toString(),
                 QStringLiteral("4 responses \u00b7 same error \u00b7 3 domains"));
        // One call failing again and again: the request is on the group's row, after the status and code that lead.
        QVERIFY2(group.data().toString().startsWith(
                     QStringView(u"400 \u00b7 Invalid domain \u00b7 POST /domain-connect/v1/connect-domain")),
                 qPrintable(group.data().toString()));
        // The answer lists each domain with how many responses named it.
        resultsView()->setCurrentIndex(resultsView()->model()->index(0, 0));
        const QString answer = page()->remediation()->plainText();
        QVERIFY2(answer.contains(QLatin1String("Seen 4 times with different values: 3 domains.")), qPrintable(answer));
        for (const QString &value : {QStringLiteral("shop-one.com"), QStringLiteral("shop-two.net"),
                                     QStringLiteral("third.example.org"), QStringLiteral("2 responses")})
            QVERIFY2(answer.contains(value), qPrintable(answer));
        // The filter finds the group by any of its domains.
        filterBox()->setText(QStringLiteral("third.example.org"));
        QCOMPARE(resultsView()->model()->rowCount(), 1);
        filterBox()->clear();
        // So do the saved report and the reply.
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("d.md"));
        QVERIFY(m_window->saveDiagnosisTo(md, DiagnosisFile::Format::Markdown));
        QFile saved(md);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        for (const QString &line : {QStringLiteral("- `shop-one.com` (1)"), QStringLiteral("- `shop-two.net` (2)"),
                                    QStringLiteral("- `third.example.org` (1)")})
            QVERIFY2(text.contains(line), qPrintable(text));
        // Different messages are different errors.
        diagnose(QString::fromUtf8(Samples::har(
            {refused(QStringLiteral("shop-one.com")),
             std::make_tuple(QStringLiteral("POST"),
                             QStringLiteral("https://www.wixapis.com/domain-connect/v1/connect-domain"), 400,
                             Samples::wixBody(QStringLiteral("Name must be at least 3 characters."),
                                              QStringLiteral("Invalid domain")))})));
        QCOMPARE(page()->report().results.size(), 2);
        QCOMPARE(model->rowCount(), 2);
    }

    // The filter keeps what holds every word typed; a group opens where only some of its responses fit.
    void filterTheResults()
    {
        diagnose(repeatingLog());
        QLineEdit *filter = filterBox();
        QVERIFY(filter->isVisible());
        QCOMPARE(accessibleName(filter), QStringLiteral("Filter results"));
        // Ctrl+F in the results goes to the filter.
        resultsView()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), filter);
        QVERIFY(!page()->remediation()->findBar()->isVisible());

        QAbstractItemModel *shown = resultsView()->model();
        QTest::keyClicks(filter, QStringLiteral("throttler"));
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(shown->index(0, 0).data().toString().contains(QLatin1String("DOMAINS_NO_THROTTLER_KEY")));
        auto *count = page()->findChild<QLabel *>(QStringLiteral("filterCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("3 of 529 responses"));
        QCOMPARE(filter->accessibleDescription(), count->text());

        // A group's row is found by what its responses share; the responses themselves are counted, not kept.
        filter->setText(QStringLiteral("site_not_permitted"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("525 of 529 responses"));
        QVERIFY(!resultsView()->isExpanded(shown->index(0, 0)));

        // Words in any order and case, each required.
        filter->setText(QStringLiteral("resource_exhausted 429"));
        QCOMPARE(shown->rowCount(), 1);
        filter->setText(QStringLiteral("429 throttler"));
        QCOMPARE(shown->rowCount(), 0);
        QCOMPARE(count->text(), QStringLiteral("No result contains “429 throttler”."));

        // Escape empties the filter, a second Escape goes back to the results.
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(shown->rowCount(), 3);
        QVERIFY(!count->isVisible());
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), resultsView());
    }

    // The window's Save and the command line's --format render a report by the one renderer of the engine: the
    // same input gives the same bytes in every format (at the time SOURCE_DATE_EPOCH names, for both).
    void saveWritesWhatTheCommandLinePrints()
    {
        const QString input = harWithSecretsAndMarkup();
        diagnose(input);
        QTemporaryDir dir;
        qputenv("SOURCE_DATE_EPOCH", "1764000000");
        const auto unset = qScopeGuard([] { qunsetenv("SOURCE_DATE_EPOCH"); });
        const std::pair<DiagnosisFile::Format, QString> formats[] = {
            {DiagnosisFile::Format::Markdown, QStringLiteral("markdown")},
            {DiagnosisFile::Format::Html, QStringLiteral("html")},
            {DiagnosisFile::Format::Json, QStringLiteral("json")}};
        for (const auto &[format, name] : formats) {
            const QString path = dir.filePath(name);
            QVERIFY(m_window->saveDiagnosisTo(path, format));
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("no-subscriptions")));
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(DT_CLI_PATH),
                      {QStringLiteral("--match"), QStringLiteral("-"), QStringLiteral("--format"), name});
            QVERIFY(cli.waitForStarted());
            cli.write(input.toUtf8());
            cli.closeWriteChannel();
            QVERIFY(cli.waitForFinished(30000));
            QCOMPARE(cli.exitCode(), 0);
            const QByteArray printed = cli.readAllStandardOutput();
            QVERIFY(printed.size() > 500);
            QCOMPARE(printed, readAll(path));
        }
    }

    // Each format holds the diagnosis, never a secret of the input, and pasted markup only escaped.
    void saveInEachFormat()
    {
        diagnose(harWithSecretsAndMarkup());
        const Report &report = page()->report();
        QCOMPARE(report.responseCount(), 3);
        QCOMPARE(report.results.size(), 2); // one.com and two.com: one error for two domains
        QVERIFY(report.redactions > 0);
        const QStringList secrets{QStringLiteral("IST.secret-key-value"), QStringLiteral("SECRET-QUERY-VALUE")};
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("d.md"));
        const QString html = dir.filePath(QStringLiteral("d.html"));
        const QString json = dir.filePath(QStringLiteral("d.json"));
        QVERIFY(m_window->saveDiagnosisTo(md, DiagnosisFile::Format::Markdown));
        QVERIFY(m_window->saveDiagnosisTo(html, DiagnosisFile::Format::Html));
        QVERIFY(m_window->saveDiagnosisTo(json, DiagnosisFile::Format::Json));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Diagnosis saved to ")));
        for (const QString &path : {md, html, json}) {
            const QByteArray content = readAll(path);
            QVERIFY2(content.size() > 500, qPrintable(path));
            for (const QString &secret : secrets)
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(path + u' ' + secret));
        }

        const QString markdown = QString::fromUtf8(readAll(md));
        QVERIFY2(markdown.startsWith(QLatin1String("# Diagnosis\n")), qPrintable(markdown.left(200)));
        QVERIFY(markdown.contains(QStringLiteral("3 error responses \u00b7 2 distinct errors")));
        QVERIFY(markdown.contains(QLatin1String("*Seen 2 times*")));
        QVERIFY(markdown.contains(QStringLiteral("entry 1 of 3 \u00b7 POST /domain-connect/v1/connect-domain")));
        QVERIFY(markdown.contains(QLatin1String("**What to do:**")));
        QVERIFY(markdown.contains(QLatin1String("## Input, secrets removed")));
        QVERIFY(markdown.contains(QLatin1String("[REDACTED")));

        const QString page = QString::fromUtf8(readAll(html));
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(QLatin1String("Content-Security-Policy")));
        QVERIFY2(page.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x")), qPrintable(page));
        QVERIFY(!page.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!page.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!page.contains(RemediationHtml::kWordJoiner));
        // Links: only the catalog's, https or mailto.
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        int links = 0;
        for (auto it = href.globalMatch(page); it.hasNext(); ++links) {
            const QString url = it.next().captured(1);
            QVERIFY2(url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("mailto:")),
                     qPrintable(url));
        }
        QVERIFY(links > 0);

        // The command line's JSON: every response, as --json prints it.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("results")).toArray().size(), 2); // one per error
        QCOMPARE(
            doc.object().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("count")),
            QJsonValue(2));
    }

    // Ctrl+S asks where; the type chosen gives the name its suffix; a second save replaces the file whole.
    void saveThroughTheDialog()
    {
        diagnose(DiagnosePage::exampleText());
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("ticket-4711"));
        const auto answer = [&base](QFileDialog *dialog) {
            dialog->selectNameFilter(DiagnosisFile::filter(DiagnosisFile::Format::Html));
            typeFileName(dialog, base);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept(): the name checked
        };
        bool seen = false;
        whenShown<QFileDialog>(answer, &seen);
        QApplication::setActiveWindow(m_window.get()); // again, after the last dialog
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(seen);
        const QByteArray first = readAll(base + QStringLiteral(".html"));
        QVERIFY(first.startsWith("<!DOCTYPE html>"));
        QVERIFY(first.contains("DOMAINS_SITE_NOT_PERMITTED"));
        QVERIFY(!first.contains("eyJraWQiOiJleGFtcGxlIn0"));

        // The same name again, now as Markdown by its suffix: the HTML file stays, the .md is new.
        diagnose(QStringLiteral("403 DOMAINS_NO_THROTTLER_KEY"));
        seen = false;
        whenShown<QFileDialog>(
            [&base](QFileDialog *dialog) {
                typeFileName(dialog, base + QStringLiteral(".md"));
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept(): the name checked
            },
            &seen);
        QApplication::setActiveWindow(m_window.get()); // again, after the last dialog
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(seen);
        QVERIFY(readAll(base + QStringLiteral(".md")).contains("DOMAINS_NO_THROTTLER_KEY"));
        QCOMPARE(readAll(base + QStringLiteral(".html")), first);
    }

    // A place that cannot be written: a message that says where and why, and the file already there unchanged.
    void saveFailureSaysWhy()
    {
        diagnose(DiagnosePage::exampleText());
        QTemporaryDir dir;
        for (const QString &path : {dir.filePath(QStringLiteral("no-such-folder/d.md")), dir.path()}) {
            QString text;
            bool seen = false;
            whenShown<QMessageBox>(
                [&text](QMessageBox *box) {
                    text = box->text();
                    box->accept();
                },
                &seen);
            QVERIFY(!m_window->saveDiagnosisTo(path, DiagnosisFile::Format::Markdown));
            QVERIFY(seen);
            QVERIFY2(text.startsWith(QStringLiteral("The diagnosis could not be saved to %1: ").arg(path)),
                     qPrintable(text));
            QVERIFY(text.contains(QLatin1String("unchanged")));
        }
        QVERIFY(QFileInfo(dir.path()).isDir());
        // An empty report has nothing to save: Save is off, and Ctrl+S opens no dialog.
        diagnose(QString());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionSaveDiagnosis"))->isEnabled());
        QApplication::setActiveWindow(m_window.get()); // again, after the last dialog
        bool asked = false;
        QTimer::singleShot(300, this, [&asked] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                asked = true;
                dialog->close();
            }
        });
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTest::qWait(400);
        QVERIFY(!asked);
    }

    // A huge input: counting stops at the bound, and says so.
    void manyMatchesAreBounded()
    {
        QPlainTextEdit editor;
        editor.setPlainText(QStringLiteral("ab ").repeated(FindBar::kMaxMatches + 500));
        FindBar bar;
        bar.attach(&editor);
        bar.open();
        bar.field()->setText(QStringLiteral("ab"));
        QCOMPARE(bar.matchCount(), FindBar::kMaxMatches);
        QVERIFY2(bar.countText().startsWith(QLatin1String("1 of more than ")), qPrintable(bar.countText()));
        bar.findPrevious(); // wraps to the last counted
        QCOMPARE(bar.currentMatch(), FindBar::kMaxMatches - 1);
    }
};

QTEST_MAIN(TestWindowTools)
#include "tst_windowtools.moc"
