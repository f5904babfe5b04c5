// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// The Diagnose page's Timeline at 800x600, in the theme and scale the run asks for: shown for an input with calls
// to follow and not for a single body, every injected fault of the flow walks named at its step in the window, a
// chosen call read again from the input with its secrets removed, Show in input, and the reply's flow verdict in
// the reply's language.
#include "appstyle.h"
#include "apptheme.h"
#include "callview.h"
#include "diagnosepage.h"
#include "embeddedcatalog.h"
#include "flowwalks.h"
#include "mainwindow.h"
#include "remediationview.h"
#include "resultsmodel.h"
#include "samples.h"
#include "tabwalk.h"
#include "testsettings.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "translations.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace TabWalk;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(DT_TEST_DATA "/flows/") + name;
}

// The fixtures' bearer token (generate.py): its header and its signature must never show.
const QByteArray kTokenSignature("c2lnbmF0dXJlLXNlY3JldA");
const QByteArray kTokenHeader("eyJraWQiOiJQb3pIX2FDMiIs");

StepState stateOf(const QString &key)
{
    for (int s = 0; s <= int(StepState::NotRecorded); ++s) {
        if (FlowAnalysis::stateKey(StepState(s)) == key)
            return StepState(s);
    }
    qFatal("unknown state %s", qPrintable(key));
}

} // namespace

class TestTimelineWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Catalog m_catalog;

    DiagnosePage *page() const { return m_window->diagnosePage(); }
    QTabWidget *tabs() const { return page()->findChild<QTabWidget *>(QStringLiteral("resultsTabs")); }
    QPlainTextEdit *editor() const { return page()->findChild<QPlainTextEdit *>(QStringLiteral("inputEdit")); }
    QTreeView *calls() const { return page()->timelineView()->callsView(); }

    void openWalk(const QString &path)
    {
        QVERIFY(page()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy() && page()->hasTimeline(), 20000);
    }
    // Chooses a row of the timeline and waits for its call to be read again.
    void choose(int row)
    {
        QVERIFY(page()->showTimeline(true));
        calls()->setCurrentIndex(calls()->model()->index(row, 0));
        QTRY_VERIFY(!page()->callView()->isReading() && !page()->callView()->responseText().isEmpty());
    }
    const FlowStep *step(const QString &flow, const QString &id) const
    {
        for (const FlowDefinition &f : m_catalog.flows()) {
            for (const FlowStep &s : f.steps) {
                if ((f.id == flow || flow.isEmpty()) && s.id == id)
                    return &s;
            }
        }
        return flow.isEmpty() ? nullptr : step(QString(), id);
    }
    const FlowDefinition *flowDefinition(const QString &id) const
    {
        for (const FlowDefinition &f : m_catalog.flows()) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("tst_timelinewindow"));
        QApplication::setStyle(new AppStyle);
        Translations::install(QStringLiteral("en"));
        AppTheme::apply(AppTheme::fromKey(qEnvironmentVariable("DT_TEST_THEME", QStringLiteral("light"))));
        QString error;
        m_catalog = EmbeddedCatalog::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(800, 600);
        m_window->show();
        m_window->showPage(MainWindow::Page::Diagnose);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanupTestCase() { m_window.reset(); }

    // A HAR of several calls has a Timeline beside the Results, reached by its menu action; a single JSON body has
    // none, and the action says so instead of showing an empty tab.
    void timelineOnlyForCalls()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionTimeline"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty()); // listed in Help > Keyboard shortcuts, which lists every shortcut
        openWalk(data(QStringLiteral("ns-ok.chrome.har")));
        QVERIFY(tabs()->isTabVisible(1));
        QVERIFY(calls()->model()->rowCount() >= 2);
        QCOMPARE(calls()->model()->rowCount(), int(page()->report().timeline.calls().size()));
        action->trigger();
        QVERIFY(page()->showsTimeline());
        QVERIFY(calls()->hasFocus());
        action->trigger();
        QVERIFY(!page()->showsTimeline());

        page()->setInputText(QString::fromUtf8(
            Samples::wixBody(QStringLiteral("Domain a.com can't be assigned"), QStringLiteral("NON_PREMIUM_SITE"))));
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy() && page()->resultsModel()->rowCount() > 0, 20000);
        QVERIFY(!page()->hasTimeline());
        QVERIFY(!tabs()->isTabVisible(1));
        action->trigger();
        QVERIFY(!page()->showsTimeline());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("no timeline")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    // Every walk of tests/data/flows, in the window: each step of the flow with the state the reference pages give
    // it (flowwalks.h), and the verdict naming the step that broke.
    void walks_data()
    {
        QTest::addColumn<QString>("walk");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("failedStep");
        QTest::addColumn<QString>("verdictSays");
        for (const FlowWalks::Row &r : FlowWalks::rows()) {
            for (const char *shape : FlowWalks::kShapes) {
                QTest::addRow("%s%s", r.walk, shape)
                    << QLatin1String(r.walk) + QLatin1String(shape) << r.flow << r.states
                    << QString::fromLatin1(r.failedStep) << QString::fromLatin1(r.verdictSays);
            }
        }
    }
    void walks()
    {
        QFETCH(QString, walk);
        QFETCH(QString, flow);
        QFETCH(QStringList, states);
        QFETCH(QString, failedStep);
        QFETCH(QString, verdictSays);
        openWalk(data(walk));
        const FlowDefinition *definition = flowDefinition(flow);
        QVERIFY(definition);
        const QString shown = page()->timelineView()->flowsText();
        QVERIFY2(shown.contains(QStringLiteral("Flow: %1").arg(definition->title)), qPrintable(shown));
        // The flow's block: from its title to the next flow's.
        QString block = shown.mid(shown.indexOf(QStringLiteral("Flow: %1").arg(definition->title)));
        block = block.left(block.indexOf(QStringLiteral("\n\nFlow: ")));
        for (qsizetype i = 0; i < definition->steps.size(); ++i) {
            const QString line = QStringLiteral("%1. %2: %3")
                                     .arg(QString::number(i + 1), definition->steps.at(i).name,
                                          FlowAnalysis::stateLabel(stateOf(states.at(i))));
            QVERIFY2(block.contains(line), qPrintable(line + QStringLiteral("\nnot in\n") + block));
        }
        QString verdict = block.mid(block.indexOf(QStringLiteral("Verdict: ")));
        verdict = verdict.left(verdict.indexOf(u'\n'));
        QVERIFY2(verdict.contains(verdictSays, Qt::CaseInsensitive), qPrintable(verdict));
        if (!failedStep.isEmpty()) {
            const FlowStep *broken = step(flow, failedStep);
            QVERIFY(broken);
            QVERIFY2(verdict.contains(broken->name), qPrintable(broken->name + QStringLiteral(" not in ") + verdict));
        }
        // The accessible names say the same.
        QAccessibleInterface *label = QAccessible::queryAccessibleInterface(
            page()->timelineView()->findChild<QLabel *>(QStringLiteral("flowVerdicts")));
        QVERIFY(label);
        QCOMPARE(label->text(QAccessible::Description), shown);
    }

    // A call chosen in the timeline: its request and response read again from the HAR, headers and body, with the
    // token of the Authorization header replaced; a JSON body indented.
    void chosenCallIsShownRedacted_data()
    {
        QTest::addColumn<QString>("walk");
        QTest::newRow("chrome") << QStringLiteral("ns-ok.chrome.har");
        QTest::newRow("firefox") << QStringLiteral("ns-endless-polling.firefox.har");
        QTest::newRow("failure") << QStringLiteral("ns-error-dns.chrome.har");
    }
    void chosenCallIsShownRedacted()
    {
        QFETCH(QString, walk);
        QFile in(data(walk));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray har = in.readAll();
        QVERIFY(har.contains(kTokenSignature)); // the input holds it
        const QJsonArray entries = QJsonDocument::fromJson(har)
                                       .object()
                                       .value(QLatin1String("log"))
                                       .toObject()
                                       .value(QLatin1String("entries"))
                                       .toArray();
        openWalk(data(walk));
        for (int row = 0; row < calls()->model()->rowCount(); ++row) {
            choose(row);
            const TimelineCall *call = page()->timelineView()->model()->callAt(calls()->model()->index(row, 0));
            const QString request = page()->callView()->requestText();
            const QString response = page()->callView()->responseText();
            const QJsonObject entry = entries.at(call->location.first - 1).toObject();
            const QJsonObject sent = entry.value(QLatin1String("request")).toObject();
            QVERIFY2(request.startsWith(sent.value(QLatin1String("method")).toString() + u' ' +
                                        sent.value(QLatin1String("url")).toString()),
                     qPrintable(request));
            QVERIFY2(response.startsWith(QStringLiteral("HTTP %1").arg(call->status)), qPrintable(response));
            QVERIFY2(request.contains(QLatin1String("Authorization: [REDACTED]"), Qt::CaseInsensitive),
                     qPrintable(request));
            for (const QString &text : {request, response}) {
                QVERIFY2(!text.contains(QLatin1String(kTokenSignature)) && !text.contains(QLatin1String(kTokenHeader)),
                         qPrintable(text));
            }
            // The JSON body as people read it: one member a line, indented.
            const QString body = response.mid(response.indexOf(QStringLiteral("\n\n")) + 2);
            QVERIFY2(body.startsWith(u'{') && body.contains(QLatin1String("\n    \"")), qPrintable(body));
            QVERIFY(QJsonDocument::fromJson(body.toUtf8()).isObject());
        }
    }

    // A file too large for the editor: its calls are read again from their place in the file; Show in input says
    // the file is not shown instead of selecting anything.
    void largeFileCallsAreReadFromTheFile()
    {
        QFile in(data(QStringLiteral("ns-error-create.chrome.har")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject har = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject log = har.value(QLatin1String("log")).toObject();
        QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        // A big page load before the Wix calls (not a Wix call: it is not on the timeline) and a UTF-8 name.
        QJsonObject big = entries.at(0).toObject();
        QJsonObject request = big.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("url"), QStringLiteral("https://static.example.com/app-\u00e9t\u00e9.js"));
        big.insert(QStringLiteral("request"), request);
        QJsonObject response = big.value(QLatin1String("response")).toObject();
        QJsonObject content = response.value(QLatin1String("content")).toObject();
        content.insert(QStringLiteral("text"), QString(3 * 1024 * 1024, u'x'));
        response.insert(QStringLiteral("content"), content);
        big.insert(QStringLiteral("response"), response);
        entries.prepend(big);
        log.insert(QStringLiteral("entries"), entries);
        har.insert(QStringLiteral("log"), log);
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("big.har")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(har).toJson(QJsonDocument::Indented));
        out.close();
        QVERIFY(out.size() > DiagnosePage::kEditorLimit);
        openWalk(out.fileName());
        QVERIFY(editor()->toPlainText().isEmpty());
        choose(0);
        // The walks ran against a loopback stand-in of the API.
        QVERIFY2(page()->callView()->requestText().startsWith(QLatin1String("POST http")) &&
                     page()->callView()->requestText().contains(QLatin1String("/domains/v1/connected-domains\n")),
                 qPrintable(page()->callView()->requestText()));
        QVERIFY(page()->callView()->responseText().contains(QLatin1String("NON_PREMIUM_SITE")));
        QVERIFY(!page()->callView()->requestText().contains(QLatin1String(kTokenSignature)));
        page()->callView()->findChild<QPushButton *>()->click();
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("too large to show")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    // A log too large for the editor: each call's line is read again from the file, whatever its place in it, with
    // its secrets removed.
    void largeLogCallsAreReadFromTheFile()
    {
        QFile in(data(QStringLiteral("ns-error-dns.log")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> walk = in.readAll().trimmed().split('\n');
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("big.log")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        // Filler before each call, with CRLF line ends, so that the calls stand past the first chunks read.
        constexpr int kFiller = 20000;
        for (const QByteArray &line : walk) {
            for (int i = 0; i < kFiller; ++i)
                out.write(QByteArray("2026-11-20T09:00:00.000Z INFO app heartbeat ok n=") + QByteArray::number(i) +
                          "\r\n");
            out.write(line + "\r\n");
        }
        out.close();
        QVERIFY(out.size() > DiagnosePage::kEditorLimit);
        openWalk(out.fileName());
        QVERIFY(editor()->toPlainText().isEmpty());
        QCOMPARE(calls()->model()->rowCount(), int(walk.size()));
        for (int row = 0; row < calls()->model()->rowCount(); ++row) {
            choose(row);
            const TimelineCall *call = page()->timelineView()->model()->callAt(calls()->model()->index(row, 0));
            QCOMPARE(call->location.first, kFiller * (row + 1) + row + 1);
            const QString shown = page()->callView()->responseText();
            QVERIFY2(shown.contains(call->method + u' ') && shown.contains(call->path), qPrintable(shown));
            QVERIFY(!shown.contains(QLatin1String("heartbeat")));
            QVERIFY(!shown.contains(QLatin1String(kTokenSignature)));
            QVERIFY(!shown.contains(QLatin1String(kTokenHeader)));
        }
    }

    // Show in input selects the chosen call where it stands in the editor: its HAR entry (the editor shows the HAR
    // redacted, so not at the place it was read from), or its log line.
    void showInInputSelectsTheCall_data()
    {
        QTest::addColumn<QString>("walk");
        QTest::newRow("chrome") << QStringLiteral("ns-error-dns.chrome.har");
        QTest::newRow("firefox") << QStringLiteral("ns-out-of-order.firefox.har");
        QTest::newRow("log") << QStringLiteral("ns-error-dns.log");
    }
    void showInInputSelectsTheCall()
    {
        QFETCH(QString, walk);
        openWalk(data(walk));
        for (int row = calls()->model()->rowCount() - 1; row >= 0; --row) {
            choose(row);
            const TimelineCall *call = page()->timelineView()->model()->callAt(calls()->model()->index(row, 0));
            page()->callView()->findChild<QPushButton *>()->click();
            QVERIFY(editor()->hasFocus());
            const QString selected = editor()->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
            if (walk.endsWith(QLatin1String(".log"))) {
                QCOMPARE(editor()->textCursor().blockNumber() + 1, call->location.first);
                QVERIFY2(selected.contains(call->path) && selected.contains(call->method), qPrintable(selected));
                QVERIFY(!selected.contains(u'\n'));
                continue;
            }
            const QJsonObject entry = QJsonDocument::fromJson(selected.toUtf8()).object();
            QVERIFY2(!entry.isEmpty(), qPrintable(selected.left(200)));
            QCOMPARE(entry.value(QLatin1String("startedDateTime")).toString(), call->time);
            QVERIFY(entry.value(QLatin1String("request"))
                        .toObject()
                        .value(QLatin1String("url"))
                        .toString()
                        .contains(call->path));
        }
    }

    // The reply copied from the window ends with the flow verdict tied to the failed step, in the reply's language
    // when it is not the window's.
    void replyCarriesTheFlowVerdict()
    {
        openWalk(data(QStringLiteral("ns-error-create.chrome.har")));
        QTRY_VERIFY(page()->remediation()->hasReply());
        RemediationView::setReplyLanguage(QStringLiteral("en"));
        const QString english = page()->remediation()->replyText(ReplyComposer::Format::PlainText);
        QVERIFY2(english.contains(QLatin1String("Where the calls stand in Wix's documented flow:")),
                 qPrintable(english));
        QVERIFY(english.contains(QLatin1String("Create Connected Domain failed with NON_PREMIUM_SITE")));
        RemediationView::setReplyLanguage(QStringLiteral("de"));
        const QString german = page()->remediation()->replyText(ReplyComposer::Format::Markdown);
        RemediationView::setReplyLanguage(QString());
        QVERIFY2(german.contains(QLatin1String("Wo die Aufrufe im dokumentierten Ablauf von Wix stehen")),
                 qPrintable(german));
        QVERIFY2(german.contains(QLatin1String("ist mit NON\\_PREMIUM\\_SITE fehlgeschlagen")), qPrintable(german));
        QVERIFY(!german.mid(german.indexOf(QLatin1String("Wo die Aufrufe"))).contains(QLatin1String("failed with")));
        // The window itself stays English.
        QVERIFY(page()->timelineView()->flowsText().contains(QLatin1String("failed with NON_PREMIUM_SITE")));
    }

    // At 800x600 (and at 200 %, in the dark theme: CTest runs it so) the timeline, the verdicts and the chosen
    // call fit the window; Tab goes through them as they read; each row reads whole to a screen reader.
    void fitsAndReadsByKeyboard()
    {
        openWalk(data(QStringLiteral("ns-error-dns.firefox.har")));
        choose(0);
        QCOMPARE(m_window->size(), QSize(800, 600)); // nothing on the Timeline widens the window
        const QRect window = m_window->rect();
        for (QWidget *w : {static_cast<QWidget *>(calls()), static_cast<QWidget *>(page()->callView())}) {
            const QRect r = onWindow(w);
            QVERIFY2(window.contains(r), qPrintable(describe(w)));
            QVERIFY2(r.height() >= 4 * calls()->fontMetrics().height(), qPrintable(describe(w)));
        }
        QVERIFY(calls()->visualRect(calls()->model()->index(0, 0)).height() > 0);
        checkVisualOrder(page(), page()->findChild<QPushButton *>(QStringLiteral("exampleButton")));
        QVERIFY(walkTab(page(), editor()).contains(calls()));
        // The first cell of each row names the whole call.
        calls()->setFocus();
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(calls());
        QStringList names;
        for (int i = 0; i < view->childCount(); ++i)
            names << view->child(i)->text(QAccessible::Name);
        const TimelineCall *first = page()->timelineView()->model()->callAt(calls()->model()->index(0, 0));
        QVERIFY2(names.contains(TimelineModel::rowText(*first)), qPrintable(names.join(u'\n')));
        QVERIFY(TimelineModel::rowText(*first).contains(first->path));
    }
};

QTEST_MAIN(TestTimelineWindow)
#include "tst_timelinewindow.moc"
