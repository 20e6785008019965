/* report-fixtures.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Reports from fixed answers and a fixed date, shared by the report tests.
 * Fixtures live in tests/data/report/: database.json is a small database
 * whose words never change (for golden files), the others are answers in
 * the `--assess` format. "shipped:" fixtures run on the built-in database. */

#include <glib.h>
#include <string.h>
#include <sys/wait.h>

#include "calf-engine.h"
#include "calf-report.h"

static inline char *
report_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "report", name, NULL);
}

static inline CalfDatabase *
report_fixture_database (gboolean shipped)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = report_fixture_path ("database.json");
  CalfDatabase *db = shipped ? calf_database_new_default (&error)
                             : calf_database_new_for_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static inline GDateTime *
report_fixture_time (void)
{
  return g_date_time_new_utc (2026, 11, 20, 14, 5, 0);
}

static inline CalfReport *
report_fixture_new_with_database (CalfDatabase *db,
                                  const char   *answers_name)
{
  g_autofree char *path = report_fixture_path (answers_name);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfAnswers) answers = NULL;
  g_autoptr(CalfEngine) engine = NULL;
  g_autoptr(CalfResult) result = NULL;
  g_autoptr(GDateTime) when = report_fixture_time ();
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  answers = calf_answers_new_from_json (db, NULL, data, (gssize) length, &error);
  g_assert_no_error (error);
  engine = calf_engine_new (db);
  result = calf_engine_evaluate (engine, answers);
  return calf_report_new (result, answers, when);
}

/* "shipped:achilles-tendinopathy-runner.json" or "self-care.json". */
static inline CalfReport *
report_fixture_new (const char *fixture)
{
  gboolean shipped = g_str_has_prefix (fixture, "shipped:");
  g_autoptr(CalfDatabase) db = report_fixture_database (shipped);

  return report_fixture_new_with_database (db, shipped ? fixture + strlen ("shipped:") : fixture);
}

/* Every run of white space as one space, so that text found in a PDF can
 * be compared whatever the line breaks. */
static inline char *
report_squash_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static inline void
report_assert_contains (const char *haystack,
                        const char *needle)
{
  g_autofree char *squashed_haystack = report_squash_spaces (haystack);
  g_autofree char *squashed_needle = report_squash_spaces (needle);

  if (strstr (squashed_haystack, squashed_needle) == NULL)
    g_error ("“%s” is missing from the output", needle);
}

/* Runs a tool; returns its standard output, asserting that it exited 0. */
static inline char *
report_run (const char * const *argv,
            char              **standard_error,
            int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, standard_error, &wait_status, &error);
  g_assert_no_error (error);
  if (status != NULL)
    {
      *status = g_spawn_check_wait_status (wait_status, NULL) ? 0 : 1;
      if (WIFEXITED (wait_status))
        *status = WEXITSTATUS (wait_status);
    }
  return out;
}
