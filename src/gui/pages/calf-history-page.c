/* calf-history-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-history-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "calf-alert.h"
#include "calf-history-page-private.h"
#include "calf-page-util.h"
#include "calf-progress.h"
#include "calf-progress-chart.h"
#include "calf-report-history.h"
#include "calf-report-progress.h"
#include "calf-selftest-chart.h"


G_DEFINE_FINAL_TYPE (CalfHistoryPage, calf_history_page, ADW_TYPE_BIN)

enum {
  ASSESSMENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_assessment_row_activated (AdwActionRow    *row,
                             CalfHistoryPage *self)
{
  g_signal_emit (self, signals[ASSESSMENT_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "calf-entry"));
}

static const char *
kind_heading (CalfHistoryKind kind)
{
  switch (kind)
    {
    case CALF_HISTORY_KIND_ASSESSMENT: return _("Assessments");
    case CALF_HISTORY_KIND_SESSION: return _("Exercise Sessions");
    case CALF_HISTORY_KIND_SELFTEST: return _("Self-Tests");
    case CALF_HISTORY_KIND_PAIN: return _("Pain Diary");
    default: g_assert_not_reached ();
    }
}

/* --- deleting one entry, with Undo ----------------------------------------- */


/* The deletion happens when its toast goes, or when the page does. */
static void
delete_now (CalfHistoryPage *self,
            GtkWidget       *row)
{
  CalfHistoryEntry *entry = g_object_get_data (G_OBJECT (row), "calf-entry");

  if (self->history != NULL)
    calf_history_remove_async (self->history, entry->kind, entry->id, NULL, calf_history_page_on_written, g_object_ref (self));
}

static void
on_delete_toast_dismissed (AdwToast  *toast,
                           GtkWidget *row)
{
  CalfHistoryPage *self = g_object_get_data (G_OBJECT (row), "calf-page");

  if (self->pending != NULL && g_ptr_array_remove (self->pending, row))
    delete_now (self, row);
}

static void
on_delete_undo (AdwToast  *toast,
                GtkWidget *row)
{
  CalfHistoryPage *self = g_object_get_data (G_OBJECT (row), "calf-page");

  g_ptr_array_remove (self->pending, row);
  gtk_widget_set_visible (row, TRUE);
  gtk_widget_grab_focus (row);
}

static void
on_delete_clicked (GtkButton *button,
                   GtkWidget *row)
{
  CalfHistoryPage *self = g_object_get_data (G_OBJECT (row), "calf-page");
  AdwToast *toast = adw_toast_new (_("Entry deleted"));

  gtk_widget_set_visible (row, FALSE);
  g_ptr_array_add (self->pending, g_object_ref (row));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_delete_undo), row, 0);
  /* The toast keeps the row until it goes, even if the list is read
   * again meanwhile: the deletion happens then. */
  g_object_set_data_full (G_OBJECT (toast), "calf-row", g_object_ref (row), g_object_unref);
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_delete_toast_dismissed), row);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* --- deleting everything ---------------------------------------------------- */

static void
on_delete_all_response (GtkWidget       *alert,
                        const char      *response,
                        CalfHistoryPage *self)
{
  if (g_strcmp0 (response, "delete") != 0 || self->history == NULL)
    return;
  calf_history_remove_async (self->history, CALF_HISTORY_KIND_ASSESSMENT, 0, self->cancellable,
                             calf_history_page_on_written, g_object_ref (self));
}

