// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "callinspector.h"
#include "timeline.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// One call of the timeline in full: its request and response, read again from the input on a worker thread when
// the call is chosen (the timeline keeps no header or body), redacted, as plain text. A button asks to show the
// call where it stands in the input.
class CallView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallView)

public:
    // Where the calls can be read again: the editor's text, or a file too large to show in it.
    struct Source
    {
        QString text;      // the editor's text, when the input is shown there
        QString largeFile; // the file read, when it is not
    };

    explicit CallView(QWidget *parent = nullptr);
    ~CallView() override;

    void showCall(const TimelineCall &call, const Source &source);
    void clear();
    QString requestText() const;
    QString responseText() const;
    // Whether the call last chosen has been read (for tests and the status line).
    bool isReading() const { return m_watcher.isRunning(); }

signals:
    void showInInputRequested(const TimelineCall &call);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails(const CallDetails &details);
    static CallDetails read(const TimelineCall &call, const Source &source);
    static CallDetails readLine(const TimelineCall &call, const Source &source);
    static QString linesOf(QStringView text, int first, int last);

    QLabel *m_heading;
    QLabel *m_requestLabel;
    QPlainTextEdit *m_request;
    QLabel *m_responseLabel;
    QPlainTextEdit *m_response;
    QLabel *m_problem;
    QPushButton *m_showInInput;
    QFutureWatcher<CallDetails> m_watcher;
    TimelineCall m_call;
    bool m_hasCall = false;
};
