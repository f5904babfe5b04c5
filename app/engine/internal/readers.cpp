// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "readers.h"

#include "errorbody.h"
#include "normalizedtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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
            (lower == u'g' && NormalizedText::hasAsciiWordAt(text, i, u"grpc")))
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

QList<ParsedResponse> readTranscript(QStringView text, InputFormat *format, const std::atomic_bool *cancel)
{
    static const QRegularExpression statusLine(QStringLiteral(R"(^<?\s*HTTP/\d(?:\.\d)?\s+(\d{3})\b)"));
    static const QRegularExpression requestLine(
        QStringLiteral(R"(^>?\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)\s+HTTP/)"));
    static const QRegularExpression header(QStringLiteral(R"(^<?\s*([A-Za-z0-9-]+):\s?(.*)$)"));
    static const QRegularExpression curlUrl(QStringLiteral(R"(\bcurl\b.*?(?:-X\s*(\w+).*?)?['"]?(https?://[^\s'"]+))"));

    QList<ParsedResponse> out;
    enum class State { Outside, Headers, Body } state = State::Outside;
    ParsedResponse current;
    QStringList body;
    QString method, path, host, fullUrl, request;
    bool curlVerbose = false;
    int lineNumber = 0;

    auto finish = [&]() {
        if (state == State::Outside)
            return;
        current.text += body.join(u'\n');
        ErrorBody::readText(body.join(u'\n'), &current);
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
        const bool mentionsHttp = line.contains(u"HTTP/");
        if (const auto m = mentionsHttp ? requestLine.match(line) : QRegularExpressionMatch(); m.hasMatch()) {
            finish();
            method = m.captured(1);
            path = m.captured(2);
            request = line.toString() + u'\n';
            curlVerbose = curlVerbose || line.startsWith(u'>');
            continue;
        }
        if (line.startsWith(u'>') || line.startsWith(u'*') || line.startsWith(u"{ [") || line.startsWith(u"} [")) {
            curlVerbose = true;
            if (line.startsWith(u'>')) {
                request += line.toString() + u'\n';
                const auto h = header.match(line.mid(1));
                if (h.hasMatch() && h.captured(1).compare(u"host", Qt::CaseInsensitive) == 0)
                    host = h.captured(2).trimmed();
            }
            if (state == State::Body)
                finish();
            continue;
        }
        if (const auto m = mentionsHttp ? statusLine.match(line) : QRegularExpressionMatch(); m.hasMatch()) {
            finish();
            current = ParsedResponse();
            current.httpStatus = m.captured(1).toInt();
            current.location = Location::line(lineNumber);
            current.method = method;
            if (!fullUrl.isEmpty())
                current.url = fullUrl;
            else if (path.startsWith(QLatin1String("http")))
                current.url = path;
            else if (!path.isEmpty())
                current.url = (host.isEmpty() ? QString() : QStringLiteral("https://") + host) + path;
            current.text = request + line.toString() + u'\n';
            request.clear();
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
        if (state == State::Body) {
            body.append(line.toString());
        } else if (const auto m = line.contains(u"curl") ? curlUrl.match(line) : QRegularExpressionMatch();
                   m.hasMatch()) {
            fullUrl = m.captured(2);
            if (!m.captured(1).isEmpty())
                method = m.captured(1).toUpper();
        }
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

QList<ParsedResponse> scanLog(QStringView text, const std::atomic_bool *cancel,
                              const std::function<bool(const ParsedResponse &)> &keep, qsizetype firstLine)
{
    const QList<QStringView> lines = splitLines(text);
    QList<ParsedResponse> out;
    int previousLastLine = -10;
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
        while (last + 1 < lines.size() && !lines.at(last + 1).isEmpty() &&
               (lines.at(last + 1).front().isSpace() || lines.at(last + 1).startsWith(u'}')))
            ++last;
        const qsizetype chunkEnd = lines.at(last).data() - text.data() + lines.at(last).size();
        const QStringView chunk = text.mid(chunkStart, chunkEnd - chunkStart);

        ParsedResponse r;
        r.format = InputFormat::Log;
        r.text = chunk.toString();
        if (jsonEnd > 0) {
            const QStringView json = text.mid(chunkStart + brace, jsonEnd - chunkStart - brace);
            const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
            if (doc.isObject())
                ErrorBody::readJson(doc.object(), &r);
        }
        if (mayCarryError(chunk))
            ErrorBody::readLenient(chunk, &r);
        r.complete();

        // "HTTPError: 403 ... for url" followed by the body on the next line: one response.
        if (!out.isEmpty() && previousLastLine + 1 == i) {
            ParsedResponse &prev = out.back();
            const bool prevIsHead = prev.httpStatus > 0 && prev.code.isEmpty() && prev.message.isEmpty();
            const bool thisIsBody = r.httpStatus == 0 && (!r.code.isEmpty() || !r.message.isEmpty());
            if (prevIsHead && thisIsBody) {
                r.httpStatus = prev.httpStatus;
                r.status = prev.status;
                r.url = r.url.isEmpty() ? prev.url : r.url;
                r.method = r.method.isEmpty() ? prev.method : r.method;
                r.requestId = r.requestId.isEmpty() ? prev.requestId : r.requestId;
                r.text = prev.text + u'\n' + r.text;
                r.location = Location::lines(prev.location.first, int(firstLine + last + 1));
                out.removeLast();
            }
        }
        const bool strong = r.httpStatus >= 400 || r.emptySystemBody || !r.violations.isEmpty() ||
                            (!r.status.isEmpty() && r.status != QLatin1String("OK"));
        if (strong || (keep && keep(r))) {
            if (r.location.isWhole()) // named only when kept: most lines are not
                r.location = Location::lines(int(firstLine + i + 1), int(firstLine + last + 1));
            out.append(r);
            previousLastLine = int(last);
        }
        i = last;
    }
    return out;
}

} // namespace Readers
