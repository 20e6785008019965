/* test-autosave.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The saved assessment (no display): a save reads back as the same flow,
 * writes leave no temporary files, a damaged or foreign file is refused
 * with words, and clearing removes it.
 */

#define G_LOG_DOMAIN "calf-test-autosave"

#include "config.h"

#include <glib/gstdio.h>

#include "calf-database-test-utils.h"
#include "calf-autosave.h"
#include "calf-autosaver.h"

typedef struct
{
  CalfDatabase *database;
  CalfEngine   *engine;
  char         *dir;
  char         *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->database = calf_database_new_default (&error);
  g_assert_no_error (error);
  fixture->engine = calf_engine_new (fixture->database);
  fixture->dir = g_dir_make_tmp ("calf-autosave-XXXXXX", &error);
  g_assert_no_error (error);
  /* A folder that does not exist yet: saving creates it. */
  fixture->path = g_build_filename (fixture->dir, "calf-check", "assessment.json", NULL);
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
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_clear_object (&fixture->engine);
  g_clear_object (&fixture->database);
}

/* Answers the first @n questions: the red-flag screen "no" (or "none of
 * these"), others "not sure" or the first choice. */
static CalfQuestionFlow *
answered_flow (Fixture *fixture,
               guint    n)
{
  const CalfRegion *region = calf_database_lookup_region (fixture->database, "achilles");
  CalfQuestionFlow *flow = calf_question_flow_new (fixture->engine, region, CALF_SIDE_RIGHT);
  g_autoptr(GError) error = NULL;

  g_assert_true (calf_question_flow_set_age (flow, 41, &error));
  calf_question_flow_set_sex (flow, CALF_SEX_MALE);

  for (guint i = 0; i < n; i++)
    {
      const CalfQuestion *question = calf_question_flow_get_next (flow);

      g_assert_nonnull (question);
      if (question->kind == CALF_QUESTION_CHOICE)
        g_assert_true (calf_question_flow_reply_choice (flow, question,
                                                        question->red_flag_screen
                                                          ? calf_test_db_no_choice (question)->id
                                                          : ((const CalfChoice *) g_ptr_array_index (question->choices, 0))->id,
                                                        &error));
      else
        g_assert_true (calf_question_flow_reply_yes_no (flow, question,
                                                        question->kind == CALF_QUESTION_YES_NO ? CALF_REPLY_NO : CALF_REPLY_NOT_SURE,
                                                        &error));
      g_assert_no_error (error);
    }

  return flow;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CalfQuestionFlow) flow = answered_flow (fixture, 5);
  g_autoptr(CalfQuestionFlow) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  CalfAnswers *answers;
  gint64 saved_at = 0;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_false (calf_autosave_exists (fixture->path));
  g_assert_true (calf_autosave_save (fixture->path, flow, &error));
  g_assert_no_error (error);
  g_assert_true (calf_autosave_exists (fixture->path));

  loaded = calf_autosave_load (fixture->path, fixture->engine, &saved_at, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpint (ABS (saved_at - now), <=, 5);

  expected = calf_question_flow_serialize (flow);
  actual = calf_question_flow_serialize (loaded);
  g_assert_cmpstr (actual, ==, expected);

  answers = calf_question_flow_get_answers (loaded);
  g_assert_cmpstr (calf_answers_get_region (answers)->id, ==, "achilles");
  g_assert_cmpint (calf_answers_get_side (answers), ==, CALF_SIDE_RIGHT);
  g_assert_cmpfloat (calf_answers_get_age (answers), ==, 41);
  g_assert_cmpint (calf_answers_get_sex (answers), ==, CALF_SEX_MALE);
  g_assert_cmpuint (calf_question_flow_get_n_replies (loaded), ==, 5);
  g_assert_true (calf_question_flow_get_next (loaded) == calf_question_flow_get_next (flow));
}

