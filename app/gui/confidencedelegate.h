// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// Draws a match's confidence as its word and value with a thin bar beneath, so that it never rests on colour alone.
class ConfidenceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfidenceDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The strip at the bottom of a cell that holds the bar; the text is drawn above it.
    static QRect barBand(const QRect &cell);
};
