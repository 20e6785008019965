/* calf-sketch-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-sketch.h"

G_BEGIN_DECLS

#define CALF_SKETCH_MAX_DASHES 8

typedef struct
{
  gboolean none;
  double   red, green, blue;
} CalfSketchPaint;

/* The properties of one element, computed (calf-sketch-style.c). */
typedef struct
{
  CalfSketchPaint    fill;
  CalfSketchPaint    stroke;
  double             stroke_width;
  cairo_line_cap_t   line_cap;
  cairo_line_join_t  line_join;
  double             dashes[CALF_SKETCH_MAX_DASHES];
  guint              n_dashes;
  double             opacity;    /* the element's own: not inherited */
} CalfSketchStyle;

/* One rule of the style sheet: a class and its declarations. */
typedef struct
{
  char *class_name;
  char *declarations;  /* "stroke:#fff;opacity:.5" */
} CalfSketchRule;

/* SVG's initial values. */
void     calf_sketch_style_init       (CalfSketchStyle   *style);
/* Sets @property to @value; FALSE with @error for anything unsupported. */
gboolean calf_sketch_style_set        (CalfSketchStyle   *style,
                                       const char        *property,
                                       const char        *value,
                                       GError           **error);
/* Applies "prop:value;prop:value". */
gboolean calf_sketch_style_apply      (CalfSketchStyle   *style,
                                       const char        *declarations,
                                       GError           **error);
/* Appends the rules of a style sheet to @rules (of CalfSketchRule). */
gboolean calf_sketch_parse_style_sheet (const char       *text,
                                        GArray           *rules,
                                        GError          **error);
void     calf_sketch_rule_clear       (CalfSketchRule    *rule);
/* A number with nothing after it (an optional "px" for lengths). */
gboolean calf_sketch_parse_number     (const char        *text,
                                       gboolean           length,
                                       double            *value);

G_END_DECLS
