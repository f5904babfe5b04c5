// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "cataloglayers.h"

#include "embeddedcatalog.h"
#include "subscriptionstore.h"

#include <algorithm>

bool LoadedCatalog::isComplete() const
{
    return std::none_of(problems.cbegin(), problems.cend(),
                        [](const Problem &p) { return p.layer != Layer::Subscription; });
}

QStringList LoadedCatalog::messages() const
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.message;
    return out;
}

namespace CatalogLayers {

LoadedCatalog load(const SubscriptionStore &store, const QStringList &teamFiles)
{
    LoadedCatalog loaded;
    QString error;
    auto catalog = std::make_shared<Catalog>(EmbeddedCatalog::load(&error));
    if (!error.isEmpty())
        loaded.problems.append({LoadedCatalog::Layer::Embedded, error});
    QStringList subscriptionMessages;
    store.layerInto(catalog.get(), &subscriptionMessages);
    for (const QString &message : std::as_const(subscriptionMessages))
        loaded.problems.append({LoadedCatalog::Layer::Subscription, message});
    for (const QString &path : teamFiles) {
        if (!catalog->addFile(path, &error))
            loaded.problems.append({LoadedCatalog::Layer::TeamFile, error});
    }
    loaded.catalog = catalog;
    loaded.diagnoser = std::make_shared<const Diagnoser>(loaded.catalog);
    return loaded;
}

} // namespace CatalogLayers
