// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the engine: text with its escapes decoded, and where each decoded character came from.

#include <QList>
#include <QString>
#include <QStringView>

// Secrets hide behind escapes: JSON's \uXXXX, \" and \n, URL percent-encoding (%3D, %20), HTML entities (&quot;)
// and quoted-printable (=3D, and soft line breaks with the quote marks of a mail reply after them). DecodedText
// undoes them, up to three levels deep (escaped JSON inside a JSON string), and maps every decoded position back to the
// source, so that what is found in the decoded text is replaced in the source. A mapped range always starts and
// ends between two escapes, never inside one: replacing it keeps a JSON string valid.
class DecodedText
{
public:
    // Whether quoted-printable is decoded where the text shows it (see quotedPrintableMarks), or never.
    enum class QuotedPrintable { WhereShown, Never };

    explicit DecodedText(QStringView source, QuotedPrintable quotedPrintable = QuotedPrintable::WhereShown);

    // What showed quoted-printable, at any level: the source position of the '=' of each soft line break and each
    // encoded '=' (=3D); none when it is never decoded.
    const QList<qsizetype> &quotedPrintableMarks() const { return m_quotedPrintableMarks; }

    const QString &text() const { return m_text; }
    // The source position of decoded position at (0..text().size()).
    qsizetype sourceAt(qsizetype at) const;

private:
    // Where a run of characters copied unchanged starts, in the decoded text and in the text it was decoded from;
    // the run ends where the next one starts. Only escapes start runs, so most text holds none.
    struct Run
    {
        qsizetype decoded;
        qsizetype source;
    };
    using Runs = QList<Run>;

    bool decodeOnce();
    static qsizetype mapped(const Runs &runs, qsizetype at);

    QString m_text;
    QuotedPrintable m_quotedPrintable;
    QList<qsizetype> m_quotedPrintableMarks;
    QList<Runs> m_levels; // one per level decoded, the outermost first
};
