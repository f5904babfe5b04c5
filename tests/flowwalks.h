// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The walks of tests/data/flows (generate.py: a client against a loopback stand-in of the Wix API, a fault injected
// at each step in turn), each as a Chrome HAR, a Firefox HAR and a client log, with the states expected of each
// flow step. The expected states are the flows of Wix's sample-flow pages (connected-domains UseCases.md, domaindns
// Flows.md, registered-domains UseCases.md), read step by step: a step with no documented endpoint (the Premium
// plan, the product instance, records set at the registrar) cannot show in an input; a step left out while a later
// one was called is missing; a step called before one the page puts ahead of it is out of order; polling ends when
// the page's awaited value comes. The engine's test and the window's read the same table.
namespace FlowWalks {

struct Row
{
    const char *walk;
    QString flow;
    QStringList states; // FlowAnalysis::stateKey of each step
    const char *failedStep;
    QStringList missing;
    const char *verdictSays; // words the verdict holds
};

inline QList<Row> rows()
{
    const QString nr = QStringLiteral("notRecorded");
    const QString done = QStringLiteral("done");
    const QString failed = QStringLiteral("failed");
    const QString notReached = QStringLiteral("notReached");
    const QString missing = QStringLiteral("missing");
    const QString early = QStringLiteral("outOfOrder");
    const QString polling = QStringLiteral("polling");
    const QString ns = QStringLiteral("connect-by-nameservers");
    const QString pt = QStringLiteral("connect-by-pointing");
    const QString rg = QStringLiteral("register-domain");
    const QString dn = QStringLiteral("update-dns-registered");
    return {
        {"ns-ok", ns, {nr, done, done, done, done}, "", {}, "done"},
        {"ns-error-create",
         ns,
         {missing, failed, notReached, notReached, notReached},
         "create-connected-domain",
         {QStringLiteral("premium-plan")},
         "NON_PREMIUM_SITE"},
        {"ns-error-setup",
         ns,
         {nr, done, failed, notReached, notReached},
         "setup-info",
         {},
         "DOMAINS_PERMISSION_DENIED"},
        {"ns-error-dns", ns, {nr, done, done, failed, notReached}, "update-dns-zone", {}, "DOMAIN_NOT_PERMITTED"},
        {"ns-error-get", ns, {nr, done, done, done, failed}, "get-connected-domain", {}, "404"},
        {"ns-skip-setup",
         ns,
         {nr, done, missing, done, done},
         "setup-info",
         {QStringLiteral("setup-info")},
         "Setup Info"},
        {"ns-skip-dns",
         ns,
         {nr, done, done, missing, done},
         "update-dns-zone",
         {QStringLiteral("update-dns-zone")},
         "Update DNS Zone"},
        {"ns-out-of-order", ns, {nr, done, early, done, done}, "setup-info", {}, "Create Connected Domain"},
        {"ns-endless-polling", ns, {nr, done, done, done, polling}, "get-connected-domain", {}, "48 hours"},
        {"pointing-ok", pt, {nr, done, done, nr, done}, "", {}, "done"},
        {"pointing-error-create",
         pt,
         {missing, failed, notReached, nr, notReached},
         "create-connected-domain",
         {QStringLiteral("premium-plan")},
         "Premium plan"},
        {"pointing-skip-setup",
         pt,
         {nr, done, missing, nr, done},
         "setup-info",
         {QStringLiteral("setup-info")},
         "Setup Info"},
        {"pointing-dns-zone", pt, {nr, done, done, nr, done}, "update-dns-zone", {}, "POINTING"},
        {"pointing-endless-polling", pt, {nr, done, done, nr, polling}, "get-connected-domain", {}, "48 hours"},
        {"register-ok", rg, {done, nr, nr, done, done}, "", {}, "done"},
        {"register-error-suggest",
         rg,
         {failed, nr, nr, notReached, notReached},
         "suggest-domains",
         {},
         "INVALID_QUERY"},
        {"register-error-create",
         rg,
         {done, nr, missing, failed, notReached},
         "create-registered-domain",
         {QStringLiteral("product-instance")},
         "product instance"},
        {"register-error-get",
         rg,
         {done, nr, nr, done, failed},
         "get-registered-domain",
         {},
         "REGISTERED_DOMAIN_NOT_FOUND"},
        {"register-endless-polling",
         rg,
         {done, nr, nr, done, polling},
         "get-registered-domain",
         {},
         "PENDING_REGISTRATION"},
        {"dns-ok", dn, {nr, nr, done, done, done}, "", {}, "done"},
        {"dns-error-dns", dn, {nr, nr, done, done, failed}, "update-dns-zone", {}, "DOMAIN_DNS_EMPTY_RECORD_VALUE"},
        {"dns-out-of-order", dn, {nr, nr, done, done, early}, "update-dns-zone", {}, "Get Registered Domain"},
    };
}

inline constexpr const char *kShapes[] = {".chrome.har", ".firefox.har", ".log"};

} // namespace FlowWalks
