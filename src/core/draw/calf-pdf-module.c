/* calf-pdf-module.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <gmodule.h>

#include "calf-render.h"
#include "calf-report-layout.h"

/* The entry point of calf-check-pdf.so, the page layout built as a module
 * for calf-check (see calf-render.h). Its calls into the core resolve in
 * the program that loads it. */

G_MODULE_EXPORT GBytes *calf_pdf_module_render (CalfReport  *report,
                                                GError     **error);
G_MODULE_EXPORT GBytes *calf_pdf_module_render_history (const CalfHistoryDocument  *document,
                                                        GError                    **error);
G_MODULE_EXPORT extern const char calf_pdf_module_version[];

/* It calls into the program: only a program of the same version may load it. */
G_MODULE_EXPORT const char calf_pdf_module_version[] = PACKAGE_VERSION;

G_MODULE_EXPORT GBytes *
calf_pdf_module_render (CalfReport  *report,
                        GError     **error)
{
  return calf_report_render_pdf_default (report, error);
}

/* The compiler checks the entry point against what the loader calls. */
G_MODULE_EXPORT GBytes *
calf_pdf_module_render_history (const CalfHistoryDocument  *document,
                                GError                    **error)
{
  return calf_history_render_pdf (document, calf_paper_get_default (), error);
}

static const CalfRenderPdfFunc entry_point G_GNUC_UNUSED = calf_pdf_module_render;
static const CalfRenderHistoryPdfFunc history_entry_point G_GNUC_UNUSED = calf_pdf_module_render_history;
