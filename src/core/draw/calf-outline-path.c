/* calf-outline-path.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-outline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "calf-outline-path-private.h"
#include "calf-path-arc-private.h"

/* Anatomy outlines are a few hundred segments; anything far larger is
 * not an illustration and would only slow down hit-testing. */
#define MAX_PATH_LENGTH   65536
#define MAX_SEGMENTS      8192

typedef struct
{
  const char *data;
  const char *p;
  GArray *segments;
  double cur_x, cur_y;        /* current point */
  double start_x, start_y;    /* start of the current subpath */
  double ctrl_x, ctrl_y;      /* last control point for S/T reflection */
  char last_cmd;
  gboolean have_current;
  gboolean allow_arcs;
} Parser;

G_DEFINE_QUARK (calf-outline-error-quark, calf_outline_error)

static gboolean
is_separator (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ',';
}

static void
skip_separators (Parser *parser)
{
  while (*parser->p && is_separator (*parser->p))
    parser->p++;
}

static gboolean
fail (Parser     *parser,
      GError    **error,
      const char *what)
{
  g_set_error (error, CALF_OUTLINE_ERROR, CALF_OUTLINE_ERROR_PATH_SYNTAX,
               /* Translators: a drawing's path data; %s says what went wrong */
               _("Path data at character %d: %s"),
               (int) (parser->p - parser->data) + 1, what);
  return FALSE;
}

/* Reads one number in SVG syntax ("-1.5e2", ".5", "3."), without locale. */
static gboolean
read_number (Parser  *parser,
             double  *value,
             GError **error)
{
  const char *start;
  const char *p;
  g_autofree char *copy = NULL;
  gboolean digits = FALSE;

  skip_separators (parser);
  start = p = parser->p;

  if (*p == '+' || *p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    p++, digits = TRUE;
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++, digits = TRUE;
    }
  if (!digits)
    return fail (parser, error, _("expected a number"));
  if (*p == 'e' || *p == 'E')
    {
      const char *e = p + 1;

      if (*e == '+' || *e == '-')
        e++;
      if (g_ascii_isdigit (*e))
        {
          while (g_ascii_isdigit (*e))
            e++;
          p = e;
        }
    }

  copy = g_strndup (start, p - start);
  *value = g_ascii_strtod (copy, NULL);
  if (!isfinite (*value) || fabs (*value) > 1e6)
    return fail (parser, error, _("number out of range"));

  parser->p = p;
  return TRUE;
}

static gboolean
add_segment (Parser   *parser,
             SegType   type,
             double    x1, double y1,
             double    x2, double y2,
             double    x3, double y3,
             GError  **error)
{
  Segment seg = { type, { x1, y1, x2, y2, x3, y3 } };

  if (parser->segments->len >= MAX_SEGMENTS)
    /* Translators: an error in the path data of a drawing (SVG path syntax): too many lines and
     * curves. */
    return fail (parser, error, _("too many segments"));

  g_array_append_val (parser->segments, seg);
  return TRUE;
}

static gboolean
next_is_number (Parser *parser)
{
  char c;

  skip_separators (parser);
  c = *parser->p;
  return g_ascii_isdigit (c) || c == '-' || c == '+' || c == '.';
}

static gboolean
add_arc (Parser        *parser,
         const double  *v,
         double         x,
         double         y,
         GError       **error)
{
  double curves[4][6];
  guint n = 0;

  switch (calf_path_arc_to_curves (parser->cur_x, parser->cur_y, v[0], v[1], v[2], v[3] != 0,
                                   v[4] != 0, x, y, curves, &n))
    {
    case CALF_ARC_NOTHING:
      break;
    case CALF_ARC_LINE:
      if (!add_segment (parser, SEG_LINE, 0, 0, 0, 0, x, y, error))
        return FALSE;
      break;
    case CALF_ARC_CURVES:
      for (guint i = 0; i < n; i++)
        if (!add_segment (parser, SEG_CURVE, curves[i][0], curves[i][1], curves[i][2],
                          curves[i][3], curves[i][4], curves[i][5], error))
          return FALSE;
      break;
    default:
      g_assert_not_reached ();
    }
  parser->cur_x = x;
  parser->cur_y = y;
  return TRUE;
}

