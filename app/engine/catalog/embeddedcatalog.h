// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

// The catalog compiled into the program (the dt_catalog library): the files of resources/catalog, checked and
// packed at build time. Link dt_catalog to use it; the engine itself never does.
namespace EmbeddedCatalog {

// Never fails for a released build: tests load it too.
Catalog load(QString *error);

} // namespace EmbeddedCatalog
