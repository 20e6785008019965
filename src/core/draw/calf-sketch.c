/* calf-sketch.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-sketch"

#include "config.h"

#include <string.h>

#include "calf-outline.h"
#include "calf-sketch-private.h"

/* Far more than any drawing has: the input is compiled into the program,
 * but a mistake in it should be an error, not a stall. */
#define MAX_BYTES   (256 * 1024)
#define MAX_SHAPES  2048
#define MAX_DEPTH   16

G_DEFINE_QUARK (calf-sketch-error-quark, calf_sketch_error)

typedef struct
{
  CalfOutlinePath *path;
  CalfSketchStyle  style;
} Shape;

struct _CalfSketch
{
  double  width, height;
  double  view_box[4];
  GArray *shapes;  /* of Shape, in painting order */
};

typedef struct
{
  CalfSketch      *sketch;
  GArray          *rules;       /* of CalfSketchRule */
  CalfSketchStyle  styles[MAX_DEPTH];
  guint            depth;
  gboolean         seen_svg;
  gboolean         in_style;
  gboolean         seen_shape;
  gboolean         shape_open;
  GString         *style_text;
} Reader;

static const char * const presentation[] = {
  "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-dasharray",
  "opacity", NULL,
};

static void
shape_clear (Shape *shape)
{
  g_clear_pointer (&shape->path, calf_outline_path_unref);
}

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (CALF_SKETCH_ERROR, CALF_SKETCH_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

static gboolean
read_number (const char  *element,
             const char  *name,
             const char  *text,
             double      *value,
             GError     **error)
{
  if (text == NULL || !calf_sketch_parse_number (text, TRUE, value))
    return invalid (error, "<%s %s> needs a number, not \"%s\"", element, name, text ? text : "");
  return TRUE;
}

static gboolean
read_svg (Reader       *reader,
          const char  **names,
          const char  **values,
          GError      **error)
{
  CalfSketch *sketch = reader->sketch;
  gboolean has_view_box = FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "width") || g_str_equal (names[i], "height"))
        {
          if (!read_number ("svg", names[i], values[i],
                            names[i][0] == 'w' ? &sketch->width : &sketch->height, error))
            return FALSE;
        }
      else if (g_str_equal (names[i], "viewBox"))
        {
          g_auto(GStrv) parts = g_strsplit_set (values[i], ", ", -1);
          guint n = 0;

          for (guint k = 0; parts[k] != NULL; k++)
            {
              if (parts[k][0] == '\0')
                continue;
              if (n == 4 || !read_number ("svg", "viewBox", parts[k], &sketch->view_box[n++], error))
                return n == 4 ? invalid (error, "<svg viewBox> needs four numbers") : FALSE;
            }
          if (n != 4 || sketch->view_box[2] <= 0 || sketch->view_box[3] <= 0)
            return invalid (error, "<svg viewBox> needs four numbers, a positive size last");
          has_view_box = TRUE;
        }
      else if (!g_str_equal (names[i], "xmlns") && !g_str_equal (names[i], "version"))
        return invalid (error, "<svg> may not have \"%s\"", names[i]);
    }

  if (!has_view_box)
    {
      sketch->view_box[2] = sketch->width;
      sketch->view_box[3] = sketch->height;
    }
  if (sketch->width <= 0)
    sketch->width = sketch->view_box[2];
  if (sketch->height <= 0)
    sketch->height = sketch->view_box[3];
  if (sketch->width <= 0 || sketch->height <= 0)
    return invalid (error, "<svg> needs a width and height or a viewBox");
  return TRUE;
}

