/* test-flow.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The assessment in the window: answers drive the pages, a red flag
 * interrupts at once, going back and changing an answer re-evaluates,
 * results open condition pages, Start Over clears the saved assessment,
 * and the whole flow can be driven from the keyboard focus.
 */

#define G_LOG_DOMAIN "calf-test-flow"

#include "config.h"

#include <string.h>

#include "calf-answers-page.h"
#include "calf-autosave.h"
#include "calf-report.h"
#include "calf-condition-page.h"
#include "calf-row.h"
#include "calf-selftest-page.h"
#include "calf-alert.h"
#include "calf-test-utils.h"
#include "calf-triage-banner.h"
#include "flow-test-utils.h"

static CalfApplication *app;

static CalfWindow *
window (void)
{
  return flow_test_get_window (app);
}

static guint
saved_replies (void)
{
  CalfDatabase *database = calf_window_get_database (window ());
  g_autoptr(CalfEngine) engine = calf_engine_new (database);
  g_autoptr(CalfQuestionFlow) saved = NULL;
  g_autoptr(GError) error = NULL;

  /* What is on disk once the answers given are acknowledged. */
  flow_test_wait_saved (window ());
  saved = calf_autosave_load (calf_window_get_autosave_path (window ()), engine, NULL, &error);
  g_assert_no_error (error);
  return calf_question_flow_get_n_replies (saved);
}

static void
start_over (void)
{
  calf_window_discard_assessment (window ());
  g_assert_true (CALF_IS_START_PAGE (flow_test_top (window ())));
  g_assert_null (calf_window_get_flow (window ()));
}

static void
test_start_page (void)
{
  CalfDatabase *database = calf_window_get_database (window ());

  g_assert_nonnull (database);
  g_assert_true (CALF_IS_START_PAGE (flow_test_top (window ())));
  g_assert_cmpuint (calf_window_get_n_pages (window ()), ==, 0);
  g_assert_false (gtk_widget_get_visible ((GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window ()),
                                                                         CALF_TYPE_WINDOW,
                                                                         "back_button")));
  /* Nothing to print before there are results. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window ()), "print"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window ()), "start-over"));
}

/* The results open at the top with the focus on the triage banner, an
 * alert; Ctrl+Home brings it back from anywhere in the page, even from a
 * list row that takes Home for itself. */
static void
assert_results_read_from_top (CalfResultsPage *results)
{
  GtkWidget *banner = calf_results_page_get_banner (results);
  GtkWidget *scrolled = calf_test_find_descendant (GTK_WIDGET (results), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  calf_test_wait_for_frame (GTK_WIDGET (results));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == banner);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (banner)), ==, GTK_ACCESSIBLE_ROLE_ALERT);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, gtk_adjustment_get_lower (adjustment));

  /* Ctrl+End: down to the end of the page. */
  calf_test_press_shortcut (GTK_WIDGET (results), "<Control>End", GTK_PHASE_CAPTURE);
  calf_test_wait_for_frame (GTK_WIDGET (results));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) != banner);
  if (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment))
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, gtk_adjustment_get_lower (adjustment));

  /* Ctrl+Home, taken in the capture phase before a list row can. */
  calf_test_press_shortcut (GTK_WIDGET (results), "<Control>Home", GTK_PHASE_CAPTURE);
  calf_test_wait_for_frame (GTK_WIDGET (results));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == banner);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, gtk_adjustment_get_lower (adjustment));
}

