/* test-database-limits.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-database"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "calf-database.h"
#include "calf-database-test-utils.h"

/*
 * Input that must be refused before or while it is parsed: broken JSON
 * syntax, the size, depth and string limits, unreadable paths, broken
 * folders; and that validation reports every problem (up to a cap).
 */

typedef struct
{
  const char *name;
  const char *text;
  gssize      length;   /* -1: strlen */
  CalfDatabaseError code;
  const char *expected;
} TextCase;

#define Y CALF_DATABASE_ERROR_SYNTAX

static const TextCase text_cases[] = {
  { "empty-file", "", 0, Y, "case.json:1:1: the input is empty" },
  { "only-whitespace", "  \n\t\n", -1, Y, "the input is empty" },
  { "invalid-utf8", "{\n  \"a\": \"\xff\"\n}", -1, Y, "case.json:2:9: invalid UTF-8 at byte offset 10" },
  { "truncated-utf8", "{\"schema_version\": 1, \"database_version\": \"\xc3", -1, Y, "invalid UTF-8 at byte offset 43" },
  { "byte-order-mark", "\xEF\xBB\xBF{\"schema_version\": 1}", -1, Y, "byte order mark" },
  { "trailing-content", "{\"schema_version\": 1}\n{}", -1, Y, "case.json:2:1: unexpected content after the end" },
  { "duplicate-key", "{\"schema_version\": 1,\n \"schema_version\": 1}", -1, Y, "case.json:2:2: key \"schema_version\" appears twice" },
  { "duplicate-key-escaped", "{\"ab\": 1, \"a\\u0062\": 2}", -1, Y, "key \"ab\" appears twice" },
  { "comment", "{\"schema_version\": 1 // one\n}", -1, Y, "case.json:1:22: comments are not allowed" },
  { "trailing-comma-object", "{\"schema_version\": 1,}", -1, Y, "case.json:1:22: unexpected } after a comma" },
  { "trailing-comma-array", "{\"regions\": [1,]}", -1, Y, "case.json:1:16: unexpected ] after a comma" },
  { "unclosed-object", "{\"schema_version\": 1", -1, Y, "unexpected end of file" },
  { "unclosed-string", "{\"schema_version", -1, Y, "case.json:1:2: text not closed" },
  { "newline-in-string", "{\"a\": \"one\ntwo\"}", -1, Y, "not closed before the end of the line" },
  { "control-character", "{\"a\": \"one\ttwo\"}", -1, Y, "case.json:1:11: control character in text" },
  { "invalid-escape", "{\"a\": \"\\x41\"}", -1, Y, "invalid escape \\x" },
  { "nul-escape", "{\"a\": \"x\\u0000y\"}", -1, Y, "NUL character" },
  { "lone-low-surrogate", "{\"a\": \"\\udc00\"}", -1, Y, "low surrogate without a high surrogate" },
  { "lone-high-surrogate", "{\"a\": \"\\ud800x\"}", -1, Y, "high surrogate must be followed by a low surrogate" },
  { "single-quotes", "{\"a\": 'x'}", -1, Y, "text must be in double quotes" },
  { "unquoted-key", "{a: 1}", -1, Y, "case.json:1:2: expected a key in double quotes" },
  { "nan", "{\"a\": NaN}", -1, Y, "expected a value" },
  { "leading-zero", "{\"a\": 01}", -1, Y, "numbers may not start with 0" },
  { "bare-decimal-point", "{\"a\": 1.}", -1, Y, "a digit must follow the decimal point" },
  { "huge-integer", "{\"a\": 99999999999999999999}", -1, Y, "whole number too large" },
  { "huge-float", "{\"a\": 1e999}", -1, Y, "number too large" },
  { "missing-colon", "{\"a\" 1}", -1, Y, "expected : after the key" },
  { "missing-comma", "{\"a\": 1 \"b\": 2}", -1, Y, "expected , or } after a value in an object" },
  { "nested-too-deep", "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", -1, Y,
    "case.json:1:38: nested more than 32 levels deep" },
  { "top-level-array", "[]", -1, CALF_DATABASE_ERROR_SCHEMA, "case.json: a database file must hold one JSON object" },
  { "top-level-number", "42", -1, CALF_DATABASE_ERROR_SCHEMA, "must hold one JSON object" },
};

