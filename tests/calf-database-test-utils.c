/* calf-database-test-utils.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-database"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "calf-database-test-utils.h"

/* Helpers shared by the database tests. They assert on failure. */

char *
calf_test_db_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "databases", name, NULL);
}

char *
calf_test_db_read_fixture (const char *name)
{
  g_autofree char *path = calf_test_db_fixture_path (name);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Loads @text and checks the error's code and that its message holds
 * @expected (and @also, when given). */
void
calf_test_db_assert_broken (const char        *text,
                            gsize              length,
                            CalfDatabaseError  code,
                            const char        *expected,
                            const char        *also)
{
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = calf_database_new_from_data ("case.json", text, length, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, (int) code);
  if (strstr (error->message, expected) == NULL || (also != NULL && strstr (error->message, also) == NULL))
    g_error ("expected “%s”%s%s%s in:\n%s", expected,
             also ? " and “" : "", also ? also : "", also ? "”" : "", error->message);
  g_assert_true (g_str_has_prefix (error->message, "case.json"));
}

char *
calf_test_db_apply_edit (const char *text,
                         const char *find,
                         const char *replace)
{
  const char *at = strstr (text, find);
  g_autoptr(GString) result = NULL;

  /* Each edit must hit exactly one place, so a fixture change cannot
   * silently turn a case into a no-op. */
  if (at == NULL || strstr (at + 1, find) != NULL)
    g_error ("the edit “%s” must match exactly one place in the fixture", find);

  result = g_string_new_len (text, at - text);
  g_string_append (result, replace);
  g_string_append (result, at + strlen (find));
  return g_string_free (g_steal_pointer (&result), FALSE);
}

char *
calf_test_db_write_temp_file (const char *dir,
                              const char *name,
                              const char *text,
                              gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
  return path;
}

void
calf_test_db_remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

void
calf_test_db_copy_folder (const char *from,
                          const char *to)
{
  g_autoptr(GDir) handle = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (source, &text, &length, NULL));
      g_free (calf_test_db_write_temp_file (to, name, text, length));
    }
}

const CalfChoice *
calf_test_db_no_choice (const CalfQuestion *question)
{
  const CalfChoice *not_sure = NULL;

  for (guint i = 0; i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);
      gboolean all_false = choice->sets->len > 0;

      for (guint j = 0; j < choice->sets->len; j++)
        all_false = all_false && g_array_index (choice->sets, CalfFindingValue, j).value == 0;
      if (all_false)
        return choice;
      if (choice->sets->len == 0)
        not_sure = choice;
    }
  g_assert_nonnull (not_sure);
  return not_sure;
}
