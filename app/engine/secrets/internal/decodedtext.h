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
    explicit DecodedText(QStringView source);

    const QString &text() const { return m_text; }
    // The source position of decoded position at (0..text().size()).
    qsizetype sourceAt(qsizetype at) const { return m_origin.isEmpty() ? at : m_origin.at(at); }

private:
    bool decodeOnce();

    QString m_text;
    QList<qsizetype> m_origin; // empty while nothing was decoded
};
