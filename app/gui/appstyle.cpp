// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "appstyle.h"

#include "apptheme.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

#include <optional>

namespace {

// Stands for one of the style's standard icons and asks the style for it on first use.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap which, const QStyleOption *option, const QWidget *widget)
        : m_style(style), m_which(which), m_widget(widget), m_forWidget(widget != nullptr)
    {
        if (option)
            m_option = *option; // what every option holds (direction, palette, state): all an icon depends on
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString key() const override { return QStringLiteral("DeferredIconEngine"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_loaded) {
            QStyle *style = m_style ? m_style.data() : QApplication::style();
            // Asked for a widget that is gone since: as the style draws it for none.
            m_icon =
                style->standardIcon(m_which, m_option ? &*m_option : nullptr, m_forWidget ? m_widget.data() : nullptr);
            m_loaded = true;
        }
        return m_icon;
    }

    QPointer<QStyle> m_style; // the proxied style: asking it cannot come back here
    QStyle::StandardPixmap m_which;
    std::optional<QStyleOption> m_option;
    QPointer<const QWidget> m_widget;
    bool m_forWidget;
    QIcon m_icon;
    bool m_loaded = false;
};

// Draws a control's outline over what the style drew: the edge colour, or the focus colour two pixels wide.
void drawOutline(QPainter *painter, const QStyleOption *option, bool round, bool focused)
{
    const AppTheme::Colors colors = AppTheme::colors(option->palette);
    const qreal width = focused ? 2.0 : 1.0;
    const QRectF frame = QRectF(option->rect).adjusted(width / 2, width / 2, -width / 2, -width / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(focused ? colors.focus : colors.edge, width));
    if (round)
        painter->drawEllipse(frame);
    else
        painter->drawRect(frame);
    painter->restore();
}

void drawOutline(QPainter *painter, const QStyleOption *option, bool round)
{
    drawOutline(painter, option, round,
                (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_Enabled));
}

} // namespace

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        drawOutline(painter, option, false);
        break;
    case PE_IndicatorRadioButton:
        drawOutline(painter, option, true);
        break;
    case PE_FrameLineEdit:
        // A text field inside a combo or spin box has no frame of its own: the box's outline is drawn below.
        if (!widget || !widget->parentWidget() ||
            !(widget->parentWidget()->inherits("QComboBox") || widget->parentWidget()->inherits("QAbstractSpinBox")))
            drawOutline(painter, option, false);
        break;
    case PE_PanelButtonCommand:
        drawOutline(painter, option, false);
        break;

    default:
        break;
    }
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // A text view or list with the focus (the answer, the results) shows it on its frame: the styles draw no focus
    // there, and the focus inside it (a link, a current row) may be out of sight.
    // (A frame's option does not always carry State_HasFocus: the widget is asked.)
    if (element == CE_ShapedFrame && widget && widget->hasFocus() && widget->inherits("QAbstractScrollArea"))
        drawOutline(painter, option, false, true);
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox && (option->subControls & SC_ComboBoxFrame)) ||
        (control == CC_SpinBox && (option->subControls & SC_SpinBoxFrame)))
        drawOutline(painter, option, false);
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    // Icons are looked up and read when first painted, not when a widget is built: most of those a window sets up
    // (the find bars' and panels' close buttons, the clear buttons of fields) are hidden when it first shows.
    return QIcon(new DeferredIconEngine(baseStyle(), standardIcon, option, widget));
}
