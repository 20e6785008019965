/* test-report-pdf.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "calf-report-layout.h"
#include "report-fixtures.h"

/*
 * The page layout shared by the PDF and printing: paper by locale, real
 * pagination (a long report runs to several pages, no heading at a page
 * foot, long paragraphs split), nothing past the margins (checked on the
 * layout's own measurements), and the PDF itself: its text through
 * pdftotext, its pages through pdftoppm, none blank.
 */

static void
test_paper (void)
{
  static const struct { const char *locale; CalfPaper paper; } cases[] = {
    { "en_US.UTF-8", CALF_PAPER_LETTER },
    { "en_CA.UTF-8", CALF_PAPER_LETTER },
    { "fr_CA", CALF_PAPER_LETTER },
    { "es_MX.UTF-8@euro", CALF_PAPER_LETTER },
    { "en_GB.UTF-8", CALF_PAPER_A4 },
    { "de_DE@euro", CALF_PAPER_A4 },
    { "en_AU.UTF-8", CALF_PAPER_A4 },
    { "C.UTF-8", CALF_PAPER_A4 },
    { "C", CALF_PAPER_A4 },
    { "POSIX", CALF_PAPER_A4 },
    { "", CALF_PAPER_A4 },
  };
  double width, height;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (calf_paper_for_locale (cases[i].locale), ==, cases[i].paper);
  g_assert_cmpint (calf_paper_for_locale (NULL), ==, CALF_PAPER_A4);

  calf_paper_get_size (CALF_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  calf_paper_get_size (CALF_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);

  g_setenv ("LC_PAPER", "en_US.UTF-8", TRUE);
  g_unsetenv ("LC_ALL");
  g_assert_cmpint (calf_paper_get_default (), ==, CALF_PAPER_LETTER);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

/* Typesets @report on @paper and checks the layout's promises. */
static CalfReportLayout *
check_layout (CalfReport *report,
              CalfPaper   paper)
{
  CalfReportLayout *layout = calf_report_layout_new (report);
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GError) error = NULL;
  double width, height, body_y, body_height;
  guint n_pages, n;

  calf_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, width, height);
  cr = cairo_create (surface);
  n_pages = calf_report_layout_paginate (layout, cr, width, height);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (calf_report_layout_get_n_pages (layout), ==, n_pages);

  calf_report_layout_check_bounds (layout, &error);
  g_assert_no_error (error);

  calf_report_layout_get_body (layout, NULL, &body_y, NULL, &body_height);
  n = calf_report_layout_get_n_placements (layout);
  for (guint i = 0; i < n; i++)
    {
      CalfReportBlockKind kind;
      guint page, next_page;
      double y, h;

      calf_report_layout_get_placement (layout, i, &kind, &page, &y, &h);
      g_assert_cmpuint (page, <, n_pages);
      g_assert_cmpfloat (y, >=, body_y);
      g_assert_cmpfloat (y + h, <=, body_y + body_height + 0.5);

      /* A heading is never the last thing on its page. */
      if (kind == CALF_REPORT_BLOCK_HEADING)
        {
          g_assert_cmpuint (i + 1, <, n);
          calf_report_layout_get_placement (layout, i + 1, NULL, &next_page, NULL, NULL);

          g_assert_cmpuint (next_page, ==, page);
        }
      if (i > 0)
        {
          guint previous_page;

          calf_report_layout_get_placement (layout, i - 1, NULL, &previous_page, NULL, NULL);
          g_assert_cmpuint (previous_page, <=, page);
        }
    }

  /* Drawing every page leaves the surface healthy. */
  for (guint page = 0; page < n_pages; page++)
    {
      calf_report_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

static void
test_layout (gconstpointer data)
{
  g_autoptr(CalfReport) report = report_fixture_new (data);

  g_object_unref (check_layout (report, CALF_PAPER_A4));
  g_object_unref (check_layout (report, CALF_PAPER_LETTER));
}

/* Counts the dark pixels of a binary PGM (P5) written by pdftoppm -gray,
 * inside the page body only (not the running header and footer), on an A4
 * page. */
static guint
count_body_ink (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;
  guint width, height, maxval, count = 0;
  guint first_row, end_row;
  int offset = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpint (sscanf (data, "P5 %u %u %u%n", &width, &height, &maxval, &offset), ==, 3);
  offset++;   /* the single white space after maxval */
  g_assert_cmpuint (length, ==, (gsize) offset + (gsize) width * height);

  /* The body runs from 62 pt to 66 pt above the foot of 841.89 pt. */
  first_row = (guint) (height * 62.0 / 841.89);
  end_row = (guint) (height * (841.89 - 66.0) / 841.89);
  for (guint row = first_row; row < end_row; row++)
    {
      for (guint column = 0; column < width; column++)
        {
          if ((guchar) data[offset + (gsize) row * width + column] < 200)
            count++;
        }
    }
  return count;
}

static char *
check_pdf (CalfReport *report,
           CalfPaper   paper,
           guint      *n_pages)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("calf-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autoptr(GDir) listing = NULL;
  const char *name;
  char *text;
  int status = -1;
  guint pages = 0;

  pdf = calf_report_render_pdf (report, paper, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL),
                                      (gssize) g_bytes_get_size (pdf), NULL));

  {
    const char * const argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

    text = report_run (argv, NULL, &status);
    g_assert_cmpint (status, ==, 0);
  }
  {
    const char * const argv[] = { "pdftoppm", "-gray", "-r", "36", path, prefix, NULL };

    g_free (report_run (argv, NULL, &status));
    g_assert_cmpint (status, ==, 0);
  }

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *page = g_build_filename (dir, name, NULL);

      if (!g_str_has_suffix (name, ".pgm"))
        continue;
      /* Not blank: at least a few lines of text in the body. */
      if (count_body_ink (page) < 300)
        g_error ("%s looks blank (%u dark pixels in the body)", name, count_body_ink (page));
      pages++;
      g_unlink (page);
    }
  g_unlink (path);
  g_rmdir (dir);

  *n_pages = pages;
  return text;
}

