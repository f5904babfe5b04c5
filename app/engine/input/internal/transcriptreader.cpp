// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Terminal transcripts: what curl -v, wget and HTTP clients printed, read into responses.
#include "readers.h"

#include "errorbody.h"

#include <QRegularExpression>

namespace Readers {

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

// Reads an HTTP transcript line by line: what the client sent (a command, a request line, headers), then each
// response's status line, headers and body. Lines the client printed about its own work are skipped.
class TranscriptReader
{
public:
    explicit TranscriptReader(const std::atomic_bool *cancel) : m_cancel(cancel) {}

    QList<ParsedResponse> read(QStringView text, InputFormat *format)
    {
        int lineNumber = 0;
        for (QStringView line : splitLines(text)) {
            ++lineNumber;
            if (isCancelled(m_cancel))
                break;
            readLine(visiblePart(line), lineNumber);
        }
        finishResponse();
        *format = m_curlVerbose ? InputFormat::Curl : InputFormat::Http;
        for (ParsedResponse &r : m_out)
            r.format = *format;
        if (m_out.size() == 1)
            m_out.front().location = Location();
        return m_out;
    }

private:
    enum class State { Outside, Headers, Body };

    void readLine(QStringView line, int lineNumber)
    {
        const bool mentionsHttp = line.contains(u"HTTP/");
        if (mentionsHttp && readRequestLine(line))
            return;
        if (line.startsWith(u'>')) {
            readSentLine(line);
            return;
        }
        if (isClientDiagnostic(line)) {
            m_curlVerbose = m_curlVerbose || line.startsWith(u'*') || line.startsWith(u'{') || line.startsWith(u'}');
            return;
        }
        if (mentionsHttp && readStatusLine(line, lineNumber))
            return;
        if (m_state == State::Headers && readReceivedHeader(line))
            return;
        if (m_state == State::Body)
            m_body.append(line.toString());
        else
            readCommandUrl(line, &m_request);
    }

    // "GET /path HTTP/1.1", or curl -v's "> GET /path HTTP/1.1": a new request.
    bool readRequestLine(QStringView line)
    {
        static const QRegularExpression requestLine(
            QStringLiteral(R"(^>?\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)\s+HTTP/)"));
        const auto m = requestLine.match(line);
        if (!m.hasMatch())
            return false;
        finishResponse();
        m_request.method = m.captured(1);
        m_request.path = m.captured(2);
        m_request.text = line.toString() + u'\n';
        m_curlVerbose = m_curlVerbose || line.startsWith(u'>');
        return true;
    }

    // curl -v's "> " lines after the request line: the request's headers, the host among them.
    void readSentLine(QStringView line)
    {
        m_curlVerbose = true;
        m_request.text += line.toString() + u'\n';
        const auto h = header().match(line.mid(1));
        if (h.hasMatch() && h.captured(1).compare(u"host", Qt::CaseInsensitive) == 0)
            m_request.host = h.captured(2).trimmed();
    }

    // "HTTP/1.1 403 Forbidden", or curl -v's "< HTTP/2 403": a new response, to the request read last.
    bool readStatusLine(QStringView line, int lineNumber)
    {
        static const QRegularExpression statusLine(QStringLiteral(R"(^<?\s*HTTP/\d(?:\.\d)?\s+(\d{3})\b)"));
        const auto m = statusLine.match(line);
        if (!m.hasMatch())
            return false;
        finishResponse();
        m_current = ParsedResponse();
        m_current.httpStatus = m.captured(1).toInt();
        m_current.location = Location::line(lineNumber);
        m_current.method = m_request.method;
        m_current.url = m_request.url();
        m_current.text = m_request.text + line.toString() + u'\n';
        m_request.text.clear();
        m_state = State::Headers;
        return true;
    }

    // A response header, or the blank line that ends them; false (the body has begun) for anything else.
    bool readReceivedHeader(QStringView line)
    {
        const QStringView bare = line.startsWith(u'<') ? line.mid(1) : line;
        if (bare.trimmed().isEmpty()) {
            m_state = State::Body;
            return true;
        }
        const auto h = header().match(bare);
        if (!h.hasMatch()) {
            m_state = State::Body;
            return false;
        }
        ErrorBody::readHeader(h.captured(1), h.captured(2), &m_current);
        m_current.text += line.toString() + u'\n';
        return true;
    }

    // The response read so far is complete: its body is read, and it is kept when it is an error.
    void finishResponse()
    {
        if (m_state == State::Outside)
            return;
        const QString joined = m_body.join(u'\n');
        m_current.text += joined;
        ErrorBody::readText(joined, &m_current);
        m_current.complete();
        if (m_current.isError())
            m_out.append(m_current);
        m_state = State::Outside;
        m_body.clear();
    }

    static const QRegularExpression &header()
    {
        static const QRegularExpression re(QStringLiteral(R"(^<?\s*([A-Za-z0-9-]+):\s?(.*)$)"));
        return re;
    }

    const std::atomic_bool *m_cancel;
    QList<ParsedResponse> m_out;
    State m_state = State::Outside;
    ParsedResponse m_current;
    QStringList m_body;
    TranscriptRequest m_request;
    bool m_curlVerbose = false;
};

} // namespace

QList<ParsedResponse> readTranscript(QStringView text, InputFormat *format, const std::atomic_bool *cancel)
{
    return TranscriptReader(cancel).read(text, format);
}

} // namespace Readers