static gboolean
parse_command (Parser  *parser,
               char     cmd,
               GError **error)
{
  gboolean rel = g_ascii_islower (cmd);
  char upper = g_ascii_toupper (cmd);
  double ox = rel ? parser->cur_x : 0;
  double oy = rel ? parser->cur_y : 0;
  double v[7];
  guint n_args;
  guint i;

  if (upper != 'M' && !parser->have_current)
    /* Translators: an error in the path data of a drawing (SVG path syntax): keep the command
     * letter M. */
    return fail (parser, error, _("a path must start with a move command (M)"));

  switch (upper)
    {
    case 'Z':
      if (!add_segment (parser, SEG_CLOSE, 0, 0, 0, 0, 0, 0, error))
        return FALSE;
      parser->cur_x = parser->start_x;
      parser->cur_y = parser->start_y;
      parser->ctrl_x = parser->cur_x;
      parser->ctrl_y = parser->cur_y;
      return TRUE;
    case 'M': case 'L': case 'T': n_args = 2; break;
    case 'H': case 'V': n_args = 1; break;
    case 'C': n_args = 6; break;
    case 'S': case 'Q': n_args = 4; break;
    case 'A':
      if (!parser->allow_arcs)
        /* Translators: an error in the path data of a drawing (SVG path syntax): keep the
         * command letter A. */
        return fail (parser, error, _("arcs (A) are not supported; use curves"));
      n_args = 7;
      break;
    default:
      /* Translators: an error in the path data of a drawing (SVG path syntax): a command letter
       * it does not know. */
      return fail (parser, error, _("unknown command"));
    }

  for (i = 0; i < n_args; i++)
    if (!read_number (parser, &v[i], error))
      return FALSE;

  switch (upper)
    {
    case 'M':
      parser->cur_x = parser->start_x = ox + v[0];
      parser->cur_y = parser->start_y = oy + v[1];
      parser->have_current = TRUE;
      if (!add_segment (parser, SEG_MOVE, 0, 0, 0, 0, parser->cur_x, parser->cur_y, error))
        return FALSE;
      break;

    case 'L':
    case 'H':
    case 'V':
      {
        double x = parser->cur_x, y = parser->cur_y;

        if (upper == 'L')
          x = ox + v[0], y = oy + v[1];
        else if (upper == 'H')
          x = ox + v[0];
        else
          y = oy + v[0];
        if (!add_segment (parser, SEG_LINE, 0, 0, 0, 0, x, y, error))
          return FALSE;
        parser->cur_x = x;
        parser->cur_y = y;
      }
      break;

    case 'C':
    case 'S':
      {
        double c1x, c1y, c2x, c2y, x, y;

        if (upper == 'C')
          {
            c1x = ox + v[0]; c1y = oy + v[1];
            c2x = ox + v[2]; c2y = oy + v[3];
            x = ox + v[4];   y = oy + v[5];
          }
        else
          {
            gboolean smooth = strchr ("CcSs", parser->last_cmd) != NULL;

            c1x = smooth ? 2 * parser->cur_x - parser->ctrl_x : parser->cur_x;
            c1y = smooth ? 2 * parser->cur_y - parser->ctrl_y : parser->cur_y;
            c2x = ox + v[0]; c2y = oy + v[1];
            x = ox + v[2];   y = oy + v[3];
          }
        if (!add_segment (parser, SEG_CURVE, c1x, c1y, c2x, c2y, x, y, error))
          return FALSE;
        parser->ctrl_x = c2x;
        parser->ctrl_y = c2y;
        parser->cur_x = x;
        parser->cur_y = y;
      }
      break;

    case 'Q':
    case 'T':
      {
        double qx, qy, x, y;

        if (upper == 'Q')
          {
            qx = ox + v[0]; qy = oy + v[1];
            x = ox + v[2];  y = oy + v[3];
          }
        else
          {
            gboolean smooth = strchr ("QqTt", parser->last_cmd) != NULL;

            qx = smooth ? 2 * parser->cur_x - parser->ctrl_x : parser->cur_x;
            qy = smooth ? 2 * parser->cur_y - parser->ctrl_y : parser->cur_y;
            x = ox + v[0];  y = oy + v[1];
          }
        /* A quadratic Bézier is the cubic with controls 2/3 of the way
         * from each end point to the quadratic control point. */
        if (!add_segment (parser, SEG_CURVE,
                          parser->cur_x + 2.0 / 3.0 * (qx - parser->cur_x),
                          parser->cur_y + 2.0 / 3.0 * (qy - parser->cur_y),
                          x + 2.0 / 3.0 * (qx - x),
                          y + 2.0 / 3.0 * (qy - y),
                          x, y, error))
          return FALSE;
        parser->ctrl_x = qx;
        parser->ctrl_y = qy;
        parser->cur_x = x;
        parser->cur_y = y;
      }
      break;

    case 'A':
      if ((v[3] != 0 && v[3] != 1) || (v[4] != 0 && v[4] != 1))
        /* Translators: an error in the path data of a drawing (SVG path syntax): an arc
         * command's flags. */
        return fail (parser, error, _("an arc's flags must be 0 or 1"));
      if (!add_arc (parser, v, ox + v[5], oy + v[6], error))
        return FALSE;
      break;

    default:
      g_assert_not_reached ();
    }

  if (upper != 'C' && upper != 'S' && upper != 'Q' && upper != 'T')
    {
      parser->ctrl_x = parser->cur_x;
      parser->ctrl_y = parser->cur_y;
    }

  return TRUE;
}

