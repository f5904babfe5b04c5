// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "inputreader.h"

#include "curltrace.h"
#include "errorbody.h"
#include "harreader.h"
#include "readers.h"
#include "redactor.h"
#include "textdecoding.h"
#include "timelinebuilder.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {

// The text translated in this unit's context (lupdate reads translated() as tr(): app/i18n/CMakeLists.txt).
QString translated(const char *text)
{
    return QCoreApplication::translate("InputReader", text);
}

// How much of the start of an input is looked at to tell what it is.
constexpr qsizetype kHeadSize = 4096;

// Whether a long input may be read block by block: every input over the threshold is, JSON lines and a JSON
// document included (a document that large is no single error body: its lines are read as a log's, and its memory
// stays bounded whatever its strings hold), except UTF-16 text, which is decoded whole.
bool mayBeStreamed(const QByteArray &bytes)
{
    return !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF");
}
// A paste up to this size may be one message wrapped over several lines, and is also read as a whole.
constexpr qsizetype kWholeMessageLimit = 4096;

InputFormat jsonFormat(const ParsedResponse &r, const QJsonObject &o)
{
    if (o.value(QStringLiteral("error")).isObject())
        return InputFormat::GoogleJson;
    if (o.contains(QStringLiteral("type")) && o.contains(QStringLiteral("title")))
        return InputFormat::ProblemJson;
    if (o.contains(QStringLiteral("details")) || r.emptySystemBody)
        return InputFormat::WixJson;
    return InputFormat::Json;
}

bool looksLikeHar(QStringView text)
{
    const QStringView head = text.left(kHeadSize);
    return head.contains(u"\"log\"") && text.contains(u"\"entries\"");
}

constexpr qsizetype kChunkSize = 1024 * 1024;
constexpr qsizetype kChunkPadding = 64; // lets the HAR reader parse entries in place, without a copy

// Binary data is not read as text (no response, no secret can be told in it): its size and first bytes are what
// the answer says of it.
InputReader::Result binaryResult(QByteArrayView head, qint64 size)
{
    InputReader::Result result;
    result.format = InputFormat::Binary;
    result.bytes = size;
    result.problems.append(TextDecoding::binaryProblem(head, size));
    return result;
}

// The size of what a device holds, up to limit: a file says it; a pipe is read to its end, and the bytes dropped.
qint64 sizeOf(QIODevice *device, qint64 limit, const std::atomic_bool *cancel)
{
    if (!device->isSequential())
        return device->size();
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    qint64 total = 0;
    while (total < limit && !Readers::isCancelled(cancel)) {
        const qint64 n = device->read(chunk.data(), qMin<qint64>(chunk.size(), limit - total));
        if (n <= 0)
            break;
        total += n;
    }
    return total;
}

// A HAR's answer. kept: the whole input when it is small enough to keep as text, else empty.
InputReader::Result harResult(HarReader &har, const QByteArray &kept, qsizetype bytes, const std::atomic_bool *cancel)
{
    InputReader::Result result;
    result.format = InputFormat::Har;
    result.bytes = bytes;
    result.redactions = har.redactions();
    if (!kept.isEmpty()) {
        const Redactor::Result redacted = Redactor::redact(TextDecoding::decode(kept, &result.problems));
        result.redactedText = redacted.text;
        result.redactions = redacted.count;
    }
    result.candidates = har.responses();
    result.problems += har.problems();
    if (Readers::isCancelled(cancel))
        result.problems.append(InputReader::cancelledProblem());
    return result;
}

// JSON Lines (one record per line, as many loggers write): read line by line, not as one broken document.
bool looksLikeJsonLines(QStringView text)
{
    int records = 0;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!line.startsWith(u'{') || !line.endsWith(u'}'))
            return false;
        ++records;
    }
    return records > 1;
}

// A short paste such as "403" or "403, DOMAINS_GUID_NOT_FOUND": a leading status number counts on its own.
void readBareStatus(QStringView text, ParsedResponse *r)
{
    static const QRegularExpression bare(QStringLiteral(R"(^\W{0,3}([1-5]\d\d)\b)"));
    const auto m = bare.match(text.trimmed());
    if (m.hasMatch() && r->httpStatus == 0)
        r->httpStatus = m.captured(1).toInt();
}

