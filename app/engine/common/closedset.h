// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

// One way to declare a closed set (an enum class that is saved, printed or shown): one table with, for each
// value, its stable key (what settings, files and JSON keep: never translated) and its label (what people read:
// marked with QT_TRANSLATE_NOOP in the table's context, translated when asked for). A new value is a row.
//
//   inline constexpr ClosedSet kThemes{"AppTheme", std::array{
//       ClosedSetRow{Theme::System, u"system", QT_TRANSLATE_NOOP("AppTheme", "System")}, ...}};
//   kThemes.key(Theme::Dark) == "dark";  kThemes.fromKey(u"dark") == Theme::Dark;  kThemes.label(...)
template <typename E> struct ClosedSetRow
{
    E value;
    const char16_t *key;
    const char *label; // nullptr for a set that is never shown
};
// Written out for compilers without deduction for aggregates (clang before 17).
template <typename E> ClosedSetRow(E, const char16_t *, const char *) -> ClosedSetRow<E>;

template <typename E, std::size_t N> struct ClosedSet
{
    const char *context;
    std::array<ClosedSetRow<E>, N> rows;

    constexpr const ClosedSetRow<E> &row(E value) const
    {
        for (const ClosedSetRow<E> &r : rows) {
            if (r.value == value)
                return r;
        }
        Q_UNREACHABLE();
    }
    QString key(E value) const { return QString::fromUtf16(row(value).key); }
    QString label(E value) const
    {
        const char *text = row(value).label;
        return text ? QCoreApplication::translate(context, text) : key(value);
    }
    std::optional<E> fromKey(QStringView key) const
    {
        for (const ClosedSetRow<E> &r : rows) {
            if (key == QStringView(r.key))
                return r.value;
        }
        return std::nullopt;
    }
    E fromKey(QStringView key, E fallback) const { return fromKey(key).value_or(fallback); }
    QList<E> values() const
    {
        QList<E> out;
        for (const ClosedSetRow<E> &r : rows)
            out << r.value;
        return out;
    }
};

template <typename E, std::size_t N> ClosedSet(const char *, std::array<ClosedSetRow<E>, N>) -> ClosedSet<E, N>;
