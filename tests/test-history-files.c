/* test-history-files.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history file (issue 15): its mode, schema and migrations, and what
 * happens to a file that is damaged, locked, newer or another program's.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "history-test-utils.h"

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CalfHistory) history = open_ok (fixture->path);
  g_autofree char *mode = NULL;
  g_autofree char *version = NULL;
  GStatBuf st;

  g_assert_null (calf_history_get_set_aside_path (history));
  g_assert_cmpstr (calf_history_get_path (history), ==, fixture->path);

  mode = query (fixture->path, "PRAGMA journal_mode");
  version = query (fixture->path, "PRAGMA user_version");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (atoi (version), ==, CALF_HISTORY_SCHEMA_VERSION);

  /* Health information: the owner's only. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
make_file (const char *path,
           const char *sql)
{
  g_autofree char *folder = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_newer_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CalfHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_file (fixture->path, "CREATE TABLE future (x); INSERT INTO future VALUES (1); PRAGMA user_version = 99");
  before = file_digest (fixture->path);

  history = calf_history_open (fixture->path, &error);
  g_assert_null (history);
  g_assert_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "newer version"));

  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_set_aside (Fixture    *fixture,
                  const char *expected_digest)
{
  g_autoptr(CalfHistory) history = open_ok (fixture->path);
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *kept = NULL;
  const char *aside = calf_history_get_set_aside_path (history);

  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, fixture->folder));
  g_assert_nonnull (strstr (aside, "history-damaged-"));
  kept = file_digest (aside);
  g_assert_cmpstr (kept, ==, expected_digest);

  /* A new, empty history in its place that works. */
  all = calf_history_list_all (history, NULL);
  g_assert_cmpuint (all->len, ==, 0);
  {
    g_autoptr(CalfHistoryEntry) entry = pain_entry (2, 0, NULL);

    add_ok (history, entry);
  }
}

static void
test_damaged_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *digest = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, "This is not a database, it is a shopping list.\n"
                                      "Eggs, milk, bread, and a lot more text to fill a page.", -1, NULL));
  digest = file_digest (fixture->path);
  assert_set_aside (fixture, digest);
}

static void
test_damaged_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *digest = NULL;
  gsize length;

  /* A real history with entries, then its pages scribbled over. */
  {
    g_autoptr(CalfHistory) history = open_ok (fixture->path);

    for (int i = 0; i < 200; i++)
      {
        g_autoptr(CalfHistoryEntry) entry = pain_entry (i % 11, T0 + i * DAY / 4, "A note long enough to fill pages.");

        add_ok (history, entry);
      }
  }
  make_file (fixture->path, "PRAGMA wal_checkpoint(TRUNCATE)");

  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4 * 4096);
  for (gsize i = 4096; i < length; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));
  digest = file_digest (fixture->path);
  assert_set_aside (fixture, digest);
}

static void
test_other_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *digest = NULL;

  make_file (fixture->path, "CREATE TABLE recipes (name TEXT)");
  digest = file_digest (fixture->path);
  assert_set_aside (fixture, digest);
}

static void
test_locked_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CalfHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *holder = NULL;

  g_clear_object (&history);
  history = open_ok (fixture->path);
  g_clear_object (&history);

  /* Another program keeps the file to itself. */
  g_assert_cmpint (sqlite3_open (fixture->path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                 "INSERT INTO pain_entries (uuid, time, pain) VALUES ('u', 1, 1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  history = calf_history_open (fixture->path, &error);
  g_assert_null (history);
  g_assert_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "in use"));

  /* Nothing was set aside or replaced: the other program's work stands. */
  g_assert_cmpint (sqlite3_exec (holder, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);
  history = open_ok (fixture->path);
  g_assert_null (calf_history_get_set_aside_path (history));
}

/* The first schema from an empty file, as every later one will be. */
static void
test_migrate_from_empty (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(CalfHistory) history = NULL;
  g_autofree char *version = NULL;
  g_autofree char *tables = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  history = open_ok (fixture->path);
  g_assert_null (calf_history_get_set_aside_path (history));

  version = query (fixture->path, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, "1");
  tables = query (fixture->path, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
                                 "WHERE type = 'table' ORDER BY name)");
  g_assert_cmpstr (tables, ==, "assessments pain_entries self_tests sessions");
}

static gpointer
open_in_thread (gpointer path)
{
  g_autoptr(GError) error = NULL;
  CalfHistory *history = calf_history_open (path, &error);

  /* Reported here: g_assert in a thread would not name the test. */
  if (error != NULL)
    g_printerr ("%s: %s\n", (const char *) path, error->message);
  return history;
}

/* The window and the command line started at once on a new computer both
 * open the history: both get it, neither fails on the tables the other
 * just made or takes the new file for someone else's database. */
static void
test_opened_together (Fixture       *fixture,
                      gconstpointer  data)
{
  for (guint round = 0; round < 40; round++)
    {
      g_autofree char *folder = g_strdup_printf ("%s/together-%u", fixture->folder, round);
      g_autofree char *path = g_build_filename (folder, "history.db", NULL);
      CalfHistory *histories[2];
      GThread *threads[2];

      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      /* Half the rounds race on the file's creation too. */
      if (round % 2 == 0)
        g_assert_true (g_file_set_contents (path, "", 0, NULL));

      for (guint i = 0; i < 2; i++)
        threads[i] = g_thread_new ("open", open_in_thread, path);
      for (guint i = 0; i < 2; i++)
        histories[i] = g_thread_join (threads[i]);

      for (guint i = 0; i < 2; i++)
        {
          g_assert_true (CALF_IS_HISTORY (histories[i]));
          g_assert_null (calf_history_get_set_aside_path (histories[i]));
          g_object_unref (histories[i]);
        }
      {
        g_autofree char *version = query (path, "PRAGMA user_version");

        g_assert_cmpstr (version, ==, "1");
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/history/new-file", test_new_file);
  ADD ("/history/newer-file", test_newer_file);
  ADD ("/history/damaged-file", test_damaged_file);
  ADD ("/history/damaged-pages", test_damaged_pages);
  ADD ("/history/other-database", test_other_database);
  ADD ("/history/locked-file", test_locked_file);
  ADD ("/history/migrate-from-empty", test_migrate_from_empty);
  ADD ("/history/opened-together", test_opened_together);
#undef ADD

  return g_test_run ();
}
