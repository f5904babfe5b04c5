// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QString>
#include <QStringList>

// Renders the remediation of one catalog entry as HTML, for the window's QTextBrowser and a saved page. Every piece of
// text is escaped: only the markup written here, and links taken from the catalog, ever reach the browser as HTML.
namespace RemediationHtml {

// Between the characters of a value that must not wrap; never part of the text a user copies or hears.
inline constexpr QChar kWordJoiner = QChar(0x2060);

// CSS colours ("#ffeca8"): the window passes its theme's, a saved page its printed ones.
struct Colors
{
    QString highlight;     // background of captured values and search hits
    QString highlightText; // their text
    QString muted;         // secondary text
};

// diagnosis and match may be null (browsing the catalog); terms are highlighted (catalog search).
QString render(const CatalogEntry &entry, const Diagnosis *diagnosis, const Match *match, const QStringList &terms,
               const Colors &colors);

// Escapes text, keeping the host names in it whole (joiners), and wraps each occurrence of any of the needles
// (case-insensitive) in a highlight span.
QString highlighted(const QString &text, const QStringList &needles, const Colors &colors);

// Every link the rendered page may hold, for the link policy.
QStringList links(const CatalogEntry &entry);

} // namespace RemediationHtml
