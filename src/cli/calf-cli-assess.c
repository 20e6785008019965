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
#include "calf-json-reader.h"
#include "calf-render.h"
#include "calf-report.h"
#include "calf-safe-file.h"

/* `calf-check --assess FILE`: answers in, result out, no display. Bad input
 * gives exit status 2 and a message naming the field on stderr, and then
 * nothing at all on stdout. */

/* --format: json (the result as is) or a report format. A PDF goes to
 * standard output only when that is not a terminal. */
static gboolean
check_format (const char *format,
              const char *output)
{
  CalfReportFormat report_format;

  if (!calf_report_format_from_string (format, &report_format))
    {
      /* Translators: %s is what was typed after --format. Keep the option and the format names
       * in English. */
      g_printerr (_("--format: unknown format “%s”; the formats are: json, text, markdown, html, pdf\n"),
                  format);
      return FALSE;
    }
  if (report_format == CALF_REPORT_FORMAT_PDF && (output == NULL || g_str_equal (output, "-")) &&
      isatty (STDOUT_FILENO))
    {
      /* Translators: keep "--format pdf" and "--output FILE.pdf" as they are: the person types
       * them. */
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
  return calf_render_report (report, report_format, error);
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
  g_autoptr(GBytes) input = NULL;
  const char *name;

  g_return_val_if_fail (CALF_IS_DATABASE (db), CALF_CLI_EXIT_BAD_INPUT);
  g_return_val_if_fail (file != NULL, CALF_CLI_EXIT_BAD_INPUT);

  if (format == NULL)
    format = "json";
  if (!check_format (format, output))
    return CALF_CLI_EXIT_BAD_INPUT;

  /* Bounded: refused as soon as it grows past the limit. */
  input = calf_json_read_path (file, calf_json_limits_input.max_bytes, &error);
  if (input == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  /* Translators: written in place of a file name when the input is read from standard input
   * ("-"), e.g. "standard input: cannot read it: …". */
  name = g_str_equal (file, "-") ? _("standard input") : file;
  answers = calf_answers_new_from_json (db, name, g_bytes_get_data (input, NULL),
                                        (gssize) g_bytes_get_size (input), &error);
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
      /* A temporary file beside it, flushed and renamed: a full disk
       * leaves the previous file whole. A report is health information:
       * a new file is readable by its owner only. */
      if (!calf_safe_file_write (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 0600, &error))
        {
          /* Translators: %s says why the file given with --output could not be written, with
           * its name. */
          g_printerr (_("--output: %s\n"), error->message);
          return CALF_CLI_EXIT_BAD_INPUT;
        }
      return 0;
    }

  if (fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout) != g_bytes_get_size (bytes) ||
      fflush (stdout) != 0)
    {
      /* Translators: %s is a system error message, e.g. "Broken pipe". */
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
      /* Translators: keep the option names as they are; FILE is the placeholder shown in
       * --help. */
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
      /* Translators: %s is one or more lines, each a problem found in the condition database
       * files. */
      g_printerr (_("The database could not be loaded:\n%s\n"), error->message);
      *status = CALF_CLI_EXIT_BAD_INPUT;
      return TRUE;
    }

  *status = calf_cli_assess (db, assess, format, output);
  return TRUE;
}
