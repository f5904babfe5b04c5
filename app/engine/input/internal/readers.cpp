// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "readers.h"

#include "assembler.h"
#include "errorbody.h"
#include "normalizedtext.h"
#include "redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <string_view>

namespace Readers {
namespace {

constexpr int kMaxJsonDepth = 512;
constexpr qsizetype kMaxEmbeddedJson = 16 * 1024 * 1024;

// "request id", "Request-ID", "request_id", "requestId" (a no-break space too) at i.
bool namesRequestIdAt(QStringView text, qsizetype i)
{
    if (!NormalizedText::hasAsciiWordAt(text, i, u"request"))
        return false;
    i += 7;
    if (i < text.size() && QStringView(u" \u00A0_-").contains(text.at(i)))
        ++i;
    return NormalizedText::hasAsciiWordAt(text, i, u"id");
}

// Whether a log chunk may carry error fields at all: a JSON value, an UPPER_SNAKE code, a 4xx/5xx number, or
// the words error, status or grpc. One pass over the text; most log lines answer no.
bool mayCarryError(QStringView text)
{
    // The characters the tests below start at: every other one is passed over with one look-up.
    static constexpr std::array<bool, 128> kStarts = [] {
        std::array<bool, 128> starts{};
        for (const char c : std::string_view("{_45rRtTgGxXsSaAmMhH"))
            starts[size_t(c)] = true;
        return starts;
    }();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() >= kStarts.size() || !kStarts[c.unicode()])
            continue;
        if (c == u'{' || c == u'_')
            return true;
        if ((c == u'4' || c == u'5') && i + 2 < text.size() && text.at(i + 1).isDigit() && text.at(i + 2).isDigit() &&
            (i == 0 || !text.at(i - 1).isDigit()) && (i + 3 >= text.size() || !text.at(i + 3).isDigit()))
            return true;
        const char16_t lower = c.unicode() | 0x20;
        if ((lower == u'r' && NormalizedText::hasAsciiWordAt(text, i, u"rror")) ||
            (lower == u't' && NormalizedText::hasAsciiWordAt(text, i, u"tatus")) ||
            (lower == u'g' && NormalizedText::hasAsciiWordAt(text, i, u"grpc")) ||
            (lower == u'x' && NormalizedText::hasAsciiWordAt(text, i, u"x-wix-request-id")) ||
            (lower == u'r' && namesRequestIdAt(text, i)) ||
            (lower == u's' && NormalizedText::hasAsciiWordAt(text, i, u"solicitud")) ||
            (lower == u'a' && NormalizedText::hasAsciiWordAt(text, i, u"anfrage")) ||
            (lower == u'm' && NormalizedText::hasAsciiWordAt(text, i, u"method")) ||
            (lower == u'h' && NormalizedText::hasAsciiWordAt(text, i, u"http://")) ||
            (lower == u'h' && NormalizedText::hasAsciiWordAt(text, i, u"https://")))
            return true;
    }
    return false;
}

} // namespace

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start); // vectorised
        end = end < 0 ? text.size() : end;
        QStringView line = text.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    return lines;
}

