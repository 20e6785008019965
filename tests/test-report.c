/* test-report.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>

#include "report-fixtures.h"

/*
 * The report model and the text formats: golden files for Markdown and
 * plain text (on the fixed test database), HTML through xmllint, JSON,
 * and the command line writing every format.
 *
 * Golden files: tests/data/report/NAME.{txt,md}. After a deliberate change
 * regenerate them with
 *   CALF_UPDATE_GOLDEN=1 meson test -C BUILDDIR test-report
 * and review the diff.
 */

static void
test_model_answers (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  GPtrArray *answers = calf_report_get_answers (report);
  const CalfReportAnswer *answer;

  g_assert_cmpuint (answers->len, ==, 5);
  answer = g_ptr_array_index (answers, 0);
  g_assert_cmpstr (answer->id, ==, "q-breathless");
  g_assert_cmpstr (answer->answer, ==, "No");
  /* A finding set by a choice shows the question and the choice. */
  answer = g_ptr_array_index (answers, 3);
  g_assert_cmpstr (answer->id, ==, "q-when");
  g_assert_cmpstr (answer->question, ==, "When is the pain worst | most often?");
  g_assert_cmpstr (answer->answer, ==, "During sport & walking");
  answer = g_ptr_array_index (answers, 4);
  g_assert_cmpstr (answer->answer, ==, "5 out of 10");

  g_assert_cmpint (calf_report_get_triage_level (report), ==, CALF_TRIAGE_SELF_CARE);
  g_assert_cmpstr (calf_report_get_person_text (report), ==, "Age 41, female");
  g_assert_cmpstr (calf_report_get_leg_text (report), ==, "Left leg");
  g_assert_cmpstr (calf_report_get_date_text (report), ==, "20 November 2026, 14:05");
  g_assert_cmpstr (calf_report_get_database_version (report), ==, "report-test-1");
  g_assert_cmpstr (calf_report_get_app_version (report), ==, PACKAGE_VERSION);
  g_assert_cmpuint (calf_report_get_exercises (report)->len, ==, 3);
  g_assert_cmpuint (calf_report_get_references (report)->len, ==, 3);

  /* The drawings come from the resource; a missing one is simply absent. */
  g_assert_nonnull (((CalfReportExercise *) g_ptr_array_index (calf_report_get_exercises (report), 0))->svg);
  g_assert_null (((CalfReportExercise *) g_ptr_array_index (calf_report_get_exercises (report), 2))->svg);
}

static void
test_model_flow (void)
{
  g_autoptr(CalfDatabase) db = report_fixture_database (FALSE);
  g_autoptr(CalfEngine) engine = calf_engine_new (db);
  g_autoptr(CalfQuestionFlow) flow = NULL;
  g_autoptr(CalfReport) report = NULL;
  g_autoptr(GDateTime) when = report_fixture_time ();
  g_autoptr(GError) error = NULL;
  GPtrArray *answers;
  const CalfReportAnswer *answer;

  flow = calf_question_flow_new (engine, calf_database_lookup_region (db, "mid-calf"), CALF_SIDE_RIGHT);
  calf_question_flow_reply_yes_no (flow, calf_database_lookup_question (db, "q-breathless"),
                                   CALF_REPLY_NO, &error);
  g_assert_no_error (error);
  calf_question_flow_reply_yes_no (flow, calf_database_lookup_question (db, "q-swelling"),
                                   CALF_REPLY_NOT_SURE, &error);
  g_assert_no_error (error);

  report = calf_report_new_for_flow (flow, when);
  answers = calf_report_get_answers (report);
  g_assert_cmpuint (answers->len, ==, 2);
  answer = g_ptr_array_index (answers, 1);
  g_assert_cmpstr (answer->question, ==, "Is one calf swollen compared with the other?");
  g_assert_cmpstr (answer->answer, ==, "Not sure");
  g_assert_cmpstr (calf_report_get_leg_text (report), ==, "Right leg");
}