/* Path data for a circle or a rectangle, so every shape is one path. */
static char *
shape_data (const char  *element,
            const char **names,
            const char **values,
            GError     **error)
{
  double cx = 0, cy = 0, r = -1, x = 0, y = 0, w = -1, h = -1, rx = 0;
  struct { const char *name; double *value; } circle[] = { { "cx", &cx }, { "cy", &cy }, { "r", &r } };
  struct { const char *name; double *value; } rect[] = {
    { "x", &x }, { "y", &y }, { "width", &w }, { "height", &h }, { "rx", &rx },
  };
  gboolean is_circle = g_str_equal (element, "circle");
  char buf[6][G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; names[i] != NULL; i++)
    {
      guint n = is_circle ? G_N_ELEMENTS (circle) : G_N_ELEMENTS (rect);

      for (guint k = 0; k < n; k++)
        {
          const char *name = is_circle ? circle[k].name : rect[k].name;

          if (g_str_equal (names[i], name) &&
              !read_number (element, name, values[i], is_circle ? circle[k].value : rect[k].value, error))
            return NULL;
        }
    }

  if (is_circle)
    {
      if (r <= 0)
        return invalid (error, "<circle> needs a radius r above 0"), NULL;
      return g_strdup_printf ("M %s %s A %s %s 0 1 0 %s %s A %s %s 0 1 0 %s %s Z",
                              g_ascii_dtostr (buf[0], sizeof buf[0], cx - r), g_ascii_dtostr (buf[1], sizeof buf[1], cy),
                              g_ascii_dtostr (buf[2], sizeof buf[2], r), buf[2],
                              g_ascii_dtostr (buf[3], sizeof buf[3], cx + r), buf[1],
                              buf[2], buf[2], buf[0], buf[1]);
    }

  if (w <= 0 || h <= 0 || rx < 0)
    return invalid (error, "<rect> needs a width and height above 0"), NULL;
  rx = MIN (rx, MIN (w, h) / 2);
  {
    GString *d = g_string_new (NULL);
    double pts[][2] = { { x + rx, y }, { x + w - rx, y }, { x + w, y + rx }, { x + w, y + h - rx },
                        { x + w - rx, y + h }, { x + rx, y + h }, { x, y + h - rx }, { x, y + rx } };

    for (guint i = 0; i < G_N_ELEMENTS (pts); i++)
      {
        g_string_append (d, i == 0 ? "M " : i % 2 == 1 ? " L " : " A ");
        if (i > 0 && i % 2 == 0)
          g_string_append_printf (d, "%s %s 0 0 1 ", g_ascii_dtostr (buf[0], sizeof buf[0], rx), buf[0]);
        g_string_append_printf (d, "%s %s", g_ascii_dtostr (buf[1], sizeof buf[1], pts[i][0]),
                                g_ascii_dtostr (buf[2], sizeof buf[2], pts[i][1]));
      }
    g_string_append_printf (d, " A %s %s 0 0 1 %s %s Z", buf[0], buf[0],
                            g_ascii_dtostr (buf[1], sizeof buf[1], pts[0][0]),
                            g_ascii_dtostr (buf[2], sizeof buf[2], pts[0][1]));
    return g_string_free (d, FALSE);
  }
}

/* Inherited from the parent, then attributes, then the style sheet. */
static gboolean
compute_style (Reader           *reader,
               const char       *element,
               const char      **names,
               const char      **values,
               CalfSketchStyle  *style,
               GError          **error)
{
  const char *classes = NULL;
  g_auto(GStrv) class_list = NULL;

  *style = reader->styles[reader->depth - 1];
  style->opacity = 1;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "class"))
        classes = values[i];
      else if (g_strv_contains (presentation, names[i]) &&
               !calf_sketch_style_set (style, names[i], values[i], error))
        return FALSE;
    }

  if (classes == NULL)
    return TRUE;
  class_list = g_strsplit_set (classes, " \t\n", -1);
  for (guint r = 0; r < reader->rules->len; r++)
    {
      const CalfSketchRule *rule = &g_array_index (reader->rules, CalfSketchRule, r);

      if (g_strv_contains ((const char * const *) class_list, rule->class_name) &&
          !calf_sketch_style_apply (style, rule->declarations, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_attributes (const char  *element,
                  const char **names,
                  const char  *allowed,
                  GError     **error)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *word = g_strconcat (" ", names[i], " ", NULL);

      if (!g_strv_contains (presentation, names[i]) && !g_str_equal (names[i], "class") &&
          strstr (allowed, word) == NULL)
        return invalid (error, "<%s> may not have \"%s\"", element, names[i]);
    }
  return TRUE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Reader *reader = user_data;
  g_autofree char *data = NULL;
  CalfSketchStyle style;

  if (!reader->seen_svg)
    {
      if (!g_str_equal (element, "svg"))
        invalid (error, "a drawing starts with <svg>, not <%s>", element);
      else if (read_svg (reader, names, values, error))
        reader->seen_svg = TRUE;
      return;
    }

  if (reader->in_style || reader->shape_open || reader->depth == MAX_DEPTH)
    {
      invalid (error, "<%s> is nested too deep, or inside <style> or a shape", element);
      return;
    }

  if (g_str_equal (element, "style"))
    {
      if (reader->seen_shape || reader->style_text != NULL || names[0] != NULL)
        invalid (error, "one plain <style> before any shape");
      reader->in_style = TRUE;
      reader->style_text = g_string_new (NULL);
      return;
    }

  if (g_str_equal (element, "g"))
    {
      if (check_attributes (element, names, " ", error) &&
          compute_style (reader, element, names, values, &style, error))
        {
          if (style.opacity != 1)
            invalid (error, "opacity on <g> is not supported: set it on each shape");
          reader->styles[reader->depth++] = style;
        }
      return;
    }

  if (g_str_equal (element, "path"))
    {
      const char *d = NULL;

      if (!check_attributes (element, names, " d ", error))
        return;
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "d"))
          d = values[i];
      if (d == NULL)
        {
          invalid (error, "<path> needs d");
          return;
        }
      data = g_strdup (d);
    }
  else if (g_str_equal (element, "circle") || g_str_equal (element, "rect"))
    {
      if (!check_attributes (element, names, " cx cy r x y width height rx ", error) ||
          (data = shape_data (element, names, values, error)) == NULL)
        return;
    }
  else
    {
      invalid (error, "<%s> is not supported in a drawing", element);
      return;
    }

  if (reader->sketch->shapes->len == MAX_SHAPES)
    {
      invalid (error, "more than %d shapes", MAX_SHAPES);
      return;
    }
  if (compute_style (reader, element, names, values, &style, error))
    {
      Shape shape = { calf_outline_path_parse_full (data, TRUE, error), style };

      if (shape.path != NULL)
        g_array_append_val (reader->sketch->shapes, shape);
    }
  reader->seen_shape = TRUE;
  reader->shape_open = TRUE;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Reader *reader = user_data;

  if (g_str_equal (element, "style"))
    {
      reader->in_style = FALSE;
      if (!calf_sketch_parse_style_sheet (reader->style_text->str, reader->rules, error))
        return;
      /* Marks the sheet as read even when it is empty. */
      g_string_truncate (reader->style_text, 0);
    }
  else if (g_str_equal (element, "g"))
    reader->depth--;
  else if (!g_str_equal (element, "svg"))
    reader->shape_open = FALSE;
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Reader *reader = user_data;

  if (reader->in_style)
    {
      g_string_append_len (reader->style_text, text, (gssize) length);
      return;
    }
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      {
        invalid (error, "a drawing holds no text");
        return;
      }
}

