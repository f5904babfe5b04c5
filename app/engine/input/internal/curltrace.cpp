// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "curltrace.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace CurlTrace {
namespace {

// "== Info: ..." and "<= Recv header, 26 bytes (0x1a)", after an optional --trace-time stamp. The body curl
// writes to the same stream may stand before it on the line.
const QRegularExpression &markerRe()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:\d\d:\d\d:\d\d\.\d+ )?(?:== Info: (?<info>.*)|(?<dir>=>|<=) (?:Send|Recv) (?<kind>header|data|SSL data), (?<size>\d+) bytes))"));
    return re;
}

struct Block
{
    bool incoming = false;
    QString kind; // header, data, SSL data
    qsizetype size = 0;
    QList<std::pair<qsizetype, QString>> lines; // offset, what follows "0000: "
};

bool isHexDump(const QString &content)
{
    static const QRegularExpression re(QStringLiteral("^(?:[0-9a-f]{2} ){1,16}"));
    return re.match(content).capturedLength() >= qMin<qsizetype>(content.size(), 3);
}

// A block's bytes. --trace prints 16 bytes a line as hex, then as text; --trace-ascii 64 bytes a line as text
// (bytes outside printable ASCII as '.'), starting a new line after each CR LF, which it does not print.
QByteArray bytesOf(const Block &b)
{
    QByteArray out;
    const bool hex = !b.lines.isEmpty() && isHexDump(b.lines.front().second);
    for (qsizetype i = 0; i < b.lines.size(); ++i) {
        const auto &[offset, content] = b.lines.at(i);
        if (hex) {
            out += QByteArray::fromHex(content.left(48).toLatin1());
            continue;
        }
        out += content.toUtf8();
        const qsizetype next = i + 1 < b.lines.size() ? b.lines.at(i + 1).first : b.size;
        if (next - offset == content.size() + 2)
            out += "\r\n";
    }
    return out;
}

QByteArray dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype at = 0;
    while (at < body.size()) {
        const qsizetype eol = body.indexOf("\r\n", at);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = body.mid(at, eol - at).split(';').front().trimmed().toLongLong(&ok, 16);
        if (!ok || size <= 0)
            break;
        out += body.mid(eol + 2, size);
        at = eol + 2 + size + 2;
    }
    return out.isEmpty() ? body : out;
}

class Writer
{
public:
    void block(const Block &b)
    {
        if (b.kind == QLatin1String("header")) {
            if (!b.incoming)
                flushBody();
            QString text = QString::fromUtf8(bytesOf(b));
            if (text.endsWith(u'\n'))
                text.chop(1); // the break that ends the last header line
            for (QStringView line : QStringView(text).split(u'\n')) {
                if (line.endsWith(u'\r'))
                    line.chop(1);
                if (b.incoming && line.startsWith(QLatin1String("transfer-encoding:"), Qt::CaseInsensitive))
                    m_chunked = line.contains(QLatin1String("chunked"), Qt::CaseInsensitive);
                m_out << (b.incoming ? QStringLiteral("< ") : QStringLiteral("> ")) + line;
            }
        } else if (b.kind == QLatin1String("data") && b.incoming) {
            m_body += bytesOf(b);
        }
    }
    void info(const QString &text) { m_out << QStringLiteral("* ") + text; }
    QString finish()
    {
        flushBody();
        return m_out.join(u'\n') + u'\n';
    }

private:
    void flushBody()
    {
        if (m_body.isEmpty())
            return;
        m_out << QString::fromUtf8(m_chunked ? dechunk(m_body) : m_body);
        m_body.clear();
        m_chunked = false;
    }

    QStringList m_out;
    QByteArray m_body;
    bool m_chunked = false;
};

} // namespace

bool looksLikeTrace(QStringView text)
{
    return text.contains(QLatin1String("<= Recv header, ")) || text.contains(QLatin1String("=> Send header, "));
}

QString toTranscript(QStringView text)
{
    static const QRegularExpression dumpLine(QStringLiteral("^([0-9a-f]{4,}): (.*)$"));
    Writer writer;
    std::optional<Block> block;
    auto endBlock = [&]() {
        if (block)
            writer.block(*block);
        block.reset();
    };
    for (QStringView line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (block) {
            if (const auto d = dumpLine.match(line); d.hasMatch()) {
                block->lines.append({d.captured(1).toLongLong(nullptr, 16), d.captured(2)});
                continue;
            }
        }
        const auto m = markerRe().match(line);
        if (!m.hasMatch())
            continue; // the body curl wrote to the same stream, its progress meter: all in the dump as well
        endBlock();
        if (m.capturedLength(u"info") > 0 || m.captured(u"dir").isEmpty()) {
            writer.info(m.captured(u"info"));
            continue;
        }
        block =
            Block{m.captured(u"dir") == QLatin1String("<="), m.captured(u"kind"), m.captured(u"size").toLongLong(), {}};
    }
    endBlock();
    return writer.finish();
}

} // namespace CurlTrace