qsizetype balancedEnd(QStringView text, qsizetype start, int maxDepth, qsizetype maxLength)
{
    int depth = 0;
    bool inString = false;
    const qsizetype limit = qMin(text.size(), start + maxLength);
    for (qsizetype i = start; i < limit; ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            if (++depth > maxDepth)
                return -1;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

// --------------------------------------------------------------------------------------- HTTP and curl output

bool hasHttpStatusLine(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[<\s]*HTTP/\d(?:\.\d)?\s+\d{3}\b)"));
    // Find "HTTP/" first, by its 'H' (a vectorised search), then try the pattern on its line only.
    for (qsizetype at = text.indexOf(u'H'); at >= 0; at = text.indexOf(u'H', at + 1)) {
        if (!text.mid(at).startsWith(u"HTTP/"))
            continue;
        const qsizetype lineStart = text.lastIndexOf(u'\n', at) + 1;
        qsizetype lineEnd = text.indexOf(u'\n', at);
        lineEnd = lineEnd < 0 ? text.size() : lineEnd;
        if (re.match(text.mid(lineStart, lineEnd - lineStart)).hasMatch())
            return true;
    }
    return false;
}

// ----------------------------------------------------------------------------------------------------- logs

QString undoMailQuoting(const QString &text)
{
    // "> " and ">> " before every line of a quoted e-mail; a transcript's "> " request lines come with "< " lines.
    static const QRegularExpression quoteMarks(QStringLiteral(R"(^[ \t]*(?:>[ \t]?)+)"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression responseLine(QStringLiteral(R"(^<\s)"), QRegularExpression::MultilineOption);
    if (!text.contains(u'>') || text.count(QLatin1String("\n>")) + (text.startsWith(u'>') ? 1 : 0) < 2 ||
        responseLine.match(text).hasMatch())
        return text;
    QString out = text;
    out.replace(quoteMarks, QString());
    return out;
}

QString joinWrappedStrings(QStringView json)
{
    QString out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString && (c == u'\r' || c == u'\n')) {
            while (i + 1 < json.size() && json.at(i + 1).isSpace())
                ++i;
            if (!out.endsWith(u' '))
                out.append(u' ');
            continue;
        }
        out.append(c);
        if (inString && c == u'\\' && i + 1 < json.size()) {
            out.append(json.at(++i));
        } else if (c == u'"') {
            inString = !inString;
        }
    }
    return out;
}

namespace {

// How far apart, in lines, the parts of one response may be in a log; in a short paste (a ticket, an e-mail) they
// may be anywhere.
constexpr qsizetype kLogPartsGap = 3;
constexpr qsizetype kShortPaste = 16 * 1024;
constexpr qsizetype kLinesPerCancelCheck = 1024;
// A line ending with ':' and shorter than this is a label whose value follows on the next line.
constexpr qsizetype kMaxLabelLength = 40;

// One line of a log, plus what belongs to it: the rest of a JSON value opened on it, and indented continuation
// lines (stack traces, pretty-printed SDK dumps).
struct LogChunk
{
    qsizetype lastLine = 0;
    QStringView text;
    QStringView json; // the balanced JSON value opened on the first line, if any
};

bool isTableRow(QStringView line)
{
    line = line.trimmed();
    return line.size() > 2 && line.startsWith(u'|') && line.endsWith(u'|');
}

QList<QStringView> tableCells(QStringView row)
{
    QList<QStringView> cells;
    for (QStringView cell : row.trimmed().split(u'|')) {
        if (!cell.trimmed().isEmpty())
            cells.append(cell.trimmed());
    }
    return cells;
}

// A table as "label: value" lines, each cell of a row under its column's header, so that every label rule reads
// it: "|| Status || Request id ||" over "| 409 | 1764... |" reads "Status: 409" and "Request id: 1764...".
QString tableAsLabels(QStringView table)
{
    static const QRegularExpression separatorRow(QStringLiteral(R"(^[\s|:\-+]+$)"));
    QList<QStringView> header;
    QString out;
    for (QStringView row : table.split(u'\n')) {
        if (!isTableRow(row) || separatorRow.match(row).hasMatch())
            continue;
        const QList<QStringView> cells = tableCells(row);
        if (header.isEmpty()) {
            header = cells;
            continue;
        }
        for (qsizetype i = 0; i < cells.size() && i < header.size(); ++i) {
            out += header.at(i);
            out += QLatin1String(": ");
            out += cells.at(i);
            out += u'\n';
        }
    }
    return out;
}

LogChunk chunkAt(QStringView text, const QList<QStringView> &lines, qsizetype first)
{
    LogChunk chunk;
    qsizetype last = first;
    const qsizetype start = lines.at(first).data() - text.data();
    if (const qsizetype brace = lines.at(first).indexOf(u'{'); brace >= 0) {
        const qsizetype jsonEnd = balancedEnd(text, start + brace, kMaxJsonDepth, kMaxEmbeddedJson);
        if (jsonEnd > 0)
            chunk.json = text.mid(start + brace, jsonEnd - start - brace);
        while (jsonEnd > 0 && last + 1 < lines.size() && lines.at(last + 1).data() - text.data() < jsonEnd)
            ++last;
    }
    // A table (Jira's "|| Status || Request id ||", markdown's "| Status | Request id |") is one chunk: its header
    // row names the cells of the rows below it.
    while (isTableRow(lines.at(first)) && last + 1 < lines.size() && isTableRow(lines.at(last + 1)))
        ++last;
    // DevTools copies "Request Method:" and its value on two lines: a label and what it labels are one chunk.
    while (last + 1 < lines.size() && !lines.at(last + 1).isEmpty() &&
           (lines.at(last + 1).front().isSpace() || lines.at(last + 1).startsWith(u'}') ||
            (lines.at(last).trimmed().endsWith(u':') && lines.at(last).size() < kMaxLabelLength)))
        ++last;
    const qsizetype end = lines.at(last).data() - text.data() + lines.at(last).size();
    chunk.lastLine = last;
    chunk.text = text.mid(start, end - start);
    return chunk;
}

ParsedResponse readChunk(const LogChunk &chunk)
{
    ParsedResponse r;
    r.format = InputFormat::Log;
    r.text = chunk.text.toString();
    if (!chunk.json.isEmpty()) {
        QJsonDocument doc = QJsonDocument::fromJson(chunk.json.toUtf8());
        if (doc.isNull() && chunk.json.contains(u'\n')) // a mailer wrapped the lines, inside strings too
            doc = QJsonDocument::fromJson(joinWrappedStrings(chunk.json).toUtf8());
        if (doc.isObject())
            ErrorBody::readJson(doc.object(), &r);
    }
    if (isTableRow(chunk.text.left(chunk.text.indexOf(u'\n'))))
        ErrorBody::readLenient(tableAsLabels(chunk.text), &r);
    if (mayCarryError(chunk.text))
        ErrorBody::readLenient(chunk.text, &r);
    r.complete();
    return r;
}

// A chunk's text, redacted on its own, as chunkAt() would have cut it from a redacted text: the balanced JSON value
// opened on its first line.
LogChunk redactedChunk(QStringView text)
{
    LogChunk chunk;
    chunk.text = text;
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (const qsizetype brace = text.first(lineEnd < 0 ? text.size() : lineEnd).indexOf(u'{'); brace >= 0) {
        const qsizetype jsonEnd = balancedEnd(text, brace, kMaxJsonDepth, kMaxEmbeddedJson);
        if (jsonEnd > 0)
            chunk.json = text.mid(brace, jsonEnd - brace);
    }
    return chunk;
}

// Whether readChunk() may find anything in a chunk, or keep may keep it: what it leaves out reads as no evidence,
// which the assembler passes over.
bool mayMatter(const LogChunk &chunk, const std::function<bool(const ParsedResponse &)> &keep)
{
    if (!chunk.json.isEmpty() || isTableRow(chunk.text.left(chunk.text.indexOf(u'\n'))) || mayCarryError(chunk.text))
        return true;
    if (!keep)
        return false;
    ParsedResponse bare;
    bare.format = InputFormat::Log;
    bare.text = chunk.text.toString();
    return keep(bare);
}

// Each chunk of a log (a line with its JSON value and continuation lines), in order, until cancelled: visit(chunk,
// the index of its first line).
template <typename Visit>
void forEachChunk(QStringView text, const QList<QStringView> &lines, const std::atomic_bool *cancel, Visit visit)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i % kLinesPerCancelCheck == 0 && isCancelled(cancel))
            break;
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const LogChunk chunk = chunkAt(text, lines, i);
        visit(chunk, i);
        i = chunk.lastLine;
    }
}

} // namespace

