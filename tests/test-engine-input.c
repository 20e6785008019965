/* test-engine-input.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-engine"

#include "config.h"

#include <glib/gstdio.h>

#include "calf-engine.h"

/* The engine's input: the --assess JSON reader, its errors, and
 * `calf-check --assess` itself (exit status, stdout, --format, --output). */

static CalfDatabase *database;

static CalfAnswers *
answers_from (const char *json)
{
  g_autoptr(GError) error = NULL;
  CalfAnswers *answers = calf_answers_new_from_json (database, NULL, json, -1, &error);

  g_assert_no_error (error);
  return answers;
}

static void
test_bad_input (void)
{
  static const struct {
    const char *input;
    const char *field;
  } cases[] = {
    { "{\"region\": \"achilles\", \"side\": ", "JSON" },
    { "", "JSON" },
    { "[]", "object" },
    { "{\"region\": \"ankle\", \"side\": \"left\"}", "region" },
    { "{\"region\": 3, \"side\": \"left\"}", "region" },
    { "{\"side\": \"left\"}", "region" },
    { "{\"region\": \"achilles\"}", "side" },
    { "{\"region\": \"achilles\", \"side\": \"middle\"}", "side" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"age\": \"old\"}", "age" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"age\": -1}", "age" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"age\": 400}", "age" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"sex\": \"x\"}", "sex" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"colour\": 1}", "colour" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": []}", "findings" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"sore-toe\": true}}", "findings.sore-toe" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"felt-pop-or-kick\": 1}}", "findings.felt-pop-or-kick" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"felt-pop-or-kick\": null}}", "findings.felt-pop-or-kick" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"knee-to-wall-cm\": true}}", "findings.knee-to-wall-cm" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"knee-to-wall-cm\": 31}}", "findings.knee-to-wall-cm" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"pain-score\": 11}}", "findings.pain-score" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"pain-score\": 4.5}}", "findings.pain-score" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"duration-days\": -3}}", "findings.duration-days" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"ecq-claudication\": true}}", "findings.ecq-claudication" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"wells-self-report-count\": 2}}", "findings.wells-self-report-count" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CalfAnswers) answers = calf_answers_new_from_json (database, NULL, cases[i].input, -1, &error);

      g_assert_null (answers);
      g_assert_nonnull (error);
      g_assert_true (error->domain == CALF_ANSWERS_ERROR);
      if (strstr (error->message, cases[i].field) == NULL)
        g_error ("“%s”: the message “%s” does not name %s", cases[i].input, error->message, cases[i].field);
    }
}

static void
test_answers_round_trip (void)
{
  g_autoptr(CalfAnswers) answers = answers_from ("{\"region\": \"heel\", \"side\": \"both\", \"age\": 61, "
                                                 "\"sex\": \"male\", \"findings\": {\"gradual-onset\": true, "
                                                 "\"knee-to-wall-cm\": 7.5, \"smoker\": false}}");
  g_autofree char *json = calf_answers_to_json (answers);
  g_autoptr(CalfAnswers) again = answers_from (json);
  g_autofree char *json2 = calf_answers_to_json (again);

  g_assert_cmpstr (json, ==, json2);
  g_assert_cmpuint (calf_answers_get_n_answers (again), ==, 3);
  /* The order the answers were given in is kept. */
  g_assert_cmpstr (calf_answers_get_answer (again, 1)->finding->id, ==, "knee-to-wall-cm");
}

static void
run_cli (const char *const *args,
         const char         *stdin_text,
         int                *status,
         char              **out,
         char              **err)
{
  const char *exe = g_getenv ("CALF_CHECK_EXE");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, stdin_text, NULL, out, err, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_exit_status (process);
}

static void
test_cli (void)
{
  const char *good = "{\"region\": \"achilles\", \"side\": \"left\", \"age\": 45, \"sex\": \"female\", "
                     "\"findings\": {\"felt-pop-or-kick\": true, \"cannot-tiptoe\": true, \"knee-to-wall-cm\": 6}}";
  g_autofree char *tmp = NULL;
  g_autofree char *output = NULL;
  g_autofree char *written = NULL;
  char *out = NULL, *err = NULL;
  int status;

  if (g_getenv ("CALF_CHECK_EXE") == NULL)
    {
      g_test_skip ("CALF_CHECK_EXE is not set");
      return;
    }

  {
    const char *args[] = { "--assess", "-", NULL };
    run_cli (args, good, &status, &out, &err);
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (out, "\"level\": \"urgent\""));
    g_assert_nonnull (strstr (out, "\"database_version\""));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *args[] = { "--assess", "-", "--format", "json", NULL };
    run_cli (args, good, &status, &out, &err);
    g_assert_cmpint (status, ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *args[] = { "--assess", "-", "--format", "yaml", NULL };
    /* Refused before the input is read: writing it would race the exit
     * (SIGPIPE) now that calf-check starts in a few milliseconds. */
    run_cli (args, NULL, &status, &out, &err);
    g_assert_cmpint (status, ==, 2);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "yaml"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *args[] = { "--assess", "-", NULL };
    run_cli (args, "{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"knee-to-wall-cm\": 99}}",
             &status, &out, &err);
    g_assert_cmpint (status, ==, 2);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "findings.knee-to-wall-cm"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *args[] = { "--assess", "/nonexistent/answers.json", NULL };
    run_cli (args, "", &status, &out, &err);
    g_assert_cmpint (status, ==, 2);
    g_assert_cmpstr (out, ==, "");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  tmp = g_dir_make_tmp ("calf-engine-XXXXXX", NULL);
  output = g_build_filename (tmp, "result.json", NULL);
  {
    const char *args[] = { "--assess", "-", "--output", output, NULL };
    run_cli (args, good, &status, &out, &err);
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (out, ==, "");
    g_assert_true (g_file_get_contents (output, &written, NULL, NULL));
    g_assert_nonnull (strstr (written, "achilles-rupture"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  g_unlink (output);
  g_rmdir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  database = calf_database_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/engine-input/bad-input", test_bad_input);
  g_test_add_func ("/engine-input/answers-round-trip", test_answers_round_trip);
  g_test_add_func ("/engine-input/cli", test_cli);

  ret = g_test_run ();

  g_clear_object (&database);
  return ret;
}
