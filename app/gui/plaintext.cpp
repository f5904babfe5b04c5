// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "plaintext.h"

#include <QMessageBox>

namespace PlainText {
namespace {

constexpr qsizetype kMaxToolTipChars = 2000;
constexpr qsizetype kMaxToolTipLines = 30;

QString shortened(const QString &text)
{
    qsizetype end = qMin(text.size(), kMaxToolTipChars);
    qsizetype lines = 0;
    for (qsizetype at = text.indexOf(u'\n'); at >= 0 && at < end; at = text.indexOf(u'\n', at + 1)) {
        if (++lines == kMaxToolTipLines)
            end = at;
    }
    return end == text.size() ? text : text.left(end) + QChar(0x2026);
}

} // namespace

QString toolTip(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    // Escaped inside an element that is rich text for certain: Qt's guess (Qt::mightBeRichText) never decides.
    return QStringLiteral("<p style='white-space:pre-wrap'>") + shortened(text).toHtmlEscaped() +
           QStringLiteral("</p>");
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace PlainText
