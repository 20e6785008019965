/* calf-json-check.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "calf-json-check.h"

/* Whole numbers above this lose precision as a double (and json-glib
 * silently wraps integers that do not fit 64 bits). */
#define MAX_EXACT_INTEGER 9007199254740992.0
#define MAX_NUMBER_CHARS  64

typedef struct
{
  const char *data;
  const char *p;
  const char *end;
  const char *line_start;
  guint       line;
  guint       max_depth;
  gsize       max_string;
  /* Set on failure. */
  const char *error_at;
  guint       error_line;
  const char *error_line_start;
  char       *message;
} Lexer;

typedef enum
{
  EXPECT_VALUE,
  EXPECT_FIRST_KEY,
  EXPECT_KEY,
  AFTER_VALUE,
} State;

static gboolean fail (Lexer      *lex,
                      const char *at,
                      const char *format,
                      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Lexer      *lex,
      const char *at,
      const char *format,
      ...)
{
  va_list args;

  g_assert (lex->message == NULL);

  lex->error_at = at;
  lex->error_line = lex->line;
  lex->error_line_start = lex->line_start;

  va_start (args, format);
  lex->message = g_strdup_vprintf (format, args);
  va_end (args);

  return FALSE;
}

static void
skip_whitespace (Lexer *lex)
{
  while (lex->p < lex->end)
    {
      char c = *lex->p;

      if (c == '\n')
        {
          lex->line++;
          lex->line_start = lex->p + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;

      lex->p++;
    }
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Lexer      *lex,
           const char *at,
           gunichar   *out)
{
  gunichar value = 0;

  if (lex->end - at < 4)
    return fail (lex, at, _("incomplete \\u escape: write four hexadecimal digits"));

  for (guint i = 0; i < 4; i++)
    {
      int h = hex_value (at[i]);

      if (h < 0)
        return fail (lex, at, _("invalid \\u escape: write four hexadecimal digits"));
      value = (value << 4) | (gunichar) h;
    }

  *out = value;
  return TRUE;
}

/* Reads a string starting at the opening quote. When @decoded is not NULL
 * the unescaped text is stored there (used to find duplicate keys). */
static gboolean
read_string (Lexer   *lex,
             GString *decoded)
{
  const char *start = lex->p;

  g_assert (*lex->p == '"');
  lex->p++;

  while (lex->p < lex->end)
    {
      guchar c = (guchar) *lex->p;

      if ((gsize) (lex->p - start - 1) > lex->max_string)
        return fail (lex, start, _("text longer than %lu bytes: shorten it"),
                     (unsigned long) lex->max_string);

      if (c == '"')
        {
          lex->p++;
          return TRUE;
        }
      else if (c == '\\')
        {
          const char *esc = lex->p;
          char e;

          if (lex->p + 1 >= lex->end)
            break;

          e = lex->p[1];
          lex->p += 2;

          switch (e)
            {
            case '"': case '\\': case '/':
              if (decoded)
                g_string_append_c (decoded, e);
              break;
            case 'b': case 'f': case 'n': case 'r': case 't':
              if (decoded)
                g_string_append_c (decoded, e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'n' ? '\n' : e == 'r' ? '\r' : '\t');
              break;
            case 'u':
              {
                gunichar u;

                if (!read_hex4 (lex, lex->p, &u))
                  return FALSE;
                lex->p += 4;

                if (u == 0)
                  return fail (lex, esc, _("text contains a NUL character (\\u0000): remove it"));

                if (u >= 0xDC00 && u <= 0xDFFF)
                  return fail (lex, esc, _("invalid \\u escape: a low surrogate without a high surrogate before it"));

                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    gunichar low;

                    if (lex->end - lex->p < 2 || lex->p[0] != '\\' || lex->p[1] != 'u')
                      return fail (lex, esc, _("invalid \\u escape: a high surrogate must be followed by a low surrogate"));
                    if (!read_hex4 (lex, lex->p + 2, &low))
                      return FALSE;
                    if (low < 0xDC00 || low > 0xDFFF)
                      return fail (lex, esc, _("invalid \\u escape: a high surrogate must be followed by a low surrogate"));
                    lex->p += 6;
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                  }

                if (decoded)
                  g_string_append_unichar (decoded, u);
              }
              break;
            default:
              return fail (lex, esc, _("invalid escape \\%c in text: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u"),
                           g_ascii_isprint (e) ? e : '?');
            }
        }
      else if (c < 0x20)
        {
          if (c == '\n')
            return fail (lex, start, _("text not closed before the end of the line: add the closing quote (write a line break as \\n)"));
          return fail (lex, lex->p, _("control character in text: write it as an escape such as \\t"));
        }
      else
        {
          if (decoded)
            g_string_append_c (decoded, (char) c);
          lex->p++;
        }
    }

  return fail (lex, start, _("text not closed: add the closing quote"));
}

