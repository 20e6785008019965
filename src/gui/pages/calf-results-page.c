/* calf-results-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-results-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "calf-advice-notes.h"
#include "calf-exercise-plan.h"
#include "calf-page-util.h"
#include "calf-results-page-private.h"
#include "calf-triage-banner.h"

G_DEFINE_FINAL_TYPE (CalfResultsPage, calf_results_page, GTK_TYPE_WIDGET)

enum {
  CONDITION_ACTIVATED,
  EXERCISE_ACTIVATED,
  SELFTEST_ACTIVATED,
  START_OVER,
  ANSWER_MORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
calf_results_page_condition_row_activated (CalfRow         *row,
                                           CalfResultsPage *self)
{
  g_signal_emit (self, signals[CONDITION_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (row), "calf-id"));
}

void
calf_results_page_exercise_row_activated (CalfRow         *row,
                                          CalfResultsPage *self)
{
  g_signal_emit (self, signals[EXERCISE_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (row), "calf-id"));
}

void
calf_results_page_selftest_row_activated (CalfRow         *row,
                                          CalfResultsPage *self)
{
  g_signal_emit (self, signals[SELFTEST_ACTIVATED], 0,
                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "calf-kind")));
}

static void
on_start_over_clicked (CalfResultsPage *self)
{
  g_signal_emit (self, signals[START_OVER], 0);
}

/* A flow box child that only holds the button: out of the focus chain,
 * so Tab goes from button to button. */
static void
add_action_button (GtkWidget *flow_box,
                   GtkWidget *button)
{
  gtk_widget_add_css_class (button, "pill");
  gtk_flow_box_append (GTK_FLOW_BOX (flow_box),
                       g_object_new (GTK_TYPE_FLOW_BOX_CHILD,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_GENERIC,
                                     "focusable", FALSE,
                                     "child", button,
                                     NULL));
}

static void
on_answer_more (CalfResultsPage *self)
{
  g_signal_emit (self, signals[ANSWER_MORE], 0);
}

static void
calf_results_page_build (CalfResultsPage *self,
                         gboolean         finished)
{
  GPtrArray *reasons = calf_result_get_triage_reasons (self->result);
  GtkWidget *content;
  GtkWidget *buttons;
  GtkWidget *button;

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_hash_table_remove_all (self->condition_rows);
  g_hash_table_remove_all (self->condition_expanders);
  g_hash_table_remove_all (self->exercise_rows);
  g_hash_table_remove_all (self->selftest_rows);

  self->scrolled = calf_page_scrolled_new (720, &content);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  self->banner = calf_triage_banner_new ();
  calf_triage_banner_set_result (CALF_TRIAGE_BANNER (self->banner), self->result);
  gtk_box_append (GTK_BOX (content), self->banner);

  if (reasons->len > 0)
    {
      GtkWidget *section = calf_page_add_section (content, _("Why This Advice"), NULL);

      calf_page_add_bullets (section, (const char * const *) reasons->pdata, reasons->len);
    }

  /* How the advice changed, what could change it, and after an emergency
   * the questions left. */
  self->notes = calf_advice_notes_new ();
  calf_advice_notes_set_result (CALF_ADVICE_NOTES (self->notes), self->result);
  calf_advice_notes_set_can_answer_more (CALF_ADVICE_NOTES (self->notes), self->can_answer_more);
  g_signal_connect_swapped (self->notes, "answer-more", G_CALLBACK (on_answer_more), self);
  gtk_box_append (GTK_BOX (content), self->notes);

  if (!finished)
    calf_page_add_label (content,
                         _("Not every question was answered, so the possible causes below are less certain."),
                         NULL);

  calf_results_page_add_causes (self, content);
  calf_results_page_add_exercises (self, content);
  calf_results_page_add_selftests (self, content);
  calf_results_page_add_safety (self, content);

  calf_page_add_label (content,
                       _("Calf Check cannot examine you and gives guidance, not a diagnosis. If things get worse or you are worried, get medical help."),
                       NULL);

  /* Two buttons a line, one when narrow. Plain containers for assistive
   * technology: GTK 4.8 reads an unnamed grid and its cells by class name. */
  buttons = g_object_new (GTK_TYPE_FLOW_BOX,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_GENERIC,
                          "selection-mode", GTK_SELECTION_NONE,
                          "homogeneous", TRUE,
                          "max-children-per-line", 2,
                          "column-spacing", 12,
                          "row-spacing", 12,
                          "margin-top", 12,
                          NULL);
  gtk_box_append (GTK_BOX (content), buttons);

  button = calf_page_button_new (_("_Print…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.print");
  add_action_button (buttons, button);

  button = calf_page_button_new (_("_Export…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.export");
  add_action_button (buttons, button);

  button = calf_page_button_new (_("Your _Answers"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.answers");
  add_action_button (buttons, button);
  self->answers_button = button;

  button = calf_page_button_new (_("_Start Over…"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_start_over_clicked), self);
  add_action_button (buttons, button);
  self->last_button = button;
}

static GtkAdjustment *
vadjustment (CalfResultsPage *self)
{
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
}

/* Ctrl+Home from anywhere in the page, even inside a list that takes Home
 * for itself: back to the triage, the first thing to read. */
static void
top_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CalfResultsPage *self = CALF_RESULTS_PAGE (widget);

  if (self->scrolled == NULL)
    return;
  gtk_widget_grab_focus (self->banner);
  gtk_adjustment_set_value (vadjustment (self), gtk_adjustment_get_lower (vadjustment (self)));
}

static void
bottom_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CalfResultsPage *self = CALF_RESULTS_PAGE (widget);
  GtkAdjustment *adjustment;

  if (self->scrolled == NULL)
    return;
  adjustment = vadjustment (self);
  gtk_widget_grab_focus (self->last_button);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_named_action_new (action)));
}

