/* calf-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-export"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-export.h"
#include "calf-alert.h"
#include "calf-page-util.h"
#include "calf-render.h"
#include "calf-report-layout.h"
#include "calf-safe-file.h"

/*
 * Export…: GtkFileChooserNative (GTK 4.0 API; GtkFileDialog needs 4.10),
 * which uses the file-chooser portal inside Flatpak, so the app needs no
 * file-system permission. The suggested name already carries the date and
 * the PDF extension. The name that comes back decides the format when its
 * extension is one we write ("x.html" is HTML whatever the filter); the
 * selected filter decides otherwise and gives a bare name its extension.
 * The file is written off the
 * main thread by calf_safe_file_write(): a temporary file beside it,
 * flushed and renamed, so a full disk leaves the previous report whole.
 * A new report (health information) is readable by its owner only.
 */

#define FORMAT_KEY "calf-report-format"

typedef struct
{
  GtkWindow        *parent;
  AdwToastOverlay  *toasts;
  CalfReport       *report;
  GFile            *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->toasts);
  g_clear_object (&data->report);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

static ExportData *
export_data_new (GtkWindow       *parent,
                 AdwToastOverlay *toasts,
                 CalfReport      *report)
{
  ExportData *data = g_new0 (ExportData, 1);

  g_set_object (&data->parent, parent);
  g_set_object (&data->toasts, toasts);
  data->report = g_object_ref (report);
  return data;
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GFile *file = g_object_get_data (G_OBJECT (task), "calf-file");
  GBytes *bytes = task_data;
  g_autoptr(GError) error = NULL;

  if (!calf_safe_file_write_gfile (file, bytes, 0600, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
calf_export_write_async (CalfReport          *report,
                         GFile               *file,
                         CalfReportFormat     format,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CALF_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (format < CALF_REPORT_N_FORMATS);

  task = g_task_new (report, cancellable, callback, user_data);
  g_task_set_source_tag (task, calf_export_write_async);

  /* A report takes milliseconds to render; only the writing may be slow. */
  /* The window links the page layout, never the module that calf-check
   * loads for it. */
  if (format == CALF_REPORT_FORMAT_PDF)
    bytes = calf_report_render_pdf_default (report, &error);
  else
    bytes = calf_render_report (report, format, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "calf-file", g_object_ref (file), g_object_unref);
  g_task_set_task_data (task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, write_in_thread);
}

gboolean
calf_export_write_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == calf_export_write_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Could not open the exported report: %s", error->message);
}

static void
open_clicked_cb (AdwToast *toast,
                 GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GdkAppLaunchContext) context = NULL;

  context = gdk_display_get_app_launch_context (gdk_display_get_default ());
  /* Goes through the OpenURI portal inside Flatpak. */
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launch_cb, NULL);
}

static void
show_error (GtkWindow    *parent,
            GFile        *file,
            const GError *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *body = NULL;
  GtkWidget *alert;

  /* calf_safe_file_write() names the file and says whether the previous
   * one is unchanged; GIO's errors for remote files may not. */
  if (g_file_peek_path (file) != NULL)
    body = g_strdup (error->message);
  else
    /* Translators: %s is a file name, the second an error message. */
    body = g_strdup_printf (_("“%s” could not be written: %s"), name, error->message);
  alert = calf_alert_new (_("Export Failed"), body);
  calf_alert_add_response (alert, "close", _("_Close"), ADW_RESPONSE_DEFAULT);
  calf_alert_present (alert, GTK_WIDGET (parent));
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!calf_export_write_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (data->parent, data->file, error);
      return;
    }

  if (data->toasts == NULL)
    return;

  basename = g_file_get_basename (data->file);
  /* A toast title is markup in libadwaita 1.2: escape the name. */
  /* Translators: %s is a file name. */
  title = g_markup_printf_escaped (_("Report saved as “%s”"), basename);
  toast = adw_toast_new (title);
  /* Translators: the button of the notice "Report saved as …": opens the report. */
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_clicked_cb),
                         g_object_ref (data->file), (GClosureNotify) g_object_unref, 0);
  adw_toast_overlay_add_toast (data->toasts, toast);
}

void
calf_export_report_to_file (GtkWindow        *parent,
                            AdwToastOverlay  *toasts,
                            CalfReport       *report,
                            GFile            *file,
                            CalfReportFormat  format)
{
  ExportData *data;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (toasts == NULL || ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (CALF_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (file));

  data = export_data_new (parent, toasts, report);
  data->file = g_object_ref (file);
  calf_export_write_async (report, file, format, NULL, write_cb, data);
}

/**
 * calf_export_file_for_format:
 * @file: the file a person chose
 * @filter_format: the format of the filter they left selected
 * @format: (out): the format to write
 *
 * Returns: (transfer full): @file, or @file with the filter's extension
 *   added when its name had none
 */
GFile *
calf_export_file_for_format (GFile            *file,
                             CalfReportFormat  filter_format,
                             CalfReportFormat *format)
{
  g_autofree char *basename = NULL;
  g_autofree char *with_extension = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  basename = g_file_get_basename (file);
  with_extension = calf_report_format_for_file_name (basename, filter_format, format);
  parent = g_file_get_parent (file);
  if (with_extension == NULL || parent == NULL)
    return g_object_ref (file);
  return g_file_get_child (parent, with_extension);
}

static void
response_cb (GtkNativeDialog *native,
             int              response,
             gpointer         user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GFile) file = NULL;
  GtkFileFilter *filter;
  CalfReportFormat format = CALF_REPORT_FORMAT_PDF;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
      if (filter != NULL)
        format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (filter), FORMAT_KEY));
      if (chosen != NULL)
        file = calf_export_file_for_format (chosen, format, &format);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);

  g_debug ("Export response %d: %s as %s", response, file != NULL ? g_file_peek_path (file) : "(none)",
           calf_report_format_to_string (format));
  if (file != NULL)
    calf_export_report_to_file (data->parent, data->toasts, data->report, file, format);
}

void
calf_export_report (GtkWindow       *parent,
                    AdwToastOverlay *toasts,
                    CalfReport      *report)
{
  /* PDF first: what most people hand to a clinician. */
  static const CalfReportFormat order[] = {
    CALF_REPORT_FORMAT_PDF, CALF_REPORT_FORMAT_HTML, CALF_REPORT_FORMAT_TEXT,
    CALF_REPORT_FORMAT_MARKDOWN, CALF_REPORT_FORMAT_JSON,
  };
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (toasts == NULL || ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (CALF_IS_REPORT (report));

  native = gtk_file_chooser_native_new (_("Export Report"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autofree char *label = NULL;

      /* Translators: a file type and its extension, "PDF document (.pdf)". */
      label = g_strdup_printf (_("%s (.%s)"), calf_report_format_get_name (order[i]),
                               calf_report_format_get_extension (order[i]));
      gtk_file_filter_set_name (filter, label);
      gtk_file_filter_add_suffix (filter, calf_report_format_get_extension (order[i]));
      g_object_set_data (G_OBJECT (filter), FORMAT_KEY, GUINT_TO_POINTER (order[i]));
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
      if (i == 0)
        gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
    }

  name = calf_report_suggest_file_name (report, CALF_REPORT_FORMAT_PDF);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_signal_connect (native, "response", G_CALLBACK (response_cb),
                    export_data_new (parent, toasts, report));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
