// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// InputReader::readStream: a long log or text, read, redacted and scanned block by block.
#include "inputreader.h"
#include "readers.h"
#include "redactor.h"
#include "textdecoding.h"
#include "timelinebuilder.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QLocale>
#include <QStringDecoder>
#include <QThread>

#include <deque>
#include <future>

namespace {

// Small enough that what a block's lines hold while they are read (each a response until it is diagnosed and
// counted) stays a few tens of MB.
constexpr qsizetype kBlockChars = 1024 * 1024;
constexpr qint64 kReadSize = 4 * 1024 * 1024;

// Where the pending text may be cut: before a line that starts a new record (not indented, not closing a JSON
// value), so that a record and its continuation lines stay in one block. A text with no such line is cut at a
// line break, or failing that near the block size where no credential's name is cut from its value.
qsizetype blockEnd(QStringView pending)
{
    for (qsizetype at = pending.lastIndexOf(u'\n'); at > 0; at = pending.lastIndexOf(u'\n', at - 1)) {
        if (at + 1 < pending.size() && !pending.at(at + 1).isSpace() && pending.at(at + 1) != u'}')
            return at + 1;
        if (pending.size() - at > kBlockChars)
            break;
    }
    const qsizetype lineBreak = pending.lastIndexOf(u'\n');
    return lineBreak > 0 ? lineBreak + 1 : Redactor::safeCut(pending, kBlockChars);
}

QString notTextProblem(qsizetype bytes)
{
    return QCoreApplication::translate("InputReader",
                                       "Part of the input is not text (binary data such as an image, an archive or "
                                       "random bytes): about %1 of it were not searched for errors or secrets.")
        .arg(QLocale().formattedDataSize(bytes));
}

// The control characters that text does not hold: all but NUL (read as a space), tab, the line breaks, form feed
// and escape (ANSI colours). One bit per character below 0x20.
constexpr quint32 kNotTextControls =
    ~((1u << 0) | (1u << '\t') | (1u << '\n') | (1u << '\v') | (1u << '\f') | (1u << '\r') | (1u << 0x1b));

bool isNotTextControl(char16_t c)
{
    return c < 0x20 && (kNotTextControls >> c & 1u);
}

// The same test as holdsText() on raw bytes, before they are decoded, by its control characters alone: random or
// compressed bytes hold about one in ten, text next to none. Bytes that fail it need not be decoded at all.
bool bytesMayBeText(QByteArrayView bytes)
{
    qsizetype controls = 0;
    for (const char b : bytes)
        controls += isNotTextControl(static_cast<unsigned char>(b));
    return controls * 16 <= bytes.size();
}

} // namespace

bool InputReader::holdsText(QStringView block)
{
    qsizetype notText = 0;
    for (const QChar c : block)
        notText += (c.unicode() == QChar::ReplacementCharacter || isNotTextControl(c.unicode())) ? 1 : 0;
    // Text in a legacy encoding (Latin-1, even a GBK log of Chinese messages) keeps enough ASCII to stay under one
    // character in three; random bytes decode to about six in ten.
    return notText * 3 <= block.size();
}

namespace {

// What the scan of one block found.
struct ScannedBlock
{
    QList<ParsedResponse> candidates;
    QList<TimelineCall> calls;
    int redactions = 0;
    qsizetype nuls = 0;
    qsizetype binary = 0; // characters of a block that is not text, which is not searched
};

// Only what may reach the answer is redacted: the chunks of lines that may hold an error, a documented message or
// a call (Readers::scanLogSelected), each before it is read. timeline, when given, reads the calls of those chunks.
ScannedBlock scanBlock(QString block, qsizetype firstLine, const std::atomic_bool *cancel,
                       const InputReader::KeepLine &keep, const TimelineBuilder *timeline)
{
    ScannedBlock scanned;
    if (!InputReader::holdsText(block)) { // nothing to read in it, and nothing of it is shown
        scanned.binary = block.size();
        return scanned;
    }
    scanned.nuls = TextDecoding::replaceNuls(&block);
    const auto mayBeCall = [timeline](QStringView chunk) { return timeline->mayHoldCall(chunk); };
    Readers::SelectedScan scan = Readers::scanLogSelected(
        block, cancel, keep, timeline ? mayBeCall : std::function<bool(QStringView)>(), firstLine);
    scanned.redactions = scan.redactions;
    scanned.candidates = std::move(scan.candidates);
    for (const auto &[chunk, before] : std::as_const(scan.callChunks))
        scanned.calls += timeline->logCalls(chunk, before);
    return scanned;
}

// Blocks are redacted and scanned on every core while the next ones are read and decoded; what each found is
// handed on in the input's order, so that the answer is the same as one core's.
class BlockPipeline
{
public:
    BlockPipeline(const std::atomic_bool *cancel, const InputReader::KeepLine &keep, const TimelineBuilder *timeline,
                  std::function<void(ScannedBlock)> done)
        : m_cancel(cancel), m_keep(keep), m_timeline(timeline), m_done(std::move(done)),
          m_inFlight(qMax(1, QThread::idealThreadCount()))
    {}
    ~BlockPipeline() { finish(); }

