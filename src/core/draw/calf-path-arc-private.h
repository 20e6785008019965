/* calf-path-arc-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CALF_ARC_NOTHING,  /* the end point is the start point */
  CALF_ARC_LINE,     /* a radius is zero: a straight line */
  CALF_ARC_CURVES,
} CalfArcShape;

/* SVG's elliptical arc (the A command, SVG 1.1 appendix F.6) from
 * (@x1, @y1) to (@x2, @y2) as at most four cubic Béziers of at most 90°
 * each, in @curves (control 1, control 2, end). Radii too small for the
 * end points are scaled up, as SVG says. */
CalfArcShape calf_path_arc_to_curves (double  x1,
                                      double  y1,
                                      double  rx,
                                      double  ry,
                                      double  rotation_degrees,
                                      gboolean large_arc,
                                      gboolean sweep,
                                      double  x2,
                                      double  y2,
                                      double  curves[4][6],
                                      guint  *n_curves);

G_END_DECLS
