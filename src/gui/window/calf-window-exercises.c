/* calf-window-exercises.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-window-exercises"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-page-util.h"
#include "calf-exercise-page.h"
#include "calf-preferences-window.h"
#include "calf-question-page.h"
#include "calf-results-page.h"
#include "calf-safety-page.h"
#include "calf-selftest-page.h"
#include "calf-session-page.h"
#include "calf-window-exercises.h"
#include "calf-window-private.h"

#define SELFTEST_BUTTON_KEY "calf-selftest-button"

/* The safety advice, above what is shown. */
static void
show_safety (CalfWindow *window)
{
  CalfDatabase *database;
  g_autoptr(GSettings) settings = NULL;

  database = calf_window_get_database (window);
  if (database == NULL)
    return;

  /* Already on top: nothing to do. */
  if (CALF_IS_SAFETY_PAGE (calf_window_get_visible_page (window)))
    return;

  settings = g_settings_new (APPLICATION_ID);
  /* Translators: a header bar title: keep it short. */
  calf_window_push_page (window, calf_safety_page_new (database, settings), _("Safety Advice"));
}

static void
safety_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  show_safety (CALF_WINDOW (user_data));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *preferences = calf_preferences_window_new (GTK_WINDOW (user_data), settings);

  g_signal_connect_object (preferences, "delete-history", G_CALLBACK (calf_window_history_delete_all),
                           user_data, G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
on_session_closed (CalfSessionPage *page,
                   CalfWindow      *window)
{
  const CalfExercise *exercise = g_object_get_data (G_OBJECT (page), "calf-exercise");
  guint sets, reps, seconds;

  /* Only when the session is still the page on top. */
  if (calf_window_get_visible_page (window) != GTK_WIDGET (page))
    return;

  if (exercise != NULL && calf_session_page_get_work (page, &sets, &reps, &seconds))
    {
      g_autofree char *note = calf_session_page_dup_note (page);

      calf_window_history_record_session (window, exercise, sets, reps, seconds,
                                          calf_session_page_get_pain (page), note);
    }
  calf_window_pop_page (window);
}

static void
on_start_session (CalfExercisePage *exercise_page,
                  CalfWindow       *window)
{
  const CalfExercise *exercise = calf_exercise_page_get_exercise (exercise_page);
  GtkWidget *page = calf_session_page_new (calf_window_get_database (window), exercise);

  g_object_set_data (G_OBJECT (page), "calf-exercise", (gpointer) exercise);
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    calf_session_page_set_keeps_history (CALF_SESSION_PAGE (page), g_settings_get_boolean (settings, "keep-history"));
  }
  g_signal_connect_object (page, "closed", G_CALLBACK (on_session_closed), window, 0);
  calf_window_push_page (window, page, exercise->name);
  calf_session_page_focus_default (CALF_SESSION_PAGE (page));
}

/* @exercise_id's page, whose Start button shows a guided session above
 * it. FALSE when the database has no such exercise. */
static gboolean
show_exercise (CalfWindow *window,
               const char *exercise_id)
{
  CalfDatabase *database;
  const CalfExercise *exercise;
  GtkWidget *page;

  database = calf_window_get_database (window);
  exercise = database != NULL ? calf_database_lookup_exercise (database, exercise_id) : NULL;
  if (exercise == NULL)
    return FALSE;

  page = calf_exercise_page_new (database, exercise);
  g_signal_connect_object (page, "start-session", G_CALLBACK (on_start_session), window, 0);
  calf_window_push_page (window, page, exercise->name);
  return TRUE;
}

/* For anything in the window that shows an exercise by its id; an id
 * the database lacks shows nothing. */
static void
show_exercise_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  const char *exercise_id = g_variant_get_string (parameter, NULL);

  if (!show_exercise (CALF_WINDOW (user_data), exercise_id))
    g_debug ("No exercise “%s” in the database", exercise_id);
}

static const GActionEntry actions[] = {
  { .name = "safety", .activate = safety_action },
  { .name = "show-exercise", .activate = show_exercise_action, .parameter_type = "s" },
  { .name = "preferences", .activate = preferences_action },
};

/* In the window's action map, like print and export, so the menu and
 * any widget in the window reach them as win.safety and win.preferences. */
void
calf_window_exercises_init (CalfWindow *window)
{
  g_return_if_fail (CALF_IS_WINDOW (window));

  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), window);
}

