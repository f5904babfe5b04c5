// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>

// The cancel flag every long step of the engine polls: null means "cannot be cancelled".
namespace Cancellation {

inline bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace Cancellation
