/* calf-window-flow.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The assessment in the window: start page → about you → one question
 * per page (an urgent or emergency answer interrupts with the red-flag
 * page) → results → condition pages. The question page stays pushed and
 * shows the reply at `cursor`: Back moves the cursor without forgetting
 * answers, and answering an earlier question again re-plays the later
 * ones (CalfQuestionFlow drops those that no longer apply). The flow is
 * saved after every answer.
 */

#define G_LOG_DOMAIN "calf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-about-you-page.h"
#include "calf-alert.h"
#include "calf-page-util.h"
#include "calf-answers-page.h"
#include "calf-autosave.h"
#include "calf-condition-page.h"
#include "calf-question-page.h"
#include "calf-red-flag-page.h"
#include "calf-results-page.h"
#include "calf-start-page.h"
#include "calf-window-private.h"
#include "calf-window-exercises.h"


void
calf_window_flow_toast (CalfWindow *self,
                        const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (message != NULL);

  /* Toast titles are markup: a file name with & or < must show as it is. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static const char *
flow_title (CalfWindow *self)
{
  CalfAnswers *answers = calf_question_flow_get_answers (self->flow);

  return calf_answers_get_region (answers)->name;
}

const char *
calf_window_flow_subtitle (CalfWindow *self)
{
  CalfAnswers *answers = calf_question_flow_get_answers (self->flow);

  /* Translators: the header bar subtitle during an assessment: which leg is assessed. */
  return calf_answers_get_side (answers) == CALF_SIDE_RIGHT ? _("Right leg") : _("Left leg");
}

/* The top page, if it is of @type. */
gpointer
calf_window_top_page_of_type (CalfWindow *self,
                  GType       type)
{
  GtkWidget *page = calf_window_get_n_pages (self) > 0 ? calf_window_get_visible_page (self) : NULL;

  return page != NULL && G_TYPE_CHECK_INSTANCE_TYPE (page, type) ? page : NULL;
}

/* --- questions ----------------------------------------------------------- */

static void
on_question_replied (CalfQuestionPage *page,
                     const CalfReply  *reply,
                     CalfWindow       *self)
{
  CalfTriageLevel before = calf_question_flow_get_shown_level (self->flow);
  g_autoptr(CalfResult) after = NULL;
  g_autoptr(GError) error = NULL;
  CalfTriageLevel level;

  if (!calf_question_flow_reply (self->flow, reply, &error))
    {
      calf_window_flow_toast (self, error->message);
      return;
    }

  calf_window_flow_autosave (self);

  /* On to the next unanswered question: the answers after a changed one
   * are kept (those that still apply) and need no second look. */
  self->cursor = calf_question_flow_get_n_replies (self->flow);

  /* The advice waits for a pending follow-up (a warning sign answered
   * "Not sure"), then interrupts when it rose to urgent or emergency. */
  after = calf_question_flow_get_result (self->flow);
  level = calf_result_get_triage_level (after);
  if (calf_question_flow_is_settled (self->flow) && level >= CALF_TRIAGE_URGENT && level > before)
    {
      calf_window_show_red_flag (self, after, reply->question);
      return;
    }

  calf_window_show_current (self);
}

static void
question_back (CalfWindow *self)
{
  if (self->cursor > 0)
    {
      self->cursor--;
      calf_window_show_current (self);
    }
  else
    {
      calf_window_pop_page (self);
    }
}

static void show_about_you (CalfWindow *self);

/* Shows the question at the cursor, or the results when there is none. */
void
calf_window_show_current (CalfWindow *self)
{
  const CalfQuestion *question;
  const CalfReply *previous = NULL;
  guint n = calf_question_flow_get_n_replies (self->flow);

  self->cursor = MIN (self->cursor, n);
  if (self->cursor < n)
    {
      previous = calf_question_flow_get_reply (self->flow, self->cursor);
      question = previous->question;
    }
  else
    {
      question = calf_question_flow_get_next (self->flow);
    }

  if (question == NULL)
    {
      calf_window_show_results (self);
      return;
    }

  /* Safety first: age and sex are asked once the red-flag screen is
   * through, before the questions they matter for. */
  if (previous == NULL && !self->about_you_asked && !question->red_flag_screen)
    {
      show_about_you (self);
      return;
    }

  if (self->question_page == NULL)
    {
      GtkWidget *page = calf_question_page_new ();

      g_signal_connect (page, "replied", G_CALLBACK (on_question_replied), self);
      g_set_weak_pointer (&self->question_page, page);
      calf_question_page_set_answered (CALF_QUESTION_PAGE (page), self->cursor);
      calf_question_page_set_question (CALF_QUESTION_PAGE (page), question, previous,
                                       calf_question_flow_estimate_remaining (self->flow));
      calf_window_push_page_full (self, page, flow_title (self), calf_window_flow_subtitle (self));
    }
  else
    {
      calf_question_page_set_answered (CALF_QUESTION_PAGE (self->question_page), self->cursor);
      calf_question_page_set_question (CALF_QUESTION_PAGE (self->question_page), question, previous,
                                       calf_question_flow_estimate_remaining (self->flow));
    }

  /* The self-test button (calf-window-exercises.c). */
  calf_window_exercises_update_question (self, self->question_page);
  calf_question_page_focus_answers (CALF_QUESTION_PAGE (self->question_page));
}

