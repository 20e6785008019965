/* bench-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "calf-exercise-page.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

/*
 * The window's own figures, for run-ratios.py (which compares them with
 * its floors): in one process, N whole assessments through the window as a
 * person answers them (No to every question), each answer timed from the
 * click on the answer button to the first frame of the page it brings, and the results page
 * told apart from the question pages; then every exercise page opened; then
 * the memory in use. Prints one JSON object on stdout.
 *
 *   bench-window [N_ASSESSMENTS]
 */

static const char * const regions[] = {
  "back-of-knee", "upper-calf-inner", "upper-calf-outer", "mid-calf", "lower-calf", "achilles", "heel",
  "whole-lower-leg",
};

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* When the last button was clicked: a key press shows the button pressed
 * for 250 ms before "clicked" (GtkButton), which a mouse click does not. */
static double clicked_at;

static gboolean
on_clicked_hook (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               user_data)
{
  clicked_at = now_ms ();
  return TRUE;
}

/* VmRSS or VmHWM of this process, in KiB. */
static guint64
status_kib (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, key);
  return line != NULL ? g_ascii_strtoull (line + strlen (key) + 1, NULL, 10) : 0;
}

static void
print_array (GString *out,
             GArray  *values)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (out, "%s%.3f", i > 0 ? ", " : "", g_array_index (values, double, i));
  g_string_append_c (out, ']');
}

/* One assessment of @region_id; the times of its answers go to @questions
 * and @results. */
static void
assess (CalfWindow *window,
        const char *region_id,
        GHashTable *findings,
        GArray     *questions,
        GArray     *results)
{
  calf_window_discard_assessment (window);
  calf_window_start_assessment (window, region_id, CALF_SIDE_LEFT);
  calf_test_wait_for_frame (GTK_WIDGET (window));

  for (guint i = 0; i < 80; i++)
    {
      GtkWidget *top = flow_test_top (window);
      double start, elapsed;

      if (CALF_IS_ABOUT_YOU_PAGE (top))
        {
          flow_test_about_you (window, "45", CALF_SEX_FEMALE);
          calf_test_wait_for_frame (GTK_WIDGET (window));
          continue;
        }
      if (!CALF_IS_QUESTION_PAGE (top))
        break;

      start = clicked_at = now_ms ();
      flow_test_answer_from (window, findings);
      calf_test_wait_for_frame (GTK_WIDGET (window));
      elapsed = now_ms () - MAX (start, clicked_at);

      if (CALF_IS_RESULTS_PAGE (flow_test_top (window)))
        g_array_append_val (results, elapsed);
      else
        g_array_append_val (questions, elapsed);
    }
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window)));
  calf_window_pop_to_start (window);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 8;
  g_autoptr(GArray) questions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) results = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GHashTable) findings = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(CalfApplication) app = NULL;
  g_autoptr(GString) out = g_string_new ("{\"question_frame_ms\": ");
  CalfDatabase *database;
  CalfWindow *window;

  gtk_init ();
  g_type_class_unref (g_type_class_ref (GTK_TYPE_BUTTON));
  g_signal_add_emission_hook (g_signal_lookup ("clicked", GTK_TYPE_BUTTON), 0, on_clicked_hook, NULL, NULL);
  app = flow_test_start_app ("BenchWindow");
  window = flow_test_get_window (app);
  database = calf_window_get_database (window);


  for (guint i = 0; i < n; i++)
    assess (window, regions[i % G_N_ELEMENTS (regions)], findings, questions, results);

  for (guint i = 0; i < calf_database_get_exercises (database)->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (calf_database_get_exercises (database), i);

      g_assert_true (flow_test_show_exercise (window, exercise->id));
      calf_test_wait_for_frame (GTK_WIDGET (window));
      calf_window_pop_to_start (window);
    }
  calf_test_wait_for_frame (GTK_WIDGET (window));

  print_array (out, questions);
  g_string_append (out, ", \"results_frame_ms\": ");
  print_array (out, results);
  g_string_append_printf (out, ", \"rss_kib\": %" G_GUINT64_FORMAT ", \"peak_rss_kib\": %" G_GUINT64_FORMAT "}\n",
                          status_kib ("VmRSS:"), status_kib ("VmHWM:"));
  fputs (out->str, stdout);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
