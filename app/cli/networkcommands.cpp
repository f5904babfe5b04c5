// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "networkcommands.h"

#include "catalog.h"
#include "catalogupdater.h"
#include "dnschecker.h"
#include "dnsverdict.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace NetworkCommands {
namespace {

QString resultKey(CatalogUpdater::Result result)
{
    switch (result) {
    case CatalogUpdater::Result::Updated:
        return QStringLiteral("updated");
    case CatalogUpdater::Result::Unchanged:
        return QStringLiteral("unchanged");
    case CatalogUpdater::Result::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject outcomeJson(const CatalogUpdater::Outcome &o)
{
    QJsonObject json = o.subscription.toJson();
    // The validators and the hash are the app's own bookkeeping, not part of the answer.
    for (const char *key : {"etag", "lastModified", "sha256", "state"})
        json.remove(QLatin1String(key));
    json.insert(QStringLiteral("url"), o.url.toString(QUrl::FullyEncoded));
    json.insert(QStringLiteral("result"), resultKey(o.result));
    if (o.result == CatalogUpdater::Result::Failed)
        json.insert(QStringLiteral("reason"), o.reason);
    return json;
}

} // namespace

int updateCatalog(const QString &url, bool json, QTextStream &out, QTextStream &err)
{
    QNetworkAccessManager manager;
    CatalogUpdater updater(&manager, SubscriptionStore());
    CatalogUpdater::Outcome outcome;
    QEventLoop loop;
    QObject::connect(&updater, &CatalogUpdater::finished, &loop, [&](const CatalogUpdater::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    updater.update(QUrl::fromUserInput(url));
    loop.exec();
    const bool failed = outcome.result == CatalogUpdater::Result::Failed;
    if (json)
        out << QString::fromUtf8(QJsonDocument(outcomeJson(outcome)).toJson(QJsonDocument::Indented));
    else if (!failed)
        out << CatalogUpdater::describe(outcome) << '\n';
    if (failed)
        err << CatalogUpdater::describe(outcome) << '\n';
    return failed ? 2 : 0;
}

int checkDns(const QString &domain, const QString &server, const Catalog &catalog, bool json, QTextStream &out,
             QTextStream &err)
{
    const QHostAddress address(server);
    if (!server.isEmpty() && address.isNull()) {
        err << QCoreApplication::translate("CommandLine", "--dns-server takes an IP address, not '%1'")
                   .arg(server.left(100))
            << '\n';
        return 2;
    }
    DnsChecker checker;
    DnsReport report;
    QEventLoop loop;
    QObject::connect(&checker, &DnsChecker::finished, &loop, [&](const DnsReport &r) {
        report = r;
        loop.quit();
    });
    checker.check(domain, address);
    loop.exec();
    const DnsVerdict verdict = DnsVerdict::judge(report, catalog.dnsTargets());
    if (verdict.kind == DnsVerdict::Kind::NotADomain) {
        err << verdict.summary << '\n';
        return 2;
    }
    if (json) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("verdict"), verdict.toJson());
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out << verdict.replyText(report) << '\n';
    }
    return verdict.kind == DnsVerdict::Kind::NoAnswer ? 1 : 0;
}

} // namespace NetworkCommands