    void add(QString block)
    {
        const qsizetype firstLine = m_lines;
        m_lines += block.count(u'\n');
        while (m_pending.size() >= size_t(m_inFlight))
            handOnOldest();
        m_pending.push_back(std::async(std::launch::async, scanBlock, std::move(block), firstLine, m_cancel,
                                       std::cref(m_keep), m_timeline));
    }
    void finish()
    {
        while (!m_pending.empty())
            handOnOldest();
    }
    void skipLines(qsizetype lines) { m_lines += lines; }

private:
    void handOnOldest()
    {
        ScannedBlock scanned = m_pending.front().get();
        m_pending.pop_front();
        m_done(std::move(scanned));
    }

    const std::atomic_bool *m_cancel;
    const InputReader::KeepLine &m_keep;
    const TimelineBuilder *m_timeline;
    std::function<void(ScannedBlock)> m_done;
    int m_inFlight;
    qsizetype m_lines = 0;
    std::deque<std::future<ScannedBlock>> m_pending;
};

// Decodes chunk straight onto the pending text.
void decodeOnto(QStringDecoder *decoder, const QByteArray &chunk, QString *pending)
{
    const qsizetype had = pending->size();
    pending->resize(had + decoder->requiredSpace(chunk.size()));
    pending->truncate(decoder->appendToBuffer(pending->data() + had, chunk) - pending->constData());
}

// Hands every whole block of the pending text on to the scan; what remains waits for more text. Blocks are copied
// out from the front, and what remains is moved down once.
void handOnBlocks(QString *pending, BlockPipeline *blocks, const std::atomic_bool *cancel)
{
    qsizetype from = 0;
    while (pending->size() - from >= 2 * kBlockChars && !Readers::isCancelled(cancel)) {
        const qsizetype end = from + blockEnd(QStringView(*pending).sliced(from, 2 * kBlockChars));
        blocks->add(pending->sliced(from, end - from));
        from = end;
    }
    pending->remove(0, from);
}

} // namespace

InputReader::Result InputReader::readStream(QIODevice *device, QByteArray first, qint64 limit,
                                            const std::atomic_bool *cancel, const KeepLine &keep, const Found &found,
                                            TimelineBuilder *timeline)
{
    Result result;
    result.format = InputFormat::Log;
    QStringDecoder decoder(QStringDecoder::Utf8);
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    QString pending;
    qsizetype nuls = 0;
    qsizetype binary = 0;
    BlockPipeline blocks(cancel, keep, timeline, [&](ScannedBlock scanned) {
        binary += scanned.binary;
        if (timeline)
            timeline->add(std::move(scanned.calls));
        nuls += scanned.nuls;
        result.redactions += scanned.redactions;
        result.candidates += std::move(scanned.candidates);
        if (found)
            found(&result.candidates);
    });
    QByteArray chunk = std::move(first);
    while (!chunk.isEmpty()) {
        result.bytes += chunk.size();
        if (!bytesMayBeText(chunk)) { // not even decoded; what is pending before it is read on its own
            if (!pending.isEmpty())
                blocks.add(std::exchange(pending, QString()));
            binary += chunk.size();
            blocks.skipLines(chunk.count('\n'));
            decoder.resetState();
        } else {
            decodeOnto(&decoder, std::exchange(chunk, QByteArray()), &pending); // held once, as text
            handOnBlocks(&pending, &blocks, cancel);
        }
        if (result.bytes >= limit || Readers::isCancelled(cancel))
            break;
        chunk = readUpTo(device, qMin(kReadSize, limit - result.bytes));
    }
    if (!Readers::isCancelled(cancel))
        blocks.add(std::exchange(pending, QString()));
    blocks.finish();
    if (const auto *file = qobject_cast<const QFileDevice *>(device); file && file->error() != QFileDevice::NoError)
        result.problems.append(readingStopped(result.bytes, file->errorString()));
    if (isBeyondLimit(device, result.bytes, limit))
        result.problems.append(limitProblem(limit));
    if (decoder.hasError())
        result.problems.append(TextDecoding::invalidUtf8Problem());
    if (nuls > 0)
        result.problems.append(TextDecoding::nulProblem(nuls));
    if (binary > 0)
        result.problems.append(notTextProblem(binary));
    if (Readers::isCancelled(cancel))
        result.problems.append(cancelledProblem());
    return result;
}
