// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnosis.h"

#include "closedset.h"

#include <QCoreApplication>

#include <algorithm>

QString Match::value(const QString &name) const
{
    for (const MessageTemplate::Capture &c : variables) {
        if (c.name == name)
            return c.value;
    }
    return {};
}

bool Report::identified() const
{
    return std::any_of(results.cbegin(), results.cend(), [](const Diagnosis &d) { return d.identified(); });
}

int Report::responseCount() const
{
    int total = 0;
    for (const Diagnosis &d : results)
        total += d.group.count;
    return total;
}

namespace {

// The one table of levels: the key is also the source text of the label.
constexpr ClosedSet kLevels{
    "Confidence", std::array{
                      ClosedSetRow{Confidence::Exact, u"Exact", QT_TRANSLATE_NOOP("Confidence", "Exact")},
                      ClosedSetRow{Confidence::Likely, u"Likely", QT_TRANSLATE_NOOP("Confidence", "Likely")},
                      ClosedSetRow{Confidence::Possible, u"Possible", QT_TRANSLATE_NOOP("Confidence", "Possible")},
                      ClosedSetRow{Confidence::Generic, u"Generic", QT_TRANSLATE_NOOP("Confidence", "Generic")},
                  }};

} // namespace

QString confidenceKey(Confidence level)
{
    return kLevels.key(level);
}

QString confidenceName(Confidence level)
{
    return kLevels.label(level);
}

qsizetype Diagnosis::shownMatches(int top) const
{
    if (top <= 0 || top >= matches.size())
        return matches.size();
    qsizetype shown = top;
    while (shown < matches.size() && matches.at(shown).confidence >= matches.at(top - 1).confidence)
        ++shown;
    return shown;
}
