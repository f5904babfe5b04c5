// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// A diagnosis rendered for people (text, Markdown, HTML) or programs (JSON), from the report alone: the window's
// Save and the command line's --format write the same bytes for the same report. Each holds what the window shows:
// the input with its secrets removed, never the input as pasted. Pasted and catalog text is escaped in HTML, never
// markup.
namespace DiagnosisFile {

enum class Format { Text, Markdown, Html, Json };

struct Source
{
    QString name;          // the file the input came from, empty for a paste
    QString replyLanguage; // the language the replies are written in ("de")
    int top = 0;           // text and JSON: the matches kept per response, ties included (0: all)
};

// The format a file name's suffix asks for (.md, .markdown, .html, .htm, .json); fallback where it asks none.
Format formatOf(const QString &path, Format fallback);
QString suffix(Format format); // "txt", "md", "html", "json"
// "Markdown (*.md *.markdown)" and the like, for a file dialog.
QString filter(Format format);
// "markdown", "html", "json", "text": what the settings keep of the format last chosen.
QString key(Format format);
std::optional<Format> formatFromKey(QStringView key);

// The time it names is now, or SOURCE_DATE_EPOCH (seconds since 1970, UTC) where that is set, so that a run can
// be reproduced byte for byte.
QByteArray render(const Report &report, Format format, const Source &source);

// How a report names the request a response answered ("POST /path") and a catalog entry's endpoint ("POST /path",
// or its name where no path is documented): in every format and in the window's list alike.
QString requestLine(const ParsedResponse &in);
QString endpointOf(const CatalogEntry &entry);

// Written whole or not at all (QSaveFile): a file already at path is replaced only once the new one is complete.
// False with the reason, in words, when it could not be.
bool save(const QString &path, const QByteArray &content, QString *error);

} // namespace DiagnosisFile
