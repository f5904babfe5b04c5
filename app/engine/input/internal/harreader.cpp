// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "harreader.h"

#include "errorbody.h"
#include "redactor.h"
#include "textdecoding.h"
#include "timelinebuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <simdjson.h>

#include <string_view>

namespace {

// The text translated in this unit's context (lupdate reads translated() as tr(): app/i18n/CMakeLists.txt).
QString translated(const char *text)
{
    return QCoreApplication::translate("HarReader", text);
}

constexpr int kMaxProblemsListed = 20;
constexpr qsizetype kHeadSize = 4096;

} // namespace

struct HarReader::Parser
{
    simdjson::ondemand::parser parser;
    std::string scratch; // a padded copy, for entries with too few readable bytes after them
};

bool HarReader::mayBeHar(QByteArrayView head)
{
    head = head.first(qMin(head.size(), kHeadSize));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    // std::string_view::find looks for the first byte with memchr: far quicker than QByteArrayView::contains.
    return head.startsWith('{') &&
           std::string_view(head.data(), size_t(head.size())).find("\"log\"") != std::string_view::npos;
}

HarReader::HarReader(const std::atomic_bool *cancel, TimelineBuilder *timeline)
    : m_parser(std::make_unique<Parser>()),
      m_splitter([this](QByteArrayView bytes, qsizetype padding) { readEntry(bytes, padding); },
                 [this]() {
                     ++m_entries;
                     addProblem(Problem::NoResponse);
                 }),
      m_cancel(cancel), m_timeline(timeline)
{}

HarReader::~HarReader() = default;

void HarReader::feed(const char *data, qsizetype size, qsizetype padding)
{
    m_splitter.feed(data, size, padding);
}

bool HarReader::isHar() const
{
    return m_splitter.state() == HarSplitter::State::InEntries || m_splitter.state() == HarSplitter::State::Done;
}

bool HarReader::isNotHar() const
{
    return m_splitter.state() == HarSplitter::State::NotHar;
}

void HarReader::readEntry(QByteArrayView bytes, qsizetype padding)
{
    ++m_entries;
    if (m_splitter.cutStrings() > 0)
        addProblem(Problem::StringCut);
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        return;
    // Most entries succeeded: find that out from response.status alone, without reading anything else.
    simdjson::padded_string_view view;
    if (padding >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        view = simdjson::padded_string_view(bytes.data(), size_t(bytes.size()), size_t(bytes.size() + padding));
    } else {
        std::string &scratch = m_parser->scratch;
        scratch.resize(size_t(bytes.size()) + simdjson::SIMDJSON_PADDING);
        std::copy(bytes.begin(), bytes.end(), scratch.begin());
        view = simdjson::padded_string_view(scratch.data(), size_t(bytes.size()), scratch.size());
    }
    if (m_timeline) { // the timeline reads the entry's request and response in the same pass
        m_timeline->setSourceRange(m_splitter.entryOffset(), m_splitter.entrySourceSize());
        const std::optional<int> status =
            m_timeline->readHarEntry(view.data(), bytes.size(), view.capacity(), m_entries);
        if (status && *status < 400)
            return m_timeline->commit(nullptr);
        const qsizetype found = m_responses.size();
        readFailedEntry(bytes);
        return m_timeline->commit(m_responses.size() > found ? &m_responses.back() : nullptr);
    }
    simdjson::ondemand::document doc;
    int64_t status = 0;
    simdjson::error_code error = m_parser->parser.iterate(view).get(doc);
    if (!error)
        error = doc["response"]["status"].get_int64().get(status);
    if (!error && status < 400)
        return;
    // A failure, or an entry that is not what a HAR should hold: read it in full.
    readFailedEntry(bytes);
}

