// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

// The platform's style (or the one chosen with -style), with these changes:
// - the standard icons (the menu bar's overflow button, the close buttons of the find bars and panels, the clear
//   buttons of fields) are looked up and loaded when first drawn: most are hidden when the window first shows, and
//   looking them up (the icon theme, every image-format plugin) was a good part of the start-up;
// - every control's outline (check and radio boxes, text fields, combo and spin boxes, buttons) is drawn over in
//   AppTheme's edge colour, 3:1 or more on the window and the field, and in its focus colour, two pixels wide,
//   while the control has the focus: styles derive outlines from the window's colour (Fusion: 1.19:1 on a dark
//   window), which WCAG 1.4.11 finds too faint.
// - a framed view (the answer, a list) with the focus gets the same focus outline on its frame.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    AppStyle() = default;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};
