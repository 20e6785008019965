/* calf-safety-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-safety-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-emergency.h"
#include "calf-page-util.h"
#include "calf-safety-page.h"
#include "calf-session-page.h"

struct _CalfSafetyPage
{
  AdwBin        parent_instance;

  CalfDatabase *database;
  GSettings    *settings;
  char         *number;

  /* Template widgets */
  GtkLabel     *number_label;
  GtkWidget    *preferences_button;
  GtkLabel     *number_source_label;
  GtkLabel     *emergency_heading;
  GtkListBox   *emergency_list;
  GtkListBox   *urgent_list;
  GtkListBox   *soon_list;
  GtkListBox   *general_list;
  GtkBox       *limits_box;
};

G_DEFINE_FINAL_TYPE (CalfSafetyPage, calf_safety_page, ADW_TYPE_BIN)

static const char *limits[] = {
  N_("It cannot examine you, feel a pulse, take measurements or do a scan."),
  N_("It lists possible causes from your answers; it cannot tell you what you have."),
  N_("It cannot rule out a blood clot or a torn tendon: only an examination or a scan can."),
  N_("It knows only what you tell it, not your medical history or your medicines."),
  N_("It does not call for help or contact anyone for you."),
  NULL,
};

static void
update_number (CalfSafetyPage *self)
{
  g_autofree char *territory = calf_emergency_get_territory ();
  g_autofree char *heading = NULL;
  g_autofree char *source = NULL;
  gboolean automatic = self->settings == NULL ||
                       g_settings_get_boolean (self->settings, "emergency-number-automatic");

  g_free (self->number);
  self->number = calf_emergency_get_number (self->settings);
  gtk_label_set_label (self->number_label, self->number);

  if (!automatic && !g_str_equal (self->number, calf_emergency_get_automatic_number ()))
    source = g_strdup (_("This is the number you chose in Preferences."));
  else if (territory != NULL)
    {
      g_autofree char *country = calf_emergency_describe_territory (territory);

      /* Translators: %s is a country, such as "Germany". */
      source = g_strdup_printf (_("The number for %s, from the system’s formats settings. If you are somewhere else, change it."),
                                country);
    }
  else
    source = g_strdup (_("112 works in Europe and from most mobile phones. If it is not right where you are, change it."));
  gtk_label_set_label (self->number_source_label, source);

  /* Translators: %s is the emergency telephone number. */
  heading = g_strdup_printf (_("Call %s Now"), self->number);
  gtk_label_set_label (self->emergency_heading, heading);
}

static GtkWidget *
statement_row (const CalfSafetyStatement *statement)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (statement->title);
  GtkWidget *text = gtk_label_new (statement->text);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  for (GtkWidget *label = title; label != NULL; label = label == title ? text : NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (title, "heading");

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* The row takes the focus: it reads as its title, then its text. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, text, NULL,
                                  -1);
  return row;
}

static void
fill (CalfSafetyPage *self)
{
  GPtrArray *statements = calf_database_get_safety (self->database);
  /* The engine has one statement per way a warning sign can be reached
   * (answered, checked, not sure…), often with the same words: the page
   * says each once. */
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *translated_limits[G_N_ELEMENTS (limits)];

  for (guint i = 0; i < statements->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (statements, i);
      GtkListBox *list = self->general_list;
      char *key = g_strdup_printf ("%d\n%s\n%s", statement->has_level ? (int) statement->level : -1,
                                   statement->title, statement->text);

      if (!g_hash_table_add (shown, key))
        continue;

      if (statement->has_level)
        list = calf_safety_page_get_list (self, statement->level) != NULL
          ? GTK_LIST_BOX (calf_safety_page_get_list (self, statement->level))
          : self->general_list;

      gtk_list_box_append (list, statement_row (statement));
    }

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    translated_limits[i] = limits[i] != NULL ? _(limits[i]) : NULL;
  calf_page_add_bullets (GTK_WIDGET (self->limits_box), translated_limits, -1);
}

static void
on_settings_changed (CalfSafetyPage *self)
{
  update_number (self);
}

static void
calf_safety_page_dispose (GObject *object)
{
  CalfSafetyPage *self = CALF_SAFETY_PAGE (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CALF_TYPE_SAFETY_PAGE);

  G_OBJECT_CLASS (calf_safety_page_parent_class)->dispose (object);
}

static void
calf_safety_page_finalize (GObject *object)
{
  CalfSafetyPage *self = CALF_SAFETY_PAGE (object);

  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->number, g_free);

  G_OBJECT_CLASS (calf_safety_page_parent_class)->finalize (object);
}

static void
calf_safety_page_class_init (CalfSafetyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_safety_page_dispose;
  object_class->finalize = calf_safety_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-safety-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, number_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, preferences_button);
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, number_source_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, emergency_heading);
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, emergency_list);
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, urgent_list);
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, soon_list);
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, general_list);
  gtk_widget_class_bind_template_child (widget_class, CalfSafetyPage, limits_box);
}

static void
calf_safety_page_init (CalfSafetyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  calf_page_fix_mnemonic_name (self->preferences_button);
  calf_exercise_style_ensure (gtk_widget_get_display (GTK_WIDGET (self)));
}

/**
 * calf_safety_page_new:
 * @database: where the warning signs come from
 * @settings: (nullable): the application's settings, for the emergency
 *   number chosen in Preferences; the page follows their changes
 */
GtkWidget *
calf_safety_page_new (CalfDatabase *database,
                      GSettings    *settings)
{
  CalfSafetyPage *self;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CALF_TYPE_SAFETY_PAGE, NULL);
  self->database = g_object_ref (database);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_signal_connect_swapped (settings, "changed::emergency-number", G_CALLBACK (on_settings_changed), self);
      g_signal_connect_swapped (settings, "changed::emergency-number-automatic", G_CALLBACK (on_settings_changed), self);
    }

  update_number (self);
  fill (self);

  return GTK_WIDGET (self);
}

const char *
calf_safety_page_get_emergency_number (CalfSafetyPage *self)
{
  g_return_val_if_fail (CALF_IS_SAFETY_PAGE (self), NULL);

  return self->number;
}

GtkWidget *
calf_safety_page_get_list (CalfSafetyPage  *self,
                           CalfTriageLevel  level)
{
  g_return_val_if_fail (CALF_IS_SAFETY_PAGE (self), NULL);

  switch (level)
    {
    case CALF_TRIAGE_EMERGENCY:
      return GTK_WIDGET (self->emergency_list);
    case CALF_TRIAGE_URGENT:
      return GTK_WIDGET (self->urgent_list);
    case CALF_TRIAGE_SOON:
      return GTK_WIDGET (self->soon_list);
    case CALF_TRIAGE_SELF_CARE:
    default:
      return NULL;
    }
}
