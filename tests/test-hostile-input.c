/* test-hostile-input.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every JSON input goes through the one strict reader (issue 10): the
 * `--assess` answers, a saved flow, the autosave file and the database.
 * Each must refuse deep nesting, duplicate keys, comments, single quotes,
 * trailing documents and hex numbers with words naming the place, never
 * crash, hang or print a critical (G_DEBUG=fatal-warnings makes one fatal).
 */

#define G_LOG_DOMAIN "calf-test-hostile"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "calf-autosave.h"
#include "calf-json-check.h"
#include "calf-json-reader.h"

static CalfDatabase *database;
static CalfEngine *engine;

/* @prefix, then @depth '[' and as many ']', then @suffix. */
static char *
deep (const char *prefix,
      guint       depth,
      const char *suffix)
{
  GString *text = g_string_new (prefix);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append (text, suffix);
  return g_string_free (text, FALSE);
}

static void
expect_answers_error (const char *input,
                      const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfAnswers) answers = calf_answers_new_from_json (database, "in.json", input, -1, &error);

  g_assert_null (answers);
  g_assert_nonnull (error);
  g_assert_true (error->domain == CALF_ANSWERS_ERROR);
  if (strstr (error->message, words) == NULL)
    g_error ("“%.60s”: “%s” does not say “%s”", input, error->message, words);
}

static void
expect_flow_error (const char *input,
                   const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfQuestionFlow) flow = calf_question_flow_new_from_serialized (engine, input, &error);

  g_assert_null (flow);
  g_assert_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE);
  if (strstr (error->message, words) == NULL)
    g_error ("“%.60s”: “%s” does not say “%s”", input, error->message, words);
}

static void
test_deep_nesting (void)
{
  static const guint depths[] = { 17, 33, 1000, 80000 };

  for (guint i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      g_autofree char *bare = deep ("", depths[i], "");
      g_autofree char *in_findings = deep ("{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {\"x\": ",
                                           depths[i], "}}");
      g_autofree char *in_replies = deep ("{\"region\": \"achilles\", \"side\": \"left\", \"replies\": ",
                                          depths[i], "}");
      g_autoptr(GError) error = NULL;
      g_autoptr(CalfDatabase) db = NULL;

      expect_answers_error (bare, "nested");
      expect_answers_error (in_findings, "nested");
      expect_flow_error (bare, "nested");
      expect_flow_error (in_replies, "nested");

      /* The database allows deeper files, but not these. */
      if (depths[i] > CALF_JSON_MAX_DEPTH)
        {
          db = calf_database_new_from_data ("deep.json", bare, strlen (bare), &error);
          g_assert_null (db);
          g_assert_nonnull (strstr (error->message, "nested"));
        }
    }
}

static void
test_strict_syntax (void)
{
  static const struct {
    const char *input;
    const char *words;
  } cases[] = {
    /* The last key would win in json-glib: a red flag answered yes, then no. */
    { "{\"region\": \"mid-calf\", \"side\": \"left\", \"findings\": "
      "{\"breathless-or-chest-pain\": true, \"breathless-or-chest-pain\": false}}", "twice" },
    { "{\"region\": \"mid-calf\", \"region\": \"heel\", \"side\": \"left\"}", "twice" },
    { "{\"region\": \"mid-calf\", /* note */ \"side\": \"left\"}", "comments" },
    { "// a note\n{\"region\": \"mid-calf\", \"side\": \"left\"}", "comments" },
    { "{'region': 'mid-calf', 'side': 'left'}", "double quotes" },
    { "{\"region\": \"mid-calf\", \"side\": \"left\"}{\"region\": \"heel\", \"side\": \"left\"}", "after the end" },
    { "{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": 0x20}", "expected , or }" },
    { "{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": NaN}", "expected a value" },
    { "{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": 1e999}", "too large" },
    { "{\"region\": \"mid-calf\", \"side\": \"left\",}", "trailing comma" },
    { "\xef\xbb\xbf{\"region\": \"mid-calf\", \"side\": \"left\"}", "byte order mark" },
    { "   ", "empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      expect_answers_error (cases[i].input, cases[i].words);
      expect_flow_error (cases[i].input, cases[i].words);
    }
}

