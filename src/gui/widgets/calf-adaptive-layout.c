/* calf-adaptive-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-adaptive-layout"

#include "config.h"

#include "calf-adaptive-layout.h"

struct _CalfAdaptiveLayout
{
  GtkLayoutManager parent_instance;

  int      breakpoint;
  int      spacing;
  double   first_fraction;
  gboolean side_by_side;   /* as last allocated */
};

G_DEFINE_FINAL_TYPE (CalfAdaptiveLayout, calf_adaptive_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
calf_adaptive_layout_get_request_mode (GtkLayoutManager *manager,
                                       GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static int
count_visible (GtkWidget *widget)
{
  int n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;

  return n;
}

/* The width each child gets when @width is available. */
static int
child_width (CalfAdaptiveLayout *self,
             int                 width,
             int                 n_visible,
             int                 index,
             gboolean            side_by_side)
{
  int first;

  if (!side_by_side || n_visible < 2)
    return width;

  first = (int) ((width - self->spacing) * self->first_fraction);
  return index == 0 ? first : width - self->spacing - first;
}

static void
calf_adaptive_layout_measure (GtkLayoutManager *manager,
                              GtkWidget        *widget,
                              GtkOrientation    orientation,
                              int               for_size,
                              int              *minimum,
                              int              *natural,
                              int              *minimum_baseline,
                              int              *natural_baseline)
{
  CalfAdaptiveLayout *self = CALF_ADAPTIVE_LAYOUT (manager);
  int n_visible = count_visible (widget);
  int index = 0;
  gboolean side_by_side;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked, the widest child decides; side by side asks for more. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += child_nat + (index > 0 ? self->spacing : 0);
          index++;
        }
      *natural = MAX (*natural, *minimum);
      return;
    }

  side_by_side = for_size >= self->breakpoint;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat, width = -1;

      if (!gtk_widget_should_layout (child))
        continue;

      if (for_size >= 0)
        {
          int min_width;

          width = child_width (self, for_size, n_visible, index, side_by_side);
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
          width = MAX (width, min_width);
        }
      gtk_widget_measure (child, orientation, width, &child_min, &child_nat, NULL, NULL);

      if (side_by_side)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          *minimum += child_min + (index > 0 ? self->spacing : 0);
          *natural += child_nat + (index > 0 ? self->spacing : 0);
        }
      index++;
    }
}

/* Stacked, each child gets its minimum height and a share of what is left
 * up to its natural height (a scrolled window gives only the minimum, so
 * allocating natural heights would run past the bottom). */
static void
allocate_stacked (CalfAdaptiveLayout *self,
                  GtkWidget          *widget,
                  int                 width,
                  int                 height,
                  int                 n_visible)
{
  g_autofree GtkRequestedSize *sizes = g_new0 (GtkRequestedSize, MAX (n_visible, 1));
  int index = 0, y = 0, extra = height - self->spacing * MAX (n_visible - 1, 0);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int min_width;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      sizes[index].data = child;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, MAX (width, min_width),
                          &sizes[index].minimum_size, &sizes[index].natural_size, NULL, NULL);
      extra -= sizes[index].minimum_size;
      index++;
    }

  if (extra > 0)
    gtk_distribute_natural_allocation (extra, n_visible, sizes);

  for (index = 0; index < n_visible; index++)
    {
      GtkWidget *child = sizes[index].data;
      int min_width;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, MAX (width, min_width), sizes[index].minimum_size }, -1);
      y += sizes[index].minimum_size + self->spacing;
    }
}

static void
calf_adaptive_layout_allocate (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               int               width,
                               int               height,
                               int               baseline)
{
  CalfAdaptiveLayout *self = CALF_ADAPTIVE_LAYOUT (manager);
  int n_visible = count_visible (widget);
  gboolean side_by_side = width >= self->breakpoint && n_visible > 1;
  int index = 0;
  int x = 0;

  self->side_by_side = side_by_side;

  if (!side_by_side)
    {
      allocate_stacked (self, widget, width, height, n_visible);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int w, min_width;

      if (!gtk_widget_should_layout (child))
        continue;

      w = child_width (self, width, n_visible, index, side_by_side);
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      w = MAX (w, min_width);
      gtk_widget_size_allocate (child, &(GtkAllocation) { x, 0, w, height }, -1);
      x += w + self->spacing;
      index++;
    }
}

static void
calf_adaptive_layout_class_init (CalfAdaptiveLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = calf_adaptive_layout_get_request_mode;
  manager_class->measure = calf_adaptive_layout_measure;
  manager_class->allocate = calf_adaptive_layout_allocate;
}

static void
calf_adaptive_layout_init (CalfAdaptiveLayout *self)
{
  self->breakpoint = 640;
  self->spacing = 24;
  self->first_fraction = 0.5;
}

GtkLayoutManager *
calf_adaptive_layout_new (int breakpoint,
                          int spacing)
{
  CalfAdaptiveLayout *self = g_object_new (CALF_TYPE_ADAPTIVE_LAYOUT, NULL);

  self->breakpoint = breakpoint;
  self->spacing = spacing;

  return GTK_LAYOUT_MANAGER (self);
}

gboolean
calf_adaptive_layout_get_side_by_side (CalfAdaptiveLayout *self)
{
  g_return_val_if_fail (CALF_IS_ADAPTIVE_LAYOUT (self), FALSE);

  return self->side_by_side;
}

void
calf_adaptive_layout_set_first_fraction (CalfAdaptiveLayout *self,
                                         double              fraction)
{
  g_return_if_fail (CALF_IS_ADAPTIVE_LAYOUT (self));
  g_return_if_fail (fraction > 0 && fraction < 1);

  self->first_fraction = fraction;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
}
