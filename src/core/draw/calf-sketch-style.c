/* calf-sketch-style.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-sketch"

#include "config.h"

#include <math.h>
#include <string.h>

#include "calf-sketch-private.h"

/* The properties and values a drawing may use (calf-sketch.h). Messages
 * are for whoever edits a drawing, in the log: not translated. */

void
calf_sketch_style_init (CalfSketchStyle *style)
{
  *style = (CalfSketchStyle) {
    .fill = { FALSE, 0, 0, 0 },
    .stroke = { TRUE, 0, 0, 0 },
    .stroke_width = 1,
    .line_cap = CAIRO_LINE_CAP_BUTT,
    .line_join = CAIRO_LINE_JOIN_MITER,
    .n_dashes = 0,
    .opacity = 1,
  };
}

gboolean
calf_sketch_parse_number (const char *text,
                          gboolean    length,
                          double     *value)
{
  char *end = NULL;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  if (end == text || !isfinite (*value) || fabs (*value) > 1e6)
    return FALSE;
  if (length && g_str_has_prefix (end, "px"))
    end += 2;
  while (g_ascii_isspace (*end))
    end++;
  return *end == '\0';
}

static gboolean
parse_paint (const char      *text,
             CalfSketchPaint *paint)
{
  guint digits[6];
  gsize n = strlen (text);

  if (g_str_equal (text, "none"))
    {
      *paint = (CalfSketchPaint) { TRUE, 0, 0, 0 };
      return TRUE;
    }
  if (text[0] != '#' || (n != 4 && n != 7))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    {
      if (!g_ascii_isxdigit (text[i]))
        return FALSE;
      digits[i - 1] = (guint) g_ascii_xdigit_value (text[i]);
    }
  if (n == 4)
    *paint = (CalfSketchPaint) { FALSE, digits[0] * 17 / 255.0, digits[1] * 17 / 255.0,
                                 digits[2] * 17 / 255.0 };
  else
    *paint = (CalfSketchPaint) { FALSE, (digits[0] * 16 + digits[1]) / 255.0,
                                 (digits[2] * 16 + digits[3]) / 255.0,
                                 (digits[4] * 16 + digits[5]) / 255.0 };
  return TRUE;
}

static gboolean
parse_dashes (const char      *text,
              CalfSketchStyle *style)
{
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  if (g_str_equal (text, "none"))
    {
      style->n_dashes = 0;
      return TRUE;
    }
  parts = g_strsplit_set (text, ", ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      double dash;

      if (parts[i][0] == '\0')
        continue;
      if (n == CALF_SKETCH_MAX_DASHES || !calf_sketch_parse_number (parts[i], TRUE, &dash) || dash < 0)
        return FALSE;
      style->dashes[n++] = dash;
    }
  style->n_dashes = n;
  return n > 0;
}

typedef struct
{
  const char *keyword;
  int         value;
} Keyword;

static const Keyword line_caps[] = {
  { "butt", CAIRO_LINE_CAP_BUTT }, { "round", CAIRO_LINE_CAP_ROUND }, { "square", CAIRO_LINE_CAP_SQUARE },
};

static const Keyword line_joins[] = {
  { "miter", CAIRO_LINE_JOIN_MITER }, { "round", CAIRO_LINE_JOIN_ROUND }, { "bevel", CAIRO_LINE_JOIN_BEVEL },
};