static void
test_saves_replace_atomically (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  GStatBuf buf;
  const char *name;
  guint n_files = 0;

  for (guint n = 0; n <= 6; n++)
    {
      g_autoptr(CalfQuestionFlow) flow = answered_flow (fixture, n);
      g_autoptr(CalfQuestionFlow) loaded = NULL;

      g_assert_true (calf_autosave_save (fixture->path, flow, &error));
      g_assert_no_error (error);
      loaded = calf_autosave_load (fixture->path, fixture->engine, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (calf_question_flow_get_n_replies (loaded), ==, n);
    }

  /* Only the file itself: no temporary file is left behind. */
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (name, ==, "assessment.json");
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 1);

  /* Private to the person. */
  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
}

static void
test_missing_and_clear (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CalfQuestionFlow) flow = answered_flow (fixture, 2);
  g_autoptr(CalfQuestionFlow) loaded = NULL;
  g_autoptr(GError) error = NULL;

  loaded = calf_autosave_load (fixture->path, fixture->engine, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Clearing nothing is fine. */
  g_assert_true (calf_autosave_clear (fixture->path, &error));
  g_assert_no_error (error);

  g_assert_true (calf_autosave_save (fixture->path, flow, &error));
  g_assert_true (calf_autosave_clear (fixture->path, &error));
  g_assert_no_error (error);
  g_assert_false (calf_autosave_exists (fixture->path));
}

static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  static const char *damaged[] = {
    "",
    "{\"format\": \"calf-check-assess",                        /* cut short */
    "[1, 2, 3]",
    "{\"format\": \"something-else\", \"version\": 1, \"flow\": {}}",
    "{\"format\": \"calf-check-assessment\", \"version\": 99, \"flow\": {}}",
    "{\"format\": \"calf-check-assessment\", \"version\": 1}",
    "{\"format\": \"calf-check-assessment\", \"version\": 1, \"flow\": {\"region\": \"nowhere\", \"side\": \"left\"}}",
  };
  g_autofree char *folder = g_path_get_dirname (fixture->path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(CalfQuestionFlow) loaded = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (fixture->path, damaged[i], -1, NULL));
      loaded = calf_autosave_load (fixture->path, fixture->engine, NULL, &error);
      g_assert_null (loaded);
      g_assert_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE);
      g_test_message ("%s", error->message);
    }
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Every kind of broken save is kept aside, whole, and the next save goes
 * to a new file beside it. */
static void
test_unreadable_kept_aside (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *deep = NULL;
  const char *broken[] = {
    "",
    "{\"format\": \"calf-check-assessment\", \"version\": 1, \"flow\": {\"region\": \"achil",   /* truncated */
    "\x89PNG\r\n\x1a\n\x00\x00garbage",
    "{\"format\": \"calf-check-assessment\", \"version\": 2, \"flow\": {}}",              /* newer */
    "{\"format\": \"calf-check-assessment\", \"version\": 1, \"saved-at\": NaN, \"flow\": {}}",
    "{\"format\": \"calf-check-assessment\", \"version\": 1, \"flow\": {\"region\": \"achilles\", "
      "\"side\": \"left\", \"replies\": [{\"question\": \"onset\", \"reply\": 5}]}}",
    "{\"format\": \"calf-check-assessment\", \"version\": 1, \"version\": 1, \"flow\": {}}",
    NULL,  /* deep nesting, filled in below */
  };
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(CalfQuestionFlow) flow = answered_flow (fixture, 3);

  deep = g_strnfill (100000, '[');
  broken[G_N_ELEMENTS (broken) - 1] = deep;
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(CalfQuestionFlow) loaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *aside = NULL;
      g_autofree char *kept = NULL;
      g_autofree char *saved = NULL;

      g_assert_true (g_file_set_contents (fixture->path, broken[i], -1, NULL));
      loaded = calf_autosave_load (fixture->path, fixture->engine, NULL, &error);
      g_assert_null (loaded);
      g_assert_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE);
      g_test_message ("%u: %s", i, error->message);
      g_clear_error (&error);

      aside = calf_autosave_set_aside (fixture->path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (aside);
      g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
      kept = read_file (aside);
      g_assert_cmpstr (kept, ==, broken[i]);

      /* The next save does not touch it. */
      g_assert_true (calf_autosave_save (fixture->path, flow, &error));
      g_assert_no_error (error);
      g_free (kept);
      kept = read_file (aside);
      g_assert_cmpstr (kept, ==, broken[i]);
      saved = read_file (fixture->path);
      g_assert_cmpstr (saved, !=, kept);
      g_unlink (fixture->path);
    }
}