static void
test_answers_drive_pages (void)
{
  g_autoptr(GHashTable) findings = flow_test_findings_new (NULL, NULL);
  const CalfQuestion *previous = NULL;
  gboolean asked_about_you = FALSE;
  CalfAnswers *answers;
  double last_fraction = 0;
  guint n = 0;

  /* The region opens its first question: the red-flag screen. */
  flow_test_choose_region (window (), "achilles");
  g_assert_true (flow_test_question (window ())->red_flag_screen);
  g_assert_true (gtk_widget_get_visible ((GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window ()),
                                                                                      CALF_TYPE_WINDOW,
                                                                                      "back_button")));

  /* Each answer shows the flow's next question, with the progress; age
   * and sex are asked once, after the red-flag screen. */
  for (;;)
    {
      const CalfQuestion *question;
      const char *progress;

      if (CALF_IS_ABOUT_YOU_PAGE (flow_test_top (window ())))
        {
          g_assert_false (asked_about_you);
          g_assert_true (previous->red_flag_screen);
          g_assert_false (calf_question_flow_get_next (flow_test_flow (window ()))->red_flag_screen);

          /* An age that is no age is refused in words, and the page stays. */
          flow_test_about_you (window (), "two hundred", CALF_SEX_FEMALE);
          g_assert_true (CALF_IS_ABOUT_YOU_PAGE (flow_test_top (window ())));

          flow_test_about_you (window (), "45", CALF_SEX_FEMALE);
          answers = calf_question_flow_get_answers (flow_test_flow (window ()));
          g_assert_cmpfloat (calf_answers_get_age (answers), ==, 45);
          g_assert_cmpint (calf_answers_get_sex (answers), ==, CALF_SEX_FEMALE);
          g_assert_cmpstr (calf_answers_get_region (answers)->id, ==, "achilles");
          asked_about_you = TRUE;
          continue;
        }
      if (!CALF_IS_QUESTION_PAGE (flow_test_top (window ())))
        break;

      question = flow_test_question (window ());
      progress = calf_question_page_get_progress_text (CALF_QUESTION_PAGE (flow_test_top (window ())));
      g_assert_true (question == calf_question_flow_get_next (flow_test_flow (window ())));
      g_assert_true (question != previous);
      g_assert_true (g_str_has_prefix (progress, "About "));
      g_assert_nonnull (strstr (progress, "left"));
      /* The bar only moves on: 0 at the first question. */
      {
        double fraction = calf_question_page_get_progress (CALF_QUESTION_PAGE (flow_test_top (window ())));

        if (n == 0)
          g_assert_cmpfloat (fraction, ==, 0);
        g_assert_cmpfloat (fraction, >=, last_fraction);
        g_assert_cmpfloat (fraction, <, 1);
        last_fraction = fraction;
      }
      if (!question->red_flag_screen)
        g_assert_true (asked_about_you);

      flow_test_answer_from (window (), findings);
      n++;
      g_assert_cmpuint (n, <, 80);
      /* Saved after every answer. */
      g_assert_cmpuint (saved_replies (), ==, calf_question_flow_get_n_replies (flow_test_flow (window ())));
      previous = question;
    }

  g_assert_true (asked_about_you);
  g_assert_cmpuint (n, ==, calf_question_flow_get_n_replies (flow_test_flow (window ())));
  g_assert_true (calf_question_flow_is_finished (flow_test_flow (window ())));
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window ())));
  {
    CalfResultsPage *results = CALF_RESULTS_PAGE (flow_test_top (window ()));
    g_autoptr(CalfResult) expected = calf_question_flow_get_result (flow_test_flow (window ()));
    g_autofree char *banner = calf_triage_banner_get_text (CALF_TRIAGE_BANNER (calf_results_page_get_banner (results)));

    g_assert_cmpint (calf_result_get_triage_level (calf_results_page_get_result (results)), ==,
                     calf_result_get_triage_level (expected));
    g_assert_true (g_str_has_prefix (banner, calf_triage_level_get_label (calf_result_get_triage_level (expected))));
    assert_results_read_from_top (results);
  }
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window ()), "print"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window ()), "export"));
  /* The primary menu offers Start Over… with an assessment open. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window ()), "start-over"));

  start_over ();
  flow_test_wait_saved (window ());
  g_assert_false (g_file_test (calf_window_get_autosave_path (window ()), G_FILE_TEST_EXISTS));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window ()), "print"));
}

/* Answers No until the question is @question_id. */
static void
answer_no_until (const char *question_id)
{
  g_autoptr(GHashTable) none = flow_test_findings_new (NULL, NULL);

  for (guint i = 0; !g_str_equal (flow_test_question (window ())->id, question_id); i++)
    {
      g_assert_cmpuint (i, <, 20);
      flow_test_answer_from (window (), none);
    }
}

