/* calf-chart-paint.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-chart"

#include "config.h"

#include <math.h>

#include "calf-chart-paint.h"

void
calf_chart_get_colors (GtkWidget *widget,
                       GdkRGBA   *fg,
                       GdkRGBA   *accent)
{
  GdkRGBA named;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), fg);
  *accent = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", &named)
            ? named : *fg;
  G_GNUC_END_IGNORE_DEPRECATIONS
}

void
calf_chart_append_segment (GtkSnapshot   *snapshot,
                           const GdkRGBA *color,
                           double         x0,
                           double         y0,
                           double         x1,
                           double         y1)
{
  /* A thin rectangle, turned to lie along the segment. */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x0, y0));
  gtk_snapshot_rotate (snapshot, atan2 (y1 - y0, x1 - x0) * 180 / G_PI);
  gtk_snapshot_append_color (snapshot, color,
                             &GRAPHENE_RECT_INIT (0, -CALF_CHART_LINE / 2, hypot (x1 - x0, y1 - y0), CALF_CHART_LINE));
  gtk_snapshot_restore (snapshot);
}

void
calf_chart_append_marker (GtkSnapshot   *snapshot,
                          const GdkRGBA *color,
                          double         x,
                          double         y,
                          gboolean       round)
{
  GskRoundedRect dot;

  gsk_rounded_rect_init_from_rect (&dot,
                                   &GRAPHENE_RECT_INIT (x - CALF_CHART_DOT / 2, y - CALF_CHART_DOT / 2,
                                                        CALF_CHART_DOT, CALF_CHART_DOT),
                                   round ? CALF_CHART_DOT / 2 : 1);
  gtk_snapshot_push_rounded_clip (snapshot, &dot);
  gtk_snapshot_append_color (snapshot, color, &dot.bounds);
  gtk_snapshot_pop (snapshot);
}
