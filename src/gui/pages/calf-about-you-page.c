/* calf-about-you-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-about-you-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "calf-about-you-page.h"
#include "calf-page-util.h"

struct _CalfAboutYouPage
{
  GtkWidget  parent_instance;

  double     max_age;
  GtkWidget *scrolled;
  GtkWidget *age_entry;
  GtkWidget *age_error;
  GtkWidget *female_button;
  GtkWidget *male_button;
  GtkWidget *unsaid_button;
  GtkWidget *continue_button;
};

G_DEFINE_FINAL_TYPE (CalfAboutYouPage, calf_about_you_page, GTK_TYPE_WIDGET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* -1 for an empty entry, -2 for text that is no age we accept. */
static double
parse_age (CalfAboutYouPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->age_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *end = NULL;
  gint64 age;

  if (*stripped == '\0')
    return -1;

  age = g_ascii_strtoll (stripped, &end, 10);
  if (end == stripped || *end != '\0' || age < 1 || age > (gint64) self->max_age)
    return -2;

  return (double) age;
}

static void
on_continue (CalfAboutYouPage *self)
{
  if (parse_age (self) < -1)
    {
      /* Translators: %d is the oldest age accepted, e.g. 120. */
      g_autofree char *message = g_strdup_printf (_("Enter your age in whole years, from 1 to %d, or leave it empty."),
                                                  (int) self->max_age);

      gtk_label_set_label (GTK_LABEL (self->age_error), message);
      gtk_widget_set_visible (self->age_error, TRUE);
      gtk_widget_add_css_class (self->age_entry, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->age_entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      /* Read with the field when the focus returns to it. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->age_entry),
                                      GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, self->age_error, NULL,
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->age_error, NULL,
                                      -1);
      gtk_widget_grab_focus (self->age_entry);
      return;
    }

  g_signal_emit (self, signals[DONE], 0);
}

static void
on_age_changed (CalfAboutYouPage *self)
{
  gtk_widget_set_visible (self->age_error, FALSE);
  gtk_widget_remove_css_class (self->age_entry, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->age_entry), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->age_entry), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->age_entry), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
}

static void
on_skip (CalfAboutYouPage *self)
{
  calf_about_you_page_set (self, -1, CALF_SEX_UNKNOWN);
  g_signal_emit (self, signals[DONE], 0);
}

static GtkWidget *
add_radio (GtkWidget  *box,
           const char *label,
           GtkWidget  *group)
{
  GtkWidget *button = gtk_check_button_new_with_mnemonic (label);

  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), GTK_CHECK_BUTTON (group));
  calf_page_fix_mnemonic_name (button);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static void
calf_about_you_page_build (CalfAboutYouPage *self)
{
  GtkWidget *content;
  GtkWidget *label;
  GtkWidget *sex_box;
  GtkWidget *buttons;
  GtkWidget *button;

  self->scrolled = calf_page_scrolled_new (560, &content);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  /* Translators: the title of the page that asks the person's age and sex; also a header bar
   * title, so keep it short. */
  calf_page_add_label (content, _("About You"), "title-1");
  calf_page_add_label (content,
                       _("Typical strength and some risk scores depend on age and sex, so your answers can make the results more accurate. Both are optional and stay on this device."),
                       NULL);

  label = calf_page_add_heading (content, _("_Age in Years"), NULL);
  gtk_label_set_use_underline (GTK_LABEL (label), TRUE);
  self->age_entry = gtk_entry_new ();
  gtk_entry_set_input_purpose (GTK_ENTRY (self->age_entry), GTK_INPUT_PURPOSE_DIGITS);
  gtk_entry_set_max_length (GTK_ENTRY (self->age_entry), 3);
  /* Translators: the placeholder text of the empty age field. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->age_entry), _("Prefer not to say"));
  gtk_widget_set_halign (self->age_entry, GTK_ALIGN_START);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->age_entry);
  /* Named by the heading (its mnemonic label). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->age_entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Optional; leave empty if you prefer not to say"),
                                  -1);
  g_signal_connect_swapped (self->age_entry, "changed", G_CALLBACK (on_age_changed), self);
  g_signal_connect_swapped (self->age_entry, "activate", G_CALLBACK (on_continue), self);
  gtk_box_append (GTK_BOX (content), self->age_entry);

  self->age_error = calf_page_add_label (content, NULL, "error");
  gtk_widget_set_visible (self->age_error, FALSE);

  /* Translators: the heading above female, male and prefer not to say: biological sex, which
   * some causes depend on. */
  calf_page_add_heading (content, _("Sex"), NULL);
  sex_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sex_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sex"),
                                  -1);
  gtk_box_append (GTK_BOX (content), sex_box);
  self->female_button = add_radio (sex_box, _("_Female"), NULL);
  self->male_button = add_radio (sex_box, _("_Male"), self->female_button);
  self->unsaid_button = add_radio (sex_box, _("_Prefer not to say"), self->female_button);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->unsaid_button), TRUE);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (GTK_BOX (content), buttons);

  /* Translators: a button that leaves age and sex unanswered and goes on to the questions. */
  button = calf_page_button_new (_("S_kip"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_skip), self);
  gtk_box_append (GTK_BOX (buttons), button);

  self->continue_button = calf_page_button_new (_("_Continue"));
  gtk_widget_add_css_class (self->continue_button, "suggested-action");
  g_signal_connect_swapped (self->continue_button, "clicked", G_CALLBACK (on_continue), self);
  gtk_box_append (GTK_BOX (buttons), self->continue_button);
}

