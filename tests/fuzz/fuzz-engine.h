/* fuzz-engine.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"
#include "calf-engine.h"

G_BEGIN_DECLS

/* For the fuzzers that run the engine: makes GLib warnings and criticals
 * fatal, and loads the built-in database and an engine on it. */
void calf_fuzz_engine_init (CalfDatabase **database,
                            CalfEngine   **engine);

G_END_DECLS
