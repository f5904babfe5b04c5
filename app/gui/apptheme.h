// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "closedset.h"

#include <QColor>
#include <QPalette>

// The window's theme (the system's palette, or a light or dark one of the app's), applied while the app runs,
// and the few colours of the app's own, derived from the palette in use so that each reads at a contrast of at
// least 4.5:1 (WCAG AA) on it.
namespace AppTheme {

enum class Theme { System, Light, Dark };

// "system", "light", "dark": what the settings file keeps; the labels are what Settings shows.
inline constexpr ClosedSet kThemes{"AppTheme",
                                   std::array{
                                       ClosedSetRow{Theme::System, u"system", QT_TRANSLATE_NOOP("AppTheme", "System")},
                                       ClosedSetRow{Theme::Light, u"light", QT_TRANSLATE_NOOP("AppTheme", "Light")},
                                       ClosedSetRow{Theme::Dark, u"dark", QT_TRANSLATE_NOOP("AppTheme", "Dark")},
                                   }};
QString key(Theme theme);
Theme fromKey(const QString &key);
QString label(Theme theme); // for people, translated

// Sets the application palette; widgets that draw with the app's colours hear QEvent::PaletteChange.
void apply(Theme theme);
QPalette palette(Theme theme);

struct Colors
{
    QColor markBackground; // captured values and search hits: not the selection's colours
    QColor markText;
    QColor muted; // secondary text
    QColor link;
    QColor bar;   // a match's confidence bar
    QColor edge;  // a control's outline (check box, text field, button): 3:1 or more on the window and the base
    QColor focus; // the outline of the control that has the focus: 3:1 or more on the window and the base
};
Colors colors(const QPalette &palette);

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);
// color, made darker or lighter as needed to reach ratio against background.
QColor withContrast(QColor color, const QColor &background, double ratio = 4.5);
// The palette with every text role moved, where needed, to 4.5:1 on the background it is drawn on (Text on Base
// and AlternateBase, WindowText on Window, HighlightedText on Highlight, ...), in the active and inactive groups:
// the one rule every theme, the system's included, goes through.
QPalette readable(QPalette palette);

} // namespace AppTheme