static void
test_formats (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  CalfReportFormat format;

  for (guint i = 0; i < CALF_REPORT_N_FORMATS; i++)
    {
      g_assert_true (calf_report_format_from_string (calf_report_format_to_string (i), &format));
      g_assert_cmpint (format, ==, i);
      g_assert_nonnull (calf_report_format_get_mime_type (i));
      g_assert_nonnull (calf_report_format_get_name (i));
    }
  g_assert_false (calf_report_format_from_string ("docx", &format));

  {
    g_autofree char *pdf = calf_report_suggest_file_name (report, CALF_REPORT_FORMAT_PDF);
    g_autofree char *md = calf_report_suggest_file_name (report, CALF_REPORT_FORMAT_MARKDOWN);

    g_assert_cmpstr (pdf, ==, "calf-check-2026-11-20.pdf");
    g_assert_cmpstr (md, ==, "calf-check-2026-11-20.md");
  }

  /* Export by name: a report extension wins over the filter; a bare name
   * takes the filter's extension; anything else keeps the filter's format
   * and the name as typed. */
  {
    static const struct {
      const char *name;
      CalfReportFormat filter;
      CalfReportFormat format;
      const char *fixed;
    } cases[] = {
      { "x.html", CALF_REPORT_FORMAT_PDF, CALF_REPORT_FORMAT_HTML, NULL },
      { "x.HTM", CALF_REPORT_FORMAT_JSON, CALF_REPORT_FORMAT_HTML, NULL },
      { "notes.md", CALF_REPORT_FORMAT_PDF, CALF_REPORT_FORMAT_MARKDOWN, NULL },
      { "notes.txt", CALF_REPORT_FORMAT_HTML, CALF_REPORT_FORMAT_TEXT, NULL },
      { "data.json", CALF_REPORT_FORMAT_TEXT, CALF_REPORT_FORMAT_JSON, NULL },
      { "a.b.pdf", CALF_REPORT_FORMAT_MARKDOWN, CALF_REPORT_FORMAT_PDF, NULL },
      { "for my physio", CALF_REPORT_FORMAT_MARKDOWN, CALF_REPORT_FORMAT_MARKDOWN, "for my physio.md" },
      { ".hidden", CALF_REPORT_FORMAT_PDF, CALF_REPORT_FORMAT_PDF, ".hidden.pdf" },
      { "report.2026", CALF_REPORT_FORMAT_TEXT, CALF_REPORT_FORMAT_TEXT, NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        CalfReportFormat chosen = CALF_REPORT_N_FORMATS;
        g_autofree char *fixed = calf_report_format_for_file_name (cases[i].name, cases[i].filter, &chosen);

        g_assert_cmpint (chosen, ==, cases[i].format);
        g_assert_cmpstr (fixed, ==, cases[i].fixed);
      }
  }
}

/* "Not sure" to a warning sign: every format says what could change the
 * advice, and the reasons say the sign was answered "Not sure". */
static void
test_could_change (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("shipped:not-sure-cold-foot.json");
  GPtrArray *changes = calf_report_get_changes (report);
  const char *title = calf_report_get_section_title (CALF_REPORT_SECTION_COULD_CHANGE);
  g_autofree char *text = calf_report_render_text (report);
  g_autofree char *markdown = calf_report_render_markdown (report);
  g_autofree char *html = calf_report_render_html (report);
  g_autofree char *json = calf_report_render_json (report);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *could_change;

  g_assert_cmpint (calf_report_get_triage_level (report), ==, CALF_TRIAGE_URGENT);
  g_assert_cmpuint (changes->len, >=, 1);
  g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, "Cold, pale or bluish foot — if yes: Call the emergency number now");
  g_assert_true (g_ptr_array_find_with_equal_func (calf_report_get_triage_why (report),
                                                   "Cold, pale or bluish foot: you answered “Not sure”",
                                                   g_str_equal, NULL));
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (changes, i), -1);

      report_assert_contains (markdown, g_ptr_array_index (changes, i));
      report_assert_contains (html, escaped);
    }
  report_assert_contains (text, title);
  report_assert_contains (text, "Cold, pale or bluish foot — if yes:");
  report_assert_contains (markdown, title);
  report_assert_contains (html, title);

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  could_change = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "could_change");
  g_assert_cmpuint (json_array_get_length (could_change), ==, changes->len);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (could_change, 0), "finding"), ==,
                   "cold-pale-foot");

  /* A result with no "Not sure" answer has no such section. */
  {
    g_autoptr(CalfReport) plain = report_fixture_new ("self-care.json");
    g_autofree char *plain_text = calf_report_render_text (plain);

    g_assert_cmpuint (calf_report_get_changes (plain)->len, ==, 0);
    g_assert_null (strstr (plain_text, title));
  }
}

