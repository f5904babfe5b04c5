// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// A diagnosis saved to a file, for attaching to a ticket: Markdown or HTML for people, or the command line's
// JSON for programs. Each is written from the report alone, so it holds what the window shows: the input with its
// secrets removed, never the input as pasted. Pasted and catalog text is escaped in HTML, never markup.
namespace DiagnosisFile {

enum class Format { Markdown, Html, Json };

struct Source
{
    QString name;          // the file the input came from, empty for a paste
    QString replyLanguage; // the language the replies are written in ("de")
};

// The format a file name's suffix asks for (.md, .markdown, .html, .htm, .json); fallback where it asks none.
Format formatOf(const QString &path, Format fallback);
QString suffix(Format format); // "md", "html", "json"
// "Markdown (*.md *.markdown)" and the like, for a file dialog.
QString filter(Format format);
// "markdown", "html", "json": what the settings keep of the format last chosen.
QString key(Format format);
std::optional<Format> formatFromKey(QStringView key);

QByteArray render(const Report &report, Format format, const Source &source);

// Written whole or not at all (QSaveFile): a file already at path is replaced only once the new one is complete.
// False with the reason, in words, when it could not be.
bool save(const QString &path, const QByteArray &content, QString *error);

} // namespace DiagnosisFile