/* --- your answers ----------------------------------------------------------- */

/* Back to the question page (under results, a warning-sign page or
 * "Your Answers"), or to the start when there is none. */
static void
pop_to_questions (CalfWindow *self)
{
  while (calf_window_get_n_pages (self) > 0 && calf_window_top_page_of_type (self, CALF_TYPE_QUESTION_PAGE) == NULL)
    calf_window_pop_page (self);
}

static void
on_reply_activated (CalfAnswersPage *page,
                    guint            index,
                    CalfWindow      *self)
{
  if (index >= calf_question_flow_get_n_replies (self->flow))
    return;

  pop_to_questions (self);
  self->cursor = index;
  calf_window_show_current (self);
}

static void
on_about_you_activated (CalfAnswersPage *page,
                        CalfWindow      *self)
{
  pop_to_questions (self);
  self->cursor = calf_question_flow_get_n_replies (self->flow);
  show_about_you (self);
}

/* "Your Answers": every answer given, each a step from being changed. */
void
calf_window_show_answers (CalfWindow *self)
{
  GtkWidget *page;

  if (self->flow == NULL || calf_window_top_page_of_type (self, CALF_TYPE_ANSWERS_PAGE) != NULL)
    return;

  page = calf_answers_page_new (self->flow);
  g_signal_connect (page, "reply-activated", G_CALLBACK (on_reply_activated), self);
  g_signal_connect (page, "about-you-activated", G_CALLBACK (on_about_you_activated), self);
  /* Translators: a header bar title: keep it short. */
  calf_window_push_page_full (self, page, _("Your Answers"), calf_window_flow_subtitle (self));
}

/* --- about you, starting and resuming -------------------------------------- */

static void
on_about_you_done (CalfAboutYouPage *page,
                   CalfWindow       *self)
{
  g_autoptr(GError) error = NULL;

  if (!calf_question_flow_set_age (self->flow, calf_about_you_page_get_age (page), &error))
    calf_window_flow_toast (self, error->message);
  calf_question_flow_set_sex (self->flow, calf_about_you_page_get_sex (page));
  self->about_you_asked = TRUE;
  calf_window_flow_autosave (self);

  calf_window_pop_page (self);
  calf_window_show_current (self);
}

static void
show_about_you (CalfWindow *self)
{
  CalfAnswers *answers = calf_question_flow_get_answers (self->flow);
  CalfDatabase *database = calf_window_get_database (self);
  GtkWidget *page;

  if (self->about_you_page != NULL)
    return;

  page = calf_about_you_page_new (calf_database_get_param (database, "max_age"));
  calf_about_you_page_set (CALF_ABOUT_YOU_PAGE (page),
                           calf_answers_get_age (answers),
                           calf_answers_get_sex (answers));
  g_signal_connect (page, "done", G_CALLBACK (on_about_you_done), self);
  g_set_weak_pointer (&self->about_you_page, page);
  calf_window_push_page_full (self, page, _("About You"), calf_window_flow_subtitle (self));
}

void
calf_window_start_assessment (CalfWindow *self,
                              const char *region_id,
                              CalfSide    side)
{
  CalfDatabase *database = calf_window_get_database (self);
  const CalfRegion *region;

  g_return_if_fail (CALF_IS_WINDOW (self));
  g_return_if_fail (database != NULL);

  region = calf_database_lookup_region (database, region_id);
  g_return_if_fail (region != NULL);

  calf_window_pop_to_start (self);
  g_clear_object (&self->flow);
  self->flow = calf_question_flow_new (self->engine, region, side);
  self->cursor = 0;
  self->about_you_asked = FALSE;
  calf_window_flow_autosave (self);

  calf_window_show_current (self);
}

void
calf_window_discard_assessment (CalfWindow *self)
{
  g_return_if_fail (CALF_IS_WINDOW (self));

  calf_window_clear_saved (self);
  calf_window_pop_to_start (self);
  g_clear_object (&self->flow);
  self->cursor = 0;
  calf_window_refresh_resume (self);
  calf_start_page_reset_view (CALF_START_PAGE (self->start_page));
  calf_window_actions_update (self);
}

static void
on_replace_response (GtkWidget  *dialog,
                     const char *response,
                     CalfWindow *self)
{
  const char *region_id = g_object_get_data (G_OBJECT (dialog), "calf-region");
  CalfSide side = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "calf-side"));

  if (g_str_equal (response, "replace"))
    calf_window_start_assessment (self, region_id, side);
}