static void
test_red_flag_interrupts (void)
{
  CalfRedFlagPage *red_flag;
  const CalfQuestion *question;
  GtkWidget *yes_button;
  guint n_before;

  flow_test_choose_region (window (), "upper-calf-inner");

  answer_no_until ("breathless-or-chest-pain");
  question = flow_test_question (window ());
  n_before = calf_question_flow_get_n_replies (flow_test_flow (window ()));

  flow_test_answer (window (), CALF_REPLY_YES, NULL);

  /* At once, before any other question. */
  g_assert_true (CALF_IS_RED_FLAG_PAGE (flow_test_top (window ())));
  red_flag = CALF_RED_FLAG_PAGE (flow_test_top (window ()));
  g_assert_cmpint (calf_result_get_triage_level (calf_red_flag_page_get_result (red_flag)), ==, CALF_TRIAGE_EMERGENCY);
  g_assert_true (calf_red_flag_page_get_question (red_flag) == question);
  {
    g_autofree char *text = calf_triage_banner_get_text (CALF_TRIAGE_BANNER (calf_red_flag_page_get_banner (red_flag)));

    g_assert_true (g_str_has_prefix (text, "Emergency: "));
    /* The focus is on the banner, an alert, so it is said first. */
    g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == calf_red_flag_page_get_banner (red_flag));
    g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (calf_red_flag_page_get_banner (red_flag))), ==,
                     GTK_ACCESSIBLE_ROLE_ALERT);
  }
  /* The number to call, in words (C locale: the default, 112). */
  g_assert_nonnull (calf_test_find_label (GTK_WIDGET (red_flag), "Call 112 Now"));

  /* The answer is saved before the page shows. */
  g_assert_cmpuint (saved_replies (), ==, n_before + 1);

  /* Back (Escape) goes to the same question to change the answer. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (flow_test_question (window ()) == question);
  yes_button = calf_question_page_get_answer_button (CALF_QUESTION_PAGE (flow_test_top (window ())), CALF_REPLY_YES, NULL);
  g_assert_true (gtk_widget_has_css_class (yes_button, "suggested-action"));

  /* Changing it re-evaluates: no emergency, the questions go on. */
  flow_test_answer (window (), CALF_REPLY_NO, NULL);
  g_assert_true (CALF_IS_QUESTION_PAGE (flow_test_top (window ())));
  g_assert_true (flow_test_question (window ()) != question);
  {
    g_autoptr(CalfResult) result = calf_question_flow_get_result (flow_test_flow (window ()));

    g_assert_cmpint (calf_result_get_triage_level (result), <, CALF_TRIAGE_EMERGENCY);
    g_assert_cmpint (calf_question_flow_lookup_reply (flow_test_flow (window ()), question)->kind, ==, CALF_REPLY_NO);
  }

  /* A red flag again, then on to the results from the red-flag page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (flow_test_question (window ()) == question);
  flow_test_answer (window (), CALF_REPLY_YES, NULL);
  g_assert_true (CALF_IS_RED_FLAG_PAGE (flow_test_top (window ())));
  g_signal_emit_by_name (flow_test_top (window ()), "show-results");
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window ())));
  {
    CalfResult *result = calf_results_page_get_result (CALF_RESULTS_PAGE (flow_test_top (window ())));

    g_assert_cmpint (calf_result_get_triage_level (result), ==, CALF_TRIAGE_EMERGENCY);
    /* No exercise while a clot is possible. */
    g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);
  }

  start_over ();
}

