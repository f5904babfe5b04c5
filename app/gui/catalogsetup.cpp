// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogsetup.h"
#include "embeddedcatalog.h"

#include "subscriptionstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace CatalogSetup {

std::shared_ptr<const Catalog> build(const QStringList &userFiles, QStringList *errors)
{
    QString error;
    auto catalog = std::make_shared<Catalog>(EmbeddedCatalog::load(&error));
    if (!error.isEmpty())
        errors->append(error);
    // Layer order: embedded, subscriptions, then the team files, each list in its Settings order.
    SubscriptionStore().layerInto(catalog.get(), errors);
    for (const QString &path : userFiles) {
        if (!catalog->addFile(path, &error))
            errors->append(error);
    }
    return catalog;
}

QFuture<Built> start(const QStringList &userFiles)
{
    return QtConcurrent::run([userFiles] {
        Built built;
        built.catalog = build(userFiles, &built.errors);
        return built;
    });
}

} // namespace CatalogSetup
