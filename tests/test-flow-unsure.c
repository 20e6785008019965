/* test-flow-unsure.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window follows the flow of issue 11, driven as a person would:
 * "Not sure" to a warning sign brings the simpler check next, and still
 * unsure the advice is at least urgent and the results say what could
 * change it; an emergency ends the questions, the rest can be answered
 * on request without lowering the advice; "About N questions left" never
 * goes up.
 */

#define G_LOG_DOMAIN "calf-test-flow-unsure"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "calf-red-flag-page.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

static CalfApplication *app;

static CalfWindow *
window (void)
{
  return flow_test_get_window (app);
}

/* The button showing @text (with its mnemonic), or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
shown_count (void)
{
  const char *progress = calf_question_page_get_progress_text (CALF_QUESTION_PAGE (flow_test_top (window ())));
  guint n = 0;

  /* "About 12 questions left" */
  g_assert_cmpint (sscanf (progress, "About %u", &n), ==, 1);
  return n;
}

/* Answers "No" (or the choice that says none of it) until the results,
 * going on from any warning-sign page; checks the count never goes up. */
static void
answer_no_to_the_end (void)
{
  g_autoptr(GHashTable) none = flow_test_findings_new (NULL, NULL);
  guint last = G_MAXUINT;

  for (guint i = 0; i < 60; i++)
    {
      GtkWidget *page = flow_test_top (window ());

      if (CALF_IS_RESULTS_PAGE (page))
        return;
      if (CALF_IS_RED_FLAG_PAGE (page))
        {
          g_signal_emit_by_name (page, "show-results");
          continue;
        }
      if (CALF_IS_ABOUT_YOU_PAGE (page))
        {
          flow_test_about_you (window (), "62", CALF_SEX_MALE);
          continue;
        }
      g_assert_cmpuint (shown_count (), <=, last);
      last = shown_count ();
      flow_test_answer_from (window (), none);
    }
  g_assert_not_reached ();
}

static void
test_not_sure_warning_sign (void)
{
  const CalfQuestion *question;
  CalfResult *result;
  GtkWidget *results;

  flow_test_choose_region (window (), "mid-calf");
  while (!g_str_equal (flow_test_question (window ())->id, "cold-pale-foot"))
    flow_test_answer (window (), CALF_REPLY_NO, NULL);

  /* "Not sure" brings the simpler check a person can do alone. */
  flow_test_answer (window (), CALF_REPLY_CHOICE, "not-sure");
  question = flow_test_question (window ());
  g_assert_cmpstr (question->id, ==, "one-foot-colder");
  g_assert_true (question->follow_up);
  flow_test_answer (window (), CALF_REPLY_NOT_SURE, NULL);

  answer_no_to_the_end ();
  results = flow_test_top (window ());
  result = calf_results_page_get_result (CALF_RESULTS_PAGE (results));

  /* Still unsure: at least urgent, saying which answer made it so. */
  g_assert_cmpint (calf_result_get_triage_level (result), >=, CALF_TRIAGE_URGENT);
  g_assert_true (calf_result_is_unsure (result, calf_database_lookup_finding (calf_window_get_database (window ()),
                                                                             "cold-pale-foot")));
  g_assert_nonnull (calf_test_find_label (results, "A warning sign you were not sure about"));
  g_assert_nonnull (calf_test_find_label (results, "What Could Change This Advice"));
  g_assert_nonnull (calf_test_find_label (results, "• Cold, pale or bluish foot — if yes: Call the emergency number now"));
  g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);

  calf_window_discard_assessment (window ());
}

static void
test_emergency_ends (void)
{
  GtkWidget *results;
  GtkWidget *more;
  guint n_replies;

  flow_test_choose_region (window (), "upper-calf-inner");
  g_assert_cmpstr (flow_test_question (window ())->id, ==, "breathless-or-chest-pain");
  flow_test_answer (window (), CALF_REPLY_YES, NULL);
  g_assert_true (CALF_IS_RED_FLAG_PAGE (flow_test_top (window ())));

  /* The questions end with the emergency. */
  g_assert_true (calf_question_flow_is_finished (flow_test_flow (window ())));
  g_signal_emit_by_name (flow_test_top (window ()), "show-results");
  results = flow_test_top (window ());
  g_assert_true (CALF_IS_RESULTS_PAGE (results));
  g_assert_cmpint (calf_result_get_triage_level (calf_results_page_get_result (CALF_RESULTS_PAGE (results))), ==,
                   CALF_TRIAGE_EMERGENCY);

  /* The rest on request: the next question, then back to the results. */
  more = find_button (results, "_Answer More Questions");
  g_assert_nonnull (more);
  n_replies = calf_question_flow_get_n_replies (flow_test_flow (window ()));
  flow_test_activate (more);
  g_assert_true (CALF_IS_QUESTION_PAGE (flow_test_top (window ())));
  answer_no_to_the_end ();
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow_test_flow (window ())), >, n_replies);

  /* "No" to everything else keeps the emergency. */
  results = flow_test_top (window ());
  g_assert_cmpint (calf_result_get_triage_level (calf_results_page_get_result (CALF_RESULTS_PAGE (results))), ==,
                   CALF_TRIAGE_EMERGENCY);
  g_assert_null (find_button (results, "_Answer More Questions"));

  calf_window_discard_assessment (window ());
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = flow_test_start_app ("TestFlowUnsure");

  g_test_add_func ("/flow-unsure/warning-sign", test_not_sure_warning_sign);
  g_test_add_func ("/flow-unsure/emergency-ends", test_emergency_ends);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
