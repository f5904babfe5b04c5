// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "appstyle.h"
#include "catalogpage.h"
#include "diagnosepage.h"
#include "historydialog.h"
#include "historystore.h"
#include "lookuppage.h"
#include "mainwindow.h"
#include "remediationview.h"
#include "samples.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "testsettings.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace {

// The letter Alt presses for a text ("Co&py" -> 'p'), or none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Mnemonics of the widgets beneath root that answer Alt+letter: buttons, group boxes, labels with a buddy.
QStringList mnemonicsIn(const QWidget *root)
{
    QStringList out;
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!mnemonicOf(b->text()).isNull())
            out << b->text();
    }
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (l->buddy() && !mnemonicOf(l->text()).isNull())
            out << l->text();
    }
    for (const QGroupBox *g : root->findChildren<QGroupBox *>()) {
        if (!mnemonicOf(g->title()).isNull())
            out << g->title();
    }
    return out;
}

// The texts among these whose mnemonic another text has too.
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QStringList> byLetter;
    for (const QString &t : texts)
        byLetter[mnemonicOf(t)] << t;
    QStringList out;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (!it.key().isNull() && it.value().size() > 1)
            out << it.value().join(QStringLiteral(" / "));
    }
    return out;
}

// Widgets whose one-line text is wider than the room they have: a clipped German word.
QStringList clipped(const QWidget *root)
{
    QStringList out;
    const auto check = [&out](const QWidget *w, QString text) {
        if (!w->isVisible() || text.isEmpty())
            return;
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        const int needed = w->fontMetrics().horizontalAdvance(text);
        if (needed > w->contentsRect().width())
            out << QStringLiteral("%1 (%2 px in %3 px)").arg(text).arg(needed).arg(w->contentsRect().width());
    };
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->wordWrap() && !l->text().contains(u'\n'))
            check(l, l->text());
    }
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->text().isEmpty())
            check(b, QString(b->text()).append(QStringLiteral("  "))); // room for the button's frame
    }
    return out;
}

} // namespace

