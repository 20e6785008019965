/* calf-history-page-scores.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The History page's pain scores (a day's, and the morning after a
 * session), written on a worker thread, and its self-test charts.
 */

#define G_LOG_DOMAIN "calf-history-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-alert.h"
#include "calf-history-page-private.h"
#include "calf-selftest-chart.h"

/* --- scores: a day's pain, and the morning after a session ------------------ */

static GtkWidget *
pain_scale_new (const char *accessible_name)
{
  GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 10, 1);

  gtk_scale_set_digits (GTK_SCALE (scale), 0);
  gtk_scale_set_draw_value (GTK_SCALE (scale), TRUE);
  gtk_range_set_round_digits (GTK_RANGE (scale), 0);
  for (int i = 0; i <= 10; i += 5)
    {
      g_autofree char *mark = g_strdup_printf ("%d", i);

      gtk_scale_add_mark (GTK_SCALE (scale), i, GTK_POS_BOTTOM, mark);
    }
  gtk_widget_set_size_request (scale, 240, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  return scale;
}

void
calf_history_page_on_written (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CalfHistoryPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (G_IS_TASK (result) && g_task_get_source_tag (G_TASK (result)) == calf_history_add_async)
    {
      g_autoptr(CalfHistoryEntry) entry = calf_history_add_finish (CALF_HISTORY (object), result, &error);

      ok = entry != NULL;
    }
  else
    ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (self->toast_overlay == NULL)
    return;
  if (!ok)
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }
  calf_history_page_reload (self);
}

static void
on_add_pain_response (GtkWidget       *alert,
                      const char      *response,
                      CalfHistoryPage *self)
{
  GtkRange *scale = g_object_get_data (G_OBJECT (alert), "calf-pain-scale");
  GtkEditable *note = g_object_get_data (G_OBJECT (alert), "calf-note");
  g_autoptr(CalfHistoryEntry) entry = NULL;
  const char *text;

  if (g_strcmp0 (response, "add") != 0 || self->history == NULL)
    return;

  entry = calf_history_entry_new (CALF_HISTORY_KIND_PAIN);
  entry->pain = (int) gtk_range_get_value (scale);
  text = gtk_editable_get_text (note);
  entry->note = g_strstrip (g_strdup (text));
  if (*entry->note == '\0')
    g_clear_pointer (&entry->note, g_free);
  calf_history_add_async (self->history, entry, self->cancellable, calf_history_page_on_written, g_object_ref (self));
}

