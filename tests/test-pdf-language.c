/* test-pdf-language.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "calf-pdf-language.h"

/*
 * The PDF's language (issue 16), added after cairo: on a file as this
 * machine's cairo writes it (1.16: plain objects) and as cairo 1.18 writes
 * it (the catalogue packed in a compressed object stream; a file it made,
 * tests/data/report/cairo-1.18-object-streams.pdf). Poppler must read the
 * result without a complaint, with its text; a second call finds the
 * language already there; anything else is refused untouched.
 */

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GByteArray *
pdf_from_cairo (void)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_array, data, 200, 200);
  cairo_t *cr = cairo_create (surface);

  cairo_move_to (cr, 20, 40);
  cairo_show_text (cr, "hi");
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return data;
}

static gboolean
contains (GByteArray *pdf,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= pdf->len; i++)
    if (memcmp (pdf->data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static GByteArray *
pdf_from_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "report", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_byte_array_new_take ((guint8 *) contents, length);
}

/* What poppler makes of @pdf: its text, or NULL if it complained. */
static char *
read_with_poppler (GByteArray *pdf)
{
  g_autofree char *dir = g_dir_make_tmp ("calf-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *info_err = NULL, *text = NULL, *text_err = NULL;
  g_autoptr(GError) error = NULL;
  int info_status, text_status;

  g_file_set_contents (path, (const char *) pdf->data, pdf->len, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char *[]) { (char *) "pdfinfo", path, NULL }, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &info_err, &info_status, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char *[]) { (char *) "pdftotext", path, (char *) "-", NULL }, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, &text, &text_err, &text_status, &error);
  g_assert_no_error (error);
  g_unlink (path);
  g_rmdir (dir);

  if (info_status != 0 || text_status != 0 || *info_err != '\0' || *text_err != '\0')
    {
      g_test_message ("poppler: %s%s", info_err, text_err);
      return NULL;
    }
  return g_steal_pointer (&text);
}

static void
check_language (GByteArray *pdf)
{
  guint before = pdf->len;
  g_autofree char *tail = NULL;
  g_autofree char *text = NULL;

  g_assert_true (calf_pdf_set_language (pdf, "de"));
  g_assert_cmpuint (pdf->len, >, before);
  tail = g_strndup ((const char *) pdf->data + before, pdf->len - before);
  g_assert_nonnull (strstr (tail, "/Lang (de)"));
  g_assert_nonnull (strstr (tail, "/Type /Catalog"));
  g_assert_true (g_str_has_suffix (tail, "%%EOF\n"));

  /* The update is read as the newest version: the language is found. */
  before = pdf->len;
  g_assert_true (calf_pdf_set_language (pdf, "es"));
  g_assert_cmpuint (pdf->len, ==, before);

  text = read_with_poppler (pdf);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "hi"));
}

static void
test_this_cairo (void)
{
  g_autoptr(GByteArray) pdf = pdf_from_cairo ();

  check_language (pdf);
}

static void
test_object_streams (void)
{
  g_autoptr(GByteArray) pdf = pdf_from_file ("cairo-1.18-object-streams.pdf");

  g_assert_true (contains (pdf, "/Type /ObjStm"));
  check_language (pdf);
}

static void
test_refused (void)
{
  g_autoptr(GByteArray) pdf = pdf_from_cairo ();
  g_autoptr(GByteArray) cut = g_byte_array_new ();
  g_autoptr(GByteArray) junk = g_byte_array_new ();
  guint len = pdf->len;

  /* Not a language tag: nothing may be written into the file. */
  g_assert_false (calf_pdf_set_language (pdf, "de) /Evil (x"));
  g_assert_false (calf_pdf_set_language (pdf, ""));
  g_assert_cmpuint (pdf->len, ==, len);

  /* Cut before its cross-reference table, or not a PDF at all. */
  g_byte_array_append (cut, pdf->data, len / 2);
  g_assert_false (calf_pdf_set_language (cut, "de"));
  g_assert_cmpuint (cut->len, ==, len / 2);
  g_byte_array_append (junk, (const guint8 *) "startxref\n99999999\n%%EOF\n", 25);
  g_assert_false (calf_pdf_set_language (junk, "de"));
  g_assert_cmpuint (junk->len, ==, 25);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-language/this-cairo", test_this_cairo);
  g_test_add_func ("/pdf-language/object-streams", test_object_streams);
  g_test_add_func ("/pdf-language/refused", test_refused);

  return g_test_run ();
}