static gboolean
lookup_keyword (const char    *text,
                const Keyword *keywords,
                gsize          n_keywords,
                int           *value)
{
  for (gsize i = 0; i < n_keywords; i++)
    {
      if (g_str_equal (text, keywords[i].keyword))
        {
          *value = keywords[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
calf_sketch_style_set (CalfSketchStyle  *style,
                       const char       *property,
                       const char       *value,
                       GError          **error)
{
  gboolean ok;
  int keyword;

  if (g_str_equal (property, "fill"))
    ok = parse_paint (value, &style->fill);
  else if (g_str_equal (property, "stroke"))
    ok = parse_paint (value, &style->stroke);
  else if (g_str_equal (property, "stroke-width"))
    ok = calf_sketch_parse_number (value, TRUE, &style->stroke_width) && style->stroke_width >= 0;
  else if (g_str_equal (property, "opacity"))
    ok = calf_sketch_parse_number (value, FALSE, &style->opacity) && style->opacity >= 0 && style->opacity <= 1;
  else if (g_str_equal (property, "stroke-dasharray"))
    ok = parse_dashes (value, style);
  else if (g_str_equal (property, "stroke-linecap"))
    {
      ok = lookup_keyword (value, line_caps, G_N_ELEMENTS (line_caps), &keyword);
      if (ok)
        style->line_cap = (cairo_line_cap_t) keyword;
    }
  else if (g_str_equal (property, "stroke-linejoin"))
    {
      ok = lookup_keyword (value, line_joins, G_N_ELEMENTS (line_joins), &keyword);
      if (ok)
        style->line_join = (cairo_line_join_t) keyword;
    }
  else
    {
      g_set_error (error, CALF_SKETCH_ERROR, CALF_SKETCH_ERROR_INVALID,
                   "the property \"%s\" is not supported", property);
      return FALSE;
    }

  if (!ok)
    g_set_error (error, CALF_SKETCH_ERROR, CALF_SKETCH_ERROR_INVALID,
                 "\"%s\" is not a supported value of %s", value, property);
  return ok;
}

gboolean
calf_sketch_style_apply (CalfSketchStyle  *style,
                         const char       *declarations,
                         GError          **error)
{
  g_auto(GStrv) parts = g_strsplit (declarations, ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *declaration = g_strstrip (g_strdup (parts[i]));
      char *colon;

      if (declaration[0] == '\0')
        continue;
      colon = strchr (declaration, ':');
      if (colon == NULL)
        {
          g_set_error (error, CALF_SKETCH_ERROR, CALF_SKETCH_ERROR_INVALID,
                       "\"%s\" is not a declaration (property:value)", declaration);
          return FALSE;
        }
      *colon = '\0';
      if (!calf_sketch_style_set (style, g_strstrip (declaration), g_strstrip (colon + 1), error))
        return FALSE;
    }
  return TRUE;
}

void
calf_sketch_rule_clear (CalfSketchRule *rule)
{
  g_clear_pointer (&rule->class_name, g_free);
  g_clear_pointer (&rule->declarations, g_free);
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_';
}

gboolean
calf_sketch_parse_style_sheet (const char  *text,
                               GArray      *rules,
                               GError     **error)
{
  const char *p = text;

  while (TRUE)
    {
      g_autoptr(GPtrArray) selectors = g_ptr_array_new_with_free_func (g_free);
      const char *close;
      CalfSketchStyle check;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        return TRUE;

      /* ".a" or ".a, .b" */
      while (TRUE)
        {
          const char *start;

          while (g_ascii_isspace (*p))
            p++;
          if (*p != '.' || !is_name_char (p[1]))
            {
              g_set_error (error, CALF_SKETCH_ERROR, CALF_SKETCH_ERROR_INVALID,
                           "the style sheet may only select classes (\".name\"), at \"%.20s\"", p);
              return FALSE;
            }
          start = ++p;
          while (is_name_char (*p))
            p++;
          g_ptr_array_add (selectors, g_strndup (start, p - start));
          while (g_ascii_isspace (*p))
            p++;
          if (*p != ',')
            break;
          p++;
        }

      close = *p == '{' ? strchr (p, '}') : NULL;
      if (close == NULL)
        {
          g_set_error (error, CALF_SKETCH_ERROR, CALF_SKETCH_ERROR_INVALID,
                       "a rule needs its declarations in { }, at \"%.20s\"", p);
          return FALSE;
        }

      for (guint i = 0; i < selectors->len; i++)
        {
          CalfSketchRule rule = { g_strdup (selectors->pdata[i]), g_strndup (p + 1, close - p - 1) };

          g_array_append_val (rules, rule);
        }

      /* Checked now, so a wrong rule is reported even if nothing uses it. */
      calf_sketch_style_init (&check);
      if (!calf_sketch_style_apply (&check, g_array_index (rules, CalfSketchRule, rules->len - 1).declarations,
                                    error))
        return FALSE;
      p = close + 1;
    }
}
