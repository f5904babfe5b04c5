// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "linkpolicy.h"

#include "catalogloader.h"

#include <QDesktopServices>

namespace LinkPolicy {

bool isAllowed(const QUrl &url, const QStringList &catalogLinks)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    if (!CatalogLoader::isAllowedLinkUrl(text))
        return false;
    for (const QString &link : catalogLinks) {
        if (QUrl(link).toString(QUrl::FullyEncoded) == text)
            return true;
    }
    return false;
}

OpenResult open(const QUrl &url, const QStringList &catalogLinks)
{
    if (!isAllowed(url, catalogLinks))
        return Refused;
    return QDesktopServices::openUrl(url) ? Opened : NoHandler;
}

} // namespace LinkPolicy
