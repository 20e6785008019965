/* history-writer.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For test-history-kill.py: adds entries to the history at PATH as fast as
 * it can, alternating pain entries and sessions, and prints the note of
 * each one once calf_history_add() has returned (acknowledged), until it
 * is killed. Notes start with PREFIX. Prints "SET ASIDE" and exits 3 when
 * the history had to be set aside on opening (it must never be).
 */

#include "config.h"

#include <stdio.h>

#include "calf-history.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CalfHistory) history = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: %s PATH PREFIX\n", argv[0]);
      return 2;
    }

  history = calf_history_open (argv[1], &error);
  if (history == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (calf_history_get_set_aside_path (history) != NULL)
    {
      printf ("SET ASIDE\n");
      return 3;
    }

  for (guint i = 0;; i++)
    {
      g_autoptr(CalfHistoryEntry) entry = NULL;

      if (i % 2 == 0)
        {
          entry = calf_history_entry_new (CALF_HISTORY_KIND_PAIN);
          entry->pain = i % 11;
        }
      else
        {
          entry = calf_history_entry_new (CALF_HISTORY_KIND_SESSION);
          entry->exercise = g_strdup ("seated-calf-stretch");
          entry->sets_done = 3;
          entry->reps_done = 10;
          entry->duration = 300;
          entry->pain_during = i % 6;
        }
      entry->note = g_strdup_printf ("%s-%u", argv[2], i);

      if (!calf_history_add (history, entry, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      printf ("%s\n", entry->note);
      fflush (stdout);
    }
}
