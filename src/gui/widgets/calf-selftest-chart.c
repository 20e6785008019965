/* calf-selftest-chart.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-selftest-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "calf-chart-paint.h"
#include "calf-history-entry.h"
#include "calf-selftest-chart.h"

#define MARGIN 12.0

typedef struct
{
  gint64 time;
  double left;
  double right;
  double threshold;   /* NAN when unknown */
} Point;

struct _CalfSelftestChart
{
  GtkWidget        parent_instance;

  CalfSelftestKind test;
  GArray          *points;   /* of Point, oldest first */
};

G_DEFINE_FINAL_TYPE (CalfSelftestChart, calf_selftest_chart, GTK_TYPE_WIDGET)

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *x = a, *y = b;

  return x->time < y->time ? -1 : x->time > y->time;
}

static void
calf_selftest_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  CalfSelftestChart *self = CALF_SELFTEST_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double left = MARGIN, right = width - MARGIN, top = MARGIN, bottom = height - MARGIN;
  double top_value = 1;
  gint64 first, last;
  GdkRGBA fg, accent, faint;

  if (self->points->len == 0 || right <= left || bottom <= top)
    return;

  calf_chart_get_colors (widget, &fg, &accent);
  faint = fg;
  faint.alpha *= 0.5f;

  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);

      top_value = MAX (top_value, MAX (point->left, point->right));
      if (!isnan (point->threshold))
        top_value = MAX (top_value, point->threshold);
    }
  top_value *= 1.15;

  first = g_array_index (self->points, Point, 0).time;
  last = g_array_index (self->points, Point, self->points->len - 1).time;

#define X(t) (last > first ? left + (right - left) * (double) ((t) - first) / (double) (last - first) : (left + right) / 2)
#define Y(v) (bottom - (bottom - top) * (v) / top_value)

  /* The baseline, and the cut-off as a dashed line of short marks. */
  gtk_snapshot_append_color (snapshot, &faint, &GRAPHENE_RECT_INIT (left, bottom - 0.5, right - left, 1));
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);
      double x0 = i == 0 ? left : X (g_array_index (self->points, Point, i - 1).time);
      double x1 = i + 1 == self->points->len ? right : X (point->time);

      if (isnan (point->threshold))
        continue;
      for (double x = x0; x < x1; x += 8)
        gtk_snapshot_append_color (snapshot, &faint,
                                   &GRAPHENE_RECT_INIT (x, Y (point->threshold) - 1, MIN (4, x1 - x), 2));
    }

  for (guint i = 1; i < self->points->len; i++)
    {
      const Point *a = &g_array_index (self->points, Point, i - 1);
      const Point *b = &g_array_index (self->points, Point, i);

      calf_chart_append_segment (snapshot, &accent, X (a->time), Y (a->left), X (b->time), Y (b->left));
      calf_chart_append_segment (snapshot, &fg, X (a->time), Y (a->right), X (b->time), Y (b->right));
    }
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);

      calf_chart_append_marker (snapshot, &accent, X (point->time), Y (point->left), TRUE);
      calf_chart_append_marker (snapshot, &fg, X (point->time), Y (point->right), FALSE);
    }
#undef X
#undef Y
}

static void
calf_selftest_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 96;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 120;
}

static void
calf_selftest_chart_finalize (GObject *object)
{
  CalfSelftestChart *self = CALF_SELFTEST_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (calf_selftest_chart_parent_class)->finalize (object);
}

static void
calf_selftest_chart_class_init (CalfSelftestChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = calf_selftest_chart_finalize;
  widget_class->snapshot = calf_selftest_chart_snapshot;
  widget_class->measure = calf_selftest_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "calf-selftest-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
calf_selftest_chart_init (CalfSelftestChart *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
}

/* The latest values in words, for assistive technology. */
static char *
describe (CalfSelftestChart *self)
{
  const Point *first = &g_array_index (self->points, Point, 0);
  const Point *last = &g_array_index (self->points, Point, self->points->len - 1);
  const char *name = self->test == CALF_SELFTEST_KNEE_TO_WALL ? _("Knee to wall, in centimetres")
                                                               : _("Heel raises, in repetitions");

  if (self->points->len == 1)
    /* Translators: a self-test's name, then the values of each leg. */
    return g_strdup_printf (_("%s: left leg %g, right leg %g."), name, last->left, last->right);
  /* Translators: a self-test's name, then how each leg's value went. */
  return g_strdup_printf (_("%s: left leg from %g to %g, right leg from %g to %g."),
                          name, first->left, last->left, first->right, last->right);
}

GtkWidget *
calf_selftest_chart_new (CalfSelftestKind  test,
                         GPtrArray        *entries)
{
  CalfSelftestChart *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (entries != NULL, NULL);

  self = g_object_new (CALF_TYPE_SELFTEST_CHART, NULL);
  self->test = test;
  for (guint i = 0; i < entries->len; i++)
    {
      const CalfHistoryEntry *entry = g_ptr_array_index (entries, i);
      Point point = { entry->time, entry->left, entry->right, entry->threshold };

      if (entry->kind == CALF_HISTORY_KIND_SELFTEST && entry->test == test)
        g_array_append_val (self->points, point);
    }
  g_array_sort (self->points, compare_points);

  if (self->points->len > 0)
    {
      description = describe (self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      test == CALF_SELFTEST_KNEE_TO_WALL ? _("Chart of the knee-to-wall test")
                                                                         : _("Chart of the heel-raise test"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  return GTK_WIDGET (self);
}

guint
calf_selftest_chart_get_n_points (CalfSelftestChart *self)
{
  g_return_val_if_fail (CALF_IS_SELFTEST_CHART (self), 0);
  return self->points->len;
}
