/* calf-triage-banner.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-triage-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-triage-banner.h"

struct _CalfTriageBanner
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkImage  *icon;
  GtkLabel  *level_label;
  GtkLabel  *title_label;
  GtkLabel  *advice_label;
  char      *level_class;
};

G_DEFINE_FINAL_TYPE (CalfTriageBanner, calf_triage_banner, GTK_TYPE_WIDGET)

const char *
calf_triage_level_get_label (CalfTriageLevel level)
{
  switch (level)
    {
    case CALF_TRIAGE_EMERGENCY:
      /* Translators: how soon to get help: a small heading at the top of the banner that
       * opens the results, above the advice's title. Keep it short. */
      return C_("triage level", "Emergency");
    case CALF_TRIAGE_URGENT:
      /* Translators: how soon to get help: a small heading at the top of the banner that
       * opens the results, above the advice's title. Keep it short. */
      return C_("triage level", "Urgent");
    case CALF_TRIAGE_SOON:
      /* Translators: how soon to get help: a small heading at the top of the banner that
       * opens the results, above the advice's title. Keep it short. */
      return C_("triage level", "See a doctor soon");
    case CALF_TRIAGE_SELF_CARE:
      /* Translators: how soon to get help: a small heading at the top of the banner that
       * opens the results, above the advice's title. Keep it short. */
      return C_("triage level", "Self-care");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
calf_triage_level_get_icon_name (CalfTriageLevel level)
{
  switch (level)
    {
    case CALF_TRIAGE_EMERGENCY:
      return "dialog-warning-symbolic";
    case CALF_TRIAGE_URGENT:
      return "alarm-symbolic";
    case CALF_TRIAGE_SOON:
      return "x-office-calendar-symbolic";
    case CALF_TRIAGE_SELF_CARE:
      return "emblem-ok-symbolic";
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkLabel *
add_label (GtkWidget  *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
calf_triage_banner_dispose (GObject *object)
{
  CalfTriageBanner *self = CALF_TRIAGE_BANNER (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->level_class, g_free);

  G_OBJECT_CLASS (calf_triage_banner_parent_class)->dispose (object);
}

static void
calf_triage_banner_class_init (CalfTriageBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_triage_banner_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-triage-banner");
  /* An alert: a screen reader says the level and what to do as soon as
   * the page that holds it puts the focus here. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
calf_triage_banner_init (CalfTriageBanner *self)
{
  GtkWidget *text_box;

  /* Focusable so the keyboard and screen readers can come back to it. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  /* The icon is an overlay at the start and the text leaves room for it:
   * in a horizontal box GTK 4.8 would size the wrapped text width-for-
   * height, a binary search of Pango layouts on every allocation (see
   * calf-row.c). The overlay itself is nothing to read. */
  self->box = g_object_new (GTK_TYPE_OVERLAY,
                            "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                            NULL);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* Decorative: the level is said in words next to it. */
  self->icon = GTK_IMAGE (g_object_new (GTK_TYPE_IMAGE,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        NULL));
  gtk_image_set_icon_size (self->icon, GTK_ICON_SIZE_LARGE);
  gtk_widget_set_halign (GTK_WIDGET (self->icon), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self->icon), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), "calf-triage-icon");
  gtk_overlay_add_overlay (GTK_OVERLAY (self->box), GTK_WIDGET (self->icon));

  /* The large icon is 32 pixels wide, then the box's old 12 of spacing. */
  text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (text_box, 32 + 12);
  gtk_overlay_set_child (GTK_OVERLAY (self->box), text_box);

  self->level_label = add_label (text_box, "caption-heading");
  self->title_label = add_label (text_box, "title-2");
  self->advice_label = add_label (text_box, "calf-triage-advice");
}

GtkWidget *
calf_triage_banner_new (void)
{
  return g_object_new (CALF_TYPE_TRIAGE_BANNER, NULL);
}

void
calf_triage_banner_set_result (CalfTriageBanner *self,
                               CalfResult       *result)
{
  const CalfTriageInfo *info;
  CalfTriageLevel level;
  g_autofree char *text = NULL;

  g_return_if_fail (CALF_IS_TRIAGE_BANNER (self));
  g_return_if_fail (CALF_IS_RESULT (result));

  level = calf_result_get_triage_level (result);
  info = calf_result_get_triage_info (result);

  if (self->level_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->level_class);
  g_free (self->level_class);
  self->level_class = g_strdup_printf ("calf-triage-%s", calf_triage_level_to_string (level));
  gtk_widget_add_css_class (GTK_WIDGET (self), self->level_class);

  gtk_image_set_from_icon_name (self->icon, calf_triage_level_get_icon_name (level));
  gtk_label_set_label (self->level_label, calf_triage_level_get_label (level));
  gtk_label_set_label (self->title_label, info->title);
  gtk_label_set_label (self->advice_label, info->advice);

  /* Said when the page that holds it puts the focus here. */
  text = calf_triage_banner_get_text (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, info->advice,
                                  -1);
}

char *
calf_triage_banner_get_text (CalfTriageBanner *self)
{
  g_return_val_if_fail (CALF_IS_TRIAGE_BANNER (self), NULL);

  /* Translators: the triage banner read as one: level, title */
  return g_strdup_printf (_("%s: %s"),
                          gtk_label_get_label (self->level_label),
                          gtk_label_get_label (self->title_label));
}
