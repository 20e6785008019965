/* test-report-print.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "calf-export.h"
#include "calf-print.h"
#include "calf-render.h"
#include "calf-report-layout.h"
#include "calf-alert.h"
#include "calf-test-utils.h"
#include "report-fixtures.h"

/*
 * Printing through GtkPrintOperation (exported to a PDF file, no dialog)
 * draws the same pages as the PDF export; Export writes the chosen format
 * atomically and shows a toast, or shows the error in a dialog.
 */

static char *
pdftotext (const char *path,
           int        *n_pages)
{
  const char * const argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char * const info[] = { "pdfinfo", path, NULL };
  g_autofree char *info_out = NULL;
  g_auto(GStrv) lines = NULL;
  int status = -1;
  char *text;

  text = report_run (argv, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  info_out = report_run (info, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  *n_pages = -1;
  lines = g_strsplit (info_out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        *n_pages = atoi (lines[i] + strlen ("Pages:"));
    }
  g_assert_cmpint (*n_pages, >, 0);
  return text;
}

static void
test_print_to_file (gconstpointer data)
{
  g_autoptr(CalfReport) report = report_fixture_new (data);
  g_autofree char *dir = g_dir_make_tmp ("calf-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autofree char *printed_text = NULL;
  g_autofree char *exported_text = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *causes = calf_report_get_causes (report);
  GPtrArray *exercises = calf_report_get_exercises (report);
  int printed_pages = 0, exported_pages = 0;

  g_assert_true (calf_print_report_to_file (NULL, report, printed, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (printed, G_FILE_TEST_EXISTS));

  /* The locale here is C: A4, as the print operation's default. */
  pdf = calf_report_render_pdf (report, CALF_PAPER_A4, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (exported, g_bytes_get_data (pdf, NULL),
                                      (gssize) g_bytes_get_size (pdf), NULL));

  printed_text = pdftotext (printed, &printed_pages);
  exported_text = pdftotext (exported, &exported_pages);

  /* The same layout: the same pages, the same words. */
  g_assert_cmpint (printed_pages, ==, exported_pages);
  report_assert_contains (printed_text, calf_report_get_triage_title (report));
  for (guint i = 0; i < causes->len; i++)
    report_assert_contains (printed_text, ((CalfReportCause *) g_ptr_array_index (causes, i))->name);
  for (guint i = 0; i < exercises->len; i++)
    report_assert_contains (printed_text, ((CalfReportExercise *) g_ptr_array_index (exercises, i))->name);
  {
    g_autofree char *a = report_squash_spaces (printed_text);
    g_autofree char *b = report_squash_spaces (exported_text);

    g_assert_cmpstr (a, ==, b);
  }

  g_unlink (printed);
  g_unlink (exported);
  g_rmdir (dir);
}

static gboolean
file_exists (gpointer user_data)
{
  return g_file_test (user_data, G_FILE_TEST_EXISTS);
}

typedef struct {
  const char *path;
  GBytes     *contents;
} ExpectedFile;

/* The whole report is there: a new file is written in place, so it exists
 * (empty, then partly written) before the export is done. */
static gboolean
file_complete (gpointer user_data)
{
  const ExpectedFile *expected = user_data;
  g_autofree char *contents = NULL;
  gsize length;

  return g_file_get_contents (expected->path, &contents, &length, NULL) &&
         length == g_bytes_get_size (expected->contents) &&
         memcmp (contents, g_bytes_get_data (expected->contents, NULL), length) == 0;
}

static gboolean
message_dialog_shown (gpointer user_data)
{
  return calf_test_find_alert () != NULL;
}

static void
test_export_to_file (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  g_autofree char *dir = g_dir_make_tmp ("calf-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *contents = NULL;
  GtkWindow *window;
  GtkWidget *toasts;
  GtkWidget *dialog;
  gsize length;

  window = GTK_WINDOW (adw_window_new ());
  toasts = adw_toast_overlay_new ();
  adw_window_set_content (ADW_WINDOW (window), toasts);
  gtk_window_present (window);

  /* Written exactly where asked, in the format asked: no extension added. */
  expected = calf_render_report (report, CALF_REPORT_FORMAT_HTML, NULL);
  calf_export_report_to_file (window, ADW_TOAST_OVERLAY (toasts), report, file, CALF_REPORT_FORMAT_HTML);
  calf_test_wait_for (file_complete, &(ExpectedFile) { path, expected }, 5000);
  calf_test_iterate ();
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  calf_test_wait_alert_closed ();

  /* A folder that does not exist: the error is shown, nothing is written. */
  calf_export_report_to_file (window, ADW_TOAST_OVERLAY (toasts), report, missing_file,
                              CALF_REPORT_FORMAT_PDF);
  calf_test_wait_for (message_dialog_shown, NULL, 5000);
  dialog = calf_test_find_alert ();
  g_assert_nonnull (strstr (calf_alert_get_body (dialog), "no-such-folder"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  calf_alert_respond (dialog, "close");

  gtk_window_destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  calf_export_write_finish (result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

/* Replacing a file is atomic: the old contents stay until the new are
 * complete, and there is no temporary file left behind. */
static void
test_export_replaces (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  g_autofree char *dir = g_dir_make_tmp ("calf-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "calf-check-2026-11-20.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = calf_report_render_text (report);
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  calf_export_write_async (report, file, CALF_REPORT_FORMAT_TEXT, NULL, write_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);   /* "done" */

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, text);

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static GError *
export_and_wait (CalfReport       *report,
                 const char       *path,
                 CalfReportFormat  format)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  calf_export_write_async (report, file, format, NULL, write_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS) && g_str_equal (error->message, "done"))
    g_clear_error (&error);
  return error;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* A full disk (here: a file size limit, as a full disk fails a write) in
 * the middle of an export leaves the previous report whole. GLib 2.74's
 * g_file_replace_contents renamed the partial file over it. */
static void
test_export_full_disk (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  g_autofree char *dir = g_dir_make_tmp ("calf-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct rlimit saved, limit;
  void (*old_handler) (int);

  g_assert_true (g_file_set_contents (path, "the previous report", -1, NULL));

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 4096;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  error = export_and_wait (report, path, CALF_REPORT_FORMAT_PDF);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "unchanged"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous report");
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

/* Health information: a new report is its owner's only; replacing keeps
 * the permissions given, and a link stays a link. */
static void
test_export_modes (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  g_autofree char *dir = g_dir_make_tmp ("calf-export-XXXXXX", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new.html", NULL);
  g_autofree char *shared = g_build_filename (dir, "shared.html", NULL);
  g_autofree char *link = g_build_filename (dir, "link.html", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  error = export_and_wait (report, fresh, CALF_REPORT_FORMAT_HTML);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_set_contents (shared, "old", -1, NULL));
  g_assert_cmpint (g_chmod (shared, 0644), ==, 0);
  error = export_and_wait (report, shared, CALF_REPORT_FORMAT_HTML);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (shared, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  g_assert_cmpint (symlink ("shared.html", link), ==, 0);
  error = export_and_wait (report, link, CALF_REPORT_FORMAT_TEXT);
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (shared, &contents, NULL, NULL));
  {
    g_autofree char *text = calf_report_render_text (report);

    g_assert_cmpstr (contents, ==, text);
  }
  g_assert_cmpuint (count_files (dir), ==, 3);

  g_unlink (fresh);
  g_unlink (link);
  g_unlink (shared);
  g_rmdir (dir);
}

static gboolean
print_dialog_shown (gpointer user_data)
{
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  return type != 0 && calf_test_find_toplevel (type) != NULL;
}

/* win.print opens the print dialog; cancelling it prints nothing. */
static void
test_print_dialog (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWindow *dialog;

  gtk_window_present (window);
  calf_print_report (window, report);
  calf_test_wait_for (print_dialog_shown, NULL, 10000);
  dialog = calf_test_find_toplevel (g_type_from_name ("GtkPrintUnixDialog"));
  g_assert_true (gtk_window_get_transient_for (dialog) == window);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  calf_test_iterate ();
  g_assert_null (calf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (window);
}

static gboolean
file_chooser_shown (gpointer user_data)
{
  return calf_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

/* A button labelled @label somewhere under @widget (the toast's). */
static gboolean
has_button (GtkWidget  *widget,
            const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_button (child, label))
        return TRUE;
    }
  return FALSE;
}

static gboolean
toast_shown (gpointer user_data)
{
  return has_button (user_data, "_Open");
}

/* Export… through the file chooser (GTK's own dialog here, the portal in
 * Flatpak) with @name typed and the filter for @suffix left selected;
 * returns when the toast says it is saved. */
static void
export_through_dialog (CalfReport *report,
                       const char *dir,
                       const char *name,
                       const char *suffix,
                       const char *expected_path)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GListModel) filters = NULL;
  g_autofree char *suggested = NULL;
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *toasts = adw_toast_overlay_new ();
  GtkWindow *dialog;
  GtkFileFilter *chosen = NULL;

  adw_window_set_content (ADW_WINDOW (window), toasts);
  gtk_window_present (window);

  /* GTK's chooser starts in the current folder: make it the temporary one. */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  calf_export_report (window, ADW_TOAST_OVERLAY (toasts), report);
  g_test_message ("waiting for the file chooser");
  calf_test_wait_for (file_chooser_shown, NULL, 10000);
  dialog = calf_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  /* The suggested name carries the report's date and the PDF extension. */
  suggested = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpstr (suggested, ==, "calf-check-2026-11-20.pdf");

  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, CALF_REPORT_N_FORMATS);
  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);
      g_autofree char *pattern = g_strdup_printf ("(.%s)", suffix);

      if (g_str_has_suffix (gtk_file_filter_get_name (filter), pattern))
        chosen = filter;
    }
  g_assert_nonnull (chosen);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (dialog), chosen);
  /* Let the chooser load the folder before it accepts a name in it. */
  for (guint i = 0; i < 20; i++)
    {
      calf_test_iterate ();
      g_usleep (20000);
    }
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_test_message ("waiting for %s", expected_path);
  calf_test_wait_for (file_exists, (gpointer) expected_path, 10000);
  g_test_message ("waiting for the toast");
  calf_test_wait_for (toast_shown, toasts, 10000);

  gtk_window_destroy (window);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

/* The name decides: a bare name gets the filter's extension and format;
 * a name with a report extension is written in that format whatever
 * filter is left selected. */
static void
test_export_dialog (void)
{
  static const char *suffixes[] = { "pdf", "html", "txt", "md", "json" };
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  g_autofree char *dir = g_dir_make_tmp ("calf-export-XXXXXX", NULL);
  g_autofree char *bare = g_build_filename (dir, "for my physio", NULL);
  g_autofree char *with_md = g_build_filename (dir, "for my physio.md", NULL);
  g_autofree char *html_path = g_build_filename (dir, "x.html", NULL);
  g_autofree char *markdown = calf_report_render_markdown (report);
  g_autofree char *html = calf_report_render_html (report);
  g_autofree char *contents = NULL;

  export_through_dialog (report, dir, "for my physio", "md", with_md);
  g_assert_true (g_file_get_contents (with_md, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, markdown);
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));
  g_unlink (with_md);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_test_message ("x.html with the .%s filter", suffixes[i]);
      export_through_dialog (report, dir, "x.html", suffixes[i], html_path);
      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (html_path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, html);
      g_unlink (html_path);
    }

  g_rmdir (dir);
}

/* Print to File offers the report's dated name, not GTK's "output", and
 * the folder of the last file printed. */
static void
test_print_settings (void)
{
  g_autoptr(CalfReport) report = report_fixture_new ("self-care.json");
  g_autoptr(GtkPrintSettings) settings = calf_print_settings_for_report (report);

  g_assert_cmpstr (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==,
                   "calf-check-2026-11-20");
  /* A whole URI would override the name: never carried over. */
  g_assert_null (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_data_func ("/report/print/tendinopathy", "shipped:achilles-tendinopathy-runner.json",
                        test_print_to_file);
  g_test_add_data_func ("/report/print/clot", "shipped:clot-with-breathlessness.json",
                        test_print_to_file);
  g_test_add_func ("/report/export/to-file", test_export_to_file);
  g_test_add_func ("/report/export/replaces", test_export_replaces);
  g_test_add_func ("/report/export/full-disk", test_export_full_disk);
  g_test_add_func ("/report/export/modes", test_export_modes);
  g_test_add_func ("/report/print/dialog", test_print_dialog);
  g_test_add_func ("/report/print/settings", test_print_settings);
  g_test_add_func ("/report/export/dialog", test_export_dialog);

  return g_test_run ();
}
