// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QFuture>
#include <QStringList>

#include <memory>

// The catalog the window works with: the embedded one, the last good copies of the catalog subscriptions, then
// the user's catalog files. A file that is refused is reported and skipped; the app runs on what could be loaded.
namespace CatalogSetup {

std::shared_ptr<const Catalog> build(const QStringList &userFiles, QStringList *errors);

struct Built
{
    std::shared_ptr<const Catalog> catalog;
    QStringList errors;
};

// The same, on a worker thread: the window builds its widgets meanwhile.
QFuture<Built> start(const QStringList &userFiles);

} // namespace CatalogSetup
