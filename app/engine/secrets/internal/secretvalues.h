// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: where a secret value ends, for each kind of end the rules name (SecretRules::ValueEnd).

#include "secretrules.h"

#include <QStringView>
#include <QVarLengthArray>

#include <array>
#include <utility>

namespace SecretValues {

bool isQuote(char16_t c);
// The characters of tokens, keys and base64: letters, digits and - _ . ~ + / =.
bool isTokenChar(char16_t c);
// Letters and digits (or + / =) mixed, as a generated credential is, and no word of prose.
bool looksGenerated(QStringView value);
// null, true, false, a number: not a credential.
bool isPlainLiteral(QStringView value);
// A HAR body in base64 with its secrets redacted and encoded again; null when it held none.
QString redactedBase64(QStringView encoded);

using Ranges = QVarLengthArray<std::pair<qsizetype, qsizetype>, 4>;

// Reads values in one text. The text is read forwards as the scanner goes, so each stop character is looked for
// once: a long line with many names is not read again for each.
class Reader
{
public:
    explicit Reader(QStringView text);

    // The ranges of the value that starts at start (quote: the quote it opened with, or 0; nameQuoted: whether
    // the name governing it was quoted; statement: where that name starts).
    Ranges valueRanges(SecretRules::ValueEnd end, qsizetype start, char16_t quote, bool nameQuoted,
                       qsizetype statement);

    qsizetype lineEnd(qsizetype at);
    qsizetype quotedEnd(qsizetype at, char16_t quote);
    // Where a token that starts at at ends, also when it is wrapped over lines (quoted mail, curl's header lines):
    // it goes on where a line ends inside it and the next line holds nothing else. dots: the '.' it holds.
    qsizetype wrappedTokenEnd(qsizetype at, int *dots, qsizetype minPiece = 16);
    // After a lead word: where its value starts (after spaces, "is", a quote), or -1.
    qsizetype leadValueStart(qsizetype at) const;
    // A token and its base64 padding, ending before white space, a quote or punctuation; at itself when it does not.
    qsizetype tokenEnd(qsizetype at) const;
    qsizetype pemBodyEnd(qsizetype at) const;

private:
    enum class Stop { LineEnd, LineValue, LineValueInMember, Word, DoubleQuote, SingleQuote, BackQuote, Count };
    qsizetype next(Stop stop, qsizetype at);
    Ranges blockRanges(qsizetype start, qsizetype statement);
    Ranges cookieRanges(qsizetype start, qsizetype end) const;
    Ranges memberRanges(qsizetype start);
    qsizetype indentOf(qsizetype lineStart) const;
    qsizetype lineStartOf(qsizetype at) const;

    QStringView m_text;
    // For each kind of stop: the last position asked for and the stop found from it. Any position between the two
    // has the same stop.
    std::array<std::pair<qsizetype, qsizetype>, size_t(Stop::Count)> m_found;
};

} // namespace SecretValues
