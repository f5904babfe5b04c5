// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "readers.h"

#include "errorbody.h"
#include "normalizedtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace Readers {
namespace {

constexpr int kMaxJsonDepth = 512;
constexpr qsizetype kMaxEmbeddedJson = 16 * 1024 * 1024;

// Whether a log chunk may carry error fields at all: a JSON value, an UPPER_SNAKE code, a 4xx/5xx number, or
// the words error, status or grpc. One pass over the text; most log lines answer no.
bool mayCarryError(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
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
            (lower == u'm' && NormalizedText::hasAsciiWordAt(text, i, u"method")) ||
            (lower == u'h' && NormalizedText::hasAsciiWordAt(text, i, u"http://")) ||
            (lower == u'h' && NormalizedText::hasAsciiWordAt(text, i, u"https://")))
            return true;
    }
    return false;
}

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

} // namespace

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
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

namespace {

// What a terminal shows of a line the client rewrote with carriage returns (curl's and wget's progress meters).
QStringView visiblePart(QStringView line)
{
    const qsizetype cr = line.lastIndexOf(u'\r');
    return cr < 0 ? line : line.mid(cr + 1);
}

// wget's progress meter: "     0K .......... .......... 100% 1,23M=0s" (the line starts with blanks, then "NK").
bool isWgetProgress(QStringView line)
{
    if (line.isEmpty() || !line.front().isSpace())
        return false;
    const QStringView t = line.trimmed();
    qsizetype digits = 0;
    while (digits < t.size() && t.at(digits).isDigit())
        ++digits;
    return digits > 0 && t.size() > digits + 1 && t.at(digits) == u'K' &&
           (t.at(digits + 1) == u' ' || t.at(digits + 1) == u'.');
}

// wget's notes about its work ("Resolving host...", "HTTP request sent, awaiting response...") and its dated
// status lines ("2026-11-29 11:49:29 ERROR 403: Forbidden.", "... (1.2 MB/s) - 'file' saved").
bool isWgetNote(QStringView line)
{
    static constexpr QStringView kNotes[] = {u"Saving to: ",        u"Connecting to ",    u"Resolving ",
                                             u"Proxy request sent", u"HTTP request sent", u"Length: ",
                                             u"Reusing existing "};
    for (const QStringView note : kNotes) {
        if (line.startsWith(note))
            return true;
    }
    constexpr qsizetype kStampLength = 20; // "2026-11-29 11:49:29 "
    if (line.size() <= kStampLength || !line.front().isDigit() || line.at(4) != u'-')
        return false; // most lines end here, without a regular expression
    static const QRegularExpression dated(
        QStringLiteral(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?:ERROR \d{3}|\(.*\) - ))"));
    return dated.match(line).hasMatch();
}

// A line the HTTP client printed about its own work, not a byte of the response: curl -v's "* " notes and
// "{ [N bytes data]" markers, curl's and wget's progress meters and status lines, Insomnia's timeline notes.
// They may sit anywhere, between the headers and the body too: skipping them never ends a response.
bool isClientDiagnostic(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return false;
    if (t == u"*" || t.startsWith(u"* ") || t.startsWith(u"{ [") || t.startsWith(u"} [") || t.startsWith(u"Note: "))
        return true;
    if (t.contains(u"--:--:--") || t.startsWith(u"% Total") || t.startsWith(u"Dload"))
        return true; // curl's progress meter
    return isWgetProgress(line) || isWgetNote(line);
}

struct TranscriptRequest
{
    QString method, path, host, fullUrl, text;

