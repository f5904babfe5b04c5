// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnosis.h"

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
const char *levelText(Confidence level)
{
    switch (level) {
    case Confidence::Exact:
        return QT_TRANSLATE_NOOP("Confidence", "Exact");
    case Confidence::Likely:
        return QT_TRANSLATE_NOOP("Confidence", "Likely");
    case Confidence::Possible:
        return QT_TRANSLATE_NOOP("Confidence", "Possible");
    case Confidence::Generic:
        break;
    }
    return QT_TRANSLATE_NOOP("Confidence", "Generic");
}

} // namespace

QString confidenceKey(Confidence level)
{
    return QString::fromLatin1(levelText(level));
}

QString confidenceName(Confidence level)
{
    return QCoreApplication::translate("Confidence", levelText(level));
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