void
calf_history_page_add_pain_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CalfHistoryPage *self = CALF_HISTORY_PAGE (widget);
  GtkWidget *alert = calf_alert_new (_("Add a Pain Score"),
                                     _("How much does your calf hurt today, from 0 (no pain) to 10 (the worst "
                                       "you can imagine)?"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  /* Translators: the name of the 0-to-10 pain slider, read by screen readers. */
  GtkWidget *scale = pain_scale_new (_("Pain today, 0 to 10"));
  GtkWidget *note = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Note (optional)"));
  gtk_entry_set_max_length (GTK_ENTRY (note), CALF_HISTORY_MAX_NOTE_CHARS);
  /* Translators: the name of the note field (a short text), read by screen readers. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_box_append (GTK_BOX (box), scale);
  gtk_box_append (GTK_BOX (box), note);
  calf_alert_set_extra_child (alert, box);
  calf_alert_add_response (alert, "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT);
  calf_alert_add_response (alert, "add", _("_Add"), ADW_RESPONSE_SUGGESTED);
  calf_alert_set_responses (alert, "add", "cancel");
  g_object_set_data (G_OBJECT (alert), "calf-pain-scale", scale);
  g_object_set_data (G_OBJECT (alert), "calf-note", note);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_add_pain_response), self, 0);
  calf_alert_present (alert, widget);
}

typedef struct
{
  gint64 id;
  int    pain;
} MorningPain;

static void
morning_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  MorningPain *morning = task_data;
  GError *error = NULL;

  if (calf_history_set_next_morning_pain (source_object, morning->id, morning->pain, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_morning_response (GtkWidget       *alert,
                     const char      *response,
                     CalfHistoryPage *self)
{
  GtkRange *scale = g_object_get_data (G_OBJECT (alert), "calf-pain-scale");
  g_autoptr(GTask) task = NULL;
  MorningPain *morning;

  if (g_strcmp0 (response, "add") != 0 || self->history == NULL)
    return;

  morning = g_new (MorningPain, 1);
  morning->id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (alert), "calf-session-id"));
  morning->pain = (int) gtk_range_get_value (scale);
  task = g_task_new (self->history, self->cancellable, calf_history_page_on_written, g_object_ref (self));
  g_task_set_task_data (task, morning, g_free);
  g_task_run_in_thread (task, morning_thread);
}

void
calf_history_page_morning_clicked (GtkButton       *button,
                    CalfHistoryPage *self)
{
  GtkWidget *alert = calf_alert_new (_("Pain the Next Morning"),
                                     _("How much did your calf hurt the morning after this session, from 0 "
                                       "(no pain) to 10? If it is worse than usual, do less next time."));
  /* Translators: the name of the 0-to-10 pain slider, read by screen readers. */
  GtkWidget *scale = pain_scale_new (_("Pain the next morning, 0 to 10"));

  calf_alert_set_extra_child (alert, scale);
  calf_alert_add_response (alert, "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT);
  calf_alert_add_response (alert, "add", _("_Add"), ADW_RESPONSE_SUGGESTED);
  calf_alert_set_responses (alert, "add", "cancel");
  g_object_set_data (G_OBJECT (alert), "calf-pain-scale", scale);
  g_object_set_data (G_OBJECT (alert), "calf-session-id",
                     g_object_get_data (G_OBJECT (button), "calf-session-id"));
  g_signal_connect_object (alert, "response", G_CALLBACK (on_morning_response), self, 0);
  calf_alert_present (alert, GTK_WIDGET (self));
}

/* Each self-test done, one chart each, with a key in words. */
void
calf_history_page_fill_selftest_charts (CalfHistoryPage *self,
                      GPtrArray       *all)
{
  static const CalfSelftestKind tests[] = { CALF_SELFTEST_KNEE_TO_WALL, CALF_SELFTEST_HEEL_RAISE };
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (self->selftest_charts)) != NULL)
    gtk_box_remove (GTK_BOX (self->selftest_charts), child);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      GtkWidget *chart = calf_selftest_chart_new (tests[i], all);
      GtkWidget *title;

      if (calf_selftest_chart_get_n_points (CALF_SELFTEST_CHART (chart)) == 0)
        {
          g_object_ref_sink (chart);
          g_object_unref (chart);
          continue;
        }
      /* Translators: the heading above a self-test's chart on the History page, with the unit. */
      title = gtk_label_new (tests[i] == CALF_SELFTEST_KNEE_TO_WALL ? _("Knee to wall (cm)")
                                                                    /* Translators: the heading
                                                                     * above a self-test's chart
                                                                     * on the History page: the
                                                                     * number of heel raises. */
                                                                    : _("Heel raises (count)"));
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "heading");
      gtk_box_append (GTK_BOX (self->selftest_charts), title);
      gtk_box_append (GTK_BOX (self->selftest_charts), chart);
      any = TRUE;
    }

  if (any)
    {
      /* Translators: the key of the self-test charts. */
      GtkWidget *key = gtk_label_new (_("Round dots: the left leg. Squares: the right leg. Dashes: below them, "
                                        "the result is flagged."));

      gtk_label_set_wrap (GTK_LABEL (key), TRUE);
      gtk_label_set_xalign (GTK_LABEL (key), 0);
      gtk_widget_add_css_class (key, "caption");
      gtk_widget_add_css_class (key, "dim-label");
      gtk_box_append (GTK_BOX (self->selftest_charts), key);
    }
  gtk_widget_set_visible (self->selftest_charts, any);
}