static gboolean
read_number (Lexer *lex)
{
  const char *start = lex->p;
  gboolean is_integer = TRUE;
  char buffer[MAX_NUMBER_CHARS + 1];
  double value;

  if (*lex->p == '-')
    lex->p++;

  if (lex->p >= lex->end || !g_ascii_isdigit (*lex->p))
    return fail (lex, start, _("invalid number: a digit must follow the minus sign"));

  if (*lex->p == '0')
    {
      lex->p++;
      if (lex->p < lex->end && g_ascii_isdigit (*lex->p))
        return fail (lex, start, _("invalid number: numbers may not start with 0"));
    }
  else
    {
      while (lex->p < lex->end && g_ascii_isdigit (*lex->p))
        lex->p++;
    }

  if (lex->p < lex->end && *lex->p == '.')
    {
      is_integer = FALSE;
      lex->p++;
      if (lex->p >= lex->end || !g_ascii_isdigit (*lex->p))
        return fail (lex, start, _("invalid number: a digit must follow the decimal point"));
      while (lex->p < lex->end && g_ascii_isdigit (*lex->p))
        lex->p++;
    }

  if (lex->p < lex->end && (*lex->p == 'e' || *lex->p == 'E'))
    {
      is_integer = FALSE;
      lex->p++;
      if (lex->p < lex->end && (*lex->p == '+' || *lex->p == '-'))
        lex->p++;
      if (lex->p >= lex->end || !g_ascii_isdigit (*lex->p))
        return fail (lex, start, _("invalid number: a digit must follow the exponent"));
      while (lex->p < lex->end && g_ascii_isdigit (*lex->p))
        lex->p++;
    }

  if (lex->p - start > MAX_NUMBER_CHARS)
    return fail (lex, start, _("number longer than %d characters: shorten it"), MAX_NUMBER_CHARS);

  memcpy (buffer, start, (gsize) (lex->p - start));
  buffer[lex->p - start] = '\0';
  value = g_ascii_strtod (buffer, NULL);

  if (!isfinite (value))
    return fail (lex, start, _("number too large"));

  if (is_integer && fabs (value) > MAX_EXACT_INTEGER)
    return fail (lex, start, _("whole number too large: it must lie between -9007199254740992 and 9007199254740992"));

  return TRUE;
}

static gboolean
read_literal (Lexer *lex)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize len = strlen (literals[i]);

      if ((gsize) (lex->end - lex->p) >= len &&
          memcmp (lex->p, literals[i], len) == 0 &&
          (lex->p + len == lex->end || !g_ascii_isalnum (lex->p[len])))
        {
          lex->p += len;
          return TRUE;
        }
    }

  if (*lex->p == '\'')
    return fail (lex, lex->p, _("text must be in double quotes"));

  return fail (lex, lex->p, _("expected a value: text in double quotes, a number, true, false, an array or an object"));
}

