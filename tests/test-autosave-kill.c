/* test-autosave-kill.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Killing the app mid-assessment loses at most the answer being given:
 * a child process (this program with --child) answers questions in the
 * real window and reports each answer; the test kills it with SIGKILL
 * while it is still answering, starts the app again and checks that the
 * start page offers the assessment back and that resuming restores every
 * reported answer.
 */

#define G_LOG_DOMAIN "calf-test-autosave-kill"

#include "config.h"

#include <signal.h>
#include <stdio.h>

#include "calf-test-utils.h"
#include "flow-test-utils.h"

#define KILL_AFTER 2

static int
run_child (void)
{
  g_autoptr(CalfApplication) app = NULL;
  g_autoptr(GHashTable) none = flow_test_findings_new (NULL, NULL);
  CalfWindow *window;

  gtk_init ();
  app = flow_test_start_app ("KilledChild");
  window = flow_test_get_window (app);

  flow_test_choose_region (window, "mid-calf");

  /* Keep answering until killed; each line is sent once the answer is in. */
  for (guint i = 0; i < 16; i++)
    {
      const CalfQuestion *question;

      if (CALF_IS_ABOUT_YOU_PAGE (flow_test_top (window)))
        {
          flow_test_about_you (window, "60", CALF_SEX_MALE);
          flow_test_wait_saved (window);
          printf ("about-you\n");
          fflush (stdout);
          continue;
        }
      if (!CALF_IS_QUESTION_PAGE (flow_test_top (window)))
        break;

      question = calf_question_page_get_question (CALF_QUESTION_PAGE (flow_test_top (window)));

      flow_test_answer_from (window, none);
      /* Reported once acknowledged: written to disk. */
      flow_test_wait_saved (window);
      printf ("answered %u %s\n", calf_question_flow_get_n_replies (calf_window_get_flow (window)), question->id);
      fflush (stdout);
    }

  /* Wait to be killed. */
  for (;;)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

static void
test_killed_assessment_is_offered_back (void)
{
  const char *argv[] = { g_test_get_filename (G_TEST_BUILT, "test-autosave-kill", NULL), "--child", NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GPtrArray) answered = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalfApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_path = NULL;
  CalfQuestionFlow *flow;
  CalfWindow *window;
  GtkWidget *start;
  GtkWidget *resume_box;
  GtkLabel *resume_label;
  gboolean seen_about_you = FALSE;
  guint n_before_about_you = 0;

  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

  /* A few answers after About You. */
  while (!seen_about_you || answered->len < n_before_about_you + KILL_AFTER)
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
      g_auto(GStrv) words = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (line);
      g_test_message ("child: %s", line);
      if (g_str_has_prefix (line, "#"))
        continue;
      if (g_str_equal (line, "about-you"))
        {
          seen_about_you = TRUE;
          n_before_about_you = answered->len;
          continue;
        }
      words = g_strsplit (line, " ", 3);
      g_assert_cmpstr (words[0], ==, "answered");
      g_assert_cmpuint (g_ascii_strtoull (words[1], NULL, 10), ==, answered->len + 1);
      g_ptr_array_add (answered, g_strdup (words[2]));
    }

  /* While it is busy with the next answer. */
  g_subprocess_send_signal (child, SIGKILL);
  g_assert_true (g_subprocess_wait (child, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  /* Started again: the saved assessment is offered back. */
  app = flow_test_start_app ("Restarted");
  window = flow_test_get_window (app);
  start = flow_test_top (window);
  g_assert_true (CALF_IS_START_PAGE (start));
  resume_box = GTK_WIDGET (gtk_widget_get_template_child (start, CALF_TYPE_START_PAGE, "resume_box"));
  resume_label = GTK_LABEL (gtk_widget_get_template_child (start, CALF_TYPE_START_PAGE, "resume_label"));
  g_assert_true (gtk_widget_get_visible (resume_box));
  g_test_message ("Offered: %s", gtk_label_get_label (resume_label));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (resume_label), "Middle of the calf (left leg):"));

  /* Resume, as the button does. */
  flow_test_activate (GTK_WIDGET (gtk_widget_get_template_child (start, CALF_TYPE_START_PAGE, "resume_button")));
  flow = calf_window_get_flow (window);
  g_assert_nonnull (flow);

  /* Every reported answer is back (and at most the one being given
   * when the process died is added or lost). */
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow), >=, answered->len);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow), <=, answered->len + 1);
  for (guint i = 0; i < answered->len; i++)
    g_assert_cmpstr (calf_question_flow_get_reply (flow, i)->question->id, ==, g_ptr_array_index (answered, i));
  g_assert_cmpfloat (calf_answers_get_age (calf_question_flow_get_answers (flow)), ==, 60);
  g_assert_cmpint (calf_answers_get_sex (calf_question_flow_get_answers (flow)), ==, CALF_SEX_MALE);

  /* And the next question is on screen. */
  g_assert_true (CALF_IS_QUESTION_PAGE (flow_test_top (window)));
  g_assert_true (calf_question_page_get_question (CALF_QUESTION_PAGE (flow_test_top (window))) ==
                 calf_question_flow_get_next (flow));

  saved_path = g_strdup (calf_window_get_autosave_path (window));
  calf_window_discard_assessment (window);
  flow_test_wait_saved (window);
  g_assert_false (g_file_test (saved_path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1 && g_str_equal (argv[1], "--child"))
    return run_child ();

  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/autosave/killed-assessment-is-offered-back", test_killed_assessment_is_offered_back);

  return g_test_run ();
}
