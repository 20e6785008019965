/* calf-cli-assess.c
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
#include "calf-engine.h"
#include "calf-report.h"

/* `calf-check --assess FILE`: answers in, result out, no display. Bad input
 * gives exit status 2 and a message naming the field on stderr, and then
 * nothing at all on stdout. */

/* An assessment is a few hundred bytes; anything this big is a mistake. */
#define MAX_INPUT_SIZE (1024 * 1024)

static char *
read_input (const char  *file,
            gsize       *length,
            GError     **error)
{
  g_autoptr(GString) data = NULL;
  char buffer[4096];
  size_t n;

  if (!g_str_equal (file, "-"))
    {
      g_autofree char *contents = NULL;

      if (!g_file_get_contents (file, &contents, length, error))
        return NULL;
      if (*length > MAX_INPUT_SIZE)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("%s: the file is too large to be an assessment"), file);
          return NULL;
        }
      return g_steal_pointer (&contents);
    }

  data = g_string_new (NULL);
  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      g_string_append_len (data, buffer, (gssize) n);
      if (data->len > MAX_INPUT_SIZE)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("The standard input is too large to be an assessment"));
          return NULL;
        }
    }
  if (ferror (stdin))
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("Could not read the standard input: %s"), g_strerror (errno));
      return NULL;
    }

  *length = data->len;
  return g_string_free (g_steal_pointer (&data), FALSE);
}

/* --format: json (the result as is) or a report format. A PDF goes to
 * standard output only when that is not a terminal. */
static gboolean
check_format (const char *format,
              const char *output)
{
  CalfReportFormat report_format;

  if (!calf_report_format_from_string (format, &report_format))
    {
      g_printerr (_("--format: unknown format “%s”; the formats are: json, text, markdown, html, pdf\n"),
                  format);
      return FALSE;
    }
  if (report_format == CALF_REPORT_FORMAT_PDF && (output == NULL || g_str_equal (output, "-")) &&
      isatty (STDOUT_FILENO))
    {
      g_printerr (_("--format pdf: will not write a PDF to a terminal; use --output FILE.pdf\n"));
      return FALSE;
    }
  return TRUE;
}

/* The report's creation time: now, or SOURCE_DATE_EPOCH for reproducible
 * output. */
static GDateTime *
report_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);
  return g_date_time_new_now_local ();
}

static GBytes *
render_output (CalfResult   *result,
               CalfAnswers  *answers,
               const char   *format,
               GError      **error)
{
  g_autoptr(CalfReport) report = NULL;
  g_autoptr(GDateTime) now = NULL;
  CalfReportFormat report_format = CALF_REPORT_FORMAT_JSON;

  /* Plain json stays the result alone, exactly as before. */
  if (g_str_equal (format, "json"))
    {
      g_autofree char *json = calf_result_to_json (result);
      char *text = g_strconcat (json, "\n", NULL);

      return g_bytes_new_take (text, strlen (text));
    }

  if (!calf_report_format_from_string (format, &report_format))
    g_assert_not_reached ();
  now = report_time ();
  report = calf_report_new (result, answers, now);
  return calf_report_render (report, report_format, error);
}

int
calf_cli_assess (CalfDatabase *db,
                 const char   *file,
                 const char   *format,
                 const char   *output)
{
  g_autoptr(CalfAnswers) answers = NULL;
  g_autoptr(CalfEngine) engine = NULL;
  g_autoptr(CalfResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *input = NULL;
  gsize length = 0;

  g_return_val_if_fail (CALF_IS_DATABASE (db), CALF_CLI_EXIT_BAD_INPUT);
  g_return_val_if_fail (file != NULL, CALF_CLI_EXIT_BAD_INPUT);

  if (format == NULL)
    format = "json";
  if (!check_format (format, output))
    return CALF_CLI_EXIT_BAD_INPUT;

  input = read_input (file, &length, &error);
  if (input == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  answers = calf_answers_new_from_json (db, input, (gssize) length, &error);
  if (answers == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  engine = calf_engine_new (db);
  result = calf_engine_evaluate (engine, answers);
  bytes = render_output (result, answers, format, &error);
  if (bytes == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (output != NULL && !g_str_equal (output, "-"))
    {
      /* Atomic: a temporary file renamed over the target. */
      if (!g_file_set_contents (output, g_bytes_get_data (bytes, NULL),
                                (gssize) g_bytes_get_size (bytes), &error))
        {
          g_printerr (_("--output: %s\n"), error->message);
          return 1;
        }
      return 0;
    }

  if (fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout) != g_bytes_get_size (bytes) ||
      fflush (stdout) != 0)
    {
      g_printerr (_("Could not write the result: %s\n"), g_strerror (errno));
      return 1;
    }
  return 0;
}

gboolean
calf_cli_dispatch_assess (GVariantDict *options,
                          const char   *database_path,
                          int          *status)
{
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  const char *assess = NULL;
  const char *format = NULL;
  const char *output = NULL;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  g_variant_dict_lookup (options, "assess", "^&ay", &assess);
  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "output", "^&ay", &output);

  if (assess == NULL)
    {
      if (format == NULL && output == NULL)
        return FALSE;
      g_printerr (_("--format and --output go with --assess FILE\n"));
      *status = CALF_CLI_EXIT_BAD_INPUT;
      return TRUE;
    }

  /* A wrong format is found before any work is done. */
  if (format != NULL && !check_format (format, output))
    {
      *status = CALF_CLI_EXIT_BAD_INPUT;
      return TRUE;
    }

  db = calf_cli_load_database (database_path, &error);
  if (db == NULL)
    {
      g_printerr (_("The database could not be loaded:\n%s\n"), error->message);
      *status = CALF_CLI_EXIT_BAD_INPUT;
      return TRUE;
    }

  *status = calf_cli_assess (db, assess, format, output);
  return TRUE;
}
