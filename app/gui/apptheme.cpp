// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "apptheme.h"

#include <QApplication>
#include <QStyle>

#include <cmath>

namespace AppTheme {
namespace {

constexpr double kSelectionContrast = 6.0;

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool isDark(const QPalette &p)
{
    return luminance(p.color(QPalette::Base)) < 0.2;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

const QPalette &systemPalette()
{
    // The palette the platform gave before any theme of the app's was applied.
    static const QPalette system = QApplication::palette();
    return system;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x8a, 0x8c, 0x90);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa3, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x63));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    p.setColor(QPalette::LinkVisited, QColor(0x68, 0x1d, 0xa8));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6e, 0x73));
    return p;
}

} // namespace

QString key(Theme theme)
{
    return kThemes.key(theme);
}

Theme fromKey(const QString &key)
{
    return kThemes.fromKey(key, Theme::System);
}

QString label(Theme theme)
{
    return kThemes.label(theme);
}

QPalette palette(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return readable(lightPalette());
    case Theme::Dark:
        return readable(darkPalette());
    case Theme::System:
        break;
    }
    return readable(systemPalette());
}

QPalette readable(QPalette p)
{
    struct Pair
    {
        QPalette::ColorRole text;
        QPalette::ColorRole background;
    };
    // Each text role against every background it is drawn on; a role on two backgrounds is checked on both.
    static constexpr Pair pairs[] = {
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::WindowText, QPalette::Window},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base},
    };
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        // The selection keeps its text colour (white on most themes) and takes a deeper shade of its own hue, with
        // room to spare: the short, thin labels drawn on it (a row's "0.85") lose some contrast to antialiasing.
        p.setColor(group, QPalette::Highlight,
                   withContrast(p.color(group, QPalette::Highlight), p.color(group, QPalette::HighlightedText),
                                kSelectionContrast));
        for (const Pair &pair : pairs)
            p.setColor(group, pair.text, withContrast(p.color(group, pair.text), p.color(group, pair.background)));
    }
    return p;
}

void apply(Theme theme)
{
    systemPalette(); // kept before the first change
    QApplication::setPalette(palette(theme));
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor withContrast(QColor color, const QColor &background, double ratio)
{
    // Towards black on a light background, towards white on a dark one, in small steps: the hue stays.
    const QColor target = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    // Each step is rounded to what the screen shows (8 bits a channel), so the ratio holds as drawn.
    color = QColor::fromRgb(color.rgb());
    for (int step = 0; step < 20 && contrast(color, background) < ratio; ++step)
        color = QColor::fromRgb(mix(color, target, 0.15).rgb());
    return contrast(color, background) < ratio ? target : color;
}

Colors colors(const QPalette &p)
{
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    Colors c;
    // A soft amber mark, unlike the selection's colour, with the text at full contrast on it.
    c.markBackground = isDark(p) ? QColor(0x5c, 0x45, 0x00) : QColor(0xff, 0xec, 0xa8);
    c.markText = withContrast(text, c.markBackground, 7.0);
    c.muted = withContrast(mix(text, base, 0.35), base);
    c.link = withContrast(p.color(QPalette::Link), base);
    // The bar sits on the row's background, plain or alternate: it must read on both.
    const QColor alternate = p.color(QPalette::AlternateBase);
    c.bar = withContrast(withContrast(p.color(QPalette::Highlight), base), alternate);
    // Outlines sit between the window and a field's base: they must stand out from both (WCAG 1.4.11, 3:1).
    const QColor window = p.color(QPalette::Window);
    c.edge = withContrast(withContrast(p.color(QPalette::Mid), window, 3.0), base, 3.0);
    // The focus outline also changes the inside of a button by 3:1: styles shade a button's fill lighter or darker
    // than its colour, so it is held to 4.5:1 on that colour.
    c.focus = withContrast(withContrast(withContrast(p.color(QPalette::Highlight), window, 3.0), base, 3.0),
                           p.color(QPalette::Button), 4.5);
    return c;
}

} // namespace AppTheme
