/* calf-outline-path-cairo.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-outline"

#include "config.h"

#include "calf-outline-path-private.h"

/* A parsed path on cairo: drawn, measured and hit-tested. */

/**
 * calf_outline_path_append:
 * @path: a path
 * @cr: a cairo context
 *
 * Adds @path to the current path of @cr, in user coordinates.
 */
void
calf_outline_path_append (const CalfOutlinePath *path,
                          cairo_t               *cr)
{
  g_return_if_fail (path != NULL);
  g_return_if_fail (cr != NULL);

  for (guint i = 0; i < path->segments->len; i++)
    {
      const Segment *seg = &g_array_index (path->segments, Segment, i);

      switch (seg->type)
        {
        case SEG_MOVE:
          cairo_move_to (cr, seg->pt[4], seg->pt[5]);
          break;
        case SEG_LINE:
          cairo_line_to (cr, seg->pt[4], seg->pt[5]);
          break;
        case SEG_CURVE:
          cairo_curve_to (cr, seg->pt[0], seg->pt[1], seg->pt[2], seg->pt[3],
                          seg->pt[4], seg->pt[5]);
          break;
        case SEG_CLOSE:
          cairo_close_path (cr);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* A 1×1 surface is enough: cairo tests fills geometrically, not by pixels. */
static cairo_t *
create_scratch_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

/**
 * calf_outline_path_get_bounds:
 *
 * Gets the extents of the area the path fills (curves included exactly,
 * not their control points).
 */
void
calf_outline_path_get_bounds (const CalfOutlinePath *path,
                              double                *x1,
                              double                *y1,
                              double                *x2,
                              double                *y2)
{
  cairo_t *cr;

  g_return_if_fail (path != NULL);

  cr = create_scratch_context ();
  calf_outline_path_append (path, cr);
  cairo_fill_extents (cr, x1, y1, x2, y2);
  cairo_destroy (cr);
}

gboolean
calf_outline_path_contains (const CalfOutlinePath *path,
                            double                 x,
                            double                 y)
{
  cairo_t *cr;
  gboolean inside;

  g_return_val_if_fail (path != NULL, FALSE);

  cr = create_scratch_context ();
  calf_outline_path_append (path, cr);
  inside = cairo_in_fill (cr, x, y);
  cairo_destroy (cr);

  return inside;
}