static void
on_region_activated (CalfStartPage *page,
                     const char    *region_id,
                     int            side,
                     CalfWindow    *self)
{
  g_autoptr(CalfQuestionFlow) saved = NULL;
  GtkWidget *dialog;

  /* Saved answers are kept until the person chooses to replace them. */
  saved = calf_window_load_saved (self);
  if (saved == NULL || calf_question_flow_get_n_replies (saved) == 0)
    {
      calf_window_start_assessment (self, region_id, (CalfSide) side);
      return;
    }

  /* Translators: keep alert headings short (about 22 characters) */
  dialog = calf_alert_new (_("Start Again?"),
                           _("Starting again deletes the answers saved from your last assessment. To keep them, choose Resume instead."));
  calf_alert_add_response (dialog, "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT);
  calf_alert_add_response (dialog, "replace", _("_Start Again"), ADW_RESPONSE_DESTRUCTIVE);
  calf_alert_set_responses (dialog, "cancel", "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "calf-region", g_strdup (region_id), g_free);
  g_object_set_data (G_OBJECT (dialog), "calf-side", GINT_TO_POINTER (side));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response), self, 0);
  calf_alert_present (dialog, GTK_WIDGET (self));
}

static void
on_resume (CalfStartPage *page,
           CalfWindow    *self)
{
  calf_window_resume_assessment (self);
}

static void
on_discard (CalfStartPage *page,
            CalfWindow    *self)
{
  calf_window_confirm_discard (self, _("Discard Your Answers?"), _("_Discard"));
}

/* --- window hooks ---------------------------------------------------------- */

void
calf_window_flow_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (CALF_TYPE_START_PAGE);
  calf_window_actions_class_init (widget_class);
}

void
calf_window_flow_init (CalfWindow *self)
{
  CalfDatabase *database = calf_window_get_database (self);

  if (database == NULL)
    return;

  self->engine = calf_engine_new (database);
  calf_window_saved_init (self);

  self->start_page = calf_start_page_new ();
  calf_start_page_set_database (CALF_START_PAGE (self->start_page), database);
  g_signal_connect (self->start_page, "region-activated", G_CALLBACK (on_region_activated), self);
  g_signal_connect (self->start_page, "resume", G_CALLBACK (on_resume), self);
  g_signal_connect (self->start_page, "discard", G_CALLBACK (on_discard), self);
  adw_bin_set_child (self->start_bin, self->start_page);
  calf_window_name_page (GTK_WIDGET (self->start_bin), _("Where Does It Hurt?"));
  calf_window_name_page (self->start_page, _("Where Does It Hurt?"));

  calf_window_refresh_resume (self);
  calf_start_page_reset_view (CALF_START_PAGE (self->start_page));
  calf_window_actions_update (self);
}

void
calf_window_flow_dispose (CalfWindow *self)
{
  g_clear_weak_pointer (&self->about_you_page);
  g_clear_weak_pointer (&self->question_page);
  g_clear_weak_pointer (&self->results_page);
  self->start_page = NULL;
  g_clear_object (&self->flow);
  g_clear_object (&self->engine);
  /* Disposing the saver writes whatever is queued first. */
  if (self->autosaver != NULL)
    g_signal_handlers_disconnect_by_data (self->autosaver, self);
  g_clear_object (&self->autosaver);
}

gboolean
calf_window_flow_handle_back (CalfWindow *self)
{
  if (self->flow == NULL)
    return FALSE;

  if (calf_window_top_page_of_type (self, CALF_TYPE_QUESTION_PAGE) != NULL)
    {
      question_back (self);
      return TRUE;
    }

  if (calf_window_top_page_of_type (self, CALF_TYPE_ABOUT_YOU_PAGE) != NULL)
    {
      guint n = calf_question_flow_get_n_replies (self->flow);

      /* Back to the last answer before it. */
      calf_window_pop_page (self);
      if (self->question_page != NULL)
        {
          self->cursor = n > 0 ? n - 1 : 0;
          calf_window_show_current (self);
        }
      return TRUE;
    }

  if (calf_window_top_page_of_type (self, CALF_TYPE_RED_FLAG_PAGE) != NULL)
    {
      calf_window_red_flag_change_answer (self, calf_window_top_page_of_type (self, CALF_TYPE_RED_FLAG_PAGE));
      return TRUE;
    }

  if (calf_window_top_page_of_type (self, CALF_TYPE_RESULTS_PAGE) != NULL)
    {
      calf_window_change_answers (self);
      return TRUE;
    }

  return FALSE;
}

void
calf_window_flow_page_shown (CalfWindow *self)
{
  if (calf_window_get_n_pages (self) == 0 && self->start_page != NULL)
    {
      calf_window_refresh_resume (self);
      calf_start_page_reset_view (CALF_START_PAGE (self->start_page));
    }

  calf_window_actions_update (self);
}

CalfQuestionFlow *
calf_window_get_flow (CalfWindow *self)
{
  g_return_val_if_fail (CALF_IS_WINDOW (self), NULL);

  return self->flow;
}