static void
on_exercise_activated (GtkWidget  *results_page,
                       const char *exercise_id,
                       CalfWindow *window)
{
  if (!show_exercise (window, exercise_id))
    g_warning ("No exercise “%s” in the database", exercise_id);
}

/* The self-tests that can still be done: their question applies to the
 * answers so far (none after a pop or with a swollen calf) and has no
 * answer yet, or was answered "Can't check now". */
static void
offer_selftests (CalfWindow      *window,
                 CalfResultsPage *page)
{
  static const CalfSelftestKind all[] = { CALF_SELFTEST_KNEE_TO_WALL, CALF_SELFTEST_HEEL_RAISE };
  CalfQuestionFlow *flow = calf_window_get_flow (window);
  CalfSelftestKind kinds[G_N_ELEMENTS (all)];
  guint n = 0;

  for (guint i = 0; flow != NULL && i < G_N_ELEMENTS (all); i++)
    {
      const CalfQuestion *question = calf_selftest_lookup_question (calf_window_get_database (window), all[i]);

      const CalfReply *reply = question != NULL ? calf_question_flow_lookup_reply (flow, question) : NULL;

      if (question != NULL && (reply == NULL || reply->kind == CALF_REPLY_NOT_SURE) &&
          calf_question_flow_can_answer (flow, question))
        kinds[n++] = all[i];
    }

  calf_results_page_set_selftests (page, kinds, n);
}

static void
on_results_selftest_apply (CalfSelftestPage         *page,
                           const CalfSelftestResult *result,
                           CalfWindow               *window)
{
  CalfQuestionFlow *flow = calf_window_get_flow (window);
  g_autoptr(CalfResult) before = NULL;
  g_autoptr(CalfResult) after = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (flow != NULL);

  before = calf_question_flow_get_result (flow);
  if (!calf_selftest_result_apply (result, flow, &error))
    {
      calf_window_flow_toast (window, error->message);
      return;
    }
  calf_window_flow_autosave (window);
  calf_window_history_record (window, calf_history_entry_new_selftest (result));

  g_object_ref (page);
  if (calf_window_get_visible_page (window) == GTK_WIDGET (page))
    calf_window_pop_page (window);
  g_object_unref (page);

  /* The results page under any red-flag page must already show the new
   * result: "Continue to Results" returns to it as it is. */
  after = calf_question_flow_get_result (flow);
  if (window->results_page != NULL)
    {
      offer_selftests (window, CALF_RESULTS_PAGE (window->results_page));
      calf_results_page_set_result (CALF_RESULTS_PAGE (window->results_page), after,
                                    calf_question_flow_is_finished (flow));
      calf_window_history_record_assessment (window);
    }

  if (calf_result_get_triage_level (after) >= CALF_TRIAGE_URGENT &&
      calf_result_get_triage_level (after) > calf_result_get_triage_level (before))
    {
      calf_window_show_red_flag (window, after, calf_selftest_lookup_question (calf_window_get_database (window),
                                                                               result->kind));
      return;
    }

  calf_window_flow_toast (window, _("Results updated with your test"));
}

static void
on_results_selftest_activated (CalfResultsPage *results_page,
                               int              kind,
                               CalfWindow      *window)
{
  CalfQuestionFlow *flow = calf_window_get_flow (window);
  CalfAnswers *answers;
  GtkWidget *page;

  g_return_if_fail (flow != NULL);
  g_return_if_fail (kind == CALF_SELFTEST_KNEE_TO_WALL || kind == CALF_SELFTEST_HEEL_RAISE);

  answers = calf_question_flow_get_answers (flow);
  page = calf_selftest_page_new (calf_window_get_database (window), kind,
                                 calf_answers_get_side (answers),
                                 calf_answers_get_age (answers),
                                 calf_answers_get_sex (answers));
  g_signal_connect_object (page, "apply", G_CALLBACK (on_results_selftest_apply), window, 0);
  calf_window_push_page (window, page,
                         kind == CALF_SELFTEST_KNEE_TO_WALL ? _("Knee-to-Wall Test") : _("Heel-Raise Test"));
}

void
calf_window_exercises_setup_results (CalfWindow *window,
                                     GtkWidget  *results_page)
{
  g_return_if_fail (CALF_IS_WINDOW (window));
  g_return_if_fail (CALF_IS_RESULTS_PAGE (results_page));

  g_signal_connect_object (results_page, "exercise-activated", G_CALLBACK (on_exercise_activated), window, 0);
  g_signal_connect_object (results_page, "selftest-activated", G_CALLBACK (on_results_selftest_activated),
                           window, 0);
  offer_selftests (window, CALF_RESULTS_PAGE (results_page));
}

