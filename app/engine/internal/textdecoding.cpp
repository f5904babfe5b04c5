// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <climits>

namespace TextDecoding {
namespace {

constexpr QByteArrayView kUtf8Bom("\xEF\xBB\xBF");
constexpr QByteArrayView kUtf16LeBom("\xFF\xFE");
constexpr QByteArrayView kUtf16BeBom("\xFE\xFF");

bool hasByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith(kUtf8Bom) || bytes.startsWith(kUtf16LeBom) || bytes.startsWith(kUtf16BeBom);
}

} // namespace

QString decode(const QByteArray &bytes, QStringList *problems)
{
    QString text;
    if (bytes.startsWith(kUtf16LeBom)) {
        text = QStringDecoder(QStringDecoder::Utf16LE).decode(bytes.mid(kUtf16LeBom.size()));
    } else if (bytes.startsWith(kUtf16BeBom)) {
        text = QStringDecoder(QStringDecoder::Utf16BE).decode(bytes.mid(kUtf16BeBom.size()));
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes.startsWith(kUtf8Bom) ? bytes.mid(kUtf8Bom.size()) : bytes);
        if (utf8.hasError())
            problems->append(invalidUtf8Problem());
    }
    if (const qsizetype nuls = replaceNuls(&text); nuls > 0)
        problems->append(nulProblem(nuls));
    return text;
}

QString invalidUtf8Problem()
{
    return QCoreApplication::translate("InputReader", "The input is not valid UTF-8: bytes that could not be read "
                                                      "were replaced with \u00ab\uFFFD\u00bb.");
}

QString nulProblem(qsizetype nuls)
{
    const int count = nuls > INT_MAX ? INT_MAX : int(nuls);
    return QCoreApplication::translate("InputReader", "%n NUL byte(s) in the input were read as spaces.", nullptr,
                                       count);
}

qsizetype replaceNuls(QString *text)
{
    const qsizetype nuls = text->contains(QChar(QChar::Null)) ? text->count(QChar(QChar::Null)) : 0; // vectorised
    if (nuls > 0)
        text->replace(QChar(QChar::Null), QChar(u' '));
    return nuls;
}

bool isOwnUtf8(const QByteArray &bytes, const QStringList &problems)
{
    return problems.isEmpty() && !hasByteOrderMark(bytes);
}

} // namespace TextDecoding
