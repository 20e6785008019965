/* calf-path-arc.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-outline"

#include "config.h"

#include <math.h>

#include "calf-path-arc-private.h"

/* The signed angle from (ux, uy) to (vx, vy). */
static double
angle_between (double ux,
               double uy,
               double vx,
               double vy)
{
  return atan2 (ux * vy - uy * vx, ux * vx + uy * vy);
}

CalfArcShape
calf_path_arc_to_curves (double   x1,
                         double   y1,
                         double   rx,
                         double   ry,
                         double   rotation_degrees,
                         gboolean large_arc,
                         gboolean sweep,
                         double   x2,
                         double   y2,
                         double   curves[4][6],
                         guint   *n_curves)
{
  double phi = rotation_degrees * G_PI / 180.0;
  double cos_phi = cos (phi), sin_phi = sin (phi);
  double dx = (x1 - x2) / 2, dy = (y1 - y2) / 2;
  double x1p, y1p, lambda, numerator, denominator, coef;
  double cxp, cyp, cx, cy, theta, delta, step, t;
  guint n;

  *n_curves = 0;
  if (x1 == x2 && y1 == y2)
    return CALF_ARC_NOTHING;
  rx = fabs (rx);
  ry = fabs (ry);
  if (rx == 0 || ry == 0)
    return CALF_ARC_LINE;

  /* The centre, from the end points (F.6.5). */
  x1p = cos_phi * dx + sin_phi * dy;
  y1p = -sin_phi * dx + cos_phi * dy;
  lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1)
    {
      rx *= sqrt (lambda);
      ry *= sqrt (lambda);
    }
  numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  coef = sqrt (MAX (0, numerator / denominator));
  if (large_arc == sweep)
    coef = -coef;
  cxp = coef * rx * y1p / ry;
  cyp = -coef * ry * x1p / rx;
  cx = cos_phi * cxp - sin_phi * cyp + (x1 + x2) / 2;
  cy = sin_phi * cxp + cos_phi * cyp + (y1 + y2) / 2;

  theta = angle_between (1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  delta = angle_between ((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0)
    delta -= 2 * G_PI;
  else if (sweep && delta < 0)
    delta += 2 * G_PI;

  /* Each piece of at most 90° is a cubic on the unit circle, stretched
   * and turned onto the ellipse. */
  n = (guint) MIN (4, MAX (1, ceil (fabs (delta) / (G_PI / 2) - 1e-9)));
  step = delta / n;
  t = 4.0 / 3.0 * tan (step / 4);
  for (guint i = 0; i < n; i++)
    {
      double a1 = theta + i * step, a2 = a1 + step;
      double unit[6] = {
        cos (a1) - t * sin (a1), sin (a1) + t * cos (a1),
        cos (a2) + t * sin (a2), sin (a2) - t * cos (a2),
        cos (a2), sin (a2),
      };

      for (guint k = 0; k < 6; k += 2)
        {
          curves[i][k] = cx + rx * cos_phi * unit[k] - ry * sin_phi * unit[k + 1];
          curves[i][k + 1] = cy + rx * sin_phi * unit[k] + ry * cos_phi * unit[k + 1];
        }
    }
  /* Exactly at the end point, whatever the rounding. */
  curves[n - 1][4] = x2;
  curves[n - 1][5] = y2;
  *n_curves = n;

  return CALF_ARC_CURVES;
}
