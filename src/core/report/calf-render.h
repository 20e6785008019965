/* calf-render.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-report.h"
#include "calf-report-history.h"

G_BEGIN_DECLS

/* The whole report in one format (PDF on the locale's paper size). */
GBytes *calf_render_report (CalfReport        *report,
                            CalfReportFormat   format,
                            GError           **error);

/*
 * The PDF is drawn by the page layout in draw/ (cairo and Pango),
 * which the core does not link. A program that links it (the window)
 * passes calf_report_render_pdf_default() here once, before any report is
 * rendered; otherwise calf_render_report() loads it the first time a PDF
 * is asked for, as the module calf-check-pdf.so (from the program's own
 * folder in the build tree, else CALF_PKGLIBDIR). The module resolves the
 * core's functions in the program, which must export them (calf-check).
 */
typedef GBytes *(*CalfRenderPdfFunc) (CalfReport  *report,
                                      GError     **error);

void    calf_render_set_pdf_writer (CalfRenderPdfFunc writer);
GBytes *calf_render_pdf            (CalfReport        *report,
                                    GError           **error);

/* The module's entry point, a CalfRenderPdfFunc, and its version (a
 * string that must equal PACKAGE_VERSION). */
/* The history as a PDF, from the same module (calf-check --history). */
typedef GBytes *(*CalfRenderHistoryPdfFunc) (const CalfHistoryDocument  *document,
                                             GError                    **error);

GBytes *calf_render_history_pdf    (const CalfHistoryDocument  *document,
                                    GError                    **error);

#define CALF_RENDER_PDF_MODULE "calf-check-pdf.so"
#define CALF_RENDER_PDF_SYMBOL "calf_pdf_module_render"
#define CALF_RENDER_PDF_VERSION_SYMBOL "calf_pdf_module_version"
#define CALF_RENDER_HISTORY_PDF_SYMBOL "calf_pdf_module_render_history"

G_END_DECLS
