// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Allowed (the control): a later stage uses an earlier stage's public headers.
#include "catalog.h"
#include "inputreader.h"