// A HAR held in memory, or nothing when the bytes are not one.
std::optional<InputReader::Result> readHarBytes(const QByteArray &bytes, const std::atomic_bool *cancel,
                                                TimelineBuilder *timeline)
{
    HarReader har(cancel, timeline);
    QByteArray shared = bytes; // no copy: only to ask how many allocated bytes follow the data
    har.feed(bytes.constData(), bytes.size(), shared.data_ptr().freeSpaceAtEnd());
    har.finish();
    if (!har.isHar())
        return std::nullopt;
    return harResult(har, bytes.size() <= InputReader::kKeptTextLimit ? bytes : QByteArray(), bytes.size(), cancel);
}

// Why text that starts like JSON was read as plain text instead, or nothing when that needs no word (JSON Lines).
// A free function: its messages name their context, InputReader, themselves.
QString notJsonProblem(QStringView trimmed, const QJsonParseError &error)
{
    if (looksLikeHar(trimmed)) {
        return QCoreApplication::translate("InputReader",
                                           "This looks like a HAR file, but it is not valid JSON (%1 at character %2): "
                                           "it may be truncated. It was read as plain text instead.")
            .arg(error.errorString(), QString::number(error.offset));
    }
    if (error.error == QJsonParseError::DeepNesting)
        return QCoreApplication::translate(
            "InputReader",
            "The JSON is nested too deeply to be read as a document; it was read as plain text instead.");
    if (looksLikeJsonLines(trimmed))
        return {};
    return QCoreApplication::translate(
               "InputReader",
               "This looks like JSON, but it is not valid (%1 at character %2); it was read as plain text instead.")
        .arg(error.errorString(), QString::number(error.offset));
}

// Each error a JSON document holds: the document itself, or each item of a top-level array.
void readJsonItems(const QJsonDocument &doc, QStringView trimmed, InputReader::Result *result)
{
    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    result->format = InputFormat::Json;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ParsedResponse r;
        r.text =
            items.size() == 1 ? trimmed.toString() : QString::fromUtf8(QJsonDocument(items.at(i).toObject()).toJson());
        if (!ErrorBody::readJson(items.at(i), &r) && !r.hasEvidence())
            continue;
        r.format = jsonFormat(r, items.at(i).toObject());
        if (items.size() > 1)
            r.location = Location::item(int(i + 1), int(items.size()));
        r.complete();
        result->candidates.append(r);
    }
    if (items.size() == 1 && !result->candidates.isEmpty())
        result->format = result->candidates.front().format;
}

// Reads text that starts like JSON as one JSON document (a HAR included). False, with a problem saying why where
// that helps, when it is not valid JSON: it is then read as plain text.
// utf8: the input's own bytes when they are the text's UTF-8, else null.
bool readJsonDocument(QStringView trimmed, const QByteArray &utf8, InputReader::Result *result,
                      const std::atomic_bool *cancel)
{
    QJsonParseError error;
    // The input's own bytes spare a conversion, unless redaction changed the text.
    const QJsonDocument doc =
        QJsonDocument::fromJson(!utf8.isNull() && result->redactions == 0 ? utf8.trimmed() : trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        if (const QString problem = notJsonProblem(trimmed, error); !problem.isEmpty())
            result->problems.append(problem);
        return false;
    }
    if (doc.isObject() && doc.object().value(QStringLiteral("log")).toObject().contains(QStringLiteral("entries"))) {
        // A HAR in UTF-16, or one that names "log" late.
        if (std::optional<InputReader::Result> har = readHarBytes(trimmed.toUtf8(), cancel, nullptr)) {
            har->bytes = result->bytes;
            har->problems = result->problems + har->problems;
            *result = std::move(*har);
            return true;
        }
    }
    readJsonItems(doc, trimmed, result);
    return true;
}

