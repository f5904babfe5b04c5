// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Refused: the input stage's internals are its own, even to the command line.
#include "textdecoding.h"
