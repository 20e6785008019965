/* fuzz-database.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-fuzz"

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "calf-database.h"

/*
 * libFuzzer target for the database loader: any bytes must give either a
 * database or a CALF_DATABASE_ERROR with a message, never a crash, a hang,
 * a leak or a GLib warning. Built with -Dfuzzing=true and clang; see
 * tests/fuzz/meson.build for how to run it.
 */

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or warning is a bug the fuzzer should report. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FATAL_MASK);
  return 0;
}

/* Walks what a loaded database points to, so ASan sees every pointer. */
static void
touch_database (CalfDatabase *db)
{
  GPtrArray *findings = calf_database_get_findings (db);
  GPtrArray *questions = calf_database_get_questions (db);
  GPtrArray *conditions = calf_database_get_conditions (db);
  gsize total = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = findings->pdata[i];

      g_assert (calf_database_lookup_finding (db, finding->id) == finding);
      total += strlen (finding->label);
    }

  for (guint i = 0; i < questions->len; i++)
    {
      const CalfQuestion *question = questions->pdata[i];

      total += strlen (question->text) + question->regions->len + question->choices->len;
      for (guint h = 0; question->help_how[h] != NULL; h++)
        total += strlen (question->help_how[h]);
    }

  for (guint i = 0; i < conditions->len; i++)
    {
      const CalfCondition *condition = conditions->pdata[i];

      g_assert (condition->scoring != NULL);
      g_assert (condition->references->len > 0);
      total += condition->scoring->evidence->len + condition->scoring->escalations->len;
    }

  for (CalfTriageLevel level = CALF_TRIAGE_SELF_CARE; level <= CALF_TRIAGE_EMERGENCY; level++)
    total += strlen (calf_database_get_triage_info (db, level)->title);

  g_assert (total > 0 || findings->len == 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = calf_database_new_from_data ("fuzz.json", (const char *) data, size, &error);

  g_assert ((db == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (error->domain == CALF_DATABASE_ERROR);
      g_assert (error->message != NULL && error->message[0] != '\0');
      g_assert (g_utf8_validate (error->message, -1, NULL));
    }
  else
    touch_database (db);

  return 0;
}
