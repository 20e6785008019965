/* calf-preferences-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-alert.h"
#include "calf-emergency.h"
#include "calf-history.h"
#include "calf-page-util.h"
#include "calf-preferences-window.h"

struct _CalfPreferencesWindow
{
  AdwWindow             parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwActionRow         *automatic_row;
  GtkSwitch            *automatic_switch;
  AdwEntryRow          *number_row;
  AdwActionRow         *history_row;
  GtkSwitch            *history_switch;
  AdwToastOverlay      *toast_overlay;
};

enum {
  DELETE_HISTORY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CalfPreferencesWindow, calf_preferences_window, ADW_TYPE_WINDOW)

static void
update_subtitle (CalfPreferencesWindow *self)
{
  g_autofree char *territory = calf_emergency_get_territory ();
  g_autofree char *subtitle = NULL;

  if (territory != NULL)
    {
      g_autofree char *country = calf_emergency_describe_territory (territory);

      /* Translators: "112 for Germany, from the system's formats settings". */
      subtitle = g_strdup_printf (_("%s for %s, from the system’s formats settings"),
                                  calf_emergency_get_automatic_number (), country);
    }
  else
    /* Translators: %s is the emergency telephone number, e.g. 112; the formats settings are the
     * region settings of the system. */
    subtitle = g_strdup_printf (_("%s (no region in the system’s formats settings)"), calf_emergency_get_automatic_number ());
  adw_action_row_set_subtitle (self->automatic_row, subtitle);
}

gboolean
calf_preferences_window_set_custom_number (CalfPreferencesWindow *self,
                                           const char            *number)
{
  g_return_val_if_fail (CALF_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  if (!calf_emergency_number_is_valid (number))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->number_row), "error");
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Enter the number as 2 to 15 digits, for example 112")));
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->number_row), "error");
  g_settings_set_string (self->settings, "emergency-number", number);
  return TRUE;
}

static void
on_number_apply (AdwEntryRow           *row,
                 CalfPreferencesWindow *self)
{
  calf_preferences_window_set_custom_number (self, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_delete_history_response (GtkWidget             *alert,
                            const char            *response,
                            CalfPreferencesWindow *self)
{
  if (g_strcmp0 (response, "delete") != 0)
    return;
  g_signal_emit (self, signals[DELETE_HISTORY], 0);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Your history has been deleted")));
}

/* Turning the history off keeps what is there unless the person says. */
static void
on_keep_history_changed (GSettings             *settings,
                         const char            *key,
                         CalfPreferencesWindow *self)
{
  GtkWidget *alert;

  if (g_settings_get_boolean (settings, "keep-history"))
    return;

  alert = calf_alert_new (_("Delete Your History Too?"),
                          _("Nothing more will be kept. What is already kept stays on this computer until you "
                            "delete it."));
  calf_alert_add_response (alert, "keep", _("_Keep It"), ADW_RESPONSE_DEFAULT);
  calf_alert_add_response (alert, "delete", _("_Delete It"), ADW_RESPONSE_DESTRUCTIVE);
  calf_alert_set_responses (alert, "keep", "keep");
  g_signal_connect_object (alert, "response", G_CALLBACK (on_delete_history_response), self, 0);
  calf_alert_present (alert, GTK_WIDGET (self));
}

static void
calf_preferences_window_finalize (GObject *object)
{
  CalfPreferencesWindow *self = CALF_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (calf_preferences_window_parent_class)->finalize (object);
}

static void
calf_preferences_window_class_init (CalfPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = calf_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfPreferencesWindow, automatic_row);
  gtk_widget_class_bind_template_child (widget_class, CalfPreferencesWindow, automatic_switch);
  gtk_widget_class_bind_template_child (widget_class, CalfPreferencesWindow, number_row);
  gtk_widget_class_bind_template_child (widget_class, CalfPreferencesWindow, history_row);
  gtk_widget_class_bind_template_child (widget_class, CalfPreferencesWindow, history_switch);
  gtk_widget_class_bind_template_child (widget_class, CalfPreferencesWindow, toast_overlay);

  /**
   * CalfPreferencesWindow::delete-history:
   *
   * The person asked for the history to be deleted.
   */
  signals[DELETE_HISTORY] =
    g_signal_new ("delete-history", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
calf_preferences_window_init (CalfPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->number_row, "apply", G_CALLBACK (on_number_apply), self);
  calf_page_hide_icons (GTK_WIDGET (self->number_row));
  update_subtitle (self);
}

/**
 * calf_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the application's settings
 */
GtkWidget *
calf_preferences_window_new (GtkWindow *parent,
                             GSettings *settings)
{
  CalfPreferencesWindow *self;
  g_autofree char *number = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CALF_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind (settings, "emergency-number-automatic", self->automatic_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "emergency-number-automatic", self->number_row, "sensitive",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);

  g_settings_bind (settings, "keep-history", self->history_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::keep-history", G_CALLBACK (on_keep_history_changed), self, 0);
  {
    g_autofree char *path = calf_history_get_default_path ();
    g_autofree char *shown = calf_page_format_path (path);
    g_autofree char *subtitle = NULL;

    /* Translators: %s is a file's place on the computer. */
    subtitle = g_strdup_printf (_("On this computer only, in %s"), shown);
    adw_action_row_set_subtitle (self->history_row, subtitle);
  }

  number = g_settings_get_string (settings, "emergency-number");
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);

  return GTK_WIDGET (self);
}