static GThread *main_thread;

static void
on_saved (CalfAutosaver *saver,
          guint64        serial,
          guint64       *last)
{
  /* Handlers touch widgets: never called from the writing thread. */
  g_assert_true (g_thread_self () == main_thread);
  g_assert_cmpuint (serial, >, *last);
  *last = serial;
}

/* Whether @path holds a flow that serializes to @expected. */
static gboolean
saved_as (Fixture    *fixture,
          const char *expected)
{
  g_autoptr(CalfQuestionFlow) loaded = calf_autosave_load (fixture->path, fixture->engine, NULL, NULL);
  g_autofree char *got = loaded != NULL ? calf_question_flow_serialize (loaded) : NULL;

  return g_strcmp0 (got, expected) == 0;
}

/* Saves queue off the main thread, coalesce, and land in order. */
static void
test_saver (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CalfAutosaver) saver = calf_autosaver_new (fixture->path);
  g_autoptr(CalfQuestionFlow) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint64 last = 0;
  guint64 serial = 0;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  main_thread = g_thread_self ();
  g_signal_connect (saver, "saved", G_CALLBACK (on_saved), &last);

  for (guint n = 1; n <= 12; n++)
    {
      g_autoptr(CalfQuestionFlow) flow = answered_flow (fixture, n);

      serial = calf_autosaver_save (saver, flow);
      if (n == 12)
        expected = calf_question_flow_serialize (flow);
    }
  /* The writes finish on their own, but each report waits for the main
   * context: until it runs, the saver is still busy. */
  for (guint i = 0; i < 250 && !saved_as (fixture, expected); i++)
    g_usleep (20 * 1000);
  g_assert_true (saved_as (fixture, expected));
  g_assert_true (calf_autosaver_get_busy (saver));
  g_assert_cmpuint (last, ==, 0);
  while (calf_autosaver_get_busy (saver))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (last, ==, serial);
  g_assert_cmpuint (calf_autosaver_get_done (saver), ==, serial);

  loaded = calf_autosave_load (fixture->path, fixture->engine, NULL, &error);
  g_assert_no_error (error);
  got = calf_question_flow_serialize (loaded);
  g_assert_cmpstr (got, ==, expected);

  /* Clearing comes after the writes queued before it. */
  {
    g_autoptr(CalfQuestionFlow) flow = answered_flow (fixture, 2);

    calf_autosaver_save (saver, flow);
    serial = calf_autosaver_clear (saver);
  }
  calf_autosaver_flush (saver);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  while (calf_autosaver_get_busy (saver))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (last, ==, serial);

  /* Disposing writes what is still queued. */
  {
    g_autoptr(CalfQuestionFlow) flow = answered_flow (fixture, 4);

    calf_autosaver_save (saver, flow);
  }
  g_clear_object (&saver);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
}

static void
test_default_path (void)
{
  g_autofree char *path = calf_autosave_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "calf-check", "assessment.json", NULL);

  g_assert_cmpstr (path, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/autosave/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/autosave/saves-replace-atomically", Fixture, NULL, fixture_set_up, test_saves_replace_atomically, fixture_tear_down);
  g_test_add ("/autosave/missing-and-clear", Fixture, NULL, fixture_set_up, test_missing_and_clear, fixture_tear_down);
  g_test_add ("/autosave/damaged", Fixture, NULL, fixture_set_up, test_damaged, fixture_tear_down);
  g_test_add ("/autosave/unreadable-kept-aside", Fixture, NULL, fixture_set_up, test_unreadable_kept_aside, fixture_tear_down);
  g_test_add ("/autosave/saver", Fixture, NULL, fixture_set_up, test_saver, fixture_tear_down);
  g_test_add_func ("/autosave/default-path", test_default_path);

  return g_test_run ();
}
