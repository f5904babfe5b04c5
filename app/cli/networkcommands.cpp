// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "networkcommands.h"

#include "catalog.h"
#include "catalogservice.h"
#include "closedset.h"
#include "delegation.h"
#include "dnschecker.h"
#include "dnsverdict.h"
#include "domaincheck.h"
#include "domainsections.h"
#include "propagation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace NetworkCommands {
namespace {

// What --update-catalog --json says of the outcome: keys for programs, never translated.
constexpr ClosedSet kUpdateStatuses{"NetworkCommands",
                                    std::array{
                                        ClosedSetRow{CatalogUpdater::UpdateStatus::Updated, u"updated", nullptr},
                                        ClosedSetRow{CatalogUpdater::UpdateStatus::Unchanged, u"unchanged", nullptr},
                                        ClosedSetRow{CatalogUpdater::UpdateStatus::Failed, u"failed", nullptr},
                                    }};

QJsonObject reportJson(const CatalogUpdater::UpdateReport &o)
{
    QJsonObject json = o.subscription.toJson();
    // The validators and the hash are the app's own bookkeeping, not part of the answer.
    for (const char *key : {"etag", "lastModified", "sha256", "state"})
        json.remove(QLatin1String(key));
    json.insert(QStringLiteral("url"), o.url.toString(QUrl::FullyEncoded));
    json.insert(QStringLiteral("result"), kUpdateStatuses.key(o.status));
    if (o.status == CatalogUpdater::UpdateStatus::Failed)
        json.insert(QStringLiteral("reason"), o.reason);
    return json;
}

bool parseServers(const QStringList &servers, QList<QHostAddress> *addresses, QTextStream &err)
{
    for (const QString &server : servers) {
        const QHostAddress address(server);
        if (address.isNull()) {
            err << QCoreApplication::translate("CommandLine", "--dns-server takes an IP address, not '%1'")
                       .arg(server.left(100))
                << '\n';
            return false;
        }
        *addresses << address;
    }
    if (addresses->isEmpty())
        *addresses << QHostAddress(); // the system's resolver
    return true;
}

// The registry's answer and each DNS server's, all asked at once; returns when the last is in.
DomainAnswers askAll(const DomainQuestion &question, const QList<QHostAddress> &servers)
{
    DomainAnswers answers;
    QEventLoop loop;
    DomainCheck check(CatalogService::instance()->network());
    check.setRdapBootstrap(question.rdapBootstrap);
    QObject::connect(&check, &DomainCheck::finished, &loop, [&](const DomainAnswers &a) {
        answers = a;
        loop.quit();
    });
    check.check(question.domain, servers);
    loop.exec();
    return answers;
}

} // namespace

int updateCatalog(const QString &url, bool json, QTextStream &out, QTextStream &err)
{
    CatalogUpdater *updater = CatalogService::instance()->updater();
    CatalogUpdater::UpdateReport outcome;
    QEventLoop loop;
    QObject::connect(updater, &CatalogUpdater::finished, &loop, [&](const CatalogUpdater::UpdateReport &o) {
        outcome = o;
        loop.quit();
    });
    updater->update(QUrl::fromUserInput(url));
    loop.exec();
    const bool failed = outcome.status == CatalogUpdater::UpdateStatus::Failed;
    if (json)
        out << QString::fromUtf8(QJsonDocument(reportJson(outcome)).toJson(QJsonDocument::Indented));
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

int checkDomain(const DomainQuestion &question, const Catalog &catalog, bool json, QTextStream &out, QTextStream &err)
{
    QList<QHostAddress> servers;
    if (!parseServers(question.dnsServers, &servers, err))
        return 2;
    QString problem;
    if (DnsChecker::aceOf(question.domain, &problem).isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    const DomainAnswers answers = askAll(question, servers);
    const DnsTargets &wix = catalog.dnsTargets();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool noVerdict = answers.registration.state != RdapResult::State::Registered &&
                     answers.registration.state != RdapResult::State::NotRegistered;
    QJsonArray dnsJson;
    QStringList dnsText;
    for (const DnsReport &report : answers.dns) {
        const DnsVerdict verdict = DnsVerdict::judge(report, wix);
        noVerdict = noVerdict || verdict.kind == DnsVerdict::Kind::NoAnswer;
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("verdict"), verdict.toJson());
        dnsJson.append(o);
        dnsText << verdict.replyText(report);
    }
    const QList<DomainSection> sections = DomainSection::of(answers, wix, now);
    if (json) {
        const QJsonObject o{
            {QStringLiteral("domain"), answers.registration.domain},
            {QStringLiteral("registration"), answers.registration.toJson(wix, now)},
            {QStringLiteral("delegation"), Delegation::judge(answers.registration, answers.dns, wix).toJson()},
            {QStringLiteral("propagation"), Propagation::judge(answers.dns, wix, now).toJson()},
            {QStringLiteral("warnings"),
             QJsonArray::fromStringList(Delegation::switchWarnings(answers.registration, answers.dns, wix))},
            {QStringLiteral("dns"), dnsJson}};
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out << DomainSection::text(sections) << QLatin1String("\n\n") << dnsText.join(QLatin1String("\n\n")) << '\n';
    }
    return noVerdict ? 1 : 0;
}

} // namespace NetworkCommands