#undef Y

static void
test_broken_text (gconstpointer data)
{
  const TextCase *text_case = data;
  gsize length = text_case->length < 0 ? strlen (text_case->text) : (gsize) text_case->length;

  calf_test_db_assert_broken (text_case->text, length, text_case->code, text_case->expected, NULL);
}

/* 100000 '[': json-glib alone would recurse that deep; the pre-scan stops at 33. */
static void
test_broken_deep_nesting (void)
{
  gsize n = 100000;
  g_autofree char *text = g_malloc (2 * n + 1);

  memset (text, '[', n);
  memset (text + n, ']', n);
  text[2 * n] = '\0';
  calf_test_db_assert_broken (text, 2 * n, CALF_DATABASE_ERROR_SYNTAX, "case.json:1:33: nested more than 32 levels deep", NULL);

  {
    g_autoptr(GString) objects = g_string_new (NULL);

    for (guint i = 0; i < 50000; i++)
      g_string_append (objects, "{\"a\":");
    calf_test_db_assert_broken (objects->str, objects->len, CALF_DATABASE_ERROR_SYNTAX,
                        "case.json:1:161: nested more than 32 levels deep", NULL);
  }
}

static char *
make_long_string_database (gsize string_length)
{
  g_autoptr(GString) text = g_string_new ("{\"schema_version\": 1, \"database_version\": \"");

  for (gsize i = 0; i < string_length; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\"}");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_broken_long_strings (void)
{
  g_autofree char *medium = make_long_string_database (100 * 1024);
  g_autofree char *huge = make_long_string_database (10 * 1024 * 1024);
  g_autofree char *fits = make_long_string_database (64 * 1024);

  /* 100 KiB of text in a small file: the string limit. */
  calf_test_db_assert_broken (medium, strlen (medium), CALF_DATABASE_ERROR_SYNTAX,
                      "case.json:1:43: text longer than 65536 bytes", NULL);
  /* 10 MiB: the file limit, before any parsing. */
  calf_test_db_assert_broken (huge, strlen (huge), CALF_DATABASE_ERROR_SYNTAX,
                      "case.json: file larger than 4194304 bytes", NULL);
  /* Exactly 64 KiB is allowed by the syntax check (the database is still
   * incomplete, which is a schema problem). */
  calf_test_db_assert_broken (fits, strlen (fits), CALF_DATABASE_ERROR_REFERENCE, "triage_levels", NULL);
}



static void
test_broken_huge_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("calf-test-XXXXXX", NULL);
  g_autofree char *huge = make_long_string_database (10 * 1024 * 1024);
  g_autofree char *path = calf_test_db_write_temp_file (dir, "huge.json", huge, -1);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = calf_database_new_for_path (path, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "huge.json: file larger than 4194304 bytes"));

  g_assert_false (calf_database_validate_path (path, problems));
  g_assert_cmpuint (problems->len, ==, 1);

  calf_test_db_remove_tree (dir);
}

static void
test_broken_io (void)
{
  g_autofree char *dir = g_dir_make_tmp ("calf-test-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *readme = NULL;
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = calf_database_new_for_path (missing, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, missing));
  g_clear_error (&error);

  /* A folder without .json files. */
  readme = calf_test_db_write_temp_file (dir, "README.txt", "not a database", -1);
  db = calf_database_new_for_path (dir, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "the folder holds no .json files"));
  g_clear_error (&error);

  /* A device is refused without reading it (it would never end). */
  db = calf_database_new_for_path ("/dev/zero", &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/dev/zero: not a regular file"));

  calf_test_db_remove_tree (dir);
}


