/* body-map-fixture.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-body-map-private.h"
#include "calf-region-list.h"
#include "calf-test-utils.h"

/* Shared by the body map tests. Each program has one window: the map
 * beside the region list, as on the start page. Tests that change the
 * side or the style put them back. */
static GtkWidget *window;
static CalfBodyMap *map;
static CalfRegionList *list;

static inline GtkWidget *
region_widget (const char *id)
{
  GtkWidget *widget = calf_body_map_get_region_widget (map, id);

  g_assert_true (CALF_IS_BODY_MAP_REGION (widget));
  return widget;
}

static inline void
set_side (CalfBodySide side)
{
  calf_body_map_set_side (map, side);
  calf_test_wait_for_frame (GTK_WIDGET (map));
}

/* Where a view-box point of the outline is on the map, as allocated. */
static inline void
view_to_map (double  view_x,
             double  view_y,
             double *x,
             double *y)
{
  calf_body_map_transform_to_widget (calf_body_map_get_transform (map), view_x, view_y, x, y);
}

static inline GtkWidget *
create_window (int             width,
               int             height,
               GtkOrientation  orientation,
               CalfBodyMap   **map_out,
               CalfRegionList **list_out)
{
  GtkWidget *win = gtk_window_new ();
  GtkWidget *box = gtk_box_new (orientation, 24);
  GtkWidget *body_map = calf_body_map_new ();
  GtkWidget *region_list = calf_region_list_new ();

  gtk_window_set_default_size (GTK_WINDOW (win), width, height);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_hexpand (body_map, TRUE);
  gtk_widget_set_vexpand (body_map, TRUE);
  gtk_widget_set_valign (region_list, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), body_map);
  gtk_box_append (GTK_BOX (box), region_list);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      GtkWidget *scrolled = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
      gtk_window_set_child (GTK_WINDOW (win), scrolled);
    }
  else
    {
      gtk_widget_set_size_request (region_list, 280, -1);
      gtk_window_set_child (GTK_WINDOW (win), box);
    }

  gtk_window_present (GTK_WINDOW (win));
  calf_test_wait_for_frame (win);

  if (map_out)
    *map_out = CALF_BODY_MAP (body_map);
  if (list_out)
    *list_out = CALF_REGION_LIST (region_list);

  return win;
}