static const GMarkupParser markup_parser = { start_element, end_element, text, NULL, NULL };

/**
 * calf_sketch_new:
 * @svg: the drawing's SVG source
 * @error: where to say what is not supported
 *
 * Returns: (transfer full) (nullable): the drawing
 */
CalfSketch *
calf_sketch_new (GBytes  *svg,
                 GError **error)
{
  g_autoptr(CalfSketch) sketch = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GArray) rules = NULL;
  Reader reader = { 0 };
  const char *data;
  gsize length;
  gboolean ok;

  g_return_val_if_fail (svg != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (svg, &length);
  if (length > MAX_BYTES)
    {
      invalid (error, "a drawing may not be larger than %d bytes", MAX_BYTES);
      return NULL;
    }

  sketch = g_new0 (CalfSketch, 1);
  sketch->shapes = g_array_new (FALSE, FALSE, sizeof (Shape));
  g_array_set_clear_func (sketch->shapes, (GDestroyNotify) shape_clear);
  rules = g_array_new (FALSE, FALSE, sizeof (CalfSketchRule));
  g_array_set_clear_func (rules, (GDestroyNotify) calf_sketch_rule_clear);

  reader.sketch = sketch;
  reader.rules = rules;
  reader.depth = 1;
  calf_sketch_style_init (&reader.styles[0]);

  context = g_markup_parse_context_new (&markup_parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &reader, NULL);
  ok = g_markup_parse_context_parse (context, data, (gssize) length, error) &&
       g_markup_parse_context_end_parse (context, error);
  if (reader.style_text != NULL)
    g_string_free (reader.style_text, TRUE);
  if (!ok)
    return NULL;
  if (!reader.seen_svg)
    {
      invalid (error, "a drawing starts with <svg>");
      return NULL;
    }

  return g_steal_pointer (&sketch);
}

void
calf_sketch_free (CalfSketch *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->shapes);
  g_free (self);
}

void
calf_sketch_get_size (const CalfSketch *self,
                      double           *width,
                      double           *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

static void
set_paint (cairo_t               *cr,
           const CalfSketchPaint *paint)
{
  cairo_set_source_rgb (cr, paint->red, paint->green, paint->blue);
}

void
calf_sketch_draw (const CalfSketch *self,
                  cairo_t          *cr,
                  double            x,
                  double            y,
                  double            width,
                  double            height)
{
  const double *box;
  double scale;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  /* preserveAspectRatio="xMidYMid meet", SVG's default. */
  box = self->view_box;
  scale = MIN (width / box[2], height / box[3]);
  if (scale <= 0)
    return;

  cairo_save (cr);
  cairo_translate (cr, x + (width - box[2] * scale) / 2, y + (height - box[3] * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -box[0], -box[1]);
  cairo_set_miter_limit (cr, 4);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);

  for (guint i = 0; i < self->shapes->len; i++)
    {
      const Shape *shape = &g_array_index (self->shapes, Shape, i);
      const CalfSketchStyle *style = &shape->style;
      gboolean group = style->opacity < 1;

      if (style->opacity <= 0)
        continue;
      if (group)
        cairo_push_group (cr);

      cairo_new_path (cr);
      calf_outline_path_append (shape->path, cr);
      if (!style->fill.none)
        {
          set_paint (cr, &style->fill);
          cairo_fill_preserve (cr);
        }
      if (!style->stroke.none && style->stroke_width > 0)
        {
          set_paint (cr, &style->stroke);
          cairo_set_line_width (cr, style->stroke_width);
          cairo_set_line_cap (cr, style->line_cap);
          cairo_set_line_join (cr, style->line_join);
          cairo_set_dash (cr, style->dashes, (int) style->n_dashes, 0);
          cairo_stroke_preserve (cr);
        }
      cairo_new_path (cr);

      if (group)
        {
          cairo_pop_group_to_source (cr);
          cairo_paint_with_alpha (cr, style->opacity);
        }
    }
  cairo_restore (cr);
}
