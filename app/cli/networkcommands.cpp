// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "networkcommands.h"

#include "catalog.h"
#include "catalogservice.h"
#include "closedset.h"
#include "delegation.h"
#include "dnschecker.h"
#include "dnsverdict.h"
#include "rdapchecker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace NetworkCommands {
namespace {

// What --update-catalog --json says of the outcome: keys for programs, never translated.
constexpr ClosedSet kUpdateResults{"NetworkCommands",
                                   std::array{
                                       ClosedSetRow{CatalogUpdater::Result::Updated, u"updated", nullptr},
                                       ClosedSetRow{CatalogUpdater::Result::Unchanged, u"unchanged", nullptr},
                                       ClosedSetRow{CatalogUpdater::Result::Failed, u"failed", nullptr},
                                   }};

QJsonObject outcomeJson(const CatalogUpdater::Outcome &o)
{
    QJsonObject json = o.subscription.toJson();
    // The validators and the hash are the app's own bookkeeping, not part of the answer.
    for (const char *key : {"etag", "lastModified", "sha256", "state"})
        json.remove(QLatin1String(key));
    json.insert(QStringLiteral("url"), o.url.toString(QUrl::FullyEncoded));
    json.insert(QStringLiteral("result"), kUpdateResults.key(o.result));
    if (o.result == CatalogUpdater::Result::Failed)
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
struct DomainAnswers
{
    RdapResult registration;
    QList<DnsReport> dns;
};

DomainAnswers askAll(const DomainQuestion &question, const QList<QHostAddress> &servers)
{
    DomainAnswers answers;
    answers.dns.resize(servers.size());
    QEventLoop loop;
    qsizetype pending = servers.size() + 1;
    const auto oneDone = [&] {
        if (--pending == 0)
            loop.quit();
    };
    RdapChecker rdap(CatalogService::instance()->network());
    rdap.setBootstrap(question.rdapBootstrap);
    QObject::connect(&rdap, &RdapChecker::finished, &loop, [&](const RdapResult &r) {
        answers.registration = r;
        oneDone();
    });
    std::vector<std::unique_ptr<DnsChecker>> checkers;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        checkers.push_back(std::make_unique<DnsChecker>());
        checkers.back()->setAskMailRecords(true);
        QObject::connect(checkers.back().get(), &DnsChecker::finished, &loop, [&, i](const DnsReport &r) {
            answers.dns[i] = r;
            oneDone();
        });
        checkers.back()->check(question.domain, servers.at(i));
    }
    rdap.check(question.domain);
    loop.exec();
    return answers;
}

} // namespace

int updateCatalog(const QString &url, bool json, QTextStream &out, QTextStream &err)
{
    CatalogUpdater *updater = CatalogService::instance()->updater();
    CatalogUpdater::Outcome outcome;
    QEventLoop loop;
    QObject::connect(updater, &CatalogUpdater::finished, &loop, [&](const CatalogUpdater::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    updater->update(QUrl::fromUserInput(url));
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
    QStringList text{QCoreApplication::translate("CommandLine", "Registration:"),
                     answers.registration.summary(wix, now)};
    text << answers.registration.details(wix, now);
    for (const DnsReport &report : answers.dns) {
        const DnsVerdict verdict = DnsVerdict::judge(report, wix);
        noVerdict = noVerdict || verdict.kind == DnsVerdict::Kind::NoAnswer;
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("verdict"), verdict.toJson());
        dnsJson.append(o);
        text << QString() << verdict.replyText(report);
    }
    const Delegation delegation = Delegation::judge(answers.registration, answers.dns, wix);
    if (delegation.kind != Delegation::Kind::Unknown)
        text << QString() << QCoreApplication::translate("CommandLine", "Delegation:") << delegation.summary;
    const QStringList warnings = Delegation::switchWarnings(answers.registration, answers.dns, wix);
    if (!warnings.isEmpty())
        text << QString() << QCoreApplication::translate("CommandLine", "Warnings:") << warnings;
    if (json) {
        const QJsonObject o{{QStringLiteral("domain"), answers.registration.domain},
                            {QStringLiteral("registration"), answers.registration.toJson(wix, now)},
                            {QStringLiteral("delegation"), delegation.toJson()},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                            {QStringLiteral("dns"), dnsJson}};
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out << text.join(u'\n') << '\n';
    }
    return noVerdict ? 1 : 0;
}

} // namespace NetworkCommands