// The responses of an HTTP transcript (curl -v, raw HTTP, a curl --trace dump); false when it holds none.
bool readHttpTranscript(const QString &text, InputReader::Result *result, const std::atomic_bool *cancel)
{
    // A curl --trace dump is read as the curl -v output it stands for.
    const QString transcript = CurlTrace::looksLikeTrace(text) ? CurlTrace::toTranscript(text) : QString();
    const QString &http = transcript.isEmpty() ? text : transcript;
    if (!Readers::hasHttpStatusLine(http))
        return false;
    result->candidates = Readers::readTranscript(http, &result->format, cancel);
    return !result->candidates.isEmpty();
}

// The errors a log or text holds, line by line; a short paste is also offered as one message.
void readLogAndWhole(const QString &text, QStringView trimmed, InputReader::Result *result,
                     const std::atomic_bool *cancel, const InputReader::KeepLine &keep)
{
    result->format = InputFormat::Log;
    const QString unquoted = Readers::undoMailQuoting(text);
    result->candidates = Readers::scanLog(unquoted, cancel, keep);
    if (trimmed.size() > kWholeMessageLimit)
        return;
    // A short paste may be one message wrapped over several lines: offer the whole of it as well.
    ParsedResponse whole;
    whole.format = InputFormat::Text;
    whole.text = trimmed.toString();
    ErrorBody::readLenient(trimmed, &whole);
    readBareStatus(trimmed, &whole);
    whole.complete();
    if (result->candidates.isEmpty() || !trimmed.contains(u'\n')) {
        result->candidates = {whole};
        result->format = InputFormat::Text;
    } else {
        result->whole = whole;
    }
}

} // namespace

QByteArray InputReader::readUpTo(QIODevice *device, qint64 size)
{
    // Read straight into the result, sized once when the device knows how much it holds.
    QByteArray bytes;
    if (!device->isSequential())
        bytes.reserve(qBound<qint64>(0, device->size() - device->pos(), size));
    while (bytes.size() < size) {
        const qsizetype had = bytes.size();
        const qint64 want = qMin<qint64>(kChunkSize, size - had);
        bytes.resize(had + want);
        const qint64 got = device->read(bytes.data() + had, want);
        bytes.resize(had + qMax<qint64>(got, 0));
        if (got <= 0)
            break;
    }
    return bytes;
}

QString InputReader::decode(const QByteArray &bytes, QStringList *problems)
{
    return TextDecoding::decode(bytes, problems);
}

bool InputReader::isBinary(QByteArrayView head)
{
    return TextDecoding::isBinary(head);
}

QString InputReader::readingStopped(qsizetype bytes, const QString &why)
{
    return translated("Reading stopped after %1 bytes: %2. What was read before is shown.")
        .arg(QString::number(bytes), why);
}

QString InputReader::cancelledProblem()
{
    return translated("Reading was cancelled: only the part read so far is shown.");
}

bool InputReader::isBeyondLimit(QIODevice *device, qint64 read, qint64 limit)
{
    char more = 0;
    return read >= limit && device->read(&more, 1) == 1;
}

QString InputReader::limitProblem(qint64 limit)
{
    const QString size = QLocale().formattedDataSize(limit, limit % (1024 * 1024) == 0 ? 0 : 1);
    return translated("The input is larger than %1: the first %1 were read (--max-input raises the limit).").arg(size);
}

InputReader::Result InputReader::read(QIODevice *device, const std::atomic_bool *cancel, const KeepLine &keep,
                                      qint64 limit, const Found &found, TimelineBuilder *timeline)
{
    if (HarReader::mayBeHar(device->peek(kHeadSize)))
        return readHarStream(device, cancel, keep, limit, timeline);
    if (const QByteArray head = device->peek(TextDecoding::kSniffSize); TextDecoding::isBinary(head)) {
        Result result = binaryResult(head, sizeOf(device, limit, cancel));
        if (device->isSequential() && isBeyondLimit(device, result.bytes, limit))
            result.problems.append(limitProblem(limit)); // a pipe or a device: only its size up to the limit is known
        return result;
    }
    // Read at most kStreamThreshold at once: a longer log is scanned block by block, never held whole.
    QByteArray bytes = readUpTo(device, qMin(limit, kStreamThreshold + 1));
    if (bytes.size() > kStreamThreshold && mayBeStreamed(bytes))
        return readStream(device, std::move(bytes), limit, cancel, keep, found, timeline);
    if (bytes.size() < limit && bytes.size() > kStreamThreshold)
        bytes += readUpTo(device, limit - bytes.size());
    Result result;
    result.bytes = bytes.size();
    if (const auto *file = qobject_cast<const QFileDevice *>(device); file && file->error() != QFileDevice::NoError)
        result.problems.append(readingStopped(bytes.size(), file->errorString()));
    if (isBeyondLimit(device, bytes.size(), limit))
        result.problems.append(limitProblem(limit));
    QString text = TextDecoding::decode(bytes, &result.problems);
    bytes.clear(); // held once, as text
    return readText(std::move(text), std::move(result), cancel, keep, timeline);
}