    QString url() const
    {
        if (!fullUrl.isEmpty())
            return fullUrl;
        if (path.startsWith(QLatin1String("http")))
            return path;
        if (path.isEmpty())
            return {};
        return (host.isEmpty() ? QString() : QStringLiteral("https://") + host) + path;
    }
};

// A line that names the URL the client is about to call: "curl ... -X PATCH 'https://...'" or wget's
// "--2026-11-29 11:49:29--  https://...".
bool readCommandUrl(QStringView line, TranscriptRequest *request)
{
    static const QRegularExpression curlUrl(QStringLiteral(R"(\bcurl\b.*?(?:-X\s*(\w+).*?)?['"]?(https?://[^\s'"]+))"));
    static const QRegularExpression wgetUrl(QStringLiteral(R"(^--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--\s+(\S+))"));
    if (line.startsWith(u"--")) {
        if (const auto m = wgetUrl.match(line); m.hasMatch()) {
            request->fullUrl = m.captured(1);
            return true;
        }
    }
    if (const auto m = line.contains(u"curl") ? curlUrl.match(line) : QRegularExpressionMatch(); m.hasMatch()) {
        request->fullUrl = m.captured(2);
        if (!m.captured(1).isEmpty())
            request->method = m.captured(1).toUpper();
        return true;
    }
    return false;
}

} // namespace

QList<ParsedResponse> readTranscript(QStringView text, InputFormat *format, const std::atomic_bool *cancel)
{
    static const QRegularExpression statusLine(QStringLiteral(R"(^<?\s*HTTP/\d(?:\.\d)?\s+(\d{3})\b)"));
    static const QRegularExpression requestLine(
        QStringLiteral(R"(^>?\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)\s+HTTP/)"));
    static const QRegularExpression header(QStringLiteral(R"(^<?\s*([A-Za-z0-9-]+):\s?(.*)$)"));

    QList<ParsedResponse> out;
    enum class State { Outside, Headers, Body } state = State::Outside;
    ParsedResponse current;
    QStringList body;
    TranscriptRequest request;
    bool curlVerbose = false;
    int lineNumber = 0;

    auto finish = [&]() {
        if (state == State::Outside)
            return;
        const QString joined = body.join(u'\n');
        current.text += joined;
        ErrorBody::readText(joined, &current);
        current.complete();
        if (current.isError())
            out.append(current);
        state = State::Outside;
        body.clear();
    };

    for (QStringView line : splitLines(text)) {
        ++lineNumber;
        if (isCancelled(cancel))
            break;
        line = visiblePart(line);
        const bool mentionsHttp = line.contains(u"HTTP/");
        if (const auto m = mentionsHttp ? requestLine.match(line) : QRegularExpressionMatch(); m.hasMatch()) {
            finish();
            request.method = m.captured(1);
            request.path = m.captured(2);
            request.text = line.toString() + u'\n';
            curlVerbose = curlVerbose || line.startsWith(u'>');
            continue;
        }
        if (line.startsWith(u'>')) {
            curlVerbose = true;
            request.text += line.toString() + u'\n';
            const auto h = header.match(line.mid(1));
            if (h.hasMatch() && h.captured(1).compare(u"host", Qt::CaseInsensitive) == 0)
                request.host = h.captured(2).trimmed();
            continue;
        }
        if (isClientDiagnostic(line)) {
            curlVerbose = curlVerbose || line.startsWith(u'*') || line.startsWith(u'{') || line.startsWith(u'}');
            continue;
        }
        if (const auto m = mentionsHttp ? statusLine.match(line) : QRegularExpressionMatch(); m.hasMatch()) {
            finish();
            current = ParsedResponse();
            current.httpStatus = m.captured(1).toInt();
            current.location = Location::line(lineNumber);
            current.method = request.method;
            current.url = request.url();
            current.text = request.text + line.toString() + u'\n';
            request.text.clear();
            state = State::Headers;
            continue;
        }
        if (state == State::Headers) {
            QStringView bare = line.startsWith(u'<') ? line.mid(1) : line;
            if (bare.trimmed().isEmpty()) {
                state = State::Body;
                continue;
            }
            const auto h = header.match(bare);
            if (h.hasMatch()) {
                ErrorBody::readHeader(h.captured(1), h.captured(2), &current);
                current.text += line.toString() + u'\n';
                continue;
            }
            state = State::Body;
        }
        if (state == State::Body)
            body.append(line.toString());
        else
            readCommandUrl(line, &request);
    }
    finish();
    *format = curlVerbose ? InputFormat::Curl : InputFormat::Http;
    for (ParsedResponse &r : out)
        r.format = *format;
    if (out.size() == 1)
        out.front().location = Location();
    return out;
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

QList<ParsedResponse> scanLog(QStringView text, const std::atomic_bool *cancel,
                              const std::function<bool(const ParsedResponse &)> &keep, qsizetype firstLine)
{
    const QList<QStringView> lines = splitLines(text);
    QList<ParsedResponse> out;
    int previousLastLine = -10;
    std::optional<ParsedResponse> head; // a line that names a request but no failure, kept for the one after it
    qsizetype headFirstLine = 0;
    qsizetype headLastLine = 0;
    constexpr qsizetype kShortPaste = 16 * 1024;
    const qsizetype maxGap = text.size() <= kShortPaste ? lines.size() : 3;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if ((i & 0x3ff) == 0 && isCancelled(cancel))
            break;
        const QStringView line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        // A chunk is one line, plus what belongs to it: the rest of a JSON value opened on it, and indented
        // continuation lines (stack traces, pretty-printed SDK dumps).
        qsizetype last = i;
        const qsizetype brace = line.indexOf(u'{');
        qsizetype chunkStart = lines.at(i).data() - text.data();
        qsizetype jsonEnd = -1;
        if (brace >= 0) {
            jsonEnd = balancedEnd(text, chunkStart + brace, kMaxJsonDepth, kMaxEmbeddedJson);
            while (jsonEnd > 0 && last + 1 < lines.size() && lines.at(last + 1).data() - text.data() < jsonEnd)
                ++last;
        }
        // DevTools copies "Request Method:" and its value on two lines: a label and what it labels are one chunk.
        while (last + 1 < lines.size() && !lines.at(last + 1).isEmpty() &&
               (lines.at(last + 1).front().isSpace() || lines.at(last + 1).startsWith(u'}') ||
                (lines.at(last).trimmed().endsWith(u':') && lines.at(last).size() < 40)))
            ++last;
        const qsizetype chunkEnd = lines.at(last).data() - text.data() + lines.at(last).size();
        const QStringView chunk = text.mid(chunkStart, chunkEnd - chunkStart);

        ParsedResponse r;
        r.format = InputFormat::Log;
        r.text = chunk.toString();
        if (jsonEnd > 0) {
            const QStringView json = text.mid(chunkStart + brace, jsonEnd - chunkStart - brace);
            QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
            if (doc.isNull() && json.contains(u'\n')) // a mailer wrapped the lines, inside strings too
                doc = QJsonDocument::fromJson(joinWrappedStrings(json).toUtf8());
            if (doc.isObject())
                ErrorBody::readJson(doc.object(), &r);
        }
        if (mayCarryError(chunk))
            ErrorBody::readLenient(chunk, &r);
        r.complete();

        // A status line and the body printed after it, or a body and the request it came from: one response.
        // In a short paste (a ticket, an e-mail) the parts may be further apart than in a log.
        if (!out.isEmpty() && i - previousLastLine <= maxGap && out.back().continuedBy(r)) {
            ParsedResponse &prev = out.back();
            const int firstOfPrevious = prev.location.first;
            prev.absorb(r);
            prev.complete();
            prev.location = Location::lines(firstOfPrevious, int(firstLine + last + 1));
            previousLastLine = int(last);
            i = last;
            continue;
        }
        const bool strong = r.statusSaysFailed() || r.emptySystemBody || !r.violations.isEmpty();
        if (strong || (keep && keep(r))) {
            qsizetype first = i;
            // The request printed before its failure ("r = requests.post('https://...')", "Request URL: ..."):
            if (head && i - headLastLine <= maxGap && head->continuedBy(r)) {
                ParsedResponse merged = *head;
                merged.absorb(r);
                merged.complete();
                r = merged;
                first = headFirstLine;
            }
            if (r.location.isWhole() || first != i) // named only when kept: most lines are not
                r.location = Location::lines(int(firstLine + first + 1), int(firstLine + last + 1));
            out.append(r);
            previousLastLine = int(last);
            head.reset();
        } else if (head && i - headLastLine <= maxGap && head->continuedBy(r)) {
            head->absorb(r); // the request's parts, line by line (Postman's console, DevTools' "General")
            headLastLine = last;
        } else if (!r.url.isEmpty() || !r.requestId.isEmpty() || !r.method.isEmpty()) {
            head = r;
            headFirstLine = i;
            headLastLine = last;
        }
        i = last;
    }
    return out;
}

} // namespace Readers
