// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The window's tools for long inputs and many results: find in the input and in the answer.
#include "appstyle.h"
#include "diagnosepage.h"
#include "findbar.h"
#include "mainwindow.h"
#include "remediationhtml.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "translations.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
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

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowtools"));
        QApplication::setStyle(new AppStyle);
        Translations::install();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanupTestCase() { m_window.reset(); }

    // Ctrl+F away from the input finds in the answer: every match counted, the current one selected, Enter and
    // F3 go on (wrapping), Shift+Enter and Shift+F3 go back, Escape closes and gives the focus back.
    void findInTheAnswer()
    {
        diagnose(DiagnosePage::exampleText());
        auto *results = page()->findChild<QTreeView *>(QStringLiteral("resultsView"));
        results->setFocus();
        FindBar *bar = page()->remediation()->findBar();
        auto *browser = page()->remediation()->findChild<QTextBrowser *>(QStringLiteral("browser"));
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