static gboolean
check (Lexer *lex)
{
  /* One entry per open container: the keys of an object (NULL for an
   * array). The depth limit keeps this fixed-size. */
  GHashTable *keys[CALF_JSON_MAX_DEPTH];
  gboolean is_object[CALF_JSON_MAX_DEPTH];
  int depth = 0;
  State state = EXPECT_VALUE;
  gboolean ok = TRUE;
  g_autoptr(GString) key = g_string_new (NULL);

  while (ok)
    {
      skip_whitespace (lex);

      if (state == AFTER_VALUE && depth == 0)
        {
          if (lex->p < lex->end)
            ok = fail (lex, lex->p, _("unexpected content after the end of the JSON value: give exactly one JSON value"));
          break;
        }

      if (lex->p >= lex->end)
        {
          ok = fail (lex, lex->p, _("unexpected end of file: the JSON is incomplete (check for a missing ] or })"));
          break;
        }

      /* Never valid outside text; a common mistake worth naming. */
      if (*lex->p == '/')
        {
          ok = fail (lex, lex->p, _("comments are not allowed in JSON: remove it"));
          break;
        }

      switch (state)
        {
        case EXPECT_VALUE:
          if (*lex->p == '{' || *lex->p == '[')
            {
              if ((guint) depth >= lex->max_depth)
                {
                  ok = fail (lex, lex->p, _("nested more than %u levels deep: flatten the structure"),
                             lex->max_depth);
                  break;
                }
              is_object[depth] = *lex->p == '{';
              keys[depth] = is_object[depth] ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) : NULL;
              depth++;
              lex->p++;
              state = is_object[depth - 1] ? EXPECT_FIRST_KEY : EXPECT_VALUE;

              /* An empty array closes at once. */
              if (!is_object[depth - 1])
                {
                  skip_whitespace (lex);
                  if (lex->p < lex->end && *lex->p == ']')
                    {
                      lex->p++;
                      depth--;
                      state = AFTER_VALUE;
                    }
                }
            }
          else if (*lex->p == '"')
            {
              ok = read_string (lex, NULL);
              state = AFTER_VALUE;
            }
          else if (*lex->p == '-' || g_ascii_isdigit (*lex->p))
            {
              ok = read_number (lex);
              state = AFTER_VALUE;
            }
          else if (*lex->p == ']' && depth > 0 && !is_object[depth - 1])
            ok = fail (lex, lex->p, _("unexpected ] after a comma: remove the trailing comma"));
          else
            {
              ok = read_literal (lex);
              state = AFTER_VALUE;
            }
          break;

        case EXPECT_FIRST_KEY:
        case EXPECT_KEY:
          if (*lex->p == '}' && state == EXPECT_FIRST_KEY)
            {
              lex->p++;
              depth--;
              g_clear_pointer (&keys[depth], g_hash_table_unref);
              state = AFTER_VALUE;
            }
          else if (*lex->p == '"')
            {
              const char *key_start = lex->p;

              g_string_truncate (key, 0);
              if (!(ok = read_string (lex, key)))
                break;

              if (g_hash_table_contains (keys[depth - 1], key->str))
                {
                  ok = fail (lex, key_start, _("key \"%s\" appears twice in the same object: keep only one"), key->str);
                  break;
                }
              g_hash_table_add (keys[depth - 1], g_strdup (key->str));

              skip_whitespace (lex);
              if (lex->p >= lex->end || *lex->p != ':')
                {
                  ok = fail (lex, lex->p, _("expected : after the key"));
                  break;
                }
              lex->p++;
              state = EXPECT_VALUE;
            }
          else if (*lex->p == '}')
            ok = fail (lex, lex->p, _("unexpected } after a comma: remove the trailing comma"));
          else
            ok = fail (lex, lex->p, _("expected a key in double quotes"));
          break;

        case AFTER_VALUE:
          g_assert (depth > 0);
          if (*lex->p == ',')
            {
              lex->p++;
              state = is_object[depth - 1] ? EXPECT_KEY : EXPECT_VALUE;
            }
          else if ((*lex->p == '}' && is_object[depth - 1]) ||
                   (*lex->p == ']' && !is_object[depth - 1]))
            {
              lex->p++;
              depth--;
              g_clear_pointer (&keys[depth], g_hash_table_unref);
              state = AFTER_VALUE;
            }
          else if (is_object[depth - 1])
            ok = fail (lex, lex->p, _("expected , or } after a value in an object"));
          else
            ok = fail (lex, lex->p, _("expected , or ] after a value in an array"));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  while (depth > 0)
    {
      depth--;
      g_clear_pointer (&keys[depth], g_hash_table_unref);
    }

  return ok;
}

static void
position_of (const char *line_start,
             const char *at,
             guint      *column)
{
  /* Columns count characters, as editors show them. Invalid UTF-8 only
   * reaches here for the UTF-8 error itself, counted in bytes. */
  if (at != NULL && g_utf8_validate (line_start, at - line_start, NULL))
    *column = (guint) g_utf8_strlen (line_start, at - line_start) + 1;
  else
    *column = (guint) (at - line_start) + 1;
}

gboolean
calf_json_check (const char  *data,
                 gsize        length,
                 gsize        max_bytes,
                 guint        max_depth,
                 gsize        max_string_bytes,
                 guint       *line,
                 guint       *column,
                 char       **message)
{
  Lexer lex = { 0 };
  const char *invalid = NULL;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (line != NULL, FALSE);
  g_return_val_if_fail (column != NULL, FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  *line = 0;
  *column = 0;
  *message = NULL;

  if (max_bytes == 0)
    max_bytes = CALF_JSON_MAX_FILE_SIZE;
  if (max_string_bytes == 0)
    max_string_bytes = CALF_JSON_MAX_STRING_BYTES;
  /* The checker keeps one slot per level on the stack. */
  if (max_depth == 0 || max_depth > CALF_JSON_MAX_DEPTH)
    max_depth = CALF_JSON_MAX_DEPTH;

  if (length > max_bytes)
    {
      *message = g_strdup_printf (_("file larger than %lu bytes: make it smaller or split it into several files"),
                                  (unsigned long) max_bytes);
      return FALSE;
    }

  lex.max_depth = max_depth;
  lex.max_string = max_string_bytes;
  lex.data = lex.p = lex.line_start = data != NULL ? data : "";
  lex.end = lex.data + length;
  lex.line = 1;

  if (!g_utf8_validate (lex.data, (gssize) length, &invalid))
    {
      const char *line_start = lex.data;
      guint n_line = 1;

      for (const char *p = lex.data; p < invalid; p++)
        {
          if (*p == '\n')
            {
              n_line++;
              line_start = p + 1;
            }
        }

      *line = n_line;
      position_of (line_start, invalid, column);
      /* No G_GSIZE_FORMAT inside _(): xgettext cannot expand it. */
      *message = g_strdup_printf (_("invalid UTF-8 at byte offset %lu: save the file as UTF-8"),
                                  (unsigned long) (invalid - lex.data));
      return FALSE;
    }

  if (length >= 3 && memcmp (lex.data, "\xEF\xBB\xBF", 3) == 0)
    {
      *line = 1;
      *column = 1;
      *message = g_strdup (_("the file starts with a byte order mark: save it as UTF-8 without BOM"));
      return FALSE;
    }

  skip_whitespace (&lex);
  if (lex.p == lex.end)
    {
      *line = 1;
      *column = 1;
      *message = g_strdup (_("the input is empty: expected one JSON value"));
      return FALSE;
    }

  if (!check (&lex))
    {
      *line = lex.error_line;
      position_of (lex.error_line_start, lex.error_at, column);
      *message = g_steal_pointer (&lex.message);
      return FALSE;
    }

  return TRUE;
}
