// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Refused: the input stage does not use the catalog, which comes after it.
#include "catalog.h"
