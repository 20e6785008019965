/* calf-print.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-print"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "calf-print.h"
#include "calf-alert.h"
#include "calf-page-util.h"
#include "calf-report-layout.h"

/*
 * Printing draws the pages of CalfReportLayout, the same layout the PDF
 * export uses. We take the whole sheet (use-full-page) in points and keep
 * our own margins, so a printout matches the PDF; the paper starts as the
 * locale's (A4 or US Letter) and follows what the person picks in the
 * dialog. Settings are remembered for the session.
 */

static GtkPrintSettings *last_settings;

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                CalfReportLayout  *layout)
{
  guint n_pages;

  n_pages = calf_report_layout_paginate (layout, gtk_print_context_get_cairo_context (context),
                                         gtk_print_context_get_width (context),
                                         gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              CalfReportLayout  *layout)
{
  calf_report_layout_draw_page (layout, gtk_print_context_get_cairo_context (context),
                                (guint) page_nr);
}

/**
 * calf_print_settings_for_report:
 * @report: the report to print
 *
 * The last print's settings with this report's dated name for "Print to
 * File", not GTK's "output.pdf"; the last file's folder is kept.
 *
 * Returns: (transfer full): new settings
 */
GtkPrintSettings *
calf_print_settings_for_report (CalfReport *report)
{
  GtkPrintSettings *settings;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (CALF_IS_REPORT (report), NULL);

  settings = last_settings != NULL ? gtk_print_settings_copy (last_settings) : gtk_print_settings_new ();
  file_name = calf_report_suggest_file_name (report, CALF_REPORT_FORMAT_PDF);
  *strrchr (file_name, '.') = '\0';
  if (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) != NULL)
    {
      /* The last file's folder, this report's name. */
      g_autoptr(GFile) last = g_file_new_for_uri (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI));
      g_autoptr(GFile) folder = g_file_get_parent (last);

      if (folder != NULL)
        {
          g_autofree char *folder_uri = g_file_get_uri (folder);

          gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_DIR, folder_uri);
        }
      gtk_print_settings_unset (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
    }
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, file_name);
  return settings;
}

static GtkPrintOperation *
new_operation (CalfReport *report)
{
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  GtkPrintOperation *operation = gtk_print_operation_new ();
  CalfReportLayout *layout = calf_report_layout_new (report);
  g_autofree char *job_name = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;

  paper = gtk_paper_size_new (calf_paper_get_default () == CALF_PAPER_LETTER
                              ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (page_setup, paper);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  settings = calf_print_settings_for_report (report);
  gtk_print_operation_set_print_settings (operation, settings);

  job_name = g_strdup_printf ("%s – %s", calf_report_get_title (report),
                              calf_report_get_date_text (report));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         layout, (GClosureNotify) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), layout);
  return operation;
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *alert = calf_alert_new (_("Printing Failed"), error->message);

  calf_alert_add_response (alert, "close", _("_Close"), ADW_RESPONSE_DEFAULT);
  calf_alert_present (alert, GTK_WIDGET (parent));
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWindow               *parent)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_error (parent, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));

  g_object_unref (operation);
}

void
calf_print_report (GtkWindow  *parent,
                   CalfReport *report)
{
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (CALF_IS_REPORT (report));

  operation = new_operation (report);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* "done" drops the operation, whether it ran asynchronously or not; the
   * window is kept for an error dialog until then. */
  if (parent != NULL)
    g_signal_connect_data (operation, "done", G_CALLBACK (done_cb), g_object_ref (parent),
                           (GClosureNotify) g_object_unref, 0);
  else
    g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    g_debug ("Printing failed: %s", error->message);
}

gboolean
calf_print_report_to_file (GtkWindow   *parent,
                           CalfReport  *report,
                           const char  *filename,
                           GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (CALF_IS_REPORT (report), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = new_operation (report);
  gtk_print_operation_set_export_filename (operation, filename);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
