/* calf-body-map-paint.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-body-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include "calf-body-map-private.h"

/* How far down the thigh fades in, in view-box units: the drawing starts
 * above the knee without a hard edge. */
#define FADE_LENGTH 56.0

typedef struct
{
  const char *name;
  guint32     fill;        /* 0xRRGGBB, or NO_COLOR */
  guint32     stroke;
  double      width;       /* stroke width in view-box units */
} LayerStyle;

#define NO_COLOR 0xFFFFFFFFu

/* Flat fills with a soft outline of a deeper shade of the same hue, in the
 * restrained palette of GNOME illustrations. "outline" layers are drawn
 * last and unclipped, so they sit on the silhouette edge. */
static const LayerStyle light_styles[] = {
  { "skin",        0xf5ddd0, NO_COLOR, 0 },
  { "muscle-deep", 0xeab4a6, 0xd49a8b, 1.2 },
  { "muscle",      0xe49d8e, 0xc98172, 1.4 },
  { "sheen",       0xeab0a3, NO_COLOR, 0 },
  { "tendon",      0xf7e8dc, 0xd9b7a6, 1.2 },
  { "heel",        0xf1d4c6, NO_COLOR, 0 },
  { "hollow",      0xedcabd, NO_COLOR, 0 },
  { "bone",        0xf8e6dc, NO_COLOR, 0 },
  { "crease",      NO_COLOR, 0xb9877a, 1.8 },
  { "outline",     NO_COLOR, 0xa87a6d, 2.2 },
};

static const LayerStyle dark_styles[] = {
  { "skin",        0x574541, NO_COLOR, 0 },
  { "muscle-deep", 0x6f4d47, 0x86615a, 1.2 },
  { "muscle",      0x84574f, 0xa0736a, 1.4 },
  { "sheen",       0x8f625a, NO_COLOR, 0 },
  { "tendon",      0x8c786e, 0xa8928a, 1.2 },
  { "heel",        0x5f4b46, NO_COLOR, 0 },
  { "hollow",      0x4c3a36, NO_COLOR, 0 },
  { "bone",        0x6f5c55, NO_COLOR, 0 },
  { "crease",      NO_COLOR, 0xbf958a, 1.8 },
  { "outline",     NO_COLOR, 0xd2aa9e, 2.2 },
};

/* High contrast: the same shapes, with every edge drawn in the
 * foreground colour and lighter fills so the edges stand out. */
static const LayerStyle hc_light_styles[] = {
  { "skin",        0xffffff, NO_COLOR, 0 },
  { "muscle-deep", 0xf2d2ca, 0x000000, 1.4 },
  { "muscle",      0xe8aa9c, 0x000000, 1.8 },
  { "sheen",       0xe8aa9c, NO_COLOR, 0 },
  { "tendon",      0xffffff, 0x000000, 1.4 },
  { "heel",        0xffffff, NO_COLOR, 0 },
  { "hollow",      0xf2d2ca, NO_COLOR, 0 },
  { "bone",        0xffffff, NO_COLOR, 0 },
  { "crease",      NO_COLOR, 0x000000, 2.2 },
  { "outline",     NO_COLOR, 0x000000, 3.0 },
};

static const LayerStyle hc_dark_styles[] = {
  { "skin",        0x1e1e1e, NO_COLOR, 0 },
  { "muscle-deep", 0x4a302b, 0xffffff, 1.4 },
  { "muscle",      0x6e4038, 0xffffff, 1.8 },
  { "sheen",       0x6e4038, NO_COLOR, 0 },
  { "tendon",      0x1e1e1e, 0xffffff, 1.4 },
  { "heel",        0x1e1e1e, NO_COLOR, 0 },
  { "hollow",      0x4a302b, NO_COLOR, 0 },
  { "bone",        0x1e1e1e, NO_COLOR, 0 },
  { "crease",      NO_COLOR, 0xffffff, 2.2 },
  { "outline",     NO_COLOR, 0xffffff, 3.0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (light_styles) == G_N_ELEMENTS (dark_styles));
G_STATIC_ASSERT (G_N_ELEMENTS (light_styles) == G_N_ELEMENTS (hc_light_styles));
G_STATIC_ASSERT (G_N_ELEMENTS (light_styles) == G_N_ELEMENTS (hc_dark_styles));

CalfOutline *
calf_body_map_load_outline (void)
{
  static CalfOutline *outline;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GError) error = NULL;
      CalfOutline *loaded = calf_outline_new_from_resource (CALF_ANATOMY_RESOURCE, &error);

      /* The outline is compiled into the program; failing here is a build error. */
      if (loaded == NULL)
        g_error ("Cannot load the anatomy outline: %s", error->message);

      outline = loaded;
      g_once_init_leave (&initialized, 1);
    }

  return outline;
}

