/* calf-region-list.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-region-list"

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gi18n.h>

#include "calf-body-map.h"
#include "calf-region-list.h"
#include "calf-row.h"

/* The regions of the body map as a plain list, for people who prefer a
 * list to a picture. Rows are list items, not buttons, so that assistive
 * technology finds exactly one button per region: the one on the map. */
struct _CalfRegionList
{
  GtkWidget parent_instance;

  GtkWidget *list_box;
};

G_DEFINE_FINAL_TYPE (CalfRegionList, calf_region_list, GTK_TYPE_WIDGET)

enum {
  REGION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (CalfRegionList *self,
                  GtkListBoxRow  *row)
{
  const char *region_id = g_object_get_data (G_OBJECT (row), "calf-region-id");

  g_assert (region_id != NULL);

  g_signal_emit (self, signals[REGION_ACTIVATED], 0, region_id);
}

static void
calf_region_list_dispose (GObject *object)
{
  CalfRegionList *self = (CalfRegionList *)object;

  g_clear_pointer (&self->list_box, gtk_widget_unparent);

  G_OBJECT_CLASS (calf_region_list_parent_class)->dispose (object);
}

static void
calf_region_list_class_init (CalfRegionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_region_list_dispose;

  /**
   * CalfRegionList::region-activated:
   * @self: the list
   * @region_id: the id of the region
   *
   * A row was activated (click, Enter or Space).
   */
  signals[REGION_ACTIVATED] =
    g_signal_new ("region-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-region-list");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_region_list_init (CalfRegionList *self)
{
  const char * const *ids = calf_body_map_get_region_ids ();

  /* Translators: the list of places on the leg, read by screen readers. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Places on the leg"), -1);

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Where it hurts"),
                                  -1);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_widget_set_parent (self->list_box, GTK_WIDGET (self));

  for (guint i = 0; ids[i]; i++)
    {
      GtkWidget *row = calf_row_new (NULL, NULL);

      calf_row_set_opens_page (CALF_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "calf-region-id", (gpointer) ids[i]);
      gtk_list_box_append (GTK_LIST_BOX (self->list_box), row);
      calf_region_list_set_region_name (self, ids[i], calf_body_map_get_default_region_name (ids[i]));
    }
}

GtkWidget *
calf_region_list_new (void)
{
  return g_object_new (CALF_TYPE_REGION_LIST, NULL);
}

/**
 * calf_region_list_get_row:
 *
 * Returns: (transfer none) (nullable): the row of a region
 */
GtkWidget *
calf_region_list_get_row (CalfRegionList *self,
                          const char     *region_id)
{
  g_return_val_if_fail (CALF_IS_REGION_LIST (self), NULL);
  g_return_val_if_fail (region_id != NULL, NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *id = g_object_get_data (G_OBJECT (row), "calf-region-id");

      if (g_strcmp0 (id, region_id) == 0)
        return row;
    }

  return NULL;
}

/**
 * calf_region_list_set_region_name:
 * @self: a region list
 * @region_id: a region id of the contract
 * @name: the display name, usually from the database (translated)
 */
void
calf_region_list_set_region_name (CalfRegionList *self,
                                  const char     *region_id,
                                  const char     *name)
{
  GtkWidget *row;

  g_return_if_fail (CALF_IS_REGION_LIST (self));
  g_return_if_fail (region_id != NULL);
  g_return_if_fail (name != NULL && name[0] != '\0');

  if (!(row = calf_region_list_get_row (self, region_id)))
    {
      g_critical ("%s: no region “%s”", G_STRFUNC, region_id);
      return;
    }

  calf_row_set_title (CALF_ROW (row), name);
}

const char *
calf_region_list_get_region_name (CalfRegionList *self,
                                  const char     *region_id)
{
  GtkWidget *row;

  g_return_val_if_fail (CALF_IS_REGION_LIST (self), NULL);
  g_return_val_if_fail (region_id != NULL, NULL);

  row = calf_region_list_get_row (self, region_id);
  return row ? calf_row_get_title (CALF_ROW (row)) : NULL;
}
