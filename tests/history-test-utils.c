/* history-test-utils.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>

#include "history-test-utils.h"

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("calf-history-XXXXXX", &error);
  g_assert_no_error (error);
  /* A folder that does not exist yet: opening makes it. */
  fixture->path = g_build_filename (fixture->folder, "calf-check", "history.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

CalfHistory *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  CalfHistory *history = calf_history_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (history);
  return history;
}

/* What another program sees in the file. */
char *
query (const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

CalfHistoryEntry *
pain_entry (int         pain,
            gint64      time,
            const char *note)
{
  CalfHistoryEntry *entry = calf_history_entry_new (CALF_HISTORY_KIND_PAIN);

  entry->pain = pain;
  entry->time = time;
  entry->note = g_strdup (note);
  return entry;
}

CalfHistoryEntry *
session_entry (int    during,
               int    morning,
               gint64 time)
{
  CalfHistoryEntry *entry = calf_history_entry_new (CALF_HISTORY_KIND_SESSION);

  entry->exercise = g_strdup ("eccentric-heel-drop-bent-knee");
  entry->sets_done = 3;
  entry->reps_done = 45;
  entry->duration = 600;
  entry->pain_during = during;
  entry->pain_next_morning = morning;
  entry->time = time;
  return entry;
}

CalfHistoryEntry *
assessment_entry (gint64 time)
{
  CalfHistoryEntry *entry = calf_history_entry_new (CALF_HISTORY_KIND_ASSESSMENT);

  entry->region = g_strdup ("achilles");
  entry->side = CALF_SIDE_LEFT;
  entry->triage = CALF_TRIAGE_SOON;
  entry->database_version = g_strdup ("2026.11.0");
  entry->answers = g_strdup ("{\"region\":\"achilles\",\"side\":\"left\",\"findings\":{}}");
  entry->causes = g_strdup ("[{\"id\":\"achilles-tendinopathy\",\"likelihood\":\"Likely\"}]");
  entry->time = time;
  return entry;
}

CalfHistoryEntry *
selftest_entry (gint64 time)
{
  CalfHistoryEntry *entry = calf_history_entry_new (CALF_HISTORY_KIND_SELFTEST);

  entry->test = CALF_SELFTEST_KNEE_TO_WALL;
  entry->side = CALF_SIDE_RIGHT;
  entry->left = 11.5;
  entry->right = 8;
  entry->threshold = 10;
  entry->time = time;
  return entry;
}


void
add_ok (CalfHistory      *history,
        CalfHistoryEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (calf_history_add (history, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (entry->id, >, 0);
  g_assert_true (g_uuid_string_is_valid (entry->uuid));
}
