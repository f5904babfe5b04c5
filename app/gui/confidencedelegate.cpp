// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "confidencedelegate.h"

#include "apptheme.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kBarHeight = 3;
constexpr int kBarGap = 2; // between the text and the bar, and under the bar

// The colour the style filled the cell with: the selection's, the row's own brush, or the (alternate) base.
QColor cellBackground(const QStyleOptionViewItem &cell)
{
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (cell.state & QStyle::State_Active) ? QPalette::Active
                                                                             : QPalette::Inactive;
    if (cell.state & QStyle::State_Selected)
        return cell.palette.color(group, QPalette::Highlight);
    if (cell.backgroundBrush.style() != Qt::NoBrush)
        return cell.backgroundBrush.color();
    const bool alternate = cell.features & QStyleOptionViewItem::Alternate;
    return cell.palette.color(group, alternate ? QPalette::AlternateBase : QPalette::Base);
}
} // namespace

void ConfidenceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant confidence = index.data(Roles::Confidence);
    if (!confidence.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background and selection over the whole cell, the text above the bar's band, never under it.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    const QRect band = barBand(option.rect);
    const QRect textArea = option.rect.adjusted(0, 0, 0, -band.height());
    QStyleOptionViewItem label = option;
    initStyleOption(&label, index);
    label.rect = textArea;
    label.backgroundBrush = Qt::NoBrush;
    label.state &= ~QStyle::State_HasFocus;
    label.text = text;
    painter->save();
    painter->setClipRect(textArea);
    // Only the text: the background is already drawn.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &label, widget);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setFont(label.font);
    // The palette's text colour when it reads at 4.5:1 on the cell, otherwise one moved until it does.
    const QColor background = cellBackground(cell);
    const QColor ink =
        AppTheme::withContrast(label.palette.color(selected ? QPalette::HighlightedText : QPalette::Text), background);
    painter->setPen(ink);
    painter->drawText(textRect, int(label.displayAlignment),
                      label.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
    // Beneath the text, a thin bar repeats the value; it uses the palette, so it follows light and dark themes.
    const QRect track = band.adjusted(4, 0, -4, -kBarGap).adjusted(0, kBarGap, 0, 0);
    const QRect fill(track.left(), track.top(), int(track.width() * qBound(0.0, confidence.toDouble(), 1.0)),
                     track.height());
    painter->save();
    painter->fillRect(track, option.palette.color(QPalette::Mid));
    painter->fillRect(fill, selected ? ink : AppTheme::withContrast(AppTheme::colors(option.palette).bar, background));
    painter->restore();
}

QRect ConfidenceDelegate::barBand(const QRect &cell)
{
    const int height = kBarHeight + 2 * kBarGap;
    return QRect(cell.left(), cell.bottom() - height + 1, cell.width(), height);
}

QSize ConfidenceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + kBarHeight + 2 * kBarGap); // room for the bar under the text
    if (index.data(Roles::Confidence).isValid())
        size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("Possible 0.00")) + 24));
    return size;
}