static void
test_back_keeps_answers (void)
{
  g_autoptr(GHashTable) none = flow_test_findings_new (NULL, NULL);
  const CalfQuestion *first, *second, *third;

  flow_test_choose_region (window (), "lower-calf");
  g_assert_true (flow_test_question (window ())->red_flag_screen);

  first = flow_test_question (window ());
  flow_test_answer_from (window (), none);
  second = flow_test_question (window ());
  flow_test_answer_from (window (), none);
  third = flow_test_question (window ());
  flow_test_answer_from (window (), none);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow_test_flow (window ())), ==, 3);

  /* Back three times (Escape): the answers stay. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (flow_test_question (window ()) == third);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (flow_test_question (window ()) == second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (flow_test_question (window ()) == first);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow_test_flow (window ())), ==, 3);

  /* Changing the first answer keeps the later ones and goes on to the
   * next unanswered question. */
  flow_test_answer (window (), CALF_REPLY_NOT_SURE, NULL);
  g_assert_cmpint (calf_question_flow_lookup_reply (flow_test_flow (window ()), first)->kind, ==, CALF_REPLY_NOT_SURE);
  g_assert_nonnull (calf_question_flow_lookup_reply (flow_test_flow (window ()), second));
  g_assert_nonnull (calf_question_flow_lookup_reply (flow_test_flow (window ()), third));
  g_assert_true (flow_test_question (window ()) == calf_question_flow_get_next (flow_test_flow (window ())));
  g_assert_cmpuint (saved_replies (), ==, 3);

  /* Back from the first question leaves the questions. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (flow_test_question (window ()) == first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (CALF_IS_START_PAGE (flow_test_top (window ())));

  /* The start page now offers to resume it. */
  g_assert_true (gtk_widget_get_visible ((GtkWidget *) gtk_widget_get_template_child (flow_test_top (window ()),
                                                                        CALF_TYPE_START_PAGE,
                                                                        "resume_box")));
  g_assert_true (calf_window_resume_assessment (window ()));
  g_assert_true (flow_test_question (window ()) == calf_question_flow_get_next (flow_test_flow (window ())));
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow_test_flow (window ())), ==, 3);

  start_over ();
}

static void
test_results_pages (void)
{
  g_autoptr(GHashTable) tendinopathy = flow_test_findings_new ("gradual-onset", "true",
                                                               "morning-stiffness", "true",
                                                               "pain-on-tiptoe", "true",
                                                               "duration-days", "120",
                                                               "age", "52",
                                                               "sex", "female",
                                                               NULL);
  CalfResultsPage *results;
  CalfResult *result;
  const CalfRankedCondition *top;
  GtkWidget *row;
  guint n;

  flow_test_choose_region (window (), "achilles");
  flow_test_answer_all (window (), tendinopathy, 80);

  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window ())));
  results = CALF_RESULTS_PAGE (flow_test_top (window ()));
  result = calf_results_page_get_result (results);
  top = g_ptr_array_index (calf_result_get_conditions (result), 0);
  g_assert_cmpstr (top->condition->id, ==, "achilles-tendinopathy");
  g_assert_cmpint (calf_result_get_triage_level (result), <=, CALF_TRIAGE_SOON);

  /* Every recommended exercise is listed, with its dose said once; at
   * most four make the plan, in one list, under one week; the rest are
   * in a list of their own. */
  g_assert_cmpuint (calf_result_get_exercises (result)->len, >, 0);
  g_assert_cmpuint (calf_result_get_n_planned (result), <=, 4);
  g_assert_nonnull (calf_test_find_label (GTK_WIDGET (results), "Your Week"));
  {
    GtkWidget *plan_list = NULL, *more_list = NULL;

    for (guint i = 0; i < calf_result_get_exercises (result)->len; i++)
      {
        const CalfExercise *exercise = g_ptr_array_index (calf_result_get_exercises (result), i);
        g_autofree char *dose = calf_exercise_plan_dose_to_string (exercise);
        GtkWidget **list = i < calf_result_get_n_planned (result) ? &plan_list : &more_list;

        row = calf_results_page_get_exercise_row (results, exercise->id);
        g_assert_nonnull (row);
        g_assert_cmpstr (calf_row_get_subtitle (CALF_ROW (row)), ==, dose);
        if (*list == NULL)
          *list = gtk_widget_get_parent (row);
        g_assert_true (gtk_widget_get_parent (row) == *list);
      }
    g_assert_true (plan_list != more_list);
  }

  /* A possible cause opens its page; Back returns to the results. */
  row = calf_results_page_get_condition_row (results, top->condition->id);
  g_assert_nonnull (row);
  flow_test_activate (row);
  g_assert_true (CALF_IS_CONDITION_PAGE (flow_test_top (window ())));
  calf_test_assert_no_focusable_label (flow_test_top (window ()));
  g_assert_true (calf_condition_page_get_condition (CALF_CONDITION_PAGE (flow_test_top (window ()))) == top->condition);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (flow_test_top (window ()) == GTK_WIDGET (results));

  /* Back from the results goes into the flow with every answer kept. */
  n = calf_question_flow_get_n_replies (flow_test_flow (window ()));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (CALF_IS_QUESTION_PAGE (flow_test_top (window ())));
  g_assert_true (flow_test_question (window ()) == calf_question_flow_get_reply (flow_test_flow (window ()), n - 1)->question);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow_test_flow (window ())), ==, n);

  start_over ();
}

