// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QTextEdit>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// Find in one text (the input, or a remediation view): a bar below it with the text to find, the match count
// ("2 of 5 matches"), previous and next, and a close button. Every match is marked, the current one selected.
// Enter and F3 find the next, Shift+Enter and Shift+F3 the previous; Escape closes the bar and gives the focus
// back to the text. Case is ignored, and the word joiners that keep long values on one line never stop a match.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    // Above this many, matches are not counted further ("more than 10,000"): a 2 MiB log stays responsive.
    static constexpr int kMaxMatches = 10000;

    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void attach(QPlainTextEdit *editor);
    void attach(QTextEdit *editor);
    QWidget *target() const { return m_target; }

    // Shows the bar with the text selected in the target (if any, on one line) and puts the focus in its field.
    void open();
    QLineEdit *field() const { return m_field; }
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // 0-based, -1 when none
    QString countText() const;

public slots:
    void findNext();
    void findPrevious();
    void close(); // hides the bar and gives the focus back to the text

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Span
    {
        int start;
        int length;
    };
    struct Target
    {
        std::function<QTextDocument *()> document;
        std::function<QTextCursor()> cursor;
        std::function<void(const QTextCursor &)> setCursor;
        std::function<void(const QList<QTextEdit::ExtraSelection> &)> mark;
    };

    template <typename Editor> void attachEditor(Editor *editor);
    void retranslate();
    void search(); // all matches again, the current one the first at or after the cursor
    void step(int delta);
    void showCurrent();
    void showCount();
    void clearMarks();

    QWidget *m_target = nullptr;
    Target m_text;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QTimer m_refresh; // the text changed: search again once it has settled
    QList<Span> m_matches;
    bool m_capped = false;
    int m_current = -1;
};
