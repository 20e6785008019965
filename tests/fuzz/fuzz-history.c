/* fuzz-history.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-fuzz"

#include "config.h"

#include <stdint.h>

#include "calf-history.h"

/*
 * libFuzzer target for `--import-history`: any bytes are imported into a
 * history on disk, or refused with a message, all or nothing; never a
 * crash, a hang, a leak or a GLib warning. What was imported must export
 * and import again unchanged.
 */

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static CalfHistory *history;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("calf-fuzz-history-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (folder, "history.db", NULL);
  history = calf_history_open (path, &error);
  g_assert_no_error (error);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) before = calf_history_list_all (history, NULL);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  guint added = 0, skipped = 0;

  g_assert (before != NULL && before->len == 0);

  if (calf_history_import (history, "fuzz.json", bytes, &added, &skipped, &error))
    {
      g_autofree char *exported = calf_history_export (history, NULL);
      g_autoptr(GBytes) again = NULL;
      guint added_again = 0, skipped_again = 0;

      g_assert_no_error (error);
      after = calf_history_list_all (history, NULL);
      g_assert (after->len == added);
      g_assert (exported != NULL);

      /* What was kept reads back, and nothing is added twice. */
      again = g_bytes_new (exported, strlen (exported));
      g_assert (calf_history_import (history, "again.json", again, &added_again, &skipped_again, NULL));
      g_assert (added_again == 0 && skipped_again == added);
    }
  else
    {
      g_assert (error != NULL && error->message[0] != '\0');
      after = calf_history_list_all (history, NULL);
      g_assert (after->len == 0);
    }

  g_assert (calf_history_clear (history, NULL));
  return 0;
}