QList<ParsedResponse> scanLog(QStringView text, const std::atomic_bool *cancel,
                              const std::function<bool(const ParsedResponse &)> &keep, qsizetype firstLine)
{
    const QList<QStringView> lines = splitLines(text);
    Assembler responses(text.size() <= kShortPaste ? lines.size() : kLogPartsGap, firstLine, keep);
    forEachChunk(text, lines, cancel, [&](const LogChunk &chunk, qsizetype first) {
        responses.add(readChunk(chunk), first, chunk.lastLine);
    });
    return responses.take();
}

namespace {

// A chunk redacted with the line before it, which may start a secret the chunk ends (a token or a key body wrapped
// over lines): the chunk's part of the result, or the whole result when a secret joined the two lines.
Redactor::Result redactWithLineBefore(QStringView text, const QList<QStringView> &lines, qsizetype first,
                                      const LogChunk &chunk)
{
    if (first == 0)
        return Redactor::redact(chunk.text.toString());
    const qsizetype from = lines.at(first - 1).data() - text.data();
    const QStringView window = text.mid(from, chunk.text.data() + chunk.text.size() - text.data() - from);
    Redactor::Result redacted = Redactor::redact(window.toString());
    if (redacted.text.count(u'\n') == window.count(u'\n')) // the count may include a secret of the line before
        redacted.text.remove(0, redacted.text.indexOf(u'\n') + 1);
    return redacted;
}

} // namespace

SelectedScan scanLogSelected(QStringView text, const std::atomic_bool *cancel,
                             const std::function<bool(const ParsedResponse &)> &keep,
                             const std::function<bool(QStringView)> &mayBeCall, qsizetype firstLine)
{
    SelectedScan scan;
    const QList<QStringView> lines = splitLines(text);
    Assembler responses(text.size() <= kShortPaste ? lines.size() : kLogPartsGap, firstLine, keep);
    forEachChunk(text, lines, cancel, [&](const LogChunk &chunk, qsizetype first) {
        const bool call = mayBeCall && mayBeCall(chunk.text);
        if (!call && !mayMatter(chunk, keep))
            return;
        const Redactor::Result redacted = redactWithLineBefore(text, lines, first, chunk);
        scan.redactions += redacted.count;
        responses.add(readChunk(redactedChunk(redacted.text)), first, chunk.lastLine);
        if (call)
            scan.callChunks.append({redacted.text, firstLine + first});
    });
    scan.candidates = responses.take();
    return scan;
}

} // namespace Readers