/**
 * calf_outline_path_parse:
 * @data: SVG path data ("M 0 0 L 10 10 Z")
 * @error: return location for a #GError
 *
 * Parses the commands M, L, H, V, C, S, Q, T and Z, absolute and
 * relative, with implicit repetition. Arcs are rejected (an outline's
 * regions are hit-tested; its curves are drawn as cubics).
 *
 * Returns: (transfer full): the path, or %NULL with @error set
 */
CalfOutlinePath *
calf_outline_path_parse (const char  *data,
                         GError     **error)
{
  return calf_outline_path_parse_full (data, FALSE, error);
}

/* The same, with arcs (A) too when @allow_arcs, as cubics. */
CalfOutlinePath *
calf_outline_path_parse_full (const char  *data,
                              gboolean     allow_arcs,
                              GError     **error)
{
  g_autoptr(GArray) segments = NULL;
  CalfOutlinePath *path;
  Parser parser = { 0 };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  parser.data = parser.p = data;
  parser.segments = segments;
  parser.allow_arcs = allow_arcs;

  if (strlen (data) > MAX_PATH_LENGTH)
    {
      fail (&parser, error, _("path data is too long"));
      return NULL;
    }

  skip_separators (&parser);
  if (*parser.p == '\0')
    {
      fail (&parser, error, _("path data is empty"));
      return NULL;
    }

  while (*parser.p)
    {
      char cmd = *parser.p;

      if (!g_ascii_isalpha (cmd))
        {
          fail (&parser, error, _("expected a command letter"));
          return NULL;
        }
      parser.p++;

      if (!parse_command (&parser, cmd, error))
        return NULL;
      parser.last_cmd = cmd;

      /* Extra coordinates repeat the command; after a move they are lines. */
      while (g_ascii_toupper (cmd) != 'Z' && next_is_number (&parser))
        {
          if (cmd == 'M')
            cmd = 'L';
          else if (cmd == 'm')
            cmd = 'l';
          if (!parse_command (&parser, cmd, error))
            return NULL;
          parser.last_cmd = cmd;
        }

      skip_separators (&parser);
    }

  path = g_new0 (CalfOutlinePath, 1);
  g_atomic_ref_count_init (&path->ref_count);
  path->segments = g_steal_pointer (&segments);

  return path;
}

CalfOutlinePath *
calf_outline_path_ref (CalfOutlinePath *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  g_atomic_ref_count_inc (&path->ref_count);
  return path;
}

void
calf_outline_path_unref (CalfOutlinePath *path)
{
  g_return_if_fail (path != NULL);

  if (g_atomic_ref_count_dec (&path->ref_count))
    {
      g_array_unref (path->segments);
      g_free (path);
    }
}

guint
calf_outline_path_get_n_segments (const CalfOutlinePath *path)
{
  g_return_val_if_fail (path != NULL, 0);

  return path->segments->len;
}

static void
append_points (GString      *str,
               const double *pt,
               guint         n)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (str, ' ');
      g_string_append (str, g_ascii_formatd (buf, sizeof buf, "%g", pt[i]));
    }
}

/**
 * calf_outline_path_to_string:
 *
 * Serialises the path in absolute M/L/C/Z commands, for tests and debugging.
 */
char *
calf_outline_path_to_string (const CalfOutlinePath *path)
{
  GString *str;

  g_return_val_if_fail (path != NULL, NULL);

  str = g_string_new (NULL);
  for (guint i = 0; i < path->segments->len; i++)
    {
      const Segment *seg = &g_array_index (path->segments, Segment, i);

      if (str->len > 0)
        g_string_append_c (str, ' ');

      switch (seg->type)
        {
        case SEG_MOVE:
          g_string_append_c (str, 'M');
          append_points (str, &seg->pt[4], 2);
          break;
        case SEG_LINE:
          g_string_append_c (str, 'L');
          append_points (str, &seg->pt[4], 2);
          break;
        case SEG_CURVE:
          g_string_append_c (str, 'C');
          append_points (str, seg->pt, 6);
          break;
        case SEG_CLOSE:
          g_string_append_c (str, 'Z');
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return g_string_free (str, FALSE);
}
