/* fuzz-engine.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-fuzz"

#include "config.h"

#include "fuzz-engine.h"

void
calf_fuzz_engine_init (CalfDatabase **database,
                       CalfEngine   **engine)
{
  g_autoptr(GError) error = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FATAL_MASK);
  *database = calf_database_new_default (&error);
  g_assert_no_error (error);
  *engine = calf_engine_new (*database);
}
