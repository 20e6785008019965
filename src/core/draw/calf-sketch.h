/* calf-sketch.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * CalfSketch: one of Calf Check's line drawings (data/exercises,
 * data/selftests), read from the small part of SVG they are written in and
 * drawn with cairo, for the window and the reports alike. librsvg drew them
 * before; it cost the window about 7 MB and every PDF its loading time.
 *
 * The part of SVG: <svg> (width, height, viewBox), one <style> before any
 * shape with rules of class selectors (".a{stroke:#fff}", ".a,.b{…}"),
 * <g>, <path>, <circle> and <rect> (with rx); the properties fill, stroke,
 * stroke-width, stroke-linecap, stroke-linejoin, stroke-dasharray and
 * opacity (not on <g>), as attributes or in the style sheet, where later
 * rules win; colours as #rgb, #rrggbb or none. Anything else is an error,
 * so a drawing never silently loses a part.
 */

#define CALF_SKETCH_ERROR (calf_sketch_error_quark ())

typedef enum
{
  CALF_SKETCH_ERROR_INVALID,
} CalfSketchError;

GQuark      calf_sketch_error_quark (void);

typedef struct _CalfSketch CalfSketch;

CalfSketch *calf_sketch_new         (GBytes           *svg,
                                     GError          **error);
void        calf_sketch_free        (CalfSketch       *self);
/* The drawing's own size, in pixels at scale 1. */
void        calf_sketch_get_size    (const CalfSketch *self,
                                     double           *width,
                                     double           *height);
/* Draws the whole drawing inside @width × @height at (@x, @y), centred
 * and keeping its aspect ratio (as rsvg_handle_render_document does). */
void        calf_sketch_draw        (const CalfSketch *self,
                                     cairo_t          *cr,
                                     double            x,
                                     double            y,
                                     double            width,
                                     double            height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalfSketch, calf_sketch_free)

G_END_DECLS
