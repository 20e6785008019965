/* calf-condition-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-condition-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-condition-page.h"
#include "calf-page-util.h"

struct _CalfConditionPage
{
  GtkWidget            parent_instance;

  const CalfCondition *condition;
  GtkWidget           *scrolled;
};

G_DEFINE_FINAL_TYPE (CalfConditionPage, calf_condition_page, GTK_TYPE_WIDGET)

static void
add_section (GtkWidget          *content,
             const char         *title,
             const char * const *items)
{
  GtkWidget *section;

  if (items == NULL || items[0] == NULL)
    return;

  section = calf_page_add_section (content, title, "title-4");
  calf_page_add_bullets (section, items, -1);
}

static char *
reference_to_string (const CalfReference *reference)
{
  GString *text = g_string_new (NULL);

  if (reference->authors != NULL)
    g_string_append_printf (text, "%s (%d). ", reference->authors, reference->year);
  g_string_append (text, reference->title);
  if (reference->authors == NULL)
    g_string_append_printf (text, " (%d)", reference->year);
  g_string_append_printf (text, ". %s.", reference->source);
  if (reference->url != NULL)
    g_string_append_printf (text, " %s", reference->url);

  return g_string_free (text, FALSE);
}

static void
calf_condition_page_build (CalfConditionPage *self)
{
  const CalfCondition *condition = self->condition;
  GtkWidget *content;
  GtkWidget *section;
  GtkWidget *label;

  self->scrolled = calf_page_scrolled_new (720, &content);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  calf_page_add_label (content, condition->name, "title-1");
  calf_page_add_label (content, condition->summary, "title-4");
  calf_page_add_label (content, _("This is general information about a possible cause, not a diagnosis."), "dim-label");

  section = calf_page_add_section (content, _("What It Is"), "title-4");
  calf_page_add_label (section, condition->description, NULL);

  add_section (content, _("Common Causes"), (const char * const *) condition->causes);
  add_section (content, _("Symptoms"), (const char * const *) condition->symptoms);
  add_section (content, _("What You Can Do"), (const char * const *) condition->self_care);
  add_section (content, _("When to See a Doctor"), (const char * const *) condition->see_doctor);

  if (condition->recovery != NULL && *condition->recovery != '\0')
    {
      section = calf_page_add_section (content, _("Recovery"), "title-4");
      calf_page_add_label (section, condition->recovery, NULL);
    }

  if (condition->references != NULL && condition->references->len > 0)
    {
      section = calf_page_add_section (content, _("References"), "title-4");
      for (guint i = 0; i < condition->references->len; i++)
        {
          g_autofree char *text = reference_to_string (g_ptr_array_index (condition->references, i));

          label = calf_page_add_label (section, text, "caption");
          /* A reference can be copied with the mouse; Tab goes past it. */
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          gtk_widget_set_focusable (label, FALSE);
        }
    }
}

static void
calf_condition_page_dispose (GObject *object)
{
  CalfConditionPage *self = CALF_CONDITION_PAGE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

  G_OBJECT_CLASS (calf_condition_page_parent_class)->dispose (object);
}

static void
calf_condition_page_class_init (CalfConditionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_condition_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-condition-page");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_condition_page_init (CalfConditionPage *self)
{
}

/**
 * calf_condition_page_new:
 * @condition: a condition of a database that outlives the page
 */
GtkWidget *
calf_condition_page_new (const CalfCondition *condition)
{
  CalfConditionPage *self;

  g_return_val_if_fail (condition != NULL, NULL);

  self = g_object_new (CALF_TYPE_CONDITION_PAGE, NULL);
  self->condition = condition;
  calf_condition_page_build (self);

  return GTK_WIDGET (self);
}

const CalfCondition *
calf_condition_page_get_condition (CalfConditionPage *self)
{
  g_return_val_if_fail (CALF_IS_CONDITION_PAGE (self), NULL);

  return self->condition;
}