/* Wrong types reach typed access, never g_str_equal (NULL, …). */
static void
test_wrong_types_in_saved_flow (void)
{
  static const struct {
    const char *input;
    const char *words;
  } cases[] = {
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [{\"question\": \"breathless-or-chest-pain\", \"reply\": 5}]}",
      "replies[0].reply: expected text" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [{\"question\": \"breathless-or-chest-pain\", \"reply\": \"choice\", \"choice\": 7}]}",
      "replies[0].choice: expected text" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [{\"question\": 3, \"reply\": \"yes\"}]}",
      "replies[0].question: expected text" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [{\"question\": \"breathless-or-chest-pain\", \"reply\": \"number\", \"number\": \"4\"}]}",
      "replies[0].number: expected a number" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [{\"question\": \"breathless-or-chest-pain\", \"reply\": \"maybe\"}]}",
      "replies[0].reply" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [{\"question\": \"breathless-or-chest-pain\"}]}",
      "missing required key \"reply\"" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [null]}", "replies[0]: expected an object" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": {}}", "replies: expected an array" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [], \"colour\": 1}", "unknown key \"colour\"" },
    { "{\"region\": [\"achilles\"], \"side\": \"left\"}", "region: expected text" },
    { "{\"region\": \"achilles\", \"side\": true}", "side: expected text" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"age\": \"41\"}", "age: expected a number" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"age\": -4}", "age" },
    { "{\"region\": \"achilles\", \"side\": \"left\", \"sex\": 1}", "sex: expected text" },
    { "{\"side\": \"left\"}", "missing required key \"region\"" },
    { "[]", "expected an object" },
    { "\"achilles\"", "expected an object" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    expect_flow_error (cases[i].input, cases[i].words);
}

/* A database update must not sink a save: replies to questions or choices
 * that are gone are dropped, the rest kept. */
static void
test_unknown_replies_dropped (void)
{
  const CalfQuestion *first;
  g_autoptr(CalfQuestionFlow) flow = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *input = NULL;

  /* The first question asked on the Achilles tendon. */
  flow = calf_question_flow_new (engine, calf_database_lookup_region (database, "achilles"), CALF_SIDE_LEFT);
  first = calf_question_flow_get_next (flow);
  g_clear_object (&flow);

  input = g_strdup_printf ("{\"region\": \"achilles\", \"side\": \"left\", \"age\": 50, \"replies\": ["
                           "{\"question\": \"a-question-from-an-older-database\", \"reply\": \"yes\"},"
                           "{\"question\": \"%s\", \"reply\": \"no\"},"
                           "{\"question\": \"another-gone\", \"reply\": \"choice\", \"choice\": \"x\"}]}",
                           first->id);
  flow = calf_question_flow_new_from_serialized (engine, input, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow), ==, 1);
  g_assert_true (calf_question_flow_get_reply (flow, 0)->question == first);
  g_assert_cmpint (calf_question_flow_get_reply (flow, 0)->kind, ==, CALF_REPLY_NO);
  g_assert_cmpfloat (calf_answers_get_age (calf_question_flow_get_answers (flow)), ==, 50);
}

static void
test_bounded_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  /* Endless: refused once past the limit, not after filling memory. */
  bytes = calf_json_read_path ("/dev/zero", calf_json_limits_input.max_bytes, &error);
  g_assert_null (bytes);
  g_assert_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "/dev/zero"));
  g_clear_error (&error);

  bytes = calf_json_read_path (g_get_tmp_dir (), calf_json_limits_input.max_bytes, &error);
  g_assert_null (bytes);
  g_assert_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_IO);
  g_clear_error (&error);

  bytes = calf_json_read_path ("/nonexistent/in.json", calf_json_limits_input.max_bytes, &error);
  g_assert_null (bytes);
  g_assert_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/in.json"));
}

/* The reader's own words: NAME: path: what to fix. */
static void
test_reader_paths (void)
{
  g_autoptr(CalfJsonReader) reader = calf_json_reader_new ("x.json");
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object = NULL;
  const char *text = NULL;
  gint64 whole = 0;
  gboolean present = TRUE;
  gsize saved;

  const char *text_json = "{\"a\": {\"b\": [1, 2.5]}, \"t\": \"x\"}";

  root = calf_json_parse ("x.json", text_json, strlen (text_json), &calf_json_limits_input, &error);
  g_assert_no_error (error);
  g_assert_true (calf_json_reader_object (reader, root, &object, &error));

  g_assert_true (calf_json_reader_member_string (reader, object, "t", &text, &present, &error));
  g_assert_cmpstr (text, ==, "x");
  g_assert_true (present);
  g_assert_true (calf_json_reader_member_string (reader, object, "absent", &text, &present, &error));
  g_assert_false (present);

  saved = calf_json_reader_push_key (reader, "a");
  calf_json_reader_push_key (reader, "b");
  calf_json_reader_push_index (reader, 1);
  g_assert_false (calf_json_reader_integer (reader,
                                            json_array_get_element (json_object_get_array_member (json_object_get_object_member (object, "a"), "b"), 1),
                                            &whole, &error));
  g_assert_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==, "x.json: a.b[1]: expected a whole number written without a decimal point");
  calf_json_reader_pop (reader, saved);
  g_assert_cmpstr (calf_json_reader_get_path (reader), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  database = calf_database_new_default (&error);
  g_assert_no_error (error);
  engine = calf_engine_new (database);

  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/strict-syntax", test_strict_syntax);
  g_test_add_func ("/hostile/wrong-types-in-saved-flow", test_wrong_types_in_saved_flow);
  g_test_add_func ("/hostile/unknown-replies-dropped", test_unknown_replies_dropped);
  g_test_add_func ("/hostile/bounded-read", test_bounded_read);
  g_test_add_func ("/hostile/reader-paths", test_reader_paths);

  status = g_test_run ();
  g_clear_object (&engine);
  g_clear_object (&database);
  return status;
}
