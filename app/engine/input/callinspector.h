// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

// What one call of a timeline sent and received, read again from its place in the input when someone asks: the
// timeline keeps no header or body, so memory stays small whatever the input's size. Plain text for plain-text
// views, secrets redacted, a JSON body pretty-printed.
struct CallDetails
{
    QString request;  // the request line, its headers, a blank line and its body
    QString response; // the status line, its headers, a blank line and its body
    QString problem;  // why nothing could be read, for people; empty when the call was read
};

namespace CallInspector {

// An entry bigger than this is not read again: its bodies would not fit a view anyway.
inline constexpr qint64 kMaxEntryBytes = qint64(32) * 1024 * 1024;
// A body longer than this is shown cut, with the number of characters left out.
inline constexpr qsizetype kMaxBodyChars = 256 * 1024;

// The HAR entry whose bytes stand at offset, size bytes long, in device (a file, or a buffer over the bytes that
// were read).
CallDetails readHarEntry(QIODevice *device, qint64 offset, qint64 size);
// Where the entry-th entry (1-based, as Location counts them) of a HAR held in memory stands: its first byte and its
// size, or false when it has no such entry. For text that may differ from what was read (the editor shows the
// input redacted).
bool findHarEntry(const QByteArray &har, int entry, qint64 *offset, qint64 *size);
// One HAR entry's JSON text.
CallDetails fromHarEntry(const QByteArray &entry);
// Lines first to last (1-based, as Location counts a log's lines) of the log in device, read as UTF-8 a chunk at a
// time, so that a file of any size is read in bounded memory; at most kMaxBodyChars bytes are kept (found tells
// whether the lines were there; cut, whether bytes were left out). Not redacted: the caller redacts what it shows.
QString readLogLines(QIODevice *device, int first, int last, bool *found, bool *cut);

} // namespace CallInspector