static void
test_pdf (gconstpointer data)
{
  g_autoptr(CalfReport) report = report_fixture_new (data);
  g_autofree char *text = NULL;
  g_autofree char *page_of = NULL;
  GPtrArray *causes = calf_report_get_causes (report);
  GPtrArray *exercises = calf_report_get_exercises (report);
  guint n_pages = 0;

  text = check_pdf (report, CALF_PAPER_A4, &n_pages);
  g_assert_cmpuint (n_pages, >=, 1);

  report_assert_contains (text, calf_report_get_title (report));
  report_assert_contains (text, calf_report_get_triage_title (report));
  report_assert_contains (text, calf_report_get_triage_label (report));
  for (guint i = 0; i < causes->len; i++)
    report_assert_contains (text, ((CalfReportCause *) g_ptr_array_index (causes, i))->name);
  for (guint i = 0; i < exercises->len; i++)
    report_assert_contains (text, ((CalfReportExercise *) g_ptr_array_index (exercises, i))->name);
  report_assert_contains (text, "not a diagnosis or a substitute for a clinician’s examination");
  /* "What could change this advice", up to the dash (lines may wrap after). */
  for (guint i = 0; i < calf_report_get_changes (report)->len; i++)
    {
      const char *change = g_ptr_array_index (calf_report_get_changes (report), i);
      g_autofree char *label = g_strndup (change, strstr (change, " —") - change);

      report_assert_contains (text, calf_report_get_section_title (CALF_REPORT_SECTION_COULD_CHANGE));
      report_assert_contains (text, label);
    }
  report_assert_contains (text, calf_report_get_database_version (report));
  page_of = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  report_assert_contains (text, page_of);
}

