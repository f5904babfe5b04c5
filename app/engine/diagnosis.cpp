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

QString confidenceName(Confidence level)
{
    switch (level) {
    case Confidence::Exact:
        return QCoreApplication::translate("Confidence", "Exact");
    case Confidence::Likely:
        return QCoreApplication::translate("Confidence", "Likely");
    case Confidence::Possible:
        return QCoreApplication::translate("Confidence", "Possible");
    case Confidence::Generic:
        break;
    }
    return QCoreApplication::translate("Confidence", "Generic");
}