/* Every answer can be changed from "Your Answers" in two steps: open the
 * list (from the results or a question), choose the answer. The question
 * opens with the answer shown as chosen; changing it keeps the others. */
static void
test_your_answers (void)
{
  g_autoptr(GHashTable) none = flow_test_findings_new (NULL, NULL);
  CalfQuestionFlow *flow;
  guint n;

  flow_test_choose_region (window (), "lower-calf");
  flow_test_answer_all (window (), none, 80);
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window ())));
  flow = flow_test_flow (window ());
  n = calf_question_flow_get_n_replies (flow);
  g_assert_cmpuint (n, >, 3);

  for (guint i = 0; i < n; i++)
    {
      const CalfReply *reply = calf_question_flow_get_reply (flow, i);
      const CalfQuestion *question = reply->question;
      CalfAnswersPage *answers;
      GtkWidget *row;
      g_autofree char *answer = calf_report_reply_text (reply);

      /* Step one: the list, from the results (even-numbered answers) or
       * from the question page's button (odd). */
      if (i % 2 == 1)
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
          g_assert_true (CALF_IS_QUESTION_PAGE (flow_test_top (window ())));
          flow_test_activate ((GtkWidget *) gtk_widget_get_template_child (flow_test_top (window ()),
                                                                           CALF_TYPE_QUESTION_PAGE,
                                                                           "answers_button"));
        }
      else
        {
          g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window ()), "answers"));
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.answers", NULL));
        }
      g_assert_true (CALF_IS_ANSWERS_PAGE (flow_test_top (window ())));
      answers = CALF_ANSWERS_PAGE (flow_test_top (window ()));
      row = calf_answers_page_get_row (answers, i);
      g_assert_nonnull (row);
      g_assert_cmpstr (calf_row_get_title (CALF_ROW (row)), ==, question->text);
      g_assert_cmpstr (calf_row_get_subtitle (CALF_ROW (row)), ==, answer);

      /* Step two: the answer's row opens its question. */
      flow_test_activate (row);
      g_assert_true (CALF_IS_QUESTION_PAGE (flow_test_top (window ())));
      g_assert_true (flow_test_question (window ()) == question);

      /* Answer it as before: on to the results, all answers kept. */
      flow_test_answer_from (window (), none);
      g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window ())));
      g_assert_cmpuint (calf_question_flow_get_n_replies (flow), ==, n);
    }

  /* A change through the list reaches the advice: the first warning sign
   * answered Yes raises the triage. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.answers", NULL));
  flow_test_activate (calf_answers_page_get_row (CALF_ANSWERS_PAGE (flow_test_top (window ())), 0));
  g_assert_true (calf_question_flow_get_reply (flow, 0)->question->red_flag_screen);
  if (flow_test_question (window ())->kind == CALF_QUESTION_CHOICE)
    flow_test_answer (window (), CALF_REPLY_CHOICE,
                      ((const CalfChoice *) g_ptr_array_index (flow_test_question (window ())->choices, 0))->id);
  else
    flow_test_answer (window (), CALF_REPLY_YES, NULL);
  {
    g_autoptr(CalfResult) result = calf_question_flow_get_result (flow);

    g_assert_cmpint (calf_result_get_triage_level (result), >=, CALF_TRIAGE_URGENT);
  }

  start_over ();
}

/* With self-care results the knee-to-wall and heel-raise tests are
 * offered; a test's result answers its question and the results follow.
 * After a pop (a possible tear) they are not offered at all. */
