// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Refused: the engine links QtCore only.
#include <QWidget>