static void
compare_golden (const char *text,
                const char *golden_name)
{
  g_autofree char *path = report_fixture_path (golden_name);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (g_getenv ("CALF_UPDATE_GOLDEN"), "1") == 0)
    {
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      g_test_message ("Wrote %s", path);
      return;
    }

  if (!g_file_get_contents (path, &expected, NULL, &error))
    g_error ("%s: %s (run with CALF_UPDATE_GOLDEN=1 to create it)", path, error->message);

  if (g_strcmp0 (text, expected) != 0)
    {
      g_autofree char *actual_path = g_build_filename (g_get_tmp_dir (), golden_name, NULL);

      g_file_set_contents (actual_path, text, -1, NULL);
      g_error ("The output differs from %s; it is in %s. If the change is intended, "
               "regenerate with CALF_UPDATE_GOLDEN=1", path, actual_path);
    }
}

static void
test_golden (gconstpointer data)
{
  const char *fixture = data;
  g_autoptr(CalfReport) report = report_fixture_new (fixture);
  g_autofree char *base = g_strndup (fixture, strlen (fixture) - strlen (".json"));
  g_autofree char *text = calf_report_render_text (report);
  g_autofree char *markdown = calf_report_render_markdown (report);
  g_autofree char *text_name = g_strconcat (base, ".txt", NULL);
  g_autofree char *markdown_name = g_strconcat (base, ".md", NULL);

  compare_golden (text, text_name);
  compare_golden (markdown, markdown_name);
}

static void
test_text_width (gconstpointer data)
{
  g_autoptr(CalfReport) report = report_fixture_new (data);
  g_autofree char *text = calf_report_render_text (report);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* A single word longer than a line (a web address) may not break. */
      if (g_utf8_strlen (lines[i], -1) > 72)
        {
          g_autofree char *stripped = g_strstrip (g_strdup (lines[i]));

          if (strchr (stripped, ' ') != NULL)
            g_error ("Line %u is longer than 72 columns: “%s”", i + 1, lines[i]);
        }
    }
}

static void
assert_name (const char *output,
             const char *name,
             gboolean    html)
{
  g_autofree char *escaped = html ? g_markup_escape_text (name, -1) : g_strdup (name);

  report_assert_contains (output, escaped);
}

/* The top condition's name and every recommended exercise's name. */
static void
check_report_names (CalfReport *report,
                    const char *output,
                    gboolean    html)
{
  GPtrArray *causes = calf_report_get_causes (report);
  GPtrArray *exercises = calf_report_get_exercises (report);

  g_assert_cmpuint (causes->len, >, 0);
  assert_name (output, ((CalfReportCause *) g_ptr_array_index (causes, 0))->name, html);
  for (guint i = 0; i < exercises->len; i++)
    assert_name (output, ((CalfReportExercise *) g_ptr_array_index (exercises, i))->name, html);
}

/* libxml2's HTML parser knows HTML 4 only: it reports HTML5 and SVG
 * elements as unknown, but nothing else may come up. */
