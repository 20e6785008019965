/* calf-cli-history.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "calf-cli.h"
#include "calf-render.h"
#include "calf-report-history.h"
#include "calf-json-reader.h"
#include "calf-safe-file.h"

/* --history, --export-history and --import-history: the history kept in
 * $XDG_DATA_HOME/calf-check/history.db (CALF_CHECK_HISTORY names another
 * file, for scripts and tests). */

/* A history export of years is a few megabytes; the reader refuses more. */
#define MAX_IMPORT_BYTES (64 * 1024 * 1024)

static CalfHistory *
open_history (void)
{
  g_autoptr(CalfHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *override = g_getenv ("CALF_CHECK_HISTORY");

  path = override != NULL && *override != '\0' ? g_strdup (override) : calf_history_get_default_path ();
  history = calf_history_open (path, &error);
  if (history == NULL)
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  if (calf_history_get_set_aside_path (history) != NULL)
    /* Translators: %s is the name the damaged history file was renamed to, e.g.
     * "history-damaged-20261204-093000.db". */
    g_printerr (_("The history was damaged. It was kept as %s and a new history was started.\n"),
                calf_history_get_set_aside_path (history));
  return g_steal_pointer (&history);
}

static int
write_out (GBytes     *bytes,
           const char *output)
{
  g_autoptr(GError) error = NULL;

  if (output != NULL && !g_str_equal (output, "-"))
    {
      /* Health information: a new file is readable by its owner only. */
      if (!calf_safe_file_write (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), 0600, &error))
        {
          g_printerr ("%s\n", error->message);
          return CALF_CLI_EXIT_BAD_INPUT;
        }
      return 0;
    }

  if (fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout) != g_bytes_get_size (bytes) ||
      fflush (stdout) != 0)
    {
      /* Translators: %s is a system error message, e.g. "Broken pipe". */
      g_printerr (_("Could not write the history: %s\n"), g_strerror (errno));
      return 1;
    }
  return 0;
}

static int
show_history (const char *database_path,
              const char *format_name,
              const char *output)
{
  g_autoptr(CalfHistory) history = NULL;
  g_autoptr(CalfDatabase) database = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CalfReportFormat format = CALF_REPORT_FORMAT_JSON;

  if (format_name != NULL && !calf_report_format_from_string (format_name, &format))
    {
      /* Translators: %s is what was typed after --format. Keep the format names in English. */
      g_printerr (_("Unknown format “%s”: use json, text, markdown, html or pdf\n"), format_name);
      return CALF_CLI_EXIT_BAD_INPUT;
    }
  if (format == CALF_REPORT_FORMAT_PDF && output == NULL && isatty (STDOUT_FILENO))
    {
      g_printerr (_("--format pdf: will not write a PDF to a terminal; use --output FILE.pdf\n"));
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  history = open_history ();
  if (history == NULL)
    return CALF_CLI_EXIT_BAD_INPUT;

  /* Names for regions, causes and exercises; ids are shown without it. */
  if (format != CALF_REPORT_FORMAT_JSON)
    {
      database = calf_cli_load_database (database_path, &error);
      if (database == NULL)
        {
          g_printerr (_("The database could not be loaded:\n%s\n"), error->message);
          return CALF_CLI_EXIT_BAD_INPUT;
        }
    }

  if (format == CALF_REPORT_FORMAT_PDF)
    {
      g_autoptr(CalfHistoryDocument) document = calf_history_document_new (history, database, &error);

      if (document != NULL)
        bytes = calf_render_history_pdf (document, &error);
    }
  else
    bytes = calf_report_history_render (history, database, format, &error);
  if (bytes == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CALF_CLI_EXIT_BAD_INPUT;
    }
  return write_out (bytes, output);
}

static int
export_history (const char *file)
{
  g_autoptr(CalfHistory) history = open_history ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  if (history == NULL)
    return CALF_CLI_EXIT_BAD_INPUT;

  json = calf_history_export (history, &error);
  if (json == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CALF_CLI_EXIT_BAD_INPUT;
    }
  length = strlen (json);
  bytes = g_bytes_new_take (g_steal_pointer (&json), length);
  return write_out (bytes, file);
}

static int
import_history (const char *file)
{
  g_autoptr(CalfHistory) history = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = g_str_equal (file, "-") ? _("standard input") : file;
  guint n_added = 0, n_skipped = 0;

  /* The file is read and checked before the history is opened. */
  contents = calf_json_read_path (file, MAX_IMPORT_BYTES, &error);
  if (contents == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  history = open_history ();
  if (history == NULL)
    return CALF_CLI_EXIT_BAD_INPUT;

  if (!calf_history_import (history, name, contents, &n_added, &n_skipped, &error))
    {
      /* Translators: %s says what is wrong in the file, and where. */
      g_printerr (_("Nothing was imported: %s\n"), error->message);
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  /* Translators: the first half of one line, followed by "; " and "%u were already there.": %u
   * is how many history entries were added. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u entry", "Imported %u entries", n_added), n_added);
  g_print ("; ");
  /* Translators: the second half of one line, after "Imported %u entries; ": %u is how many
   * entries of the file were in the history already. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u was already there.\n", "%u were already there.\n", n_skipped),
           n_skipped);
  return 0;
}

gboolean
calf_cli_dispatch_history (GVariantDict *options,
                           const char   *database_path,
                           int          *status)
{
  gboolean history = FALSE;
  const char *export_file = NULL;
  const char *import_file = NULL;
  const char *format = NULL;
  const char *output = NULL;
  guint n_commands;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  g_variant_dict_lookup (options, "history", "b", &history);
  g_variant_dict_lookup (options, "export-history", "^&ay", &export_file);
  g_variant_dict_lookup (options, "import-history", "^&ay", &import_file);
  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "output", "^&ay", &output);

  n_commands = (history ? 1 : 0) + (export_file != NULL ? 1 : 0) + (import_file != NULL ? 1 : 0);
  if (n_commands == 0)
    return FALSE;

  g_log_writer_default_set_use_stderr (TRUE);

  if (n_commands > 1 || g_variant_dict_contains (options, "assess"))
    {
      /* Translators: keep the option names as they are: the person types them. */
      g_printerr (_("Give one of --history, --export-history, --import-history and --assess at a time\n"));
      *status = CALF_CLI_EXIT_BAD_INPUT;
      return TRUE;
    }
  if (!history && (format != NULL || output != NULL))
    {
      /* Translators: keep the option names as they are; FILE is the placeholder shown in
       * --help. */
      g_printerr (_("--format and --output go with --assess FILE or --history\n"));
      *status = CALF_CLI_EXIT_BAD_INPUT;
      return TRUE;
    }

  if (history)
    *status = show_history (database_path, format, output);
  else if (export_file != NULL)
    *status = export_history (export_file);
  else
    *status = import_history (import_file);
  return TRUE;
}
