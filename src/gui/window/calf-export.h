/* calf-export.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-report.h"

G_BEGIN_DECLS

/* Asks where to save @report (GtkFileChooserNative, which goes through the
 * file-chooser portal inside Flatpak) with one filter per format; the
 * name's extension decides the format, else the selected filter. On success a toast in @toasts says
 * so and offers "Open"; a failure is shown in a dialog over @parent. The
 * window's win.export action (Ctrl+E) calls this. */
void     calf_export_report        (GtkWindow        *parent,
                                    AdwToastOverlay  *toasts,
                                    CalfReport       *report);

/* Writes @report to @file in @format, atomically (g_file_replace), then
 * shows the toast or the error like calf_export_report(). */
void     calf_export_report_to_file (GtkWindow        *parent,
                                     AdwToastOverlay  *toasts,
                                     CalfReport       *report,
                                     GFile            *file,
                                     CalfReportFormat  format);

/* The file and format a chosen name asks for: the name's extension when
 * it is a report format, else the filter's, added to a bare name. */
GFile   *calf_export_file_for_format (GFile            *file,
                                      CalfReportFormat  filter_format,
                                      CalfReportFormat *format);

/* The writing alone. */
void     calf_export_write_async   (CalfReport          *report,
                                    GFile               *file,
                                    CalfReportFormat     format,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean calf_export_write_finish  (GAsyncResult        *result,
                                    GError             **error);

G_END_DECLS
