/* test-window-robust.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window where people meet broken things (issue 10):
 * - the results page lists every triage reason exactly once, for every
 *   vignette (2, 3 and 4 reasons read past an array that was not
 *   NULL-terminated);
 * - a saved assessment that cannot be read is kept aside, the start page
 *   says so in plain words, and the next answer is saved beside it;
 * - a toast with & or < in it shows as it is (markup, escaped).
 */

#define G_LOG_DOMAIN "calf-test-robust"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "calf-autosave.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

/* The "• …" labels under @section, however they are nested. */
static void
collect_bullets (GtkWidget *widget,
                 GPtrArray *bullets)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), "• "))
    g_ptr_array_add (bullets, (gpointer) (gtk_label_get_label (GTK_LABEL (widget)) + strlen ("• ")));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_bullets (child, bullets);
}

static void
test_results_reasons (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfDatabase) database = calf_database_new_default (&error);
  g_autoptr(CalfEngine) engine = NULL;
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "vignettes", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  gboolean seen[5] = { FALSE, };
  GtkWidget *window = gtk_window_new ();
  const char *name;

  g_assert_no_error (error);
  engine = calf_engine_new (database);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 800);
  gtk_window_present (GTK_WINDOW (window));

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(CalfAnswers) answers = NULL;
      g_autoptr(CalfResult) result = NULL;
      g_autoptr(GPtrArray) bullets = g_ptr_array_new ();
      g_autofree char *input = NULL;
      GtkWidget *page, *heading;
      GPtrArray *reasons;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (json_parser_load_from_file (parser, path, NULL));
      json_generator_set_root (generator, json_object_get_member (json_node_get_object (json_parser_get_root (parser)), "input"));
      input = json_generator_to_data (generator, NULL);
      answers = calf_answers_new_from_json (database, name, input, -1, &error);
      g_assert_no_error (error);
      result = calf_engine_evaluate (engine, answers);
      reasons = calf_result_get_triage_reasons (result);

      page = calf_results_page_new ();
      gtk_window_set_child (GTK_WINDOW (window), page);
      calf_results_page_set_result (CALF_RESULTS_PAGE (page), result, TRUE);
      calf_test_wait_for_frame (page);

      heading = calf_test_find_label (page, "Why This Advice");
      g_assert_true ((heading != NULL) == (reasons->len > 0));
      if (heading != NULL)
        collect_bullets (gtk_widget_get_parent (heading), bullets);

      g_assert_cmpuint (bullets->len, ==, reasons->len);
      for (guint i = 0; i < reasons->len; i++)
        g_assert_cmpstr (g_ptr_array_index (bullets, i), ==, g_ptr_array_index (reasons, i));
      seen[MIN (reasons->len, 4)] = TRUE;
    }

  /* The sizes that read past the array before. */
  g_assert_true (seen[2]);
  g_assert_true (seen[3]);
  g_assert_true (seen[4]);
  gtk_window_destroy (GTK_WINDOW (window));
}

static CalfApplication *app;

/* Written before the app starts (main()). */
static const char broken[] = "{\"format\": \"calf-check-assessment\", \"version\": 1, \"flow\": "
                             "{\"region\": \"achilles\", \"side\": \"left\", \"replies\": [{\"question\": \"onset\", \"choice\": 7";

static void
test_unreadable_save (void)
{
  g_autofree char *path = calf_autosave_get_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  CalfWindow *window;
  GtkWidget *start;
  const char *notice;
  const char *name;

  window = flow_test_get_window (app);
  start = flow_test_top (window);
  g_assert_true (CALF_IS_START_PAGE (start));

  /* Said in plain words, naming where the file was kept. */
  notice = calf_start_page_get_notice (CALF_START_PAGE (start));
  g_assert_nonnull (notice);
  g_test_message ("Notice: %s", notice);
  g_assert_nonnull (strstr (notice, "Nothing was deleted"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (start, CALF_TYPE_START_PAGE, "resume_box"))));

  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "assessment-unreadable-"))
      aside = g_build_filename (folder, name, NULL);
  g_assert_nonnull (aside);
  g_assert_nonnull (strstr (notice, aside));
  g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, broken);

  /* A new assessment is saved beside it, not over it. */
  flow_test_choose_region (window, "heel");
  flow_test_wait_saved (window);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&kept, g_free);
  g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, broken);

  calf_window_discard_assessment (window);
  flow_test_wait_saved (window);
  g_unlink (aside);
}

/* Toast titles are markup: unescaped, "&" or "<" gave a Gtk-WARNING (fatal
 * here) and an empty toast, so a failed save went unreported. */
static void
test_toast_escaped (void)
{
  CalfWindow *window = flow_test_get_window (app);

  calf_window_flow_toast (window, "Could not write “/tmp/R&D <draft>/a.json”: No space left on device");
  calf_test_wait_for_frame (GTK_WIDGET (window));
  calf_test_iterate ();
  g_assert_nonnull (calf_test_find_label (GTK_WIDGET (window), "Could not write “/tmp/R&D <draft>/a.json”: No space left on device"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* A broken save is there when the app starts. */
  path = calf_autosave_get_default_path ();
  folder = g_path_get_dirname (path);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, broken, -1, NULL));
  app = flow_test_start_app ("Robust");

  g_test_add_func ("/robust/unreadable-save", test_unreadable_save);
  g_test_add_func ("/robust/results-reasons", test_results_reasons);
  g_test_add_func ("/robust/toast-escaped", test_toast_escaped);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (flow_test_get_window (app)));
  g_clear_object (&app);
  return status;
}
