// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "inputlocator.h"

#include "callinspector.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>

namespace {

// How many characters (UTF-16) the first bytes of UTF-8 text decode to: an editor position from a byte offset.
qsizetype charactersIn(const QByteArray &utf8, qint64 bytes)
{
    return QString::fromUtf8(utf8.left(bytes)).size();
}

bool selectEntry(QPlainTextEdit *editor, const TimelineCall &call, QTextCursor *cursor)
{
    const QByteArray utf8 = editor->toPlainText().toUtf8();
    qint64 offset = 0;
    qint64 size = 0;
    if (!CallInspector::findHarEntry(utf8, call.location.first, &offset, &size))
        return false;
    cursor->setPosition(int(charactersIn(utf8, offset)));
    cursor->setPosition(int(charactersIn(utf8, offset + size)), QTextCursor::KeepAnchor);
    return true;
}

bool selectLines(QPlainTextEdit *editor, const TimelineCall &call, QTextCursor *cursor)
{
    const QTextBlock first = editor->document()->findBlockByNumber(call.location.first - 1);
    const QTextBlock last = editor->document()->findBlockByNumber(qMax(call.location.last, call.location.first) - 1);
    if (!first.isValid() || !last.isValid())
        return false;
    cursor->setPosition(first.position());
    cursor->setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    return true;
}

} // namespace

namespace InputLocator {

bool select(QPlainTextEdit *editor, const TimelineCall &call)
{
    if (editor->document()->isEmpty())
        return false;
    QTextCursor cursor(editor->document());
    bool found = false;
    switch (call.location.kind) {
    case Location::Kind::Entry:
        found = selectEntry(editor, call, &cursor);
        break;
    case Location::Kind::Line:
    case Location::Kind::Lines:
        found = selectLines(editor, call, &cursor);
        break;
    case Location::Kind::Whole:
    case Location::Kind::Item:
        break;
    }
    if (!found)
        return false;
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
    return true;
}

} // namespace InputLocator
