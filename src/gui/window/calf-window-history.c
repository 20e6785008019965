/* calf-window-history.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's side of the history (issue 15): the file is opened on a
 * thread the first time something is kept or the History page is shown,
 * so starting the window never waits for it; entries are written on a
 * thread too. win.show-history shows the History page.
 */

#define G_LOG_DOMAIN "calf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-history-page.h"
#include "calf-window-private.h"

typedef void (*HistoryFunc) (CalfWindow *self,
                             gpointer    data);

typedef struct
{
  HistoryFunc    func;
  gpointer       data;
  GDestroyNotify free;
} HistoryWaiter;

static void
history_waiter_free (HistoryWaiter *waiter)
{
  if (waiter->free != NULL)
    waiter->free (waiter->data);
  g_free (waiter);
}

static gboolean
keeping_history (CalfWindow *self)
{
  return g_settings_get_boolean (self->settings, "keep-history");
}

static char *
history_path (void)
{
  const char *override = g_getenv ("CALF_CHECK_HISTORY");

  return override != NULL && *override != '\0' ? g_strdup (override) : calf_history_get_default_path ();
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autofree char *path = history_path ();
  GError *error = NULL;
  CalfHistory *history = calf_history_open (path, &error);

  if (history != NULL)
    g_task_return_pointer (task, history, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
on_opened (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  CalfWindow *self = CALF_WINDOW (object);
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->history_waiting);
  g_autoptr(GError) error = NULL;

  self->history = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->toast_overlay == NULL)
    {
      /* The window was closed meanwhile. */
      g_clear_object (&self->history);
      return;
    }
  if (self->history == NULL)
    {
      g_message ("No history: %s", error->message);
      self->history_error = g_strdup (error->message);
      calf_window_flow_toast (self, _("Your history cannot be opened: see the History page"));
    }
  else if (calf_history_get_set_aside_path (self->history) != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a file name. */
      message = g_strdup_printf (_("Your history was damaged and has been kept as %s; a new one was started"),
                                 calf_history_get_set_aside_path (self->history));
      calf_window_flow_toast (self, message);
    }

  for (guint i = 0; waiting != NULL && i < waiting->len; i++)
    {
      HistoryWaiter *waiter = g_ptr_array_index (waiting, i);

      waiter->func (self, waiter->data);
    }
}

/* Runs @func once the history is opened, or could not be (then
 * self->history is NULL and self->history_error says why). */
static void
with_history (CalfWindow     *self,
              HistoryFunc     func,
              gpointer        data,
              GDestroyNotify  free_data)
{
  HistoryWaiter *waiter;

  if (self->history != NULL || self->history_error != NULL)
    {
      func (self, data);
      if (free_data != NULL)
        free_data (data);
      return;
    }

  waiter = g_new0 (HistoryWaiter, 1);
  waiter->func = func;
  waiter->data = data;
  waiter->free = free_data;

  if (self->history_waiting == NULL)
    {
      g_autoptr(GTask) task = g_task_new (self, NULL, on_opened, NULL);

      self->history_waiting = g_ptr_array_new_with_free_func ((GDestroyNotify) history_waiter_free);
      g_task_run_in_thread (task, open_thread);
    }
  g_ptr_array_add (self->history_waiting, waiter);
}

