// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "confidencedelegate.h"

#include "roles.h"

#include <QPainter>

void ConfidenceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant confidence = index.data(Roles::Confidence);
    QStyledItemDelegate::paint(painter, option, index); // the word and the value, as text
    if (!confidence.isValid())
        return;
    // Beneath the text, a thin bar repeats the value; it uses the palette, so it follows light and dark themes.
    const QRect cell = option.rect.adjusted(4, 0, -4, -2);
    const QRect track(cell.left(), cell.bottom() - 3, cell.width(), 3);
    const QRect fill(track.left(), track.top(), int(track.width() * qBound(0.0, confidence.toDouble(), 1.0)),
                     track.height());
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->fillRect(track, option.palette.color(QPalette::Mid));
    painter->fillRect(fill, option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
    painter->restore();
}

QSize ConfidenceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + 4); // room for the bar under the text
    if (index.data(Roles::Confidence).isValid())
        size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("Possible 0.00")) + 24));
    return size;
}