static void
test_results_selftests (void)
{
  g_autoptr(GHashTable) tendinopathy = flow_test_findings_new ("gradual-onset", "true",
                                                               "morning-stiffness", "true",
                                                               "duration-days", "90",
                                                               "age", "45",
                                                               "sex", "male",
                                                               NULL);
  g_autoptr(GHashTable) strain = flow_test_findings_new ("sudden-onset-during-activity", "true",
                                                         "felt-pop-or-kick", "true",
                                                         "bruising", "true",
                                                         "age", "46",
                                                         "sex", "female",
                                                         NULL);
  CalfDatabase *database = calf_window_get_database (window ());
  const CalfFinding *knee_to_wall = calf_database_lookup_finding (database, "knee-to-wall-cm");
  const CalfRankedCondition *ranked;
  CalfResultsPage *results;
  GtkWidget *page;
  double value = -1;

  flow_test_choose_region (window (), "achilles");
  flow_test_answer_all (window (), tendinopathy, 80);
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window ())));
  results = CALF_RESULTS_PAGE (flow_test_top (window ()));
  g_assert_cmpint (calf_result_get_triage_level (calf_results_page_get_result (results)), <=, CALF_TRIAGE_SOON);
  /* The flow may ask for the measurement; "Can't check now" leaves it open,
   * and the results offer the self-test for it. */
  {
    const CalfReply *reply = calf_question_flow_lookup_reply (flow_test_flow (window ()), calf_database_lookup_question (database, "knee-to-wall-cm"));

    g_assert_true (reply == NULL || reply->kind == CALF_REPLY_NOT_SURE);
    g_assert_false (calf_answers_lookup (calf_question_flow_get_answers (flow_test_flow (window ())), knee_to_wall, NULL));
  }
  g_assert_nonnull (calf_results_page_get_selftest_row (results, CALF_SELFTEST_HEEL_RAISE));
  g_assert_nonnull (calf_results_page_get_selftest_row (results, CALF_SELFTEST_KNEE_TO_WALL));

  flow_test_activate (calf_results_page_get_selftest_row (results, CALF_SELFTEST_KNEE_TO_WALL));
  page = flow_test_top (window ());
  g_assert_true (CALF_IS_SELFTEST_PAGE (page));
  calf_test_wait_for_frame (page);
  /* The left leg (the start page's default) is the painful one. */
  calf_selftest_page_set_values (CALF_SELFTEST_PAGE (page), 7, 11);
  flow_test_activate (GTK_WIDGET (gtk_widget_get_template_child (page, CALF_TYPE_SELFTEST_PAGE, "show_button")));
  flow_test_activate (GTK_WIDGET (gtk_widget_get_template_child (page, CALF_TYPE_SELFTEST_PAGE, "apply_button")));

  /* Back on the same results page, re-evaluated with the measurement. */
  g_assert_true (flow_test_top (window ()) == GTK_WIDGET (results));
  g_assert_true (calf_answers_lookup (calf_question_flow_get_answers (flow_test_flow (window ())), knee_to_wall, &value));
  g_assert_cmpfloat (value, ==, 7);
  /* A restricted ankle now points towards tight or weak calves (the
   * answer given is listed, not the rule it feeds). */
  ranked = calf_result_lookup_condition (calf_results_page_get_result (results), "muscle-imbalance");
  g_assert_nonnull (ranked);
  g_assert_true (g_ptr_array_find (ranked->supporting, knee_to_wall, NULL));
  g_assert_null (calf_results_page_get_selftest_row (results, CALF_SELFTEST_KNEE_TO_WALL));
  g_assert_nonnull (calf_results_page_get_selftest_row (results, CALF_SELFTEST_HEEL_RAISE));
  start_over ();

  /* The pop is answered first, as if the person had changed that answer:
   * the flow may not ask it when it cannot change the outcome. */
  flow_test_choose_region (window (), "upper-calf-inner");
  g_assert_true (calf_question_flow_reply_yes_no (flow_test_flow (window ()), calf_database_lookup_question (database, "felt-pop-or-kick"),
                                                  CALF_REPLY_YES, NULL));
  calf_window_show_current (window ());
  flow_test_answer_all (window (), strain, 80);
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window ())));
  results = CALF_RESULTS_PAGE (flow_test_top (window ()));
  g_assert_cmpint (calf_result_get_triage_level (calf_results_page_get_result (results)), <=, CALF_TRIAGE_SOON);
  g_assert_null (calf_results_page_get_selftest_row (results, CALF_SELFTEST_HEEL_RAISE));
  g_assert_null (calf_results_page_get_selftest_row (results, CALF_SELFTEST_KNEE_TO_WALL));
  start_over ();
}