/* --- self-tests ------------------------------------------------------------ */

static void
on_selftest_apply (CalfSelftestPage         *page,
                   const CalfSelftestResult *result,
                   CalfWindow               *window)
{
  GtkWidget *question_page = g_object_get_data (G_OBJECT (page), "calf-question-page");
  const CalfQuestion *question = g_object_get_data (G_OBJECT (page), "calf-question");
  CalfReply reply = { question, CALF_REPLY_NUMBER, NULL, result->value };

  calf_window_history_record (window, calf_history_entry_new_selftest (result));

  /* Back to the question, then answer it as its own Continue button does,
   * so the window handles the reply as any other (autosave, red flags). */
  g_object_ref (page);
  if (calf_window_get_visible_page (window) == GTK_WIDGET (page))
    calf_window_pop_page (window);
  if (question_page != NULL && calf_window_get_visible_page (window) == question_page &&
      calf_question_page_get_question (CALF_QUESTION_PAGE (question_page)) == question)
    g_signal_emit_by_name (question_page, "replied", &reply);
  g_object_unref (page);
}

/**
 * calf_window_exercises_show_selftest:
 * @window: a #CalfWindow with an assessment in progress
 * @question_page: the question page showing a self-test question
 *
 * Shows the self-test step by step above the question; "Use These
 * Results" answers the question with the painful side's value.
 */
gboolean
calf_window_exercises_show_selftest (CalfWindow *window,
                                     GtkWidget  *question_page)
{
  const CalfQuestion *question;
  CalfQuestionFlow *flow;
  CalfAnswers *answers;
  CalfSelftestKind kind;
  GtkWidget *page;

  g_return_val_if_fail (CALF_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (CALF_IS_QUESTION_PAGE (question_page), FALSE);

  question = calf_question_page_get_question (CALF_QUESTION_PAGE (question_page));
  flow = calf_window_get_flow (window);
  if (question == NULL || flow == NULL || !calf_selftest_kind_for_question (question, &kind))
    return FALSE;

  answers = calf_question_flow_get_answers (flow);
  page = calf_selftest_page_new (calf_window_get_database (window), kind,
                                 calf_answers_get_side (answers),
                                 calf_answers_get_age (answers),
                                 calf_answers_get_sex (answers));
  g_object_set_data (G_OBJECT (page), "calf-question", (gpointer) question);
  g_object_set_data_full (G_OBJECT (page), "calf-question-page", g_object_ref (question_page), g_object_unref);
  g_signal_connect_object (page, "apply", G_CALLBACK (on_selftest_apply), window, 0);
  calf_window_push_page (window, page,
                         kind == CALF_SELFTEST_KNEE_TO_WALL ? _("Knee-to-Wall Test") : _("Heel-Raise Test"));
  return TRUE;
}

static void
on_selftest_clicked (GtkButton *button,
                     GtkWidget *question_page)
{
  GtkRoot *root = gtk_widget_get_root (question_page);

  if (CALF_IS_WINDOW (root))
    calf_window_exercises_show_selftest (CALF_WINDOW (root), question_page);
}

void
calf_window_exercises_update_question (CalfWindow *window,
                                       GtkWidget  *question_page)
{
  const CalfQuestion *question;
  GtkWidget *button;
  GObject *how_box;

  g_return_if_fail (CALF_IS_WINDOW (window));
  g_return_if_fail (CALF_IS_QUESTION_PAGE (question_page));

  question = calf_question_page_get_question (CALF_QUESTION_PAGE (question_page));
  button = g_object_get_data (G_OBJECT (question_page), SELFTEST_BUTTON_KEY);

  /* Once per page, under the "how to check" steps. */
  if (button == NULL)
    {
      how_box = gtk_widget_get_template_child (question_page, CALF_TYPE_QUESTION_PAGE, "how_box");
      if (!GTK_IS_BOX (how_box))
        return;

      button = calf_page_button_new (_("Do the Test _Step by Step"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "pill");
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_selftest_clicked), question_page, 0);
      gtk_box_append (GTK_BOX (how_box), button);
      g_object_set_data (G_OBJECT (question_page), SELFTEST_BUTTON_KEY, button);
    }

  gtk_widget_set_visible (button, question != NULL && calf_selftest_kind_for_question (question, NULL));
}
