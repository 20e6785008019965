/* calf-window-outcome.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the assessment leads to: the red-flag page, the results page, the
 * condition pages, Back into the questions and Start Over.
 */

#define G_LOG_DOMAIN "calf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-condition-page.h"
#include "calf-emergency.h"
#include "calf-alert.h"
#include "calf-page-util.h"
#include "calf-question-page.h"
#include "calf-red-flag-page.h"
#include "calf-results-page.h"
#include "calf-window-exercises.h"
#include "calf-window-private.h"

/* --- results and conditions ---------------------------------------------- */

static void
on_condition_activated (CalfResultsPage *page,
                        const char      *condition_id,
                        CalfWindow      *self)
{
  CalfDatabase *database = calf_window_get_database (self);
  const CalfCondition *condition = calf_database_lookup_condition (database, condition_id);

  g_return_if_fail (condition != NULL);

  calf_window_push_page (self, calf_condition_page_new (condition), condition->name);
}

void
calf_window_change_answers (CalfWindow *self)
{
  guint n = calf_question_flow_get_n_replies (self->flow);

  /* Back to the last answer given, shown as chosen. */
  while (calf_window_get_n_pages (self) > 0 && calf_window_top_page_of_type (self, CALF_TYPE_QUESTION_PAGE) == NULL)
    calf_window_pop_page (self);

  self->cursor = n > 0 ? n - 1 : 0;
  calf_window_show_current (self);
}

static void
on_start_over_response (GtkWidget  *dialog,
                        const char *response,
                        CalfWindow *self)
{
  if (g_strcmp0 (response, "start-over") == 0)
    calf_window_discard_assessment (self);
}

void
calf_window_confirm_discard (CalfWindow *self,
                 const char *heading,
                 const char *confirm_label)
{
  GtkWidget *dialog;

  dialog = calf_alert_new (heading, _("Your answers will be deleted from this device."));
  calf_alert_add_response (dialog, "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT);
  calf_alert_add_response (dialog, "start-over", confirm_label, ADW_RESPONSE_DESTRUCTIVE);
  calf_alert_set_responses (dialog, "cancel", "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_start_over_response), self, 0);
  calf_alert_present (dialog, GTK_WIDGET (self));
}

static void
on_start_over (CalfResultsPage *page,
               CalfWindow      *self)
{
  calf_window_confirm_discard (self, _("Start Over?"), _("_Start Over"));
}

static void
on_results_answer_more (CalfResultsPage *page,
                        CalfWindow      *self)
{
  calf_question_flow_ask_optional (self->flow);
  calf_window_pop_page (self);
  calf_window_show_current (self);
}

void
calf_window_show_results (CalfWindow *self)
{
  g_autoptr(CalfResult) result = calf_question_flow_get_result (self->flow);
  GtkWidget *page;

  if (self->results_page != NULL)
    return;

  page = calf_results_page_new ();
  g_signal_connect (page, "condition-activated", G_CALLBACK (on_condition_activated), self);
  g_signal_connect (page, "start-over", G_CALLBACK (on_start_over), self);
  /* Exercise rows open exercise pages (calf-window-exercises.c). */
  calf_window_exercises_setup_results (self, page);
  g_signal_connect (page, "answer-more", G_CALLBACK (on_results_answer_more), self);
  calf_results_page_set_result (CALF_RESULTS_PAGE (page), result,
                                calf_question_flow_is_finished (self->flow));
  calf_results_page_set_can_answer_more (CALF_RESULTS_PAGE (page),
                                         calf_question_flow_has_optional (self->flow));

  g_set_weak_pointer (&self->results_page, page);
  /* Translators: a header bar title: keep it short. */
  calf_window_push_page (self, page, _("Your Results"));
  calf_window_actions_update (self);
  calf_window_history_record_assessment (self);
}

/* --- a past assessment, from the history ------------------------------------- */

/**
 * calf_window_show_past_results:
 * @self: a #CalfWindow
 * @answers: the answers kept with it
 * @result: what the engine makes of them now
 * @created: when it was made
 *
 * Shows an assessment from the history as results that can be printed and
 * exported (win.print and win.export take it while it is on top).
 */
void
calf_window_show_past_results (CalfWindow  *self,
                               CalfAnswers *answers,
                               CalfResult  *result,
                               GDateTime   *created)
{
  GtkWidget *page;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (CALF_IS_WINDOW (self));

  page = calf_results_page_new ();
  g_signal_connect (page, "condition-activated", G_CALLBACK (on_condition_activated), self);
  calf_results_page_set_result (CALF_RESULTS_PAGE (page), result, TRUE);
  calf_results_page_set_past (CALF_RESULTS_PAGE (page));
  g_object_set_data_full (G_OBJECT (page), "calf-past-answers", g_object_ref (answers), g_object_unref);
  g_object_set_data_full (G_OBJECT (page), "calf-past-created", g_date_time_ref (created),
                          (GDestroyNotify) g_date_time_unref);

  /* Translators: a date in a page title, in your language's order
   * (g_date_time_format() lists the codes). Prefer numbers: %b takes the
   * month's name from the system's locale. */
  date = g_date_time_format (created, C_("past results date", "%-d %b %Y"));
  /* Translators: the title of a past assessment's results, with its date. */
  title = g_strdup_printf (_("Results of %s"), date);
  calf_window_push_page (self, page, title);
  calf_window_actions_update (self);
}

/* --- red flags --------------------------------------------------------------- */

static void
on_red_flag_show_results (CalfRedFlagPage *page,
                          CalfWindow      *self)
{
  calf_window_pop_page (self);
  calf_window_show_results (self);
}

void
calf_window_red_flag_change_answer (CalfWindow      *self,
                                    CalfRedFlagPage *page)
{
  const CalfQuestion *question = calf_red_flag_page_get_question (page);

  calf_window_pop_page (self);

  for (guint i = 0; i < calf_question_flow_get_n_replies (self->flow); i++)
    if (calf_question_flow_get_reply (self->flow, i)->question == question)
      self->cursor = i;

  calf_window_show_current (self);
}

static void
on_red_flag_change_answer (CalfRedFlagPage *page,
                           CalfWindow      *self)
{
  calf_window_red_flag_change_answer (self, page);
}

static void
on_red_flag_keep_answering (CalfRedFlagPage *page,
                            CalfWindow      *self)
{
  calf_window_pop_page (self);
  /* After an emergency the questions left are optional, asked on request. */
  if (calf_question_flow_is_finished (self->flow) && calf_question_flow_has_optional (self->flow))
    calf_question_flow_ask_optional (self->flow);
  calf_window_show_current (self);
}


void
calf_window_show_red_flag (CalfWindow         *self,
               CalfResult         *result,
               const CalfQuestion *question)
{
  GtkWidget *page = calf_red_flag_page_new (result, question);
  g_autofree char *number = calf_emergency_get_number (self->settings);

  calf_red_flag_page_set_emergency_number (CALF_RED_FLAG_PAGE (page), number);

  g_signal_connect (page, "show-results", G_CALLBACK (on_red_flag_show_results), self);
  g_signal_connect (page, "change-answer", G_CALLBACK (on_red_flag_change_answer), self);
  g_signal_connect (page, "keep-answering", G_CALLBACK (on_red_flag_keep_answering), self);

  calf_window_push_page (self, page,
                         calf_result_get_triage_level (result) == CALF_TRIAGE_EMERGENCY ?
                         /* Translators: a header bar title above emergency advice: keep it
                          * short. */
                         _("Get Help Now")
                         /* Translators: a header bar title above urgent advice: keep it short. */
                         : _("Get Help Today"));
}
