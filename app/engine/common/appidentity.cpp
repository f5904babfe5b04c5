// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "appidentity.h"

#include <QCoreApplication>

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DomainsTroubleshooter"));
    QCoreApplication::setApplicationName(QStringLiteral("domains-troubleshooter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DT_VERSION));
}

} // namespace AppIdentity
