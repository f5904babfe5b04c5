// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Refused by the include check: a path that reaches around the include path.
#include "../input/internal/readers.h"