void HarReader::readFailedEntry(QByteArrayView bytes)
{
    QStringList textProblems;
    const QString text = TextDecoding::decode(bytes.toByteArray(), &textProblems);
    if (!textProblems.isEmpty())
        addProblem(Problem::InvalidText, textProblems.join(u' '));
    const Redactor::Result redacted = Redactor::redact(text);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(redacted.text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        addProblem(Problem::InvalidJson,
                   translated("%1 at character %2").arg(parseError.errorString(), QString::number(parseError.offset)));
        return;
    }
    const QJsonObject entry = doc.object();
    const QJsonValue responseValue = entry.value(QStringLiteral("response"));
    if (!doc.isObject() || !responseValue.isObject()) {
        addProblem(Problem::NoResponse);
        return;
    }
    const QJsonObject response = responseValue.toObject();
    const QJsonValue status = response.value(QStringLiteral("status"));
    if (!status.isDouble()) {
        addProblem(Problem::StatusNotNumber);
        return;
    }
    if (status.toInt() < 400)
        return;
    ParsedResponse r;
    r.format = InputFormat::Har;
    r.httpStatus = status.toInt();
    const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
    r.method = request.value(QStringLiteral("method")).toString();
    r.url = request.value(QStringLiteral("url")).toString();
    for (const QJsonValue &h : response.value(QStringLiteral("headers")).toArray()) {
        ErrorBody::readHeader(h.toObject().value(QStringLiteral("name")).toString(),
                              h.toObject().value(QStringLiteral("value")).toString(), &r);
    }
    const QJsonObject content = response.value(QStringLiteral("content")).toObject();
    const QJsonValue bodyValue = content.value(QStringLiteral("text"));
    if (!bodyValue.isUndefined() && !bodyValue.isString())
        addProblem(Problem::BodyNotString);
    QString body = bodyValue.toString();
    int secrets = redacted.count;
    if (content.value(QStringLiteral("encoding")).toString() == QLatin1String("base64")) {
        const Redactor::Result decoded = Redactor::redact(QString::fromUtf8(QByteArray::fromBase64(body.toLatin1())));
        body = decoded.text;
        secrets += decoded.count;
    }
    r.text = body;
    ErrorBody::readText(body, &r);
    r.complete();
    m_responses.append(r);
    m_responseEntries.append(m_entries);
    m_redactions += secrets;
}

// The input stopped inside an entry: what it holds is read as plain text, so that a cut-off failure still shows.
void HarReader::readCutEntry(QByteArrayView bytes)
{
    QStringList ignored;
    const Redactor::Result redacted = Redactor::redact(TextDecoding::decode(bytes.toByteArray(), &ignored));
    ParsedResponse r;
    r.format = InputFormat::Har;
    r.text = redacted.text;
    ErrorBody::readLenient(redacted.text, &r);
    r.complete();
    if (!r.isError())
        return;
    m_responses.append(r);
    m_responseEntries.append(m_entries);
    m_redactions += redacted.count;
}

void HarReader::addProblem(Problem::Kind kind, QString detail)
{
    if (++m_problemCount <= kMaxProblemsListed)
        m_pending.append({kind, m_entries, std::move(detail)});
}

QString HarReader::where(int entry) const
{
    return Location::entry(entry, m_entries).label();
}

QString HarReader::problemText(const Problem &p) const
{
    switch (p.kind) {
    case Problem::NoResponse:
        return translated("HAR %1 has no response object and was skipped.").arg(where(p.entry));
    case Problem::StatusNotNumber:
        return translated("HAR %1: response.status is not a number; skipped.").arg(where(p.entry));
    case Problem::BodyNotString:
        return translated("HAR %1: response.content.text is not a string; body ignored.").arg(where(p.entry));
    case Problem::InvalidJson:
        return translated("HAR %1 is not valid JSON (%2) and was skipped.").arg(where(p.entry), p.detail);
    case Problem::InvalidText:
        return translated("HAR %1: %2").arg(where(p.entry), p.detail);
    case Problem::StringCut:
        return translated("HAR %1 holds a text longer than %2: only its first %2 were read, the rest was "
                          "skipped.")
            .arg(where(p.entry), QLocale().formattedDataSize(HarSplitter::kMaxStringBytes, 0));
    }
    return {};
}

void HarReader::finish()
{
    m_splitter.finish();
    if (!isHar())
        return;
    const bool cut = m_splitter.state() == HarSplitter::State::InEntries;
    const bool cutInEntry = cut && !m_splitter.unfinishedEntry().isEmpty();
    if (cutInEntry) {
        ++m_entries;
        if (m_splitter.cutStrings() > 0)
            addProblem(Problem::StringCut);
        readCutEntry(m_splitter.unfinishedEntry());
    }
    // Entries are named "entry 3 of 20": the count is known only now.
    if (m_timeline)
        m_timeline->finish(m_entries);
    for (qsizetype i = 0; i < m_responses.size(); ++i)
        m_responses[i].location = Location::entry(m_responseEntries.at(i), m_entries);
    for (const Problem &p : std::as_const(m_pending))
        m_problems.append(problemText(p));
    if (m_problemCount > kMaxProblemsListed)
        m_problems.append(
            translated("... and %1 more problems in the HAR file.").arg(m_problemCount - kMaxProblemsListed));
    if (cutInEntry) {
        m_problems.append(
            translated("The HAR file ends inside entry %1: it may be truncated. The entries before it were "
                       "read; what there is of entry %1 was read as plain text.")
                .arg(m_entries));
    } else if (cut) {
        m_problems.append(
            translated("The HAR file ends after entry %1, before its list of entries is closed: it may be "
                       "truncated.")
                .arg(m_entries));
    } else if (!m_splitter.closed()) {
        m_problems.append(
            translated("The HAR file ends before it is closed: it may be truncated. All its %1 entries were "
                       "read.")
                .arg(m_entries));
    }
}
