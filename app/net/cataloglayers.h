// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "diagnoser.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <memory>

class SubscriptionStore;

// The catalog a window or a command works with, built in one order by one rule for both front ends.
//
// Order: the embedded catalog, then the last good copy of each subscription (in the list's order), then the team
// files (in the order given: Settings, then --catalog); each layer goes over the ones before it.
//
// Failure rule: a layer that cannot be used is left out and named in problems, and the rest is used:
// - the embedded catalog: the catalog is built from the other layers and is not complete;
// - a subscription's copy: it is a cache of a download, so it is set aside (renamed, never deleted), its record
//   forgets it and it is downloaded again at the next update; the catalog is still complete;
// - a team file: someone named it, so the catalog is not complete.
// The window goes on with an incomplete catalog and shows the problems; the command line prints them and refuses
// to answer from a catalog other than the one it was asked for (exit status 2).
struct LoadedCatalog
{
    enum class Layer { Embedded, Subscription, TeamFile };
    struct Problem
    {
        Layer layer = Layer::TeamFile;
        QString message; // plain words naming the file and why
    };

    std::shared_ptr<const Catalog> catalog;     // never null once loaded
    std::shared_ptr<const Diagnoser> diagnoser; // over catalog, its indexes built with it
    QList<Problem> problems;

    bool isComplete() const;
    QStringList messages() const;
};
Q_DECLARE_METATYPE(LoadedCatalog)

namespace CatalogLayers {

// Loads, parses and indexes every layer: the slow part, run on a worker thread by CatalogService.
LoadedCatalog load(const SubscriptionStore &store, const QStringList &teamFiles);

} // namespace CatalogLayers
