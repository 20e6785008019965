/* calf-chart-paint.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the history's charts (CalfProgressChart, CalfSelftestChart) draw
 * with GtkSnapshot alone. */

#define CALF_CHART_DOT 8.0
#define CALF_CHART_LINE 2.0

/* The text colour, and the accent (the text colour where the style has
 * none), from @widget's style. */
void calf_chart_get_colors     (GtkWidget     *widget,
                                GdkRGBA       *fg,
                                GdkRGBA       *accent);
/* A line CALF_CHART_LINE wide from (x0, y0) to (x1, y1). */
void calf_chart_append_segment (GtkSnapshot   *snapshot,
                                const GdkRGBA *color,
                                double         x0,
                                double         y0,
                                double         x1,
                                double         y1);
/* A dot (round) or a square centred on (x, y). */
void calf_chart_append_marker  (GtkSnapshot   *snapshot,
                                const GdkRGBA *color,
                                double         x,
                                double         y,
                                gboolean       round);

G_END_DECLS