void
calf_body_map_transform_init (CalfBodyMapTransform  *t,
                              CalfOutline           *outline,
                              const graphene_rect_t *area,
                              gboolean               mirrored)
{
  calf_outline_get_view_box (outline, &t->view_x, &t->view_y, &t->view_width, &t->view_height);

  t->scale = MIN (area->size.width / t->view_width, area->size.height / t->view_height);
  t->scale = MAX (t->scale, 0.001);
  t->x = area->origin.x + (area->size.width - t->view_width * t->scale) / 2;
  t->y = area->origin.y + (area->size.height - t->view_height * t->scale) / 2;
  t->mirrored = mirrored;
}

void
calf_body_map_transform_apply (const CalfBodyMapTransform *t,
                               cairo_t                    *cr)
{
  if (t->mirrored)
    {
      cairo_translate (cr, t->x + t->view_width * t->scale, t->y);
      cairo_scale (cr, -t->scale, t->scale);
    }
  else
    {
      cairo_translate (cr, t->x, t->y);
      cairo_scale (cr, t->scale, t->scale);
    }
  cairo_translate (cr, -t->view_x, -t->view_y);
}

void
calf_body_map_transform_to_view (const CalfBodyMapTransform *t,
                                 double                      x,
                                 double                      y,
                                 double                     *view_x,
                                 double                     *view_y)
{
  double u = (x - t->x) / t->scale;

  if (t->mirrored)
    u = t->view_width - u;

  *view_x = t->view_x + u;
  *view_y = t->view_y + (y - t->y) / t->scale;
}

void
calf_body_map_transform_to_widget (const CalfBodyMapTransform *t,
                                   double                      view_x,
                                   double                      view_y,
                                   double                     *x,
                                   double                     *y)
{
  double u = view_x - t->view_x;

  if (t->mirrored)
    u = t->view_width - u;

  *x = t->x + u * t->scale;
  *y = t->y + (view_y - t->view_y) * t->scale;
}

void
calf_body_map_transform_rect_to_widget (const CalfBodyMapTransform *t,
                                        double                      x1,
                                        double                      y1,
                                        double                      x2,
                                        double                      y2,
                                        GtkAllocation              *rect)
{
  double ax, ay, bx, by;

  calf_body_map_transform_to_widget (t, x1, y1, &ax, &ay);
  calf_body_map_transform_to_widget (t, x2, y2, &bx, &by);

  rect->x = floor (MIN (ax, bx));
  rect->y = floor (MIN (ay, by));
  rect->width = ceil (MAX (ax, bx)) - rect->x;
  rect->height = ceil (MAX (ay, by)) - rect->y;
}

static const LayerStyle *
find_style (const LayerStyle *styles,
            const char       *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (light_styles); i++)
    if (strcmp (styles[i].name, name) == 0)
      return &styles[i];

  return NULL;
}

gboolean
calf_body_map_style_is_known (const char *style)
{
  return find_style (light_styles, style) != NULL;
}

