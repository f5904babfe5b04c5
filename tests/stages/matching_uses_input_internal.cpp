// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Refused: readers.h is internal to the input stage.
#include "readers.h"