static void
check_xmllint_html (const char *stderr_text)
{
  static const char * const known[] = {
    "section", "svg", "style", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect",
  };
  g_auto(GStrv) lines = g_strsplit (stderr_text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *message = strstr (lines[i], "HTML parser error : ");
      gboolean allowed = FALSE;

      if (message == NULL)
        continue;   /* context lines */
      message += strlen ("HTML parser error : ");
      for (guint j = 0; j < G_N_ELEMENTS (known); j++)
        {
          g_autofree char *expected = g_strdup_printf ("Tag %s invalid", known[j]);

          if (g_str_equal (message, expected))
            allowed = TRUE;
        }
      if (!allowed)
        g_error ("xmllint --html: %s", lines[i]);
    }
}

static void
test_html (gconstpointer data)
{
  g_autoptr(CalfReport) report = report_fixture_new (data);
  g_autofree char *html = calf_report_render_html (report);
  g_autofree char *dir = g_dir_make_tmp ("calf-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);
  g_autofree char *err = NULL;
  g_autofree char *xml_err = NULL;
  int status = -1;
  guint n_svg = 0;

  g_assert_true (g_file_set_contents (path, html, -1, NULL));

  {
    const char * const argv[] = { "xmllint", "--html", "--noout", path, NULL };
    g_free (report_run (argv, &err, &status));
    g_assert_cmpint (status, ==, 0);
    check_xmllint_html (err);
  }
  {
    /* Polyglot markup: also well-formed XML, so nothing is left unclosed. */
    const char * const argv[] = { "xmllint", "--noout", path, NULL };
    g_free (report_run (argv, &xml_err, &status));
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (xml_err, ==, "");
  }

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, "<h1>"));
  g_assert_nonnull (strstr (html, "<section"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "src=\"http"));
  check_report_names (report, html, TRUE);

  for (const char *p = html; (p = strstr (p, "<svg")) != NULL; p++)
    n_svg++;
  if (g_str_equal (data, "self-care.json"))
    {
      /* Escaped, and the drawing that does not exist is left out. */
      g_assert_nonnull (strstr (html, "Calf strain &lt;grade 1 &amp; 2&gt;"));
      g_assert_cmpuint (n_svg, ==, 2);
    }
  else
    g_assert_cmpuint (n_svg, ==, calf_report_get_exercises (report)->len);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_json (gconstpointer data)
{
  g_autoptr(CalfReport) report = report_fixture_new (data);
  g_autofree char *json = calf_report_render_json (report);
  g_autofree char *result_json = calf_result_to_json (calf_report_get_result (report));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) result_parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *root, *result_root;
  JsonArray *answers;
  GPtrArray *expected = calf_report_get_answers (report);

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  json_parser_load_from_data (result_parser, result_json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  result_root = json_node_get_object (json_parser_get_root (result_parser));

  /* Every member of the --assess result, unchanged. */
  members = json_object_get_members (result_root);
  for (GList *l = members; l != NULL; l = l->next)
    {
      g_assert_true (json_object_has_member (root, l->data));
      g_assert_true (json_node_equal (json_object_get_member (root, l->data),
                                      json_object_get_member (result_root, l->data)));
    }

  answers = json_object_get_array_member (root, "answers");
  g_assert_cmpuint (json_array_get_length (answers), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      JsonObject *answer = json_array_get_object_element (answers, i);
      const CalfReportAnswer *entry = g_ptr_array_index (expected, i);

      g_assert_cmpstr (json_object_get_string_member (answer, "id"), ==, entry->id);
      g_assert_cmpstr (json_object_get_string_member (answer, "question"), ==, entry->question);
      g_assert_cmpstr (json_object_get_string_member (answer, "answer"), ==, entry->answer);
    }
  g_assert_cmpstr (json_object_get_string_member (root, "created"), ==, "2026-11-20T14:05:00Z");
  g_assert_cmpstr (json_object_get_string_member (root, "app_version"), ==, PACKAGE_VERSION);
}

/* The acceptance check: every format written with --output holds the top
 * condition's name and every recommended exercise's name. */
