/* calf-render-pdf.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "calf-program-files.h"
#include "calf-render.h"

/* Loading cairo and Pango (and then librsvg) took calf-check longer than
 * a whole `--assess` in JSON; only a PDF needs them (see calf-render.h). */

static CalfRenderPdfFunc pdf_writer;
static CalfRenderHistoryPdfFunc history_writer;
static GMutex load_lock;

void
calf_render_set_pdf_writer (CalfRenderPdfFunc writer)
{
  g_return_if_fail (writer != NULL);

  g_mutex_lock (&load_lock);
  pdf_writer = writer;
  g_mutex_unlock (&load_lock);
}

static CalfRenderPdfFunc
load_module (CalfRenderHistoryPdfFunc  *history,
             GError                   **error)
{
  g_autofree char *path = calf_program_file_path (CALF_RENDER_PDF_MODULE, CALF_PKGLIBDIR);
  GModule *module;
  gpointer symbol = NULL;
  gpointer history_symbol = NULL;
  gpointer version = NULL;

  /* Every symbol bound now, so a mismatch is an error here rather than a
   * crash halfway through the pages. */
  module = g_module_open (path, G_MODULE_BIND_LOCAL);
  if (module == NULL || !g_module_symbol (module, CALF_RENDER_PDF_SYMBOL, &symbol) ||
      !g_module_symbol (module, CALF_RENDER_HISTORY_PDF_SYMBOL, &history_symbol))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* TRANSLATORS: the placeholder is the system's reason,
                    * which names the missing file or library. */
                   _("The PDF writer could not be loaded (%s). Reinstall Calf Check, or choose "
                     "another format such as HTML."), g_module_error ());
      g_clear_pointer (&module, g_module_close);
      return NULL;
    }

  if (!g_module_symbol (module, CALF_RENDER_PDF_VERSION_SYMBOL, &version) ||
      g_strcmp0 (version, PACKAGE_VERSION) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* TRANSLATORS: the placeholder is a file path. */
                   _("The PDF writer (%s) is from another version of Calf Check. Reinstall Calf "
                     "Check, or choose another format such as HTML."), path);
      g_module_close (module);
      return NULL;
    }

  /* The report's types are registered by the module: it must stay. */
  g_module_make_resident (module);
  *history = (CalfRenderHistoryPdfFunc) history_symbol;
  return (CalfRenderPdfFunc) symbol;
}

GBytes *
calf_render_pdf (CalfReport  *report,
                 GError     **error)
{
  CalfRenderPdfFunc writer;

  g_return_val_if_fail (CALF_IS_REPORT (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&load_lock);
  if (pdf_writer == NULL)
    pdf_writer = load_module (&history_writer, error);
  writer = pdf_writer;
  g_mutex_unlock (&load_lock);

  return writer != NULL ? writer (report, error) : NULL;
}

GBytes *
calf_render_history_pdf (const CalfHistoryDocument  *document,
                         GError                    **error)
{
  CalfRenderHistoryPdfFunc writer;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The window sets its own report writer and never writes a history as
   * a PDF; the command line loads the module for both. */
  g_mutex_lock (&load_lock);
  if (history_writer == NULL)
    {
      CalfRenderPdfFunc report_writer = load_module (&history_writer, error);

      if (pdf_writer == NULL)
        pdf_writer = report_writer;
    }
  writer = history_writer;
  g_mutex_unlock (&load_lock);

  return writer != NULL ? writer (document, error) : NULL;
}