/* Choosing a region while answers are saved asks before replacing them. */
static void
test_replace_saved (void)
{
  GtkWidget *dialog;

  flow_test_choose_region (window (), "achilles");
  flow_test_answer (window (), CALF_REPLY_NO, NULL);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow_test_flow (window ())), ==, 1);
  calf_window_pop_to_start (window ());

  /* Cancel keeps the saved answers and the start page. */
  flow_test_choose_region (window (), "heel");
  dialog = calf_test_find_alert ();
  g_assert_nonnull (dialog);
  calf_alert_respond (dialog, "cancel");
  calf_test_wait_alert_closed ();
  g_assert_true (CALF_IS_START_PAGE (flow_test_top (window ())));
  flow_test_wait_saved (window ());
  g_assert_true (calf_autosave_exists (calf_window_get_autosave_path (window ())));
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow_test_flow (window ())), ==, 1);

  /* Start Again replaces them with the new region's assessment. */
  flow_test_choose_region (window (), "heel");
  dialog = calf_test_find_alert ();
  g_assert_nonnull (dialog);
  calf_alert_respond (dialog, "replace");
  g_assert_true (CALF_IS_QUESTION_PAGE (flow_test_top (window ())));
  g_assert_cmpstr (calf_answers_get_region (calf_question_flow_get_answers (flow_test_flow (window ())))->id, ==, "heel");
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow_test_flow (window ())), ==, 0);
  start_over ();
}

static GtkWidget *
focus_widget (void)
{
  return gtk_root_get_focus (GTK_ROOT (window ()));
}

static const char *
button_text (GtkWidget *widget)
{
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  return GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : NULL;
}

static gboolean
stack_settled (gpointer user_data)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window ()), CALF_TYPE_WINDOW, "main_stack"));

  return !gtk_stack_get_transition_running (stack);
}

/* Tab until a button whose label is @label has the focus, once the page has
 * faded in, as a person would (newer GTK lets Tab reach the page fading
 * out while the crossfade runs). */