static void
test_broken_folder (void)
{
  g_autofree char *valid = calf_test_db_fixture_path ("valid-folder");
  g_autofree char *dir = g_dir_make_tmp ("calf-test-XXXXXX", NULL);
  g_autofree char *extra = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  calf_test_db_copy_folder (valid, dir);

  /* A region defined again in another file. */
  extra = calf_test_db_write_temp_file (dir, "zz-extra.json",
                           "{\"schema_version\": 1, \"regions\": [{\"id\": \"achilles\", \"name\": \"Again\","
                           " \"anatomy\": \"Again.\", \"typical_conditions\": [\"calf-strain\"]}]}", -1);
  db = calf_database_new_for_path (dir, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_REFERENCE);
  expected = g_strdup_printf ("%s: regions[0].id: duplicate region id \"achilles\" (first defined at %s/regions.json: regions[0])",
                              extra, dir);
  g_assert_nonnull (strstr (error->message, expected));
  g_clear_error (&error);

  /* A syntax error in one file: only that is reported, with its place. */
  g_free (calf_test_db_write_temp_file (dir, "zz-extra.json", "{\"schema_version\": 1,\n  \"regions\": [}", -1));
  g_assert_false (calf_database_validate_path (dir, problems));
  g_assert_cmpuint (problems->len, ==, 1);
  g_free (expected);
  expected = g_strdup_printf ("%s:2:15: ", extra);
  g_assert_true (g_str_has_prefix (problems->pdata[0], expected));

  /* database_version in two files. */
  g_free (calf_test_db_write_temp_file (dir, "zz-extra.json", "{\"schema_version\": 1, \"database_version\": \"2\"}", -1));
  db = calf_database_new_for_path (dir, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "zz-extra.json: database_version: database_version is given more than once"));

  calf_test_db_remove_tree (dir);
}

/* Validation reports every problem, not only the first. */
static void
test_validate_collects_all (void)
{
  g_autofree char *text = calf_test_db_read_fixture ("valid/minimal.json");
  g_autofree char *dir = g_dir_make_tmp ("calf-test-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  char *edited;
  g_autofree char *joined = NULL;

  edited = calf_test_db_apply_edit (text, "\"year\": 2020", "\"year\": 1800");
  g_free (text);
  text = calf_test_db_apply_edit (edited, "\"recovery\": \"Months.\"", "\"recovery\": \"\"");
  g_free (edited);
  edited = calf_test_db_apply_edit (text, "\"exercises\": [ \"calf-stretch\" ]", "\"exercises\": [ \"nope\" ]");
  g_free (text);
  text = edited;

  path = calf_test_db_write_temp_file (dir, "three.json", text, -1);
  g_assert_false (calf_database_validate_path (path, problems));
  g_assert_cmpuint (problems->len, ==, 3);
  g_ptr_array_add (problems, NULL);
  joined = g_strjoinv ("\n", (char **) problems->pdata);
  g_assert_nonnull (strstr (joined, "three.json: references[0].year: 1800 is out of range"));
  g_assert_nonnull (strstr (joined, "three.json: conditions[0].recovery: empty text"));
  g_assert_nonnull (strstr (joined, "three.json: conditions[1].exercises[0]: unknown exercise \"nope\""));

  /* Loading fails with all of them in the message, one per line. */
  db = calf_database_new_for_path (path, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==, joined);

  calf_test_db_remove_tree (dir);
}

/* Many problems are capped, so broken input cannot flood the output. */
static void
test_validate_caps_problems (void)
{
  g_autoptr(GString) text = g_string_new ("{\"schema_version\": 1, \"database_version\": \"x\", \"references\": [");
  g_autofree char *dir = g_dir_make_tmp ("calf-test-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* 5000 references with four problems each. */
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "%s{\"id\": \"r%u\", \"bogus\": 1}", i > 0 ? "," : "", i);
  g_string_append (text, "]}");

  path = calf_test_db_write_temp_file (dir, "many.json", text->str, text->len);
  g_assert_false (calf_database_validate_path (path, problems));
  g_assert_cmpuint (problems->len, ==, 1001);
  g_assert_nonnull (strstr (problems->pdata[1000], "more problems (not listed)"));

  /* The error message lists the first 20. */
  db = calf_database_new_for_path (path, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "… and 981 more problems"));

  calf_test_db_remove_tree (dir);
}

