// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

class NormalizedText;

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QDataStream;

// A documented error message with named placeholders, "Domain {domainName} is restricted.".
//
// Matching is a glob match on folded text: each literal piece is found at its leftmost place after the previous
// one, which is optimal when placeholders match any non-empty text, so there is no backtracking and the cost is
// bounded by (pieces x text length) whatever the template. A trailing placeholder takes one word.
class MessageTemplate
{
public:
    struct Capture
    {
        QString name;
        QString value;
    };

    struct MatchResult
    {
        bool matched = false;
        bool whole = false; // the template covers the whole text, not only a part of it
        QList<Capture> captures;
    };

    // A piece of a text written with "{name}" placeholders: literal text, or a placeholder's name.
    struct Token
    {
        bool placeholder = false;
        QString text; // the literal text as written, or the placeholder's name
    };

    MessageTemplate() = default;
    // Returns an empty template and sets *error when the text has an unbalanced or malformed placeholder.
    static MessageTemplate parse(const QString &text, QString *error);

    bool isEmpty() const { return m_pieces.isEmpty(); }
    const QString &text() const { return m_text; }
    QStringList variables() const;
    // Distinct lower-case words of the literal pieces; every one must appear in a text the template matches.
    const QStringList &literalWords() const { return m_words; }
    qsizetype literalLength() const { return m_literalLength; }
    // The words of each literal piece, in order: in a text the template matches, each piece's words follow one
    // another with no other word between them.
    QList<QStringList> literalRuns() const;

    MatchResult match(const NormalizedText &text) const;
    // Whether text is the beginning of this message, cut off anywhere (a client or a logger truncated it):
    // text must start where the template starts. Values wholly before the cut are captured.
    MatchResult matchBeginning(const NormalizedText &text) const;
    // The first word of the first literal piece, or empty when the template starts with a placeholder.
    QString firstWord() const;
    QString fill(const QHash<QString, QString> &values) const;

    // The one reader of "{name}" placeholders, for templates and for every text that uses their values
    // (remediation steps, replies). A name is a letter or '_', then letters, digits or '_'. A '{' that opens no
    // placeholder, or a '}' that closes none, is refused: returns nothing and sets *error.
    static QList<Token> tokenize(QStringView text, QString *error);
    // Names in "{name}" references of arbitrary text (used to check remediation steps).
    static QStringList referencedVariables(const QString &text, QString *error);

    // The compiled form, for the catalog packed at build time (catalogpack.cpp).
    friend QDataStream &operator<<(QDataStream &out, const MessageTemplate &t);
    friend QDataStream &operator>>(QDataStream &in, MessageTemplate &t);

private:
    struct Piece
    {
        bool variable = false;
        QString text; // folded literal, or variable name
    };

    QString m_text;
    QList<Piece> m_pieces;
    QStringList m_words;
    qsizetype m_literalLength = 0;
};