static void
delete_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWidget *alert = calf_alert_new (_("Delete All History?"),
                                     _("Every assessment, session, self-test and pain score kept on this "
                                       "computer will be deleted. This cannot be undone."));

  calf_alert_add_response (alert, "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT);
  calf_alert_add_response (alert, "delete", _("_Delete All"), ADW_RESPONSE_DESTRUCTIVE);
  calf_alert_set_responses (alert, "cancel", "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (on_delete_all_response), widget, 0);
  calf_alert_present (alert, widget);
}

/* --- the lists -------------------------------------------------------------- */

static GtkWidget *
entry_row_new (CalfHistoryPage        *self,
               const CalfHistoryEntry *entry)
{
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *date = calf_report_history_date (entry->time);
  g_autofree char *subtitle = NULL;
  g_autofree char *delete_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  calf_report_history_describe (entry, self->database, &title, &detail);
  subtitle = *detail != '\0' ? g_strdup_printf ("%s · %s", date, detail) : g_strdup (date);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_focusable (row, TRUE);

  /* An assessment opens its results again. */
  if (entry->kind == CALF_HISTORY_KIND_ASSESSMENT)
    {
      /* Decoration: the row's name says what it opens. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "go-next-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (on_assessment_row_activated), self);
    }

  if (entry->kind == CALF_HISTORY_KIND_SESSION && entry->pain_next_morning == CALF_HISTORY_NO_PAIN)
    {
      /* Translators: a button in an exercise session's row of the history: adds the pain score
       * of the morning after. Keep it short. */
      button = gtk_button_new_with_mnemonic (_("_Next Morning…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Add the pain score of the morning after"));
      g_object_set_data (G_OBJECT (button), "calf-session-id", GSIZE_TO_POINTER ((gsize) entry->id));
      g_signal_connect (button, "clicked", G_CALLBACK (calf_history_page_morning_clicked), self);
      calf_page_fix_mnemonic_name (button);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the tooltip of the trash-can button of each row of the history (a verb). */
  gtk_widget_set_tooltip_text (button, _("Delete"));
  /* Translators: a button's name for screen readers: "Delete Pain 3/10, 4 Dec 2026". */
  delete_name = g_strdup_printf (_("Delete %s, %s"), title, date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  g_object_set_data (G_OBJECT (row), "calf-page", self);
  g_object_set_data_full (G_OBJECT (row), "calf-entry", calf_history_entry_copy (entry),
                          (GDestroyNotify) calf_history_entry_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete_clicked), row);
  return row;
}

static void
fill_list (CalfHistoryPage *self,
           CalfHistoryKind  kind,
           GPtrArray       *entries)
{
  GtkListBox *list = self->lists[kind];
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    gtk_list_box_append (list, entry_row_new (self, g_ptr_array_index (entries, i)));
}

static void
build_lists (CalfHistoryPage *self)
{
  for (guint kind = 0; kind < CALF_HISTORY_N_KINDS; kind++)
    {
      GtkWidget *heading = g_object_new (GTK_TYPE_LABEL,
                                         "label", kind_heading (kind),
                                         "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                         NULL);
      GtkWidget *list = gtk_list_box_new ();
      /* Translators: shown in an empty list of the History page, e.g. when no self-test was
       * done yet. */
      GtkWidget *placeholder = gtk_label_new (_("None yet"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 12);
      gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_widget_set_margin_top (placeholder, 12);
      gtk_widget_set_margin_bottom (placeholder, 12);
      gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
      gtk_box_append (self->lists_box, heading);
      if (kind == CALF_HISTORY_KIND_SELFTEST)
        {
          self->selftest_charts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
          gtk_widget_add_css_class (self->selftest_charts, "card");
          gtk_widget_add_css_class (self->selftest_charts, "calf-history-progress");
          gtk_widget_set_visible (self->selftest_charts, FALSE);
          gtk_box_append (self->lists_box, self->selftest_charts);
        }
      gtk_box_append (self->lists_box, list);
      self->lists[kind] = GTK_LIST_BOX (list);
    }
}

void
calf_history_page_reload (CalfHistoryPage *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  CalfProgress progress;

  g_return_if_fail (CALF_IS_HISTORY_PAGE (self));

  /* No history, or the page is gone (a write finishing after it). */
  if (self->history == NULL || self->summary_label == NULL)
    return;

  /* A few hundred rows read in a millisecond or two: only writes, which
   * wait for the disk, go to a thread. */
  all = calf_history_list_all (self->history, &error);
  if (all == NULL)
    {
      gtk_label_set_label (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }

  calf_report_progress_compute (all, self->database, g_get_real_time () / G_USEC_PER_SEC, &progress);
  summary = calf_progress_describe (&progress);
  gtk_label_set_label (self->summary_label, summary);
  calf_progress_chart_set_entries (self->chart, all);
  calf_progress_chart_set_summary (self->chart, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), calf_progress_chart_get_n_points (self->chart) > 0);

  for (guint kind = 0; kind < CALF_HISTORY_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) entries = calf_history_list (self->history, kind, NULL);

      fill_list (self, kind, entries);
    }
  calf_history_page_fill_selftest_charts (self, all);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.delete-all", all->len > 0);
}

guint
calf_history_page_get_n_rows (CalfHistoryPage *self,
                              CalfHistoryKind  kind)
{
  guint n = 0;

  g_return_val_if_fail (CALF_IS_HISTORY_PAGE (self), 0);
  g_return_val_if_fail (kind < CALF_HISTORY_N_KINDS, 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lists[kind]));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child) && gtk_widget_get_visible (child))
        n++;
    }
  return n;
}