InputReader::Result InputReader::readHarStream(QIODevice *device, const std::atomic_bool *cancel, const KeepLine &keep,
                                               qint64 limit, TimelineBuilder *timeline)
{
    HarReader har(cancel, timeline);
    QByteArray chunk(kChunkSize + kChunkPadding, ' ');
    QByteArray kept; // until the entries begin (to read it as something else) and while small (to keep as text)
    bool keeping = true;
    qsizetype total = 0;
    QStringList readProblems;
    while (!har.isNotHar() && !Readers::isCancelled(cancel)) {
        if (total >= limit) {
            if (isBeyondLimit(device, total, limit))
                readProblems.append(limitProblem(limit));
            break;
        }
        const qint64 n = device->read(chunk.data(), qMin<qint64>(kChunkSize, limit - total));
        if (n < 0) {
            readProblems.append(readingStopped(total, device->errorString()));
            break;
        }
        if (n == 0)
            break;
        total += n;
        har.feed(chunk.constData(), n, chunk.size() - n);
        keeping = keeping && (!har.isHar() || total <= kKeptTextLimit);
        if (keeping)
            kept.append(chunk.constData(), n);
        else
            kept.clear();
    }
    Result result;
    if (har.isHar()) {
        har.finish();
        result = harResult(har, kept, total, cancel);
    } else { // not a HAR after all, or cut before its entries: read the whole as anything else
        result = read(kept + readUpTo(device, qMax<qint64>(0, limit - kept.size())), cancel, keep, timeline);
    }
    result.problems = readProblems + result.problems;
    return result;
}

InputReader::Result InputReader::read(const QByteArray &bytes, const std::atomic_bool *cancel, const KeepLine &keep,
                                      TimelineBuilder *timeline)
{
    if (HarReader::mayBeHar(bytes)) {
        if (std::optional<Result> har = readHarBytes(bytes, cancel, timeline))
            return *har;
    }
    if (TextDecoding::isBinary(bytes))
        return binaryResult(bytes, bytes.size());
    Result result;
    result.bytes = bytes.size();
    QString text = TextDecoding::decode(bytes, &result.problems);
    // The bytes are the text's own UTF-8 when decoding changed nothing: JSON can be parsed from them directly.
    const bool sameBytes = TextDecoding::isOwnUtf8(bytes, result.problems);
    return readText(std::move(text), std::move(result), cancel, keep, timeline, sameBytes ? bytes : QByteArray());
}

InputReader::Result InputReader::readText(QString decoded, Result result, const std::atomic_bool *cancel,
                                          const KeepLine &keep, TimelineBuilder *timeline, const QByteArray &utf8)
{
    Redactor::Result redacted = Redactor::redact(decoded);
    decoded.clear(); // no second copy of a big input while it is read
    result.redactions = redacted.count;
    const QString &text = redacted.text;
    if (text.size() <= kKeptTextLimit)
        result.redactedText = text;
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty()) {
        result.format = InputFormat::Empty;
        result.problems.append(TextDecoding::emptyProblem(result.bytes));
        return result;
    }
    if ((trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) && readJsonDocument(trimmed, utf8, &result, cancel))
        return result;
    if (readHttpTranscript(text, &result, cancel))
        return result;
    readLogAndWhole(text, trimmed, &result, cancel, keep);
    if (timeline)
        timeline->readLog(text); // a log's lines that carry a method, a Wix path and a status, however long it is
    if (Readers::isCancelled(cancel))
        result.problems.append(InputReader::cancelledProblem());
    return result;
}
