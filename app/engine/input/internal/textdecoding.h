// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: how input bytes become text, shared by the input and HAR readers.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TextDecoding {

// Any bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16 with one. Bytes that cannot be read are
// replaced and NUL bytes become spaces; each such repair is named in *problems, in the user's terms.
QString decode(const QByteArray &bytes, QStringList *problems);

// Whether decode() gives back exactly these bytes as text (no byte-order mark, nothing repaired), so that the
// bytes may stand in for the text's UTF-8. problems: what decode() reported for them.
bool isOwnUtf8(const QByteArray &bytes, const QStringList &problems);

// What decode() says when bytes were not UTF-8, and when it found NUL bytes.
QString invalidUtf8Problem();
QString nulProblem(qsizetype nuls);
// Replaces NUL characters with spaces; returns how many there were.
qsizetype replaceNuls(QString *text);

// How much of the input is looked at to tell text from binary data.
constexpr qsizetype kSniffSize = 8192;
// Whether bytes, the start of an input, are binary data rather than text: after a byte-order mark (UTF-8 or
// UTF-16 text), more than one byte in ten is a NUL, another control byte (tab, line ends, form feed and escape
// excepted) or part of no valid UTF-8 sequence. A sequence cut at the end of the bytes counts as valid.
bool isBinary(QByteArrayView head);
// What the answer says of binary data: its size and its first bytes in hex.
QString binaryProblem(QByteArrayView head, qint64 size);
// What it says of an input with nothing but white space in it, size bytes long.
QString emptyProblem(qint64 size);

} // namespace TextDecoding
