// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace UrlPolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString problem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("UrlPolicy", "'%1' is not a valid address")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return QCoreApplication::translate("UrlPolicy", "an address with a user name or password is refused");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http"))
        return isLoopbackHost(url.host())
                   ? QString()
                   : QCoreApplication::translate("UrlPolicy",
                                                 "plain http is refused (only https, or http on this computer)");
    return QCoreApplication::translate("UrlPolicy", "'%1:' addresses are refused (only https)").arg(url.scheme());
}

QString redirectProblem(const QUrl &from, const QUrl &to)
{
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return QCoreApplication::translate("UrlPolicy", "redirected from https to %1, which is refused")
            .arg(to.toDisplayString(QUrl::RemoveUserInfo));
    const QString toProblem = problem(to);
    if (!toProblem.isEmpty())
        return QCoreApplication::translate("UrlPolicy", "redirected to %1: %2")
            .arg(to.toDisplayString(QUrl::RemoveUserInfo), toProblem);
    return {};
}

} // namespace UrlPolicy
