/* calf-print.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-report.h"

G_BEGIN_DECLS

/* Opens the print dialog for @report and prints the same pages as the PDF
 * export (CalfReportLayout). A failure is shown in a dialog over @parent.
 * The window's win.print action (Ctrl+P) calls this. */
void     calf_print_report         (GtkWindow   *parent,
                                    CalfReport  *report);

/* The settings a print of @report starts from: the last print's, with
 * the report's dated name for Print to File. */
GtkPrintSettings *calf_print_settings_for_report (CalfReport *report);

/* Prints @report to a PDF file at @filename without any dialog
 * (GTK_PRINT_OPERATION_ACTION_EXPORT): for tests. */
gboolean calf_print_report_to_file (GtkWindow   *parent,
                                    CalfReport  *report,
                                    const char  *filename,
                                    GError     **error);

G_END_DECLS
