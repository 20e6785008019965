/* calf-start-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-start-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-adaptive-layout.h"
#include "calf-body-map.h"
#include "calf-page-util.h"
#include "calf-region-list.h"
#include "calf-start-page.h"

struct _CalfStartPage
{
  GtkWidget       parent_instance;

  GtkWidget      *scrolled_window;
  GtkWidget      *resume_box;
  GtkLabel       *resume_label;
  GtkWidget      *resume_button;
  GtkWidget      *discard_button;
  GtkWidget      *notice_box;
  GtkLabel       *notice_label;
  GtkWidget      *notice_button;
  GtkWidget      *history_button;
  GtkWidget      *content_box;
  CalfBodyMap    *body_map;
  CalfRegionList *region_list;
};

G_DEFINE_FINAL_TYPE (CalfStartPage, calf_start_page, GTK_TYPE_WIDGET)

enum {
  REGION_ACTIVATED,
  RESUME,
  DISCARD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_map_region_activated (CalfStartPage *self,
                         const char    *region_id)
{
  g_signal_emit (self, signals[REGION_ACTIVATED], 0, region_id, calf_start_page_get_side (self));
}

static void
on_list_region_activated (CalfStartPage *self,
                          const char    *region_id)
{
  g_signal_emit (self, signals[REGION_ACTIVATED], 0, region_id, calf_start_page_get_side (self));
}

static void
on_resume_clicked (CalfStartPage *self)
{
  g_signal_emit (self, signals[RESUME], 0);
}

static void
on_discard_clicked (CalfStartPage *self)
{
  g_signal_emit (self, signals[DISCARD], 0);
}

static void
on_notice_dismissed (CalfStartPage *self)
{
  calf_start_page_set_notice (self, NULL);
  calf_start_page_reset_view (self);
}

static void
calf_start_page_dispose (GObject *object)
{
  CalfStartPage *self = CALF_START_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CALF_TYPE_START_PAGE);

  G_OBJECT_CLASS (calf_start_page_parent_class)->dispose (object);
}

static void
calf_start_page_class_init (CalfStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_start_page_dispose;

  /**
   * CalfStartPage::region-activated:
   * @self: the page
   * @region_id: the region chosen on the map or in the list
   * @side: the leg chosen (a #CalfSide)
   */
  signals[REGION_ACTIVATED] =
    g_signal_new ("region-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_INT);
  signals[RESUME] =
    g_signal_new ("resume",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[DISCARD] =
    g_signal_new ("discard",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (CALF_TYPE_BODY_MAP);
  g_type_ensure (CALF_TYPE_REGION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, resume_box);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, history_button);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, resume_label);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, resume_button);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, discard_button);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, notice_box);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, notice_button);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, body_map);
  gtk_widget_class_bind_template_child (widget_class, CalfStartPage, region_list);
  gtk_widget_class_bind_template_callback (widget_class, on_map_region_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_list_region_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_resume_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_discard_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_notice_dismissed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-start-page");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_start_page_init (CalfStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  calf_page_fix_mnemonic_name (self->resume_button);
  calf_page_fix_mnemonic_name (self->discard_button);
  calf_page_fix_mnemonic_name (self->notice_button);
  calf_page_fix_mnemonic_name (self->history_button);

  /* Map and list side by side when there is room, else stacked. */
  gtk_widget_set_layout_manager (self->content_box, calf_adaptive_layout_new (640, 24));
}

GtkWidget *
calf_start_page_new (void)
{
  return g_object_new (CALF_TYPE_START_PAGE, NULL);
}

void
calf_start_page_set_database (CalfStartPage *self,
                              CalfDatabase  *database)
{
  GPtrArray *regions;

  g_return_if_fail (CALF_IS_START_PAGE (self));
  g_return_if_fail (CALF_IS_DATABASE (database));

  regions = calf_database_get_regions (database);
  for (guint i = 0; i < regions->len; i++)
    {
      const CalfRegion *region = g_ptr_array_index (regions, i);

      if (calf_body_map_get_default_region_name (region->id) == NULL)
        continue;

      /* The database translated its names when it loaded. */
      calf_body_map_set_region_name (self->body_map, region->id, region->name);
      calf_region_list_set_region_name (self->region_list, region->id, region->name);
    }
}

CalfSide
calf_start_page_get_side (CalfStartPage *self)
{
  g_return_val_if_fail (CALF_IS_START_PAGE (self), CALF_SIDE_LEFT);

  return calf_body_map_get_side (self->body_map) == CALF_BODY_SIDE_RIGHT ? CALF_SIDE_RIGHT : CALF_SIDE_LEFT;
}

void
calf_start_page_set_resume (CalfStartPage *self,
                            const char    *description)
{
  g_return_if_fail (CALF_IS_START_PAGE (self));

  gtk_label_set_label (self->resume_label, description != NULL ? description : "");
  gtk_widget_set_visible (self->resume_box, description != NULL);
}

/**
 * calf_start_page_set_notice:
 * @self: a #CalfStartPage
 * @text: (nullable): what happened, in plain words, or %NULL to hide it
 *
 * Shows a card above everything else, for news the person must not miss
 * (their saved answers could not be read and were kept aside).
 */
void
calf_start_page_set_notice (CalfStartPage *self,
                            const char    *text)
{
  g_return_if_fail (CALF_IS_START_PAGE (self));

  gtk_label_set_label (self->notice_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->notice_box, text != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notice_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  -1);
}

const char *
calf_start_page_get_notice (CalfStartPage *self)
{
  g_return_val_if_fail (CALF_IS_START_PAGE (self), NULL);

  return gtk_widget_get_visible (self->notice_box) ? gtk_label_get_label (self->notice_label) : NULL;
}

GtkWidget *
calf_start_page_get_body_map (CalfStartPage *self)
{
  g_return_val_if_fail (CALF_IS_START_PAGE (self), NULL);

  return GTK_WIDGET (self->body_map);
}

/**
 * calf_start_page_reset_view:
 * @self: a #CalfStartPage
 *
 * Scrolls to the top and puts the focus on Resume when an assessment is
 * offered, else on the first control: how the page looks when one comes
 * back to it.
 */
void
calf_start_page_reset_view (CalfStartPage *self)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (CALF_IS_START_PAGE (self));

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));

  if (gtk_widget_get_visible (self->notice_box))
    gtk_widget_grab_focus (self->notice_button);
  else if (gtk_widget_get_visible (self->resume_box))
    gtk_widget_grab_focus (self->resume_button);
  else
    gtk_widget_child_focus (GTK_WIDGET (self->body_map), GTK_DIR_TAB_FORWARD);
}