/* Shapes that would take quadratic time or memory in a naive validator
 * (every region times every "all" question, every red flag times every
 * trigger, long chains of derived findings): a database close to the size
 * limit still validates at once. The test timeout is the guard. */
static void
test_large_database (void)
{
  g_autoptr(GString) text = g_string_new ("{\"schema_version\":1,\"database_version\":\"x\",\"regions\":[");
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 5000;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\":\"r%u\",\"name\":\"R\",\"anatomy\":\"A\",\"typical_conditions\":[\"c\"]}",
                            i > 0 ? "," : "", i);
  g_string_append (text, "],\"findings\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "{\"id\":\"f%u\",\"type\":\"boolean\",\"category\":\"red-flag\",\"red_flag\":true,"
                            "\"label\":\"L\",\"lay\":\"L\"},", i);
  /* A chain of derived findings, each from the one before. */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "{\"id\":\"d%u\",\"type\":\"boolean\",\"category\":\"derived\",\"label\":\"L\","
                            "\"lay\":\"L\",\"derived\":{\"all\":[{\"finding\":\"%s%u\",\"value\":true}]}}%s",
                            i, i > 0 ? "d" : "f", i > 0 ? i - 1 : 0, i + 1 < n ? "," : "");
  g_string_append (text, "],\"questions\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\":\"q%u\",\"text\":\"T\",\"help\":{\"why\":\"W\"},\"kind\":\"yes-no\","
                            "\"finding\":\"f%u\",\"regions\":\"all\",\"red_flag_screen\":%s,\"priority\":0}",
                            i > 0 ? "," : "", i, i, i % 2 == 0 ? "true" : "false");
  g_string_append (text, "],\"safety\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\":\"s%u\",\"title\":\"T\",\"text\":\"T\",\"level\":\"urgent\","
                            "\"trigger\":{\"any\":[{\"finding\":\"f%u\",\"value\":true}]}}",
                            i > 0 ? "," : "", i, i);
  g_string_append (text, "],\"likelihood_bands\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"min_score\":%u.%04u,\"label\":\"L\"}", i > 0 ? "," : "", i / 10000, i % 10000);
  g_string_append (text, "]}");

  g_assert_cmpuint (text->len, >, 1024 * 1024);
  g_assert_cmpuint (text->len, <, 4 * 1024 * 1024);

  /* Only the missing parts are reported: conditions, scoring, triage levels. */
  db = calf_database_new_from_data ("large.json", text->str, text->len, &error);
  g_assert_null (db);
  g_assert_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_REFERENCE);
  g_assert_nonnull (strstr (error->message, "unknown condition \"c\""));
  g_assert_null (strstr (error->message, "red-flag finding"));
  g_assert_null (strstr (error->message, "no red-flag screen question"));
  g_assert_null (strstr (error->message, "depends on itself"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (text_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/database/broken-syntax/%s", text_cases[i].name);
      g_test_add_data_func (name, &text_cases[i], test_broken_text);
    }

  g_test_add_func ("/database/broken-syntax/deep-nesting-100000", test_broken_deep_nesting);
  g_test_add_func ("/database/broken-syntax/long-strings", test_broken_long_strings);
  g_test_add_func ("/database/broken-io/huge-file", test_broken_huge_file);
  g_test_add_func ("/database/broken-io/paths", test_broken_io);
  g_test_add_func ("/database/broken-folder", test_broken_folder);
  g_test_add_func ("/database/validate/collects-all", test_validate_collects_all);
  g_test_add_func ("/database/validate/caps-problems", test_validate_caps_problems);
  g_test_add_func ("/database/limits/large-database", test_large_database);

  return g_test_run ();
}
