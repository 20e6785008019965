/* calf-progress-chart.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-progress-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "calf-chart-paint.h"
#include "calf-history-entry.h"
#include "calf-progress-chart.h"

#define TICK_HEIGHT 8.0
#define MARGIN 12.0

typedef struct
{
  gint64 time;
  int    pain;      /* CALF_HISTORY_NO_PAIN: a session without a score */
  gboolean session;
} Point;

struct _CalfProgressChart
{
  GtkWidget  parent_instance;

  GArray    *points;    /* of Point, oldest first */
  char      *summary;
};

G_DEFINE_FINAL_TYPE (CalfProgressChart, calf_progress_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *x = a, *y = b;

  return x->time < y->time ? -1 : x->time > y->time;
}

static void
calf_progress_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  CalfProgressChart *self = CALF_PROGRESS_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double left = MARGIN, right = width - MARGIN, top = MARGIN, bottom = height - MARGIN - TICK_HEIGHT - 4;
  GdkRGBA fg, accent, faint, band;
  gint64 first, last;
  gboolean have_previous = FALSE;
  double px = 0, py = 0;

  if (self->points->len == 0 || right <= left || bottom <= top)
    return;

  calf_chart_get_colors (widget, &fg, &accent);
  faint = fg;
  faint.alpha *= 0.15f;
  band = fg;
  band.alpha *= 0.06f;

  /* 0, 5 and 10 out of 10, and the band above 5. */
  gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (left, top, right - left, (bottom - top) / 2));
  for (int level = 0; level <= 10; level += 5)
    {
      double y = bottom - (bottom - top) * level / 10.0;

      gtk_snapshot_append_color (snapshot, &faint, &GRAPHENE_RECT_INIT (left, y - 0.5, right - left, 1));
    }

  first = g_array_index (self->points, Point, 0).time;
  last = g_array_index (self->points, Point, self->points->len - 1).time;

  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);
      double x = last > first ? left + (right - left) * (double) (point->time - first) / (double) (last - first)
                              : (left + right) / 2;

      if (point->session)
        gtk_snapshot_append_color (snapshot, &fg, &GRAPHENE_RECT_INIT (x - 1, height - MARGIN - TICK_HEIGHT,
                                                                      2, TICK_HEIGHT));
      if (point->pain == CALF_HISTORY_NO_PAIN)
        continue;

      {
        double y = bottom - (bottom - top) * point->pain / 10.0;

        if (have_previous)
          calf_chart_append_segment (snapshot, &accent, px, py, x, y);
        px = x;
        py = y;
        have_previous = TRUE;
      }
    }

  /* Dots over the lines. */
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);
      double x = last > first ? left + (right - left) * (double) (point->time - first) / (double) (last - first)
                              : (left + right) / 2;

      if (point->pain != CALF_HISTORY_NO_PAIN)
        calf_chart_append_marker (snapshot, &accent, x, bottom - (bottom - top) * point->pain / 10.0, TRUE);
    }
}

static void
calf_progress_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 160;
}

static void
calf_progress_chart_finalize (GObject *object)
{
  CalfProgressChart *self = CALF_PROGRESS_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (calf_progress_chart_parent_class)->finalize (object);
}

static void
calf_progress_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CalfProgressChart *self = CALF_PROGRESS_CHART (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_progress_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CalfProgressChart *self = CALF_PROGRESS_CHART (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      calf_progress_chart_set_summary (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_progress_chart_class_init (CalfProgressChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = calf_progress_chart_finalize;
  object_class->get_property = calf_progress_chart_get_property;
  object_class->set_property = calf_progress_chart_set_property;
  widget_class->snapshot = calf_progress_chart_snapshot;
  widget_class->measure = calf_progress_chart_measure;

  /**
   * CalfProgressChart:summary:
   *
   * What the chart shows, in words, for assistive technology.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "calf-progress-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
calf_progress_chart_init (CalfProgressChart *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of pain over time"), -1);
}

GtkWidget *
calf_progress_chart_new (void)
{
  return g_object_new (CALF_TYPE_PROGRESS_CHART, NULL);
}

void
calf_progress_chart_set_entries (CalfProgressChart *self,
                                 GPtrArray         *entries)
{
  g_return_if_fail (CALF_IS_PROGRESS_CHART (self));
  g_return_if_fail (entries != NULL);

  g_array_set_size (self->points, 0);
  for (guint i = 0; i < entries->len; i++)
    {
      const CalfHistoryEntry *entry = g_ptr_array_index (entries, i);
      Point point = { entry->time, CALF_HISTORY_NO_PAIN, FALSE };

      if (entry->kind == CALF_HISTORY_KIND_PAIN)
        point.pain = entry->pain;
      else if (entry->kind == CALF_HISTORY_KIND_SESSION)
        {
          point.pain = entry->pain_during;
          point.session = TRUE;
        }
      else
        continue;
      g_array_append_val (self->points, point);
    }
  g_array_sort (self->points, compare_points);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
calf_progress_chart_get_n_points (CalfProgressChart *self)
{
  g_return_val_if_fail (CALF_IS_PROGRESS_CHART (self), 0);
  return self->points->len;
}

const char *
calf_progress_chart_get_summary (CalfProgressChart *self)
{
  g_return_val_if_fail (CALF_IS_PROGRESS_CHART (self), NULL);
  return self->summary;
}

void
calf_progress_chart_set_summary (CalfProgressChart *self,
                                 const char        *summary)
{
  g_return_if_fail (CALF_IS_PROGRESS_CHART (self));

  if (g_strcmp0 (self->summary, summary) == 0)
    return;
  g_free (self->summary);
  self->summary = g_strdup (summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  summary != NULL ? summary : "", -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}