static void
tab_to (const char *label)
{
  calf_test_wait_for (stack_settled, NULL, 5000);
  for (guint i = 0; i < 40; i++)
    {
      GtkWidget *focus = focus_widget ();

      if (focus != NULL && GTK_IS_BUTTON (focus) && gtk_widget_is_ancestor (focus, flow_test_top (window ())))
        {
          GtkWidget *child = gtk_button_get_child (GTK_BUTTON (focus));

          if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), label) == 0)
            return;
        }
      gtk_widget_child_focus (GTK_WIDGET (window ()), GTK_DIR_TAB_FORWARD);
    }

  g_error ("No button “%s” reachable with Tab", label);
}

static void
test_keyboard_only (void)
{
  CalfStartPage *start = CALF_START_PAGE (flow_test_top (window ()));
  GtkWidget *focus;
  guint n = 0;

  /* Tab to the Achilles tendon in the list of places, and press Enter. */
  for (guint i = 0; ; i++)
    {
      focus = focus_widget ();
      if (CALF_IS_ROW (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (start)) &&
          g_strcmp0 (calf_row_get_title (CALF_ROW (focus)), "Achilles tendon") == 0)
        break;
      g_assert_cmpuint (i, <, 60);
      gtk_widget_child_focus (GTK_WIDGET (window ()), GTK_DIR_TAB_FORWARD);
    }
  flow_test_activate (focus);
  g_assert_cmpstr (calf_answers_get_region (calf_question_flow_get_answers (flow_test_flow (window ())))->id, ==, "achilles");

  /* Each page takes the focus when it is shown: the first answer button. */
  focus = focus_widget ();
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, flow_test_top (window ())));

  for (;;)
    {
      const CalfQuestion *question;

      if (CALF_IS_ABOUT_YOU_PAGE (flow_test_top (window ())))
        {
          focus = focus_widget ();
          g_assert_nonnull (focus);
          g_assert_true (gtk_widget_is_ancestor (focus, flow_test_top (window ())));
          tab_to ("Skip");
          flow_test_activate (focus_widget ());
          continue;
        }
      if (!CALF_IS_QUESTION_PAGE (flow_test_top (window ())))
        break;

      question = flow_test_question (window ());

      focus = focus_widget ();
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, flow_test_top (window ())));
      g_assert_true (gtk_widget_get_focusable (focus));
      /* Not one further along: the first answer itself. */
      if (question->kind != CALF_QUESTION_NUMBER)
        g_assert_cmpstr (button_text (focus), ==,
                         question->kind == CALF_QUESTION_YES_NO
                           ? "Yes" : ((const CalfChoice *) g_ptr_array_index (question->choices, 0))->label);

      if (question->kind == CALF_QUESTION_CHOICE)
        {
          /* The last choice, reached with Tab. */
          const CalfChoice *last = g_ptr_array_index (question->choices, question->choices->len - 1);

          tab_to (last->label);
        }
      else
        {
          tab_to (question->kind == CALF_QUESTION_YES_NO ? "No" : "Not sure");
        }
      flow_test_activate (focus_widget ());
      g_assert_cmpuint (++n, <, 80);
    }

  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window ())));
  /* The results begin where a reader begins: the triage. */
  g_assert_true (focus_widget () == calf_results_page_get_banner (CALF_RESULTS_PAGE (flow_test_top (window ()))));
  start_over ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = flow_test_start_app ("TestFlow");

  g_test_add_func ("/flow/start-page", test_start_page);
  g_test_add_func ("/flow/answers-drive-pages", test_answers_drive_pages);
  g_test_add_func ("/flow/red-flag-interrupts", test_red_flag_interrupts);
  g_test_add_func ("/flow/back-keeps-answers", test_back_keeps_answers);
  g_test_add_func ("/flow/results-pages", test_results_pages);
  g_test_add_func ("/flow/your-answers", test_your_answers);
  g_test_add_func ("/flow/results-selftests", test_results_selftests);
  g_test_add_func ("/flow/replace-saved", test_replace_saved);
  g_test_add_func ("/flow/keyboard-only", test_keyboard_only);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
