/* calf-cli-interview.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "calf-cli.h"
#include "calf-interview.h"
#include "calf-report.h"

/*
 * `calf-check --interview`: the adaptive assessment without a window.
 * Piped, it speaks the JSON lines of CalfInterview (calf-interview.h); on
 * a terminal it asks in plain words with numbered answers and ends with
 * the text report.
 */

/* A line is a few hundred bytes; longer ones are refused, not stored. */
#define MAX_LINE 65536

typedef enum
{
  LINE_OK,
  LINE_TOO_LONG,
  LINE_EOF,
} LineStatus;

/* Reads one line into @buffer (at most MAX_LINE bytes), without the
 * newline; a longer line is skipped to its end. */
static LineStatus
read_line (FILE    *in,
           GString *buffer)
{
  gboolean too_long = FALSE;
  int c;

  g_string_truncate (buffer, 0);
  while ((c = getc (in)) != EOF && c != '\n')
    {
      if (buffer->len < MAX_LINE)
        g_string_append_c (buffer, (char) c);
      else
        too_long = TRUE;
    }

  if (c == EOF && buffer->len == 0 && !too_long)
    return LINE_EOF;
  if (buffer->len > 0 && buffer->str[buffer->len - 1] == '\r')
    g_string_truncate (buffer, buffer->len - 1);
  return too_long ? LINE_TOO_LONG : LINE_OK;
}

static gboolean
write_lines (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      fputs (g_ptr_array_index (lines, i), stdout);
      fputc ('\n', stdout);
    }
  g_ptr_array_set_size (lines, 0);
  return fflush (stdout) == 0;
}

static int
interview_json (CalfEngine *engine)
{
  g_autoptr(CalfInterview) interview = calf_interview_new (engine);
  g_autoptr(GPtrArray) output = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) line = g_string_new (NULL);

  for (;;)
    {
      LineStatus status = read_line (stdin, line);

      if (status == LINE_EOF)
        break;
      if (status == LINE_TOO_LONG)
        {
          /* Translators: %d is a number of bytes. */
          g_autofree char *why = g_strdup_printf (_("longer than %d bytes: send one short JSON object per line"),
                                                  MAX_LINE);

          calf_interview_reject (interview, why, output);
        }
      else
        calf_interview_feed (interview, line->str, line->len, output);

      if (!write_lines (output))
        {
          /* Translators: %s is a system error message, e.g. "Broken pipe". */
          g_printerr (_("Could not write to standard output: %s\n"), g_strerror (errno));
          return 1;
        }
      if (calf_interview_is_finished (interview))
        return 0;
    }

  if (ferror (stdin))
    /* Translators: %s is a system error message. */
    g_printerr (_("--interview: could not read standard input: %s\n"), g_strerror (errno));
  else
    g_printerr (_("--interview: the input ended before the assessment was finished; "
                  "send one reply per question until the result line\n"));
  return CALF_CLI_EXIT_BAD_INPUT;
}

int
calf_cli_interview (CalfDatabase *db)
{
  g_autoptr(CalfEngine) engine = NULL;

  g_return_val_if_fail (CALF_IS_DATABASE (db), CALF_CLI_EXIT_BAD_INPUT);

  engine = calf_engine_new (db);
  if (isatty (STDIN_FILENO) && isatty (STDOUT_FILENO))
    return calf_cli_interview_terminal (engine);
  return interview_json (engine);
}