static void
test_cli (gconstpointer data)
{
  const char *fixture = data;
  const char *exe = g_getenv ("CALF_CHECK_EXE");
  g_autoptr(CalfReport) report = report_fixture_new (fixture);
  g_autofree char *input = report_fixture_path (fixture + strlen ("shipped:"));
  g_autofree char *dir = g_dir_make_tmp ("calf-report-XXXXXX", NULL);
  static const char * const formats[] = { "json", "text", "markdown", "html", "pdf" };
  g_autofree char *script = NULL;

  g_assert_nonnull (exe);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *output = g_build_filename (dir, formats[i], NULL);
      const char * const argv[] = { exe, "--assess", input, "--format", formats[i],
                                    "--output", output, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *contents = NULL;
      int status = -1;

      out = report_run (argv, &err, &status);
      if (status != 0)
        g_error ("calf-check --format %s: exit %d: %s", formats[i], status, err);
      g_assert_cmpstr (out, ==, "");

      if (g_str_equal (formats[i], "pdf"))
        {
          const char * const pdftotext[] = { "pdftotext", "-enc", "UTF-8", output, "-", NULL };

          contents = report_run (pdftotext, NULL, &status);
          g_assert_cmpint (status, ==, 0);
        }
      else
        g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));

      check_report_names (report, contents, g_str_equal (formats[i], "html"));
      g_unlink (output);
    }

  {
    /* A PDF may go to standard output when that is a pipe. */
    const char * const argv[] = { exe, "--assess", input, "--format", "pdf", NULL };
    g_autofree char *out = NULL;
    int status = -1;

    out = report_run (argv, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_true (g_str_has_prefix (out, "%PDF-"));
  }
  script = g_find_program_in_path ("script");
  if (script != NULL)
    {
      /* …but not to a terminal (script(1) gives it one). */
      g_autofree char *quoted_exe = g_shell_quote (exe);
      g_autofree char *quoted_input = g_shell_quote (input);
      g_autofree char *command = g_strdup_printf ("%s --assess %s --format pdf", quoted_exe, quoted_input);
      const char * const argv[] = { "script", "-qec", command, "/dev/null", NULL };
      g_autofree char *out = NULL;
      int status = -1;

      out = report_run (argv, NULL, &status);
      g_assert_cmpint (status, ==, 2);
      g_assert_null (strstr (out, "%PDF"));
      g_assert_nonnull (strstr (out, "--output"));
    }
  else
    g_test_message ("script(1) is missing: not checking PDF output to a terminal");

  {
    const char * const argv[] = { exe, "--assess", input, "--format", "docx", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    int status = -1;

    out = report_run (argv, &err, &status);
    g_assert_cmpint (status, ==, 2);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "--format"));
  }

  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const fixtures[] = {
    "self-care.json",
    "urgent.json",
    "shipped:achilles-tendinopathy-runner.json",
    "shipped:clot-with-breathlessness.json",
    "shipped:not-sure-cold-foot.json",
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/model/answers", test_model_answers);
  g_test_add_func ("/report/model/flow", test_model_flow);
  g_test_add_func ("/report/formats", test_formats);
  g_test_add_func ("/report/could-change", test_could_change);
  g_test_add_data_func ("/report/golden/self-care", "self-care.json", test_golden);
  g_test_add_data_func ("/report/golden/urgent", "urgent.json", test_golden);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *width = g_strdup_printf ("/report/text/width/%s", fixtures[i]);
      g_autofree char *html = g_strdup_printf ("/report/html/%s", fixtures[i]);
      g_autofree char *json = g_strdup_printf ("/report/json/%s", fixtures[i]);

      g_test_add_data_func (width, fixtures[i], test_text_width);
      g_test_add_data_func (html, fixtures[i], test_html);
      g_test_add_data_func (json, fixtures[i], test_json);
      if (g_str_has_prefix (fixtures[i], "shipped:"))
        {
          g_autofree char *cli = g_strdup_printf ("/report/cli/%s", fixtures[i]);

          g_test_add_data_func (cli, fixtures[i], test_cli);
        }
    }

  return g_test_run ();
}
