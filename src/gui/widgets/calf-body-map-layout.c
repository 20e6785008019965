/* calf-body-map-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-body-map"

#include "config.h"

#include <math.h>

#include "calf-body-map-private.h"

/* Size, allocation and keyboard focus of CalfBodyMap. */

#define SPACING 12
#define MIN_MAP_WIDTH 120
#define MIN_MAP_HEIGHT 200
#define NAT_MAP_WIDTH 260
#define NAT_MAP_HEIGHT 460

/* Arrow keys go to the nearest region in that direction, judged by the
 * regions' anchor points as drawn (so they follow the mirroring). */
gboolean
calf_body_map_move_focus (CalfBodyMap       *self,
                          CalfBodyMapRegion *from,
                          GtkDirectionType   direction)
{
  const CalfOutlineRegion *origin;
  CalfBodyMapRegion *best = NULL;
  double best_score = G_MAXDOUBLE;
  gboolean best_in_cone = FALSE;
  double ox, oy, dx = 0, dy = 0;

  switch (direction)
    {
    case GTK_DIR_UP:    dy = -1; break;
    case GTK_DIR_DOWN:  dy = 1;  break;
    case GTK_DIR_LEFT:  dx = -1; break;
    case GTK_DIR_RIGHT: dx = 1;  break;
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
    default:
      return FALSE;
    }

  origin = calf_outline_get_region (self->outline, calf_body_map_region_get_index (from));
  calf_body_map_transform_to_widget (&self->transform, origin->anchor_x, origin->anchor_y, &ox, &oy);

  for (guint i = 0; i < self->regions->len; i++)
    {
      CalfBodyMapRegion *region = g_ptr_array_index (self->regions, i);
      const CalfOutlineRegion *target;
      double x, y, along, across, score;

      if (region == from)
        continue;

      target = calf_outline_get_region (self->outline, calf_body_map_region_get_index (region));
      calf_body_map_transform_to_widget (&self->transform, target->anchor_x, target->anchor_y, &x, &y);

      along = (x - ox) * dx + (y - oy) * dy;
      across = fabs ((x - ox) * dy - (y - oy) * dx);
      if (along <= 0.5)
        continue;

      /* Prefer what lies within 45° of the direction, then what lies
       * straight ahead over what is merely close. */
      score = along + 2 * across;
      if ((across <= along && !best_in_cone) ||
          ((across <= along) == best_in_cone && score < best_score))
        {
          best_in_cone = across <= along;
          best_score = score;
          best = region;
        }
    }

  if (best == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  return gtk_widget_grab_focus (GTK_WIDGET (best));
}

static GtkWidget *
get_tab_child (CalfBodyMap *self,
               guint        position)
{
  if (position == 0)
    return self->switcher;

  return GTK_WIDGET (calf_body_map_find_region (self, calf_body_map_get_region_ids ()[position - 1]));
}

/* Tab goes through the leg switch, then the regions in reading order
 * (the same order as the region list), not in allocation order. */
gboolean
calf_body_map_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  CalfBodyMap *self = CALF_BODY_MAP (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);
  guint n = 1 + g_strv_length ((char **) calf_body_map_get_region_ids ());  /* switcher + regions */
  int step, i;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    /* GtkWidget's own focus handling (CalfBodyMap derives from it directly). */
    return GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->focus (widget, direction);

  step = direction == GTK_DIR_TAB_FORWARD ? 1 : -1;
  i = step > 0 ? -1 : (int) n;

  if (focus_child != NULL)
    {
      if (gtk_widget_child_focus (focus_child, direction))
        return TRUE;

      for (guint j = 0; j < n; j++)
        if (get_tab_child (self, j) == focus_child)
          i = j;
    }

  for (i += step; i >= 0 && i < (int) n; i += step)
    {
      GtkWidget *child = get_tab_child (self, i);

      if (child != NULL && gtk_widget_child_focus (child, direction))
        return TRUE;
    }

  return FALSE;
}

