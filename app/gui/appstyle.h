// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

// The platform's style (or the one chosen with -style), with one change: the icon of the menu bar's overflow
// button, shown only when the window is too narrow for its menus, is loaded when it is first drawn. Loaded when
// the menu bar is built, it made Qt open every image-format plugin during start-up.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    AppStyle() = default;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