static void
calf_results_page_dispose (GObject *object)
{
  CalfResultsPage *self = CALF_RESULTS_PAGE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->result);
  g_clear_pointer (&self->condition_rows, g_hash_table_unref);
  g_clear_pointer (&self->condition_expanders, g_hash_table_unref);
  g_clear_pointer (&self->exercise_rows, g_hash_table_unref);
  g_clear_pointer (&self->selftests, g_array_unref);
  g_clear_pointer (&self->selftest_rows, g_hash_table_unref);

  G_OBJECT_CLASS (calf_results_page_parent_class)->dispose (object);
}

static void
calf_results_page_class_init (CalfResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_results_page_dispose;

  signals[CONDITION_ACTIVATED] =
    g_signal_new ("condition-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
  signals[EXERCISE_ACTIVATED] =
    g_signal_new ("exercise-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
  /* A CalfSelftestKind offered by calf_results_page_set_selftests (). */
  signals[SELFTEST_ACTIVATED] =
    g_signal_new ("selftest-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);
  signals[START_OVER] =
    g_signal_new ("start-over", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* After an emergency ended the questions: answer the rest anyway. */
  signals[ANSWER_MORE] =
    g_signal_new ("answer-more", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "results.top", NULL, top_action);
  gtk_widget_class_install_action (widget_class, "results.bottom", NULL, bottom_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-results-page");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_results_page_init (CalfResultsPage *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  /* Capture phase: a focused list row would take Ctrl+Home as "first row". */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>Home", "results.top");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>End", "results.bottom");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->condition_rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->condition_expanders = g_hash_table_new (g_str_hash, g_str_equal);
  self->exercise_rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->selftests = g_array_new (FALSE, FALSE, sizeof (CalfSelftestKind));
  self->selftest_rows = g_hash_table_new (NULL, NULL);
}

GtkWidget *
calf_results_page_new (void)
{
  return g_object_new (CALF_TYPE_RESULTS_PAGE, NULL);
}

void
calf_results_page_set_result (CalfResultsPage *self,
                              CalfResult      *result,
                              gboolean         finished)
{
  g_return_if_fail (CALF_IS_RESULTS_PAGE (self));
  g_return_if_fail (CALF_IS_RESULT (result));

  g_set_object (&self->result, result);
  calf_results_page_build (self, finished);
}

CalfResult *
calf_results_page_get_result (CalfResultsPage *self)
{
  g_return_val_if_fail (CALF_IS_RESULTS_PAGE (self), NULL);

  return self->result;
}

/**
 * calf_results_page_set_selftests:
 * @self: a #CalfResultsPage
 * @kinds: (array length=n_kinds): the self-tests that may be done now
 * @n_kinds: how many
 *
 * Sets the self-tests the page offers; they are shown only while the
 * triage is self-care or soon. Takes effect with the next
 * calf_results_page_set_result ().
 */
void
calf_results_page_set_selftests (CalfResultsPage        *self,
                                 const CalfSelftestKind *kinds,
                                 guint                   n_kinds)
{
  g_return_if_fail (CALF_IS_RESULTS_PAGE (self));
  g_return_if_fail (kinds != NULL || n_kinds == 0);

  g_array_set_size (self->selftests, 0);
  g_array_append_vals (self->selftests, kinds, n_kinds);
}

GtkWidget *
calf_results_page_get_banner (CalfResultsPage *self)
{
  g_return_val_if_fail (CALF_IS_RESULTS_PAGE (self), NULL);

  return self->banner;
}

GtkWidget *
calf_results_page_get_condition_row (CalfResultsPage *self,
                                     const char      *condition_id)
{
  CalfExpanderRow *expander;

  g_return_val_if_fail (CALF_IS_RESULTS_PAGE (self), NULL);

  /* Asked for before the cause was opened: built now. */
  expander = g_hash_table_lookup (self->condition_expanders, condition_id);
  if (expander != NULL)
    calf_results_page_ensure_cause_details (self, expander);
  return g_hash_table_lookup (self->condition_rows, condition_id);
}

GtkWidget *
calf_results_page_get_exercise_row (CalfResultsPage *self,
                                    const char      *exercise_id)
{
  g_return_val_if_fail (CALF_IS_RESULTS_PAGE (self), NULL);

  return g_hash_table_lookup (self->exercise_rows, exercise_id);
}

GtkWidget *
calf_results_page_get_selftest_row (CalfResultsPage  *self,
                                    CalfSelftestKind  kind)
{
  g_return_val_if_fail (CALF_IS_RESULTS_PAGE (self), NULL);

  return g_hash_table_lookup (self->selftest_rows, GINT_TO_POINTER (kind));
}

/* Offers the questions left after an emergency ended them. */
void
calf_results_page_set_can_answer_more (CalfResultsPage *self,
                                       gboolean         can_answer_more)
{
  g_return_if_fail (CALF_IS_RESULTS_PAGE (self));

  self->can_answer_more = can_answer_more;
  if (self->notes != NULL)
    calf_advice_notes_set_can_answer_more (CALF_ADVICE_NOTES (self->notes), can_answer_more);
}

/**
 * calf_results_page_set_past:
 * @self: a #CalfResultsPage
 *
 * Shows the result of an assessment from the history: it can be printed
 * and exported, but its answers are not the ones in progress, so Your
 * Answers and Start Over are not offered.
 */
void
calf_results_page_set_past (CalfResultsPage *self)
{
  g_return_if_fail (CALF_IS_RESULTS_PAGE (self));

  /* The buttons sit in flow box children. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->answers_button), FALSE);
  gtk_widget_set_visible (gtk_widget_get_parent (self->last_button), FALSE);
  calf_results_page_set_can_answer_more (self, FALSE);
}