void
calf_body_map_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  CalfBodyMap *self = CALF_BODY_MAP (widget);
  int switcher_min, switcher_nat, outer_min, outer_nat, inner_min, inner_nat;

  gtk_widget_measure (self->switcher, orientation, -1, &switcher_min, &switcher_nat, NULL, NULL);
  gtk_widget_measure (self->outer_label, orientation, -1, &outer_min, &outer_nat, NULL, NULL);
  gtk_widget_measure (self->inner_label, orientation, -1, &inner_min, &inner_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (switcher_min, MAX (MIN_MAP_WIDTH, outer_min + inner_min + SPACING));
      *natural = MAX (switcher_nat, MAX (NAT_MAP_WIDTH, outer_nat + inner_nat + SPACING));
    }
  else
    {
      int labels_min = MAX (outer_min, inner_min);
      int labels_nat = MAX (outer_nat, inner_nat);
      int map_min = MIN_MAP_HEIGHT;

      /* Given a width, ask for enough height that the drawing stays
       * legible where the map gets only its minimum (in a scrolled page
       * on a phone), without demanding its full natural size. */
      if (for_size > 0)
        {
          double width, height;

          calf_outline_get_view_box (self->outline, NULL, NULL, &width, &height);
          map_min = CLAMP ((int) (for_size * height / width), MIN_MAP_HEIGHT, NAT_MAP_HEIGHT * 4 / 5);
        }

      *minimum = switcher_min + SPACING + map_min + labels_min;
      *natural = switcher_nat + SPACING + MAX (map_min, NAT_MAP_HEIGHT) + labels_nat;
    }
}

GtkSizeRequestMode
calf_body_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
allocate_label (GtkWidget *label,
                int        x,
                int        y,
                int        width,
                int        height,
                gboolean   align_end)
{
  int nat;

  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
  nat = MIN (nat, width);
  gtk_widget_size_allocate (label,
                            &(GtkAllocation) { align_end ? x + width - nat : x, y, nat, height },
                            -1);
}

void
calf_body_map_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  CalfBodyMap *self = CALF_BODY_MAP (widget);
  const CalfOutlinePath *silhouette = calf_outline_get_silhouette (self->outline);
  double sx1, sy1, sx2, sy2;
  int switcher_width, switcher_height, label_height, map_top, map_height;
  int row_width, row_x, outer_nat, inner_nat, half;
  gboolean mirrored = self->side == CALF_BODY_SIDE_RIGHT;

  gtk_widget_measure (self->switcher, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &switcher_width, NULL, NULL);
  switcher_width = MIN (switcher_width, width);
  gtk_widget_measure (self->switcher, GTK_ORIENTATION_VERTICAL, switcher_width, NULL, &switcher_height, NULL, NULL);
  gtk_widget_size_allocate (self->switcher,
                            &(GtkAllocation) { (width - switcher_width) / 2, 0, switcher_width, switcher_height },
                            -1);

  gtk_widget_measure (self->outer_label, GTK_ORIENTATION_VERTICAL, -1, NULL, &label_height, NULL, NULL);
  map_top = switcher_height + SPACING;
  map_height = MAX (1, height - map_top - label_height);

  calf_body_map_transform_init (&self->transform, self->outline,
                                &GRAPHENE_RECT_INIT (0, map_top, width, map_height),
                                mirrored);

  /* The side names sit under the drawing: the outer side is the viewer's
   * left for the left leg, and the right for the right leg. */
  gtk_widget_measure (self->outer_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &outer_nat, NULL, NULL);
  gtk_widget_measure (self->inner_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &inner_nat, NULL, NULL);
  row_width = ceil (self->transform.view_width * self->transform.scale);
  row_width = CLAMP (MAX (row_width, 2 * MAX (outer_nat, inner_nat) + SPACING), 0, width);
  row_x = (width - row_width) / 2;
  half = (row_width - SPACING) / 2;
  allocate_label (mirrored ? self->inner_label : self->outer_label,
                  row_x, height - label_height, half, label_height, FALSE);
  allocate_label (mirrored ? self->outer_label : self->inner_label,
                  row_x + row_width - half, height - label_height, half, label_height, TRUE);

  calf_outline_path_get_bounds (silhouette, &sx1, &sy1, &sx2, &sy2);

  for (guint i = 0; i < self->regions->len; i++)
    {
      CalfBodyMapRegion *region = g_ptr_array_index (self->regions, i);
      const CalfOutlineRegion *data = calf_outline_get_region (self->outline, calf_body_map_region_get_index (region));
      GtkAllocation rect;
      double x1, y1, x2, y2;

      /* Over the bounding box of region ∩ silhouette; contains() does the rest. */
      calf_outline_path_get_bounds (data->path, &x1, &y1, &x2, &y2);
      x1 = MAX (x1, sx1);
      y1 = MAX (y1, sy1);
      x2 = MIN (x2, sx2);
      y2 = MIN (y2, sy2);
      calf_body_map_transform_rect_to_widget (&self->transform, x1, y1, x2, y2, &rect);
      gtk_widget_size_allocate (GTK_WIDGET (region), &rect, -1);
    }
}