static void
on_added (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(CalfWindow) self = user_data;
  g_autoptr(CalfHistoryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = calf_history_add_finish (CALF_HISTORY (object), result, &error);
  if (self->toast_overlay == NULL)
    return;
  if (entry == NULL)
    {
      /* Translators: %s says why, e.g. "The disk is full, so the history … could not be saved:
       * …". */
      g_autofree char *message = g_strdup_printf (_("Could not keep this in your history: %s"), error->message);

      calf_window_flow_toast (self, message);
      return;
    }
  if (entry->kind == CALF_HISTORY_KIND_ASSESSMENT && self->history_assessment_id == -1)
    self->history_assessment_id = entry->id;
}

/* A GDestroyNotify of the right type: with_history() calls it itself, and
 * UBSan checks the type of calls through pointers. */
static void
entry_free (gpointer data)
{
  calf_history_entry_free (data);
}

static void
record_now (CalfWindow *self,
            gpointer    data)
{
  CalfHistoryEntry *entry = data;

  if (self->history == NULL)
    return;
  calf_history_add_async (self->history, entry, NULL, on_added, g_object_ref (self));
}

void
calf_window_history_record (CalfWindow       *self,
                            CalfHistoryEntry *entry)
{
  g_return_if_fail (CALF_IS_WINDOW (self));
  g_return_if_fail (entry != NULL);

  if (!keeping_history (self))
    {
      calf_history_entry_free (entry);
      return;
    }
  with_history (self, record_now, entry, entry_free);
}

static void
forget_previous (CalfWindow *self,
                 gpointer    data)
{
  gint64 id = GPOINTER_TO_SIZE (data);

  if (self->history != NULL && id > 0)
    calf_history_remove_async (self->history, CALF_HISTORY_KIND_ASSESSMENT, id, NULL, NULL, NULL);
}

void
calf_window_history_record_assessment (CalfWindow *self)
{
  g_autoptr(CalfResult) result = NULL;

  g_return_if_fail (CALF_IS_WINDOW (self));

  if (self->flow == NULL || !calf_question_flow_is_finished (self->flow) || !keeping_history (self))
    return;

  /* The same assessment shown again after a change: it replaces the one
   * kept, so the history holds each assessment once, as it ended. */
  if (self->history_flow == self->flow && self->history_assessment_id > 0)
    with_history (self, forget_previous, GSIZE_TO_POINTER (self->history_assessment_id), NULL);
  g_set_weak_pointer (&self->history_flow, self->flow);
  self->history_assessment_id = -1;

  result = calf_question_flow_get_result (self->flow);
  calf_window_history_record (self, calf_history_entry_new_assessment (calf_question_flow_get_answers (self->flow),
                                                                       result));
}

/* --- a session just done ----------------------------------------------- */

void
calf_window_history_record_session (CalfWindow         *self,
                                    const CalfExercise *exercise,
                                    guint               sets_done,
                                    guint               reps_done,
                                    guint               seconds,
                                    int                 pain,
                                    const char         *note)
{
  CalfHistoryEntry *entry;

  g_return_if_fail (CALF_IS_WINDOW (self));
  g_return_if_fail (exercise != NULL);

  entry = calf_history_entry_new (CALF_HISTORY_KIND_SESSION);
  entry->exercise = g_strdup (exercise->id);
  entry->sets_done = MIN (sets_done, CALF_HISTORY_MAX_COUNT);
  entry->reps_done = MIN (reps_done, CALF_HISTORY_MAX_COUNT);
  entry->duration = MIN (seconds, CALF_HISTORY_MAX_DURATION);
  entry->pain_during = pain >= 0 && pain <= 10 ? pain : CALF_HISTORY_NO_PAIN;
  entry->note = g_strdup (note);
  calf_window_history_record (self, entry);
}

/* --- deleting everything, from Preferences -------------------------------- */

static void
delete_all_now (CalfWindow *self,
                gpointer    data)
{
  if (self->history != NULL)
    calf_history_remove_async (self->history, CALF_HISTORY_KIND_ASSESSMENT, 0, NULL, NULL, NULL);
}

void
calf_window_history_delete_all (CalfWindow *self)
{
  g_return_if_fail (CALF_IS_WINDOW (self));

  self->history_assessment_id = 0;
  with_history (self, delete_all_now, NULL, NULL);
}

/* --- the History page ---------------------------------------------------- */

/* A past assessment: its answers as kept, evaluated with today's
 * database. Advice that reads differently now is said, never changed
 * silently. */
static void
on_assessment_activated (CalfHistoryPage        *page,
                         const CalfHistoryEntry *entry,
                         CalfWindow             *self)
{
  g_autoptr(CalfAnswers) answers = NULL;
  g_autoptr(CalfResult) result = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GError) error = NULL;

  if (self->database == NULL || self->engine == NULL)
    return;

  /* Translators: written in place of a file name in errors about an assessment kept in the
   * history. */
  answers = calf_answers_new_from_json (self->database, _("the history"), entry->answers, -1, &error);
  if (answers == NULL)
    {
      /* Translators: %s says why the answers kept in the history cannot be read. */
      g_autofree char *message = g_strdup_printf (_("This assessment cannot be shown again: %s"), error->message);

      calf_window_flow_toast (self, message);
      return;
    }

  result = calf_engine_evaluate (self->engine, answers);
  if (calf_result_get_triage_level (result) != entry->triage)
    {
      const CalfTriageInfo *then = calf_database_get_triage_info (self->database, entry->triage);
      g_autofree char *note = NULL;

      /* Translators: %s is advice such as "See a doctor in the next few days". */
      note = g_strdup_printf (_("When this assessment was made, the advice was: %s. Calf Check has changed "
                                "since; if in doubt, follow the more urgent advice."),
                              then != NULL ? then->title : calf_triage_level_to_string (entry->triage));
      calf_result_add_triage_note (result, note);
    }

  utc = g_date_time_new_from_unix_utc (entry->time);
  created = g_date_time_to_local (utc);
  calf_window_show_past_results (self, answers, result, created);
}

static void
show_page (CalfWindow *self,
           gpointer    data)
{
  GtkWidget *page = calf_history_page_new (self->history, self->database, self->history_error);

  g_signal_connect_object (page, "assessment-activated", G_CALLBACK (on_assessment_activated), self, 0);
  /* Translators: a header bar title: the History page. Keep it short. */
  calf_window_push_page (self, page, _("History"));
}

static void
show_history_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CalfWindow *self = CALF_WINDOW (user_data);

  if (calf_window_top_page_of_type (self, CALF_TYPE_HISTORY_PAGE) != NULL)
    return;
  with_history (self, show_page, NULL, NULL);
}

static const GActionEntry actions[] = {
  { .name = "show-history", .activate = show_history_action },
};

/* In the window's action map, like win.safety, so the menu and the start
 * page reach it. */
void
calf_window_history_init (CalfWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
}

void
calf_window_history_dispose (CalfWindow *self)
{
  g_clear_pointer (&self->history_waiting, g_ptr_array_unref);
  g_clear_weak_pointer (&self->history_flow);
  g_clear_object (&self->history);
  g_clear_pointer (&self->history_error, g_free);
}
