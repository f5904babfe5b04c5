// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "callinspector.h"

#include "harsplitter.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CallInspector", text);
}

CallDetails failed(const QString &problem)
{
    return {{}, {}, problem};
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList headerLines(const QJsonObject &message)
{
    QStringList lines;
    for (const QJsonValue &h : message.value(QLatin1String("headers")).toArray())
        lines << QStringLiteral("%1: %2").arg(str(h.toObject(), "name"), str(h.toObject(), "value"));
    return lines;
}

// A body as people read it: JSON indented, anything else as it is; cut when very long.
QString bodyText(QString body)
{
    const QByteArray utf8 = body.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
        body = QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    if (body.size() > CallInspector::kMaxBodyChars) {
        const qsizetype left = body.size() - CallInspector::kMaxBodyChars;
        body = body.left(CallInspector::kMaxBodyChars) + u'\n' +
               QCoreApplication::translate("CallInspector", "(%n more character(s) not shown)", nullptr, int(left));
    }
    return body;
}

// Headers, a blank line and the body, with every secret replaced: the text is redacted whole, so that a header,
// a query or a body member is read by the same rules as anywhere else.
QString message(const QString &first, const QStringList &headers, const QString &body)
{
    QString text = first + u'\n' + headers.join(u'\n');
    if (!body.isEmpty())
        text += QStringLiteral("\n\n") + bodyText(body);
    return Redactor::redact(text).text;
}

} // namespace

namespace CallInspector {

CallDetails readHarEntry(QIODevice *device, qint64 offset, qint64 size)
{
    if (offset < 0 || size <= 0)
        return failed(tr("This call has no place in the input to read it from."));
    if (size > kMaxEntryBytes)
        return failed(tr("This call's entry is too large to show (%1 MB).").arg(size / (1024 * 1024)));
    if (!device->seek(offset))
        return failed(tr("The input cannot be read again: %1").arg(device->errorString()));
    const QByteArray bytes = device->read(size);
    if (bytes.size() != size)
        return failed(tr("The input changed since it was read: this call is no longer where it was."));
    return fromHarEntry(bytes);
}

bool findHarEntry(const QByteArray &har, int entry, qint64 *offset, qint64 *size)
{
    int seen = 0;
    bool found = false;
    HarSplitter *splitter = nullptr;
    // Every element of log.entries counts, as the HAR reader counts them: an odd one too.
    HarSplitter walker(
        [&](QByteArrayView, qsizetype) {
            if (++seen == entry && !found) {
                found = true;
                *offset = splitter->entryOffset();
                *size = splitter->entrySourceSize();
            }
        },
        [&seen] { ++seen; });
    splitter = &walker;
    walker.feed(har.constData(), har.size());
    return found;
}

CallDetails fromHarEntry(const QByteArray &entry)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(entry, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return failed(tr("The input changed since it was read: this call is no longer where it was."));
    const QJsonObject request = doc.object().value(QLatin1String("request")).toObject();
    const QJsonObject response = doc.object().value(QLatin1String("response")).toObject();
    const QJsonObject content = response.value(QLatin1String("content")).toObject();
    QString responseBody = str(content, "text");
    if (str(content, "encoding") == QLatin1String("base64"))
        responseBody = QString::fromUtf8(QByteArray::fromBase64(responseBody.toLatin1()));
    const QString status = QString::number(response.value(QLatin1String("status")).toInt());
    CallDetails out;
    out.request = message(QStringLiteral("%1 %2").arg(str(request, "method"), str(request, "url")),
                          headerLines(request), str(request.value(QLatin1String("postData")).toObject(), "text"));
    out.response = message(QStringLiteral("HTTP %1 %2").arg(status, str(response, "statusText")).trimmed(),
                           headerLines(response), responseBody);
    return out;
}

QString readLogLines(QIODevice *device, int first, int last, bool *found, bool *cut)
{
    constexpr qint64 kChunk = 1024 * 1024;
    *found = false;
    *cut = false;
    QByteArray kept;
    int line = 1; // the line the next byte belongs to
    while (line <= last) {
        const QByteArray chunk = device->read(kChunk);
        if (chunk.isEmpty())
            break;
        for (qsizetype i = 0; i < chunk.size() && line <= last;) {
            const qsizetype newline = chunk.indexOf('\n', i);
            const qsizetype end = newline < 0 ? chunk.size() : newline + 1;
            if (line >= first) {
                *found = true;
                const qsizetype room = qMax<qsizetype>(0, kMaxBodyChars - kept.size());
                *cut = *cut || end - i > room;
                kept.append(chunk.constData() + i, qMin(end - i, room));
            }
            line += newline < 0 ? 0 : 1;
            i = end;
        }
    }
    while (kept.endsWith('\n') || kept.endsWith('\r'))
        kept.chop(1);
    return QString::fromUtf8(kept);
}

} // namespace CallInspector
