// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnoser.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

namespace Ui {
class DiagnosePage;
}
class CallView;
class FindBar;
class QSplitter;
class QStackedWidget;
class TimelineView;
struct TimelineCall;
class RemediationView;
class SearchFilterModel;
class ResultsModel;

// Paste (or drop, or open) anything; the diagnosis runs on a worker thread as the text changes, and a large file
// never freezes the window: it is read and diagnosed in the background and can be cancelled.
class DiagnosePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosePage)

public:
    // Above this size a file is diagnosed without being shown in the editor.
    static constexpr qint64 kEditorLimit = 2 * 1024 * 1024;

    explicit DiagnosePage(QWidget *parent = nullptr);
    ~DiagnosePage() override;

    void setDiagnoser(std::shared_ptr<const Diagnoser> diagnoser);
    void setInputText(const QString &text);
    // Empties the editor as an edit the user can undo.
    void clearInput();
    void setZoom(int steps); // points added to the editor's font
    // False, with a status message, when the file cannot be read.
    bool openFile(const QString &path);
    void pasteFromClipboard();

    RemediationView *remediation() const;
    FindBar *inputFindBar() const { return m_findBar; }
    QSplitter *splitter() const;
    ResultsModel *resultsModel() const { return m_model; }
    SearchFilterModel *resultsFilterModel() const { return m_filter; }
    TimelineView *timelineView() const { return m_timelineView; }
    CallView *callView() const { return m_callView; }
    // Whether the input has a timeline (more than one call), and whether it is shown in place of the results.
    bool hasTimeline() const;
    bool showsTimeline() const;
    // Shows the timeline, or the results; false (with a status message) when there is no timeline to show.
    bool showTimeline(bool show);
    // Ctrl+F in the results filters them: true when the focus was there and has moved to the filter box.
    bool focusFilterIfInResults();
    const Report &report() const;
    // Whether a diagnosis is under way, until its results are shown.
    bool isBusy() const { return m_busy; }
    QString inputText() const;
    // The name of the file the input came from, empty for a paste or once the text is edited.
    const QString &sourceName() const { return m_sourceName; }

    static QString exampleText();

public slots:
    void cancel();

signals:
    void diagnosed(const Report &report, const QString &redactedInput);
    // The input, its source name, its results or whether a run is under way changed.
    void stateChanged();
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Outcome
    {
        Report report;
        QString error;
        QString redactedInput; // for history; empty when too large to keep
        int generation = 0;
        QByteArray input; // what was diagnosed, when it came from the editor
    };

    void setInput(const QString &text, const QString &sourceName);
    void forgetAnswer(const QString &summary);
    int dropRun(); // cancels the run under way and forgets it: returns the next run's generation
    enum class Run { NewInput, SameInputAgain };
    void start(const QByteArray &data, const QString &path, Run run = Run::NewInput);
    void finished();
    void showProgress(int units); // how much of a file has been read, in ReadProgress units
    void showSelection(const QModelIndex &viewIndex);
    void applyFilter();
    void expandResults(); // responses seen once show their candidates; groups of many stay closed
    int shownResponses() const;
    void showFilterCount();
    void selectFirst();
    void showSummary(const Report &report);
    void showNoResult(const Report &report); // a run that found no failed response: why
    void showEmptyState();
    void applyEditorFont();
    // The Timeline tab and the call view beside it (diagnosepagetimeline.cpp).
    void setUpTimeline();
    void showTimelineOf(const Report &report);
    void inspect(const TimelineCall *call);
    void showInInput(const TimelineCall &call);

    std::unique_ptr<Ui::DiagnosePage> m_ui;
    std::shared_ptr<const Diagnoser> m_diagnoser;
    ResultsModel *m_model;
    SearchFilterModel *m_filter;
    FindBar *m_findBar;
    TimelineView *m_timelineView;
    CallView *m_callView;
    QStackedWidget *m_answerStack; // the remediation beside the results, the call view beside the timeline
    bool m_preferTimeline = false; // the view last chosen: the next input with a timeline opens on it
    QTimer m_debounce;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_largeFile;
    qint64 m_readTotal = 0; // the size of the file being read; 0 for a paste
    QElapsedTimer m_readClock;
    QString m_sourceName;
    bool m_showsEmptyState = false;
    int m_generation = 0;
    bool m_busy = false;
    int m_zoom = 0;
    bool m_fixedFont = false; // the editor takes its fixed-width font with its first text
};