// The window in German and Spanish (and English): every text has its translation, no mnemonic clashes within a
// window or a menu, nothing is clipped, and the language changes without a restart.
class TestTranslatedWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString diagnosed(MainWindow &window)
    {
        window.diagnosePage()->setInputText(QString::fromUtf8(Samples::curlVerbose(
            403,
            Samples::wixBody(QStringLiteral("SiteId: 0f9e8d7c-6b5a is not permitted to target account."),
                             QStringLiteral("DOMAINS_SITE_NOT_PERMITTED")),
            QStringLiteral("POST"), QStringLiteral("/domain-connect/v1/connect-domain"))));
        if (!QTest::qWaitFor(
                [&] { return !window.diagnosePage()->isBusy() && !window.diagnosePage()->report().results.isEmpty(); },
                20000))
            return {};
        return window.diagnosePage()->remediation()->plainText();
    }

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("tst_translatedwindow"));
        QApplication::setStyle(new AppStyle);
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("step");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File")
                                 << QStringLiteral("Check that site 0f9e8d7c-6b5a belongs to the account");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei")
                                << QStringLiteral("Prüfen Sie, ob die Website 0f9e8d7c-6b5a zu dem Konto");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Archivo")
                                 << QStringLiteral("Compruebe que el sitio 0f9e8d7c-6b5a pertenece a la cuenta");
    }

    void languages()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, step);
        Translations::install(language);
        QCOMPARE(Translations::current(), language);
        MainWindow window;
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuFile"))->title(), fileMenu);

        const QString shown = diagnosed(window);
        QVERIFY2(shown.contains(step), qPrintable(shown));
        // Wix's documented text stays English whatever the language.
        QVERIFY2(shown.contains(QLatin1String("site ID is not in the account")) ||
                     shown.contains(QLatin1String("is not permitted to target account")),
                 qPrintable(shown));

        // Alt+letter: the menu bar and the tabs, with each page's own controls; each menu on its own.
        QStringList windowLevel;
        for (const QAction *a : window.menuBar()->actions())
            windowLevel << a->text();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        for (int i = 0; i < tabs->count(); ++i)
            windowLevel << tabs->tabText(i);
        QWidget *pages[] = {window.diagnosePage(), window.lookupPage(), window.catalogPage()};
        for (QWidget *page : pages) {
            const QStringList clash = clashes(windowLevel + mnemonicsIn(page));
            QVERIFY2(clash.isEmpty(), qPrintable(page->objectName() + QLatin1String(": ") + clash.join(u',')));
        }
        for (const QMenu *menu : window.findChildren<QMenu *>()) {
            QStringList texts;
            for (const QAction *a : menu->actions())
                texts << a->text();
            QVERIFY2(clashes(texts).isEmpty(),
                     qPrintable(menu->title() + QLatin1String(": ") + clashes(texts).join(u',')));
        }
        HistoryStore store(m_dir.filePath(QStringLiteral("history.json")));
        HistoryDialog history(&store, &window);
        SettingsDialog settings(AppSettings{}, {}, window.catalogUpdater(), &window);
        ShortcutsDialog shortcuts(window.findChildren<QAction *>(), &window);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&history, &settings, &shortcuts}) {
            QVERIFY2(clashes(mnemonicsIn(dialog)).isEmpty(), qPrintable(clashes(mnemonicsIn(dialog)).join(u',')));
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY2(clipped(dialog).isEmpty(), qPrintable(clipped(dialog).join(u'\n')));
            dialog->hide();
        }

        // Long German words must not be cut off, on any page.
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QVERIFY2(clipped(&window).isEmpty(), qPrintable(clipped(&window).join(u'\n')));
        }
        const QString directory = qEnvironmentVariable("DT_SCREENSHOT_DIR");
        if (!directory.isEmpty()) {
            tabs->setCurrentIndex(0);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(QDir(directory).filePath(QStringLiteral("window-%1.png").arg(language))));
        }
    }

    void switchesLanguageWithoutRestart()
    {
        Translations::install(QStringLiteral("en"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(diagnosed(window).contains(QLatin1String("Check that site")));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Diagnose"));

        Translations::install(QStringLiteral("de"));
        QCoreApplication::processEvents();
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuFile"))->title(), QStringLiteral("&Datei"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Dia&gnose"));
        QTRY_VERIFY2(window.diagnosePage()->remediation()->plainText().contains(QStringLiteral("Prüfen Sie")),
                     qPrintable(window.diagnosePage()->remediation()->plainText()));
        QTRY_VERIFY(
            window.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().startsWith(QLatin1String("Gelesen")));

        Translations::install(QStringLiteral("es"));
        QCoreApplication::processEvents();
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Diagnosticar"));
        QTRY_VERIFY(window.diagnosePage()->remediation()->plainText().contains(QLatin1String("Compruebe")));
    }

    // The reply's language is chosen beside Copy reply, kept, and independent of the window's.
    void replyInAnotherLanguageThanTheWindow()
    {
        Translations::install(QStringLiteral("es"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(diagnosed(window).contains(QLatin1String("Compruebe")));
        auto *box = window.diagnosePage()->findChild<QComboBox *>(QStringLiteral("replyLanguageBox"));
        QVERIFY(box);
        box->setCurrentIndex(box->findData(QStringLiteral("de")));
        emit box->activated(box->currentIndex());
        window.diagnosePage()->remediation()->copyReply();
        const QString reply = QGuiApplication::clipboard()->text();
        QVERIFY2(reply.contains(QStringLiteral("1. Prüfen Sie, ob die Website 0f9e8d7c-6b5a")), qPrintable(reply));
        QVERIFY(reply.contains(QLatin1String("Die Anfrage Connect Domain ist mit HTTP 403 fehlgeschlagen")));
        QCOMPARE(RemediationView::replyLanguage(), QStringLiteral("de")); // remembered
        QVERIFY(window.diagnosePage()->remediation()->plainText().contains(QLatin1String("Compruebe")));
        RemediationView::setReplyLanguage(QString());
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
