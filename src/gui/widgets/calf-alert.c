/* calf-alert.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One way to ask, on both stacks. libadwaita 1.6 deprecates
 * AdwMessageDialog, and on 1.7 it measures its heading at widths it
 * cannot fit ("Trying to measure GtkLabel … for width of 100, but it needs
 * at least 190", a warning for any heading; fixed in libadwaita 1.8):
 * AdwAlertDialog measures once, at the dialog's width, so headings of up
 * to about 22 characters fit a 360 px window.
 */

#define G_LOG_DOMAIN "calf-alert"

#include "config.h"

#include "calf-alert.h"
#include "calf-page-util.h"

/* Newer API behind a version check: the build pins the 1.2 API. */
#if ADW_CHECK_VERSION (1, 5, 0)
# define CALF_ALERT_DIALOG 1
#else
# define CALF_ALERT_DIALOG 0
#endif

#if CALF_ALERT_DIALOG
/* The first scroll pane in @widget, or NULL. */
static GtkWidget *
find_scrolled_window (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_scrolled_window (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}
#endif

GtkWidget *
calf_alert_new (const char *heading,
                const char *body)
{
  g_return_val_if_fail (heading != NULL, NULL);

#if CALF_ALERT_DIALOG
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  return GTK_WIDGET (adw_alert_dialog_new (heading, body));
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  return adw_message_dialog_new (NULL, heading, body);
#endif
}

gboolean
calf_alert_is_alert (GtkWidget *widget)
{
#if CALF_ALERT_DIALOG
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  return ADW_IS_ALERT_DIALOG (widget);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  return ADW_IS_MESSAGE_DIALOG (widget);
#endif
}

void
calf_alert_add_response (GtkWidget             *alert,
                         const char            *id,
                         const char            *label,
                         AdwResponseAppearance  appearance)
{
  g_return_if_fail (calf_alert_is_alert (alert));
  g_return_if_fail (id != NULL && label != NULL);

#if CALF_ALERT_DIALOG
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), id, label);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), id, appearance);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), id, label);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (alert), id, appearance);
#endif
}

/* @default_id answers Enter, @close_id Escape and closing. */
void
calf_alert_set_responses (GtkWidget  *alert,
                          const char *default_id,
                          const char *close_id)
{
  g_return_if_fail (calf_alert_is_alert (alert));

#if CALF_ALERT_DIALOG
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), default_id);
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), close_id);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (alert), default_id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (alert), close_id);
#endif
}

/* @child goes under the body: a control the answer needs. */
void
calf_alert_set_extra_child (GtkWidget *alert,
                            GtkWidget *child)
{
  g_return_if_fail (calf_alert_is_alert (alert));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

#if CALF_ALERT_DIALOG
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (alert), child);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (alert), child);
#endif
}

/* Shows @alert over the window of @parent (any widget in it, or none). */
void
calf_alert_present (GtkWidget *alert,
                    GtkWidget *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  g_return_if_fail (calf_alert_is_alert (alert));

  calf_page_fix_mnemonic_names (alert);
#if CALF_ALERT_DIALOG
  {
    GtkWidget *scrolled;

    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    adw_dialog_present (ADW_DIALOG (alert), GTK_WIDGET (root));
    G_GNUC_END_IGNORE_DEPRECATIONS

    /* AdwAlertDialog (1.5 to 1.8) puts its heading and body in a
     * GtkScrolledWindow, which GTK makes a Tab stop whenever nothing in it
     * takes the focus: a keyboard user lands on an unnamed "scroll pane"
     * before the buttons. Our bodies are a few lines of plain text. The
     * dialog's parts are in place only once it is presented. */
    scrolled = find_scrolled_window (alert);
    if (scrolled != NULL)
      {
        gtk_widget_set_can_focus (scrolled, FALSE);
        gtk_widget_set_focusable (scrolled, FALSE);
      }
  }
#else
  gtk_window_set_transient_for (GTK_WINDOW (alert), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_set_modal (GTK_WINDOW (alert), TRUE);
  gtk_window_present (GTK_WINDOW (alert));
#endif
}

#if CALF_ALERT_DIALOG
static void
focus_after_closed (GtkWidget *widget)
{
  gtk_widget_grab_focus (widget);
}
#endif

/* Puts the focus on @widget once @alert has closed (an AdwDialog gives it
 * back to where it was when it opened). */
void
calf_alert_focus_after (GtkWidget *alert,
                        GtkWidget *widget)
{
  g_return_if_fail (calf_alert_is_alert (alert));
  g_return_if_fail (GTK_IS_WIDGET (widget));

#if CALF_ALERT_DIALOG
  g_signal_connect_object (alert, "closed", G_CALLBACK (focus_after_closed), widget, G_CONNECT_SWAPPED);
#else
  gtk_widget_grab_focus (widget);
#endif
}

/* Closes @alert with no response, as when its window goes. */
void
calf_alert_close (GtkWidget *alert)
{
  g_return_if_fail (calf_alert_is_alert (alert));

#if CALF_ALERT_DIALOG
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_dialog_force_close (ADW_DIALOG (alert));
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_window_destroy (GTK_WINDOW (alert));
#endif
}

const char *
calf_alert_get_heading (GtkWidget *alert)
{
  g_return_val_if_fail (calf_alert_is_alert (alert), NULL);

#if CALF_ALERT_DIALOG
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  return adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (alert));
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  return adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (alert));
#endif
}

const char *
calf_alert_get_body (GtkWidget *alert)
{
  g_return_val_if_fail (calf_alert_is_alert (alert), NULL);

#if CALF_ALERT_DIALOG
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  return adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  return adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (alert));
#endif
}

/* As if the response's button was pressed (tests, shortcuts). */
void
calf_alert_respond (GtkWidget  *alert,
                    const char *id)
{
  g_return_if_fail (calf_alert_is_alert (alert));

#if CALF_ALERT_DIALOG
  g_object_ref (alert);
  g_signal_emit_by_name (alert, "response", id);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_dialog_force_close (ADW_DIALOG (alert));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_unref (alert);
#else
  g_object_ref (alert);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (alert), id);
  gtk_window_destroy (GTK_WINDOW (alert));
  g_object_unref (alert);
#endif
}