/* The shipped database listing every condition: a long report. */
static CalfDatabase *
long_database (void)
{
  const char *source = g_getenv ("CALF_SOURCE_DIR");
  g_autofree char *folder = NULL;
  g_autofree char *dir = g_dir_make_tmp ("calf-report-db-XXXXXX", NULL);
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  CalfDatabase *db;
  const char *name;

  g_assert_nonnull (source);
  folder = g_build_filename (source, "data", "database", NULL);
  listing = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *copy = g_build_filename (dir, name, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      JsonObject *root;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      json_parser_load_from_file (parser, path, &error);
      g_assert_no_error (error);
      root = json_node_get_object (json_parser_get_root (parser));
      if (json_object_has_member (root, "engine"))
        json_object_set_int_member (json_object_get_object_member (root, "engine"),
                                    "min_listed_conditions", 50);
      json_generator_set_root (generator, json_parser_get_root (parser));
      json_generator_to_file (generator, copy, &error);
      g_assert_no_error (error);
    }

  db = calf_database_new_for_path (dir, &error);
  g_assert_no_error (error);

  {
    g_autoptr(GDir) cleanup = g_dir_open (dir, 0, NULL);

    while ((name = g_dir_read_name (cleanup)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (dir);
  }
  return db;
}

static void
test_long (void)
{
  g_autoptr(CalfDatabase) db = long_database ();
  g_autoptr(CalfReport) report = report_fixture_new_with_database (db, "achilles-tendinopathy-runner.json");
  g_autoptr(CalfReportLayout) layout = NULL;
  g_autofree char *text = NULL;
  GPtrArray *causes = calf_report_get_causes (report);
  guint n_pages = 0;

  g_assert_cmpuint (causes->len, ==, calf_database_get_conditions (db)->len);

  layout = check_layout (report, CALF_PAPER_LETTER);
  g_assert_cmpuint (calf_report_layout_get_n_pages (layout), >, 3);
  g_clear_object (&layout);
  layout = check_layout (report, CALF_PAPER_A4);

  text = check_pdf (report, CALF_PAPER_A4, &n_pages);
  g_assert_cmpuint (n_pages, ==, calf_report_layout_get_n_pages (layout));
  for (guint i = 0; i < causes->len; i++)
    report_assert_contains (text, ((CalfReportCause *) g_ptr_array_index (causes, i))->name);
}

/* A paragraph longer than a page is split between lines, within the body;
 * so is a cause or an exercise taller than a page. */
static void
test_split (gconstpointer data)
{
  const char *target = data;
  g_autofree char *path = report_fixture_path ("database.json");
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(CalfReport) report = NULL;
  g_autoptr(CalfReportLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;
  guint replaced;

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (long_text, "Sentence %u of a very long text. ", i + 1);
  g_string_append (long_text, "The end of it.");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  edited = g_string_new (contents);
  replaced = g_string_replace (edited, target, long_text->str, 1);
  g_assert_cmpuint (replaced, ==, 1);

  db = calf_database_new_from_data ("long.json", edited->str, edited->len, &error);
  g_assert_no_error (error);
  report = report_fixture_new_with_database (db, "self-care.json");
  layout = check_layout (report, CALF_PAPER_A4);
  g_assert_cmpuint (calf_report_layout_get_n_pages (layout), >=, 3);

  text = check_pdf (report, CALF_PAPER_A4, &n_pages);
  report_assert_contains (text, "Sentence 1 of a very long");
  report_assert_contains (text, "Sentence 250 of a very long text.");
  report_assert_contains (text, "Sentence 500 of a very long text. The end of it.");
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

  g_test_add_func ("/report/paper", test_paper);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *layout = g_strdup_printf ("/report/layout/%s", fixtures[i]);
      g_autofree char *pdf = g_strdup_printf ("/report/pdf/%s", fixtures[i]);

      g_test_add_data_func (layout, fixtures[i], test_layout);
      g_test_add_data_func (pdf, fixtures[i], test_pdf);
    }
  g_test_add_func ("/report/layout/long", test_long);
  g_test_add_data_func ("/report/layout/split/paragraph",
                        "This lists possible causes only; it cannot examine you.", test_split);
  g_test_add_data_func ("/report/layout/split/cause", "A blood clot in a deep vein of the leg.", test_split);
  g_test_add_data_func ("/report/layout/split/exercise", "Loosens the calf muscles.", test_split);

  return g_test_run ();
}