static void
calf_about_you_page_dispose (GObject *object)
{
  CalfAboutYouPage *self = CALF_ABOUT_YOU_PAGE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

  G_OBJECT_CLASS (calf_about_you_page_parent_class)->dispose (object);
}

static void
calf_about_you_page_class_init (CalfAboutYouPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_about_you_page_dispose;

  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-about-you-page");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_about_you_page_init (CalfAboutYouPage *self)
{
}

GtkWidget *
calf_about_you_page_new (double max_age)
{
  CalfAboutYouPage *self = g_object_new (CALF_TYPE_ABOUT_YOU_PAGE, NULL);

  self->max_age = max_age > 1 ? max_age : 120;
  calf_about_you_page_build (self);

  return GTK_WIDGET (self);
}

void
calf_about_you_page_set (CalfAboutYouPage *self,
                         double            age,
                         CalfSex           sex)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CALF_IS_ABOUT_YOU_PAGE (self));

  if (age >= 0)
    text = g_strdup_printf ("%d", (int) age);
  gtk_editable_set_text (GTK_EDITABLE (self->age_entry), text != NULL ? text : "");

  switch (sex)
    {
    case CALF_SEX_FEMALE:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->female_button), TRUE);
      break;
    case CALF_SEX_MALE:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->male_button), TRUE);
      break;
    case CALF_SEX_UNKNOWN:
    default:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->unsaid_button), TRUE);
      break;
    }
}

double
calf_about_you_page_get_age (CalfAboutYouPage *self)
{
  double age;

  g_return_val_if_fail (CALF_IS_ABOUT_YOU_PAGE (self), -1);

  age = parse_age (self);
  return age >= 0 ? age : -1;
}

CalfSex
calf_about_you_page_get_sex (CalfAboutYouPage *self)
{
  g_return_val_if_fail (CALF_IS_ABOUT_YOU_PAGE (self), CALF_SEX_UNKNOWN);

  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->female_button)))
    return CALF_SEX_FEMALE;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->male_button)))
    return CALF_SEX_MALE;
  return CALF_SEX_UNKNOWN;
}

GtkWidget *
calf_about_you_page_get_age_entry (CalfAboutYouPage *self)
{
  g_return_val_if_fail (CALF_IS_ABOUT_YOU_PAGE (self), NULL);

  return self->age_entry;
}

GtkWidget *
calf_about_you_page_get_continue_button (CalfAboutYouPage *self)
{
  g_return_val_if_fail (CALF_IS_ABOUT_YOU_PAGE (self), NULL);

  return self->continue_button;
}
