/* calf-json-lexer.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "calf-json-lexer-private.h"

/* Whole numbers above this lose precision as a double (and json-glib
 * silently wraps integers that do not fit 64 bits). */
#define MAX_EXACT_INTEGER G_GINT64_CONSTANT (9007199254740992)
#define MAX_NUMBER_CHARS  64


gboolean
calf_json_lexer_fail (CalfJsonLexer *lex,
                      const char    *at,
                      const char    *format,
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

void
calf_json_lexer_skip_whitespace (CalfJsonLexer *lex)
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
read_hex4 (CalfJsonLexer *lex,
           const char    *at,
           gunichar      *out)
{
  gunichar value = 0;

  if (lex->end - at < 4)
    return calf_json_lexer_fail (lex, at, _("incomplete \\u escape: write four hexadecimal digits"));

  for (guint i = 0; i < 4; i++)
    {
      int h = hex_value (at[i]);

      if (h < 0)
        return calf_json_lexer_fail (lex, at, _("invalid \\u escape: write four hexadecimal digits"));
      value = (value << 4) | (gunichar) h;
    }

  *out = value;
  return TRUE;
}

/* Reads a string starting at the opening quote. When @decoded is not NULL
 * the unescaped text is stored there (used to find duplicate keys). */
gboolean
calf_json_lexer_read_string (CalfJsonLexer *lex,
                             GString       *decoded)
{
  const char *start = lex->p;

  g_assert (*lex->p == '"');
  lex->p++;

  while (lex->p < lex->end)
    {
      guchar c = (guchar) *lex->p;

      if ((gsize) (lex->p - start - 1) > lex->max_string)
        /* Translators: %lu is a length in bytes. */
        return calf_json_lexer_fail (lex, start, _("text longer than %lu bytes: shorten it"),
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
                  return calf_json_lexer_fail (lex, esc, _("text contains a NUL character (\\u0000): remove it"));

                if (u >= 0xDC00 && u <= 0xDFFF)
                  return calf_json_lexer_fail (lex, esc, _("invalid \\u escape: a low surrogate without a high surrogate before it"));

                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    gunichar low;

                    if (lex->end - lex->p < 2 || lex->p[0] != '\\' || lex->p[1] != 'u')
                      return calf_json_lexer_fail (lex, esc, _("invalid \\u escape: a high surrogate must be followed by a low surrogate"));
                    if (!read_hex4 (lex, lex->p + 2, &low))
                      return FALSE;
                    if (low < 0xDC00 || low > 0xDFFF)
                      return calf_json_lexer_fail (lex, esc, _("invalid \\u escape: a high surrogate must be followed by a low surrogate"));
                    lex->p += 6;
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                  }

                if (decoded)
                  g_string_append_unichar (decoded, u);
              }
              break;
            default:
              /* Translators: %c is the character found after the backslash. The escapes listed
               * are JSON: keep them as they are. */
              return calf_json_lexer_fail (lex, esc, _("invalid escape \\%c in text: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u"),
                           g_ascii_isprint (e) ? e : '?');
            }
        }
      else if (c < 0x20)
        {
          if (c == '\n')
            return calf_json_lexer_fail (lex, start, _("text not closed before the end of the line: add the closing quote (write a line break as \\n)"));
          return calf_json_lexer_fail (lex, lex->p, _("control character in text: write it as an escape such as \\t"));
        }
      else
        {
          if (decoded)
            g_string_append_c (decoded, (char) c);
          lex->p++;
        }
    }

  return calf_json_lexer_fail (lex, start, _("text not closed: add the closing quote"));
}

gboolean
calf_json_lexer_read_number (CalfJsonLexer *lex,
                             double        *out_value,
                             gboolean      *out_is_integer)
{
  const char *start = lex->p;
  gboolean is_integer = TRUE;
  char buffer[MAX_NUMBER_CHARS + 1];
  double value;

  if (*lex->p == '-')
    lex->p++;

  if (lex->p >= lex->end || !g_ascii_isdigit (*lex->p))
    return calf_json_lexer_fail (lex, start, _("invalid number: a digit must follow the minus sign"));

  if (*lex->p == '0')
    {
      lex->p++;
      if (lex->p < lex->end && g_ascii_isdigit (*lex->p))
        return calf_json_lexer_fail (lex, start, _("invalid number: numbers may not start with 0"));
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
        return calf_json_lexer_fail (lex, start, _("invalid number: a digit must follow the decimal point"));
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
        return calf_json_lexer_fail (lex, start, _("invalid number: a digit must follow the exponent"));
      while (lex->p < lex->end && g_ascii_isdigit (*lex->p))
        lex->p++;
    }

  if (lex->p - start > MAX_NUMBER_CHARS)
    /* Translators: %d is the most characters a number may have. */
    return calf_json_lexer_fail (lex, start, _("number longer than %d characters: shorten it"), MAX_NUMBER_CHARS);

  memcpy (buffer, start, (gsize) (lex->p - start));
  buffer[lex->p - start] = '\0';
  value = g_ascii_strtod (buffer, NULL);

  if (!isfinite (value))
    return calf_json_lexer_fail (lex, start, _("number too large"));

  /* Compared as an integer: 9007199254740993 rounds to the limit as a
   * double. g_ascii_strtoll saturates, so longer numbers fail too. */
  if (is_integer)
    {
      gint64 whole = g_ascii_strtoll (buffer, NULL, 10);

      if (whole > MAX_EXACT_INTEGER || whole < -MAX_EXACT_INTEGER)
        return calf_json_lexer_fail (lex, start, _("whole number too large: it must lie between -9007199254740992 and 9007199254740992"));
      value = (double) whole;
    }

  *out_value = value;
  *out_is_integer = is_integer;
  return TRUE;
}

gboolean
calf_json_lexer_read_literal (CalfJsonLexer   *lex,
                              CalfJsonLiteral *literal)
{
  /* In the order of CalfJsonLiteral. */
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize len = strlen (literals[i]);

      if ((gsize) (lex->end - lex->p) >= len &&
          memcmp (lex->p, literals[i], len) == 0 &&
          (lex->p + len == lex->end || !g_ascii_isalnum (lex->p[len])))
        {
          lex->p += len;
          *literal = (CalfJsonLiteral) i;
          return TRUE;
        }
    }

  if (*lex->p == '\'')
    return calf_json_lexer_fail (lex, lex->p, _("text must be in double quotes"));

  return calf_json_lexer_fail (lex, lex->p, _("expected a value: text in double quotes, a number, true, false, an array or an object"));
}