static void
calf_history_page_dispose (GObject *object)
{
  CalfHistoryPage *self = CALF_HISTORY_PAGE (object);

  /* Deleted and not undone: deleted, even if the toast is still up. */
  if (self->pending != NULL)
    {
      g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

      for (guint i = 0; i < pending->len; i++)
        delete_now (self, g_ptr_array_index (pending, i));
    }
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CALF_TYPE_HISTORY_PAGE);
  self->toast_overlay = NULL;
  memset (self->lists, 0, sizeof self->lists);

  G_OBJECT_CLASS (calf_history_page_parent_class)->dispose (object);
}

static void
calf_history_page_finalize (GObject *object)
{
  CalfHistoryPage *self = CALF_HISTORY_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->history);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (calf_history_page_parent_class)->finalize (object);
}

static void
calf_history_page_class_init (CalfHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_history_page_dispose;
  object_class->finalize = calf_history_page_finalize;

  g_type_ensure (CALF_TYPE_PROGRESS_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfHistoryPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, CalfHistoryPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, CalfHistoryPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CalfHistoryPage, chart);
  gtk_widget_class_bind_template_child (widget_class, CalfHistoryPage, add_pain_button);
  gtk_widget_class_bind_template_child (widget_class, CalfHistoryPage, lists_box);
  gtk_widget_class_bind_template_child (widget_class, CalfHistoryPage, delete_all_button);
  gtk_widget_class_bind_template_child (widget_class, CalfHistoryPage, where_label);

  /**
   * CalfHistoryPage::assessment-activated:
   * @entry: (type CalfHistoryEntry): the assessment
   *
   * The person asked to see a past assessment's results again.
   */
  signals[ASSESSMENT_ACTIVATED] =
    g_signal_new ("assessment-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CALF_TYPE_HISTORY_ENTRY);

  gtk_widget_class_install_action (widget_class, "history.add-pain", NULL, calf_history_page_add_pain_action);
  gtk_widget_class_install_action (widget_class, "history.delete-all", NULL, delete_all_action);
}

static void
calf_history_page_init (CalfHistoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound: it is the bin's own child, which the bin unparents. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));
  self->cancellable = g_cancellable_new ();
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  calf_page_fix_mnemonic_name (self->add_pain_button);
  calf_page_fix_mnemonic_name (self->delete_all_button);
  build_lists (self);
}

/**
 * calf_history_page_new:
 * @history: (nullable): the history, or %NULL when it could not be opened
 * @database: (nullable): names for regions, causes and exercises
 * @problem: (nullable): why there is no history
 */
GtkWidget *
calf_history_page_new (CalfHistory  *history,
                       CalfDatabase *database,
                       const char   *problem)
{
  CalfHistoryPage *self;
  g_autofree char *where = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (history == NULL || CALF_IS_HISTORY (history), NULL);
  g_return_val_if_fail (database == NULL || CALF_IS_DATABASE (database), NULL);

  self = g_object_new (CALF_TYPE_HISTORY_PAGE, NULL);
  g_set_object (&self->history, history);
  g_set_object (&self->database, database);

  if (history == NULL)
    {
      /* Translators: %s says why, e.g. "The history in … is damaged (…)."; it may be empty. */
      g_autofree char *text = g_strdup_printf (_("Your history cannot be shown. %s"),
                                               problem != NULL ? problem : "");

      gtk_label_set_label (self->problem_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      gtk_widget_set_visible (self->progress_box, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->lists_box), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.add-pain", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.delete-all", FALSE);
      return GTK_WIDGET (self);
    }

  shown = calf_page_format_path (calf_history_get_path (history));
  /* Translators: %s is the file's place on the computer. */
  where = g_strdup_printf (_("Kept on this computer only, in %s. Nothing is sent anywhere."), shown);
  gtk_label_set_label (self->where_label, where);
  calf_history_page_reload (self);
  return GTK_WIDGET (self);
}