static void
set_source_rgb24 (cairo_t *cr,
                  guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

/* Keeps hairlines visible when the drawing is small. */
static double
line_width (const CalfBodyMapTransform *t,
            double                      width)
{
  return MAX (width, 1.0 / t->scale);
}

static void
paint_layer (cairo_t                    *cr,
             const CalfOutlineLayer     *layer,
             const LayerStyle           *style,
             const CalfBodyMapTransform *t)
{
  calf_outline_path_append (layer->path, cr);

  if (style->fill != NO_COLOR)
    {
      set_source_rgb24 (cr, style->fill);
      cairo_fill_preserve (cr);
    }

  if (style->stroke != NO_COLOR)
    {
      set_source_rgb24 (cr, style->stroke);
      cairo_set_line_width (cr, line_width (t, style->width));
      cairo_stroke_preserve (cr);
    }

  cairo_new_path (cr);
}

/**
 * calf_body_map_paint_illustration:
 *
 * Paints the layers in document order, clipped to the silhouette, then the
 * outline layers on top; the thigh fades in from the top edge.
 */
void
calf_body_map_paint_illustration (cairo_t                    *cr,
                                  CalfOutline                *outline,
                                  const CalfBodyMapTransform *t,
                                  const CalfBodyMapColors    *colors)
{
  const LayerStyle *styles;
  cairo_pattern_t *fade;
  guint n_layers = calf_outline_get_n_layers (outline);

  if (colors->high_contrast)
    styles = colors->dark ? hc_dark_styles : hc_light_styles;
  else
    styles = colors->dark ? dark_styles : light_styles;

  cairo_save (cr);
  calf_body_map_transform_apply (t, cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  cairo_push_group (cr);

  cairo_save (cr);
  calf_outline_path_append (calf_outline_get_silhouette (outline), cr);
  cairo_clip (cr);
  for (guint i = 0; i < n_layers; i++)
    {
      const CalfOutlineLayer *layer = calf_outline_get_layer (outline, i);
      const LayerStyle *style = find_style (styles, layer->style);

      if (style != NULL && strcmp (style->name, "outline") != 0)
        paint_layer (cr, layer, style, t);
    }
  cairo_restore (cr);

  for (guint i = 0; i < n_layers; i++)
    {
      const CalfOutlineLayer *layer = calf_outline_get_layer (outline, i);

      if (strcmp (layer->style, "outline") == 0)
        paint_layer (cr, layer, find_style (styles, "outline"), t);
    }

  cairo_pop_group_to_source (cr);

  fade = cairo_pattern_create_linear (0, t->view_y, 0, t->view_y + FADE_LENGTH);
  cairo_pattern_add_color_stop_rgba (fade, 0, 0, 0, 0, 0);
  cairo_pattern_add_color_stop_rgba (fade, 1, 0, 0, 0, 1);
  cairo_mask (cr, fade);
  cairo_pattern_destroy (fade);

  cairo_restore (cr);
}

/* The painted area of a region: its path inside the silhouette, minus the
 * regions stacked above it when it is exclusive. */
static cairo_pattern_t *
create_region_mask (cairo_t     *cr,
                    CalfOutline *outline,
                    guint        region_index)
{
  const CalfOutlineRegion *region = calf_outline_get_region (outline, region_index);

  cairo_push_group_with_content (cr, CAIRO_CONTENT_ALPHA);
  calf_outline_path_append (calf_outline_get_silhouette (outline), cr);
  cairo_clip (cr);
  calf_outline_path_append (region->path, cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 1);
  cairo_fill (cr);

  if (region->exclusive)
    {
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      for (guint i = region_index + 1; i < calf_outline_get_n_regions (outline); i++)
        calf_outline_path_append (calf_outline_get_region (outline, i)->path, cr);
      cairo_fill (cr);
    }

  return cairo_pop_group (cr);
}

void
calf_body_map_paint_highlight (cairo_t                    *cr,
                               CalfOutline                *outline,
                               guint                       region_index,
                               const CalfBodyMapTransform *t,
                               const CalfBodyMapColors    *colors,
                               CalfHighlight               highlight)
{
  const CalfOutlineRegion *region;
  cairo_pattern_t *mask;
  GdkRGBA fill;
  double alpha;

  if (highlight == CALF_HIGHLIGHT_NONE)
    return;

  region = calf_outline_get_region (outline, region_index);

  cairo_save (cr);
  calf_body_map_transform_apply (t, cr);

  mask = create_region_mask (cr, outline, region_index);

  if (highlight & CALF_HIGHLIGHT_PRESSED)
    alpha = 0.55;
  else if (highlight & CALF_HIGHLIGHT_HOVER)
    alpha = 0.38;
  else
    alpha = 0.22;
  if (colors->high_contrast)
    alpha = MIN (alpha + 0.2, 0.8);

  fill = colors->accent_bg;
  fill.alpha *= alpha;
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_mask (cr, mask);

  /* The focus ring runs along the inside of the painted area: stroke every
   * edge that can bound it at twice the width, keep what lies inside. */
  if (highlight & CALF_HIGHLIGHT_FOCUS)
    {
      cairo_push_group (cr);
      gdk_cairo_set_source_rgba (cr, &colors->accent);
      cairo_set_line_width (cr, 2 * (colors->high_contrast ? 4.0 : 3.0) / t->scale);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      calf_outline_path_append (region->path, cr);
      calf_outline_path_append (calf_outline_get_silhouette (outline), cr);
      if (region->exclusive)
        for (guint i = region_index + 1; i < calf_outline_get_n_regions (outline); i++)
          calf_outline_path_append (calf_outline_get_region (outline, i)->path, cr);
      cairo_stroke (cr);
      cairo_pop_group_to_source (cr);
      cairo_mask (cr, mask);
    }

  cairo_pattern_destroy (mask);
  cairo_restore (cr);
}
