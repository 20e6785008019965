/* calf-red-flag-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-red-flag-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-page-util.h"
#include "calf-red-flag-page.h"
#include "calf-triage-banner.h"

struct _CalfRedFlagPage
{
  GtkWidget           parent_instance;

  CalfResult         *result;
  const CalfQuestion *question;
  GtkWidget          *scrolled;
  GtkWidget          *banner;
  GtkWidget          *number_label;
};

G_DEFINE_FINAL_TYPE (CalfRedFlagPage, calf_red_flag_page, GTK_TYPE_WIDGET)

enum {
  SHOW_RESULTS,
  CHANGE_ANSWER,
  KEEP_ANSWERING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_button_clicked (GtkButton       *button,
                   CalfRedFlagPage *self)
{
  g_signal_emit (self, signals[GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "calf-signal"))], 0);
}

static GtkWidget *
add_button (CalfRedFlagPage *self,
            GtkWidget       *box,
            const char      *label,
            guint            signal,
            const char      *css_class)
{
  GtkWidget *button = calf_page_button_new (label);

  gtk_widget_add_css_class (button, "pill");
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  g_object_set_data (G_OBJECT (button), "calf-signal", GUINT_TO_POINTER (signal));
  g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked), self);
  gtk_box_append (GTK_BOX (box), button);

  return button;
}

static void
calf_red_flag_page_build (CalfRedFlagPage *self)
{
  CalfTriageLevel level = calf_result_get_triage_level (self->result);
  GPtrArray *because = calf_result_get_triage_because (self->result);
  GPtrArray *safety = calf_result_get_safety (self->result);
  GtkWidget *content;
  GtkWidget *buttons;

  self->scrolled = calf_page_scrolled_new (640, &content);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  self->banner = calf_triage_banner_new ();
  gtk_widget_add_css_class (self->banner, "calf-large");
  calf_triage_banner_set_result (CALF_TRIAGE_BANNER (self->banner), self->result);
  gtk_box_append (GTK_BOX (content), self->banner);

  /* The number to call, in large words (calf_red_flag_page_set_emergency_number()). */
  self->number_label = calf_page_add_label (content, NULL, "title-2");
  gtk_widget_set_visible (self->number_label, FALSE);

  /* The triggered safety lines say what to do and why, in plain words. */
  for (guint i = 0; i < safety->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (safety, i);

      if (statement->trigger == NULL || !statement->has_level || statement->level < CALF_TRIAGE_URGENT)
        continue;

      GtkWidget *section = calf_page_add_section (content, statement->title, "title-4");

      calf_page_add_label (section, statement->text, "calf-large-text");
    }

  if (because->len > 0)
    {
      /* Translators: a heading above the answers that led to this urgent advice. */
      GtkWidget *section = calf_page_add_section (content, _("Because You Answered"), NULL);

      for (guint i = 0; i < because->len; i++)
        {
          g_autofree char *described = calf_result_describe_because (self->result, g_ptr_array_index (because, i));
          g_autofree char *text = g_strdup_printf (_("• %s"), described);

          calf_page_add_label (section, text, NULL);
        }
    }

  if (level == CALF_TRIAGE_EMERGENCY)
    calf_page_add_label (content,
                         _("Do this first. You can read your results and the rest of the advice afterwards."),
                         NULL);
  else
    calf_page_add_label (content,
                         _("Arrange this first. You can read your results and the rest of the advice afterwards."),
                         NULL);

  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (GTK_BOX (content), buttons);

  add_button (self, buttons, _("Continue to _Results"), SHOW_RESULTS, "suggested-action");
  add_button (self, buttons, _("_Change My Answer"), CHANGE_ANSWER, NULL);
  add_button (self, buttons, _("_Keep Answering Questions"), KEEP_ANSWERING, NULL);
}

static void
calf_red_flag_page_dispose (GObject *object)
{
  CalfRedFlagPage *self = CALF_RED_FLAG_PAGE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (calf_red_flag_page_parent_class)->dispose (object);
}

static void
calf_red_flag_page_class_init (CalfRedFlagPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_red_flag_page_dispose;

  signals[SHOW_RESULTS] =
    g_signal_new ("show-results", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGE_ANSWER] =
    g_signal_new ("change-answer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[KEEP_ANSWERING] =
    g_signal_new ("keep-answering", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-red-flag-page");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_red_flag_page_init (CalfRedFlagPage *self)
{
}

GtkWidget *
calf_red_flag_page_new (CalfResult         *result,
                        const CalfQuestion *question)
{
  CalfRedFlagPage *self;

  g_return_val_if_fail (CALF_IS_RESULT (result), NULL);

  self = g_object_new (CALF_TYPE_RED_FLAG_PAGE, NULL);
  self->result = g_object_ref (result);
  self->question = question;
  calf_red_flag_page_build (self);

  return GTK_WIDGET (self);
}

CalfResult *
calf_red_flag_page_get_result (CalfRedFlagPage *self)
{
  g_return_val_if_fail (CALF_IS_RED_FLAG_PAGE (self), NULL);

  return self->result;
}

const CalfQuestion *
calf_red_flag_page_get_question (CalfRedFlagPage *self)
{
  g_return_val_if_fail (CALF_IS_RED_FLAG_PAGE (self), NULL);

  return self->question;
}

/**
 * calf_red_flag_page_set_emergency_number:
 * @self: a #CalfRedFlagPage
 * @number: (nullable): the emergency telephone number to show
 *
 * Shows "Call 112 Now" (emergency) or what to call if it gets worse
 * (urgent); nothing when @number is %NULL.
 */
void
calf_red_flag_page_set_emergency_number (CalfRedFlagPage *self,
                                         const char      *number)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CALF_IS_RED_FLAG_PAGE (self));

  if (number != NULL && calf_result_get_triage_level (self->result) == CALF_TRIAGE_EMERGENCY)
    /* Translators: %s is the emergency telephone number, e.g. 112 */
    text = g_strdup_printf (_("Call %s Now"), number);
  else if (number != NULL)
    /* Translators: %s is the emergency telephone number, e.g. 112 */
    text = g_strdup_printf (_("If it gets worse, call %s"), number);

  gtk_label_set_label (GTK_LABEL (self->number_label), text);
  gtk_widget_set_visible (self->number_label, text != NULL);
}

GtkWidget *
calf_red_flag_page_get_banner (CalfRedFlagPage *self)
{
  g_return_val_if_fail (CALF_IS_RED_FLAG_PAGE (self), NULL);

  return self->banner;
}
