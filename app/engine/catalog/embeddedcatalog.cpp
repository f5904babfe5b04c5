// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Catalog::embedded, in a library of its own (dt_catalog) with the pack it reads: the tool that makes the pack
// links the engine without it.
#include "embeddedcatalog.h"

#include <QCoreApplication>
#include <QFile>

static void initCatalogResources()
{
    Q_INIT_RESOURCE(catalog);
}

Catalog EmbeddedCatalog::load(QString *error)
{
    initCatalogResources();
    QFile file(QStringLiteral(":/catalog/catalog.pack"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Catalog", "the embedded catalog is missing");
        return {};
    }
    return Catalog::fromPack(file.readAll(), error, Catalog::PackSource::CompiledIn);
}
