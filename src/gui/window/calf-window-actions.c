/* calf-window-actions.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.print (Ctrl+P) and win.export (Ctrl+E): the results of the
 * assessment in progress, through the report engineer's CalfReport,
 * calf_print_report() and calf_export_report(); win.answers: the list of
 * answers given, to change any.
 */

#define G_LOG_DOMAIN "calf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-export.h"
#include "calf-print.h"
#include "calf-report.h"
#include "calf-report-history.h"
#include "calf-results-page.h"
#include "calf-window-private.h"

/* A past assessment (from the history) while it is on top. */
static GtkWidget *
past_results_page (CalfWindow *self)
{
  GtkWidget *page = calf_window_get_visible_page (self);

  return page != NULL && g_object_get_data (G_OBJECT (page), "calf-past-answers") != NULL ? page : NULL;
}

CalfReport *
calf_window_create_report (CalfWindow *self)
{
  g_autoptr(GDateTime) now = NULL;
  GtkWidget *past = past_results_page (self);
  CalfReport *report;

  if (past != NULL)
    report = calf_report_new (calf_results_page_get_result (CALF_RESULTS_PAGE (past)),
                              g_object_get_data (G_OBJECT (past), "calf-past-answers"),
                              g_object_get_data (G_OBJECT (past), "calf-past-created"));
  else
    {
      now = g_date_time_new_now_local ();
      report = calf_report_new_for_flow (self->flow, now);
    }

  /* With a history, the report carries the progress over weeks too. */
  if (self->history != NULL && g_settings_get_boolean (self->settings, "keep-history"))
    calf_report_add_progress (report, self->history, self->database);
  return report;
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CalfWindow *self = CALF_WINDOW (user_data);
  g_autoptr(CalfReport) report = NULL;

  if (self->flow == NULL && past_results_page (self) == NULL)
    return;

  report = calf_window_create_report (self);
  calf_print_report (GTK_WINDOW (self), report);
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CalfWindow *self = CALF_WINDOW (user_data);
  g_autoptr(CalfReport) report = NULL;

  if (self->flow == NULL && past_results_page (self) == NULL)
    return;

  report = calf_window_create_report (self);
  calf_export_report (GTK_WINDOW (self), self->toast_overlay, report);
}

static void
answers_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  calf_window_show_answers (CALF_WINDOW (user_data));
}

static void
start_over_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CalfWindow *self = CALF_WINDOW (user_data);

  if (self->flow != NULL)
    calf_window_confirm_discard (self, _("Start Over?"), _("_Start Over"));
}

static const GActionEntry actions[] = {
  { .name = "print", .activate = print_action },
  { .name = "export", .activate = export_action },
  { .name = "answers", .activate = answers_action },
  { .name = "start-over", .activate = start_over_action },
};

/* In the window's action map (not class actions), so that menus and
 * g_action_group_* see them. */
void
calf_window_actions_init (CalfWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  calf_window_actions_update (self);
}

void
calf_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}

/* Results can be printed and exported while they are shown (the results
 * page or a page opened from it). */
void
calf_window_actions_update (CalfWindow *self)
{
  gboolean enabled = (self->flow != NULL && self->results_page != NULL) || past_results_page (self) != NULL;
  const char *names[] = { "print", "export" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }

  /* "Your Answers" and "Start Over…" while an assessment is open. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "answers")),
                               self->flow != NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "start-over")),
                               self->flow != NULL);
}
