/* calf-report-layout-pdf.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "calf-pdf-language.h"
#include "calf-report-layout-private.h"

/* The PDF writer: the shared page layout drawn on a cairo PDF surface, and
 * the choice of paper size. */

/* Territories where US Letter is the usual paper (CLDR's list). */
static const char * const letter_territories[] = {
  "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "DO", "NI", "BZ",
};

CalfPaper
calf_paper_for_locale (const char *locale)
{
  const char *underscore;
  char territory[3] = { 0 };

  if (locale == NULL)
    return CALF_PAPER_A4;

  /* language[_TERRITORY][.codeset][@modifier] */
  underscore = strchr (locale, '_');
  if (underscore == NULL || strlen (underscore) < 3)
    return CALF_PAPER_A4;
  territory[0] = underscore[1];
  territory[1] = underscore[2];

  for (guint i = 0; i < G_N_ELEMENTS (letter_territories); i++)
    {
      if (strcmp (territory, letter_territories[i]) == 0)
        return CALF_PAPER_LETTER;
    }
  return CALF_PAPER_A4;
}

CalfPaper
calf_paper_get_default (void)
{
  const char * const variables[] = { "LC_ALL", "LC_PAPER", "LC_MEASUREMENT", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && value[0] != '\0')
        return calf_paper_for_locale (value);
    }
  return CALF_PAPER_A4;
}

void
calf_paper_get_size (CalfPaper  paper,
                     double    *width,
                     double    *height)
{
  double w = 595.276, h = 841.89;   /* 210 × 297 mm */

  if (paper == CALF_PAPER_LETTER)
    {
      w = 612.0;                     /* 8.5 × 11 in */
      h = 792.0;
    }
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* @layout on pages of @paper, with @title and the time @created (UTC) in
 * the file's metadata. */
static GBytes *
render_layout (CalfReportLayout  *layout,
               CalfPaper          paper,
               const char        *title,
               GDateTime         *created,
               GError           **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree char *date = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  calf_paper_get_size (paper, &width, &height);

  surface = cairo_pdf_surface_create_for_stream (write_to_array, data, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Calf Check " PACKAGE_VERSION);
  date = g_date_time_format (created, "%Y-%m-%dT%H:%M:%SZ");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);

  cr = cairo_create (surface);
  n_pages = calf_report_layout_paginate (layout, cr, width, height);
  for (guint page = 0; page < n_pages; page++)
    {
      calf_report_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is an error message of the Cairo drawing library, in
                    * English. */
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  /* Translators: the language code of this translation, as used in HTML
   * (e.g. "de", "pt-BR"). */
  if (!calf_pdf_set_language (data, C_("html lang", "en")))
    g_warning ("The PDF's language could not be set");

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

GBytes *
calf_report_render_pdf (CalfReport  *report,
                        CalfPaper    paper,
                        GError     **error)
{
  g_autoptr(CalfReportLayout) layout = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (CALF_IS_REPORT (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  layout = calf_report_layout_new (report);
  title = g_strdup_printf ("%s – %s", calf_report_get_title (report),
                           calf_report_get_date_text (report));
  /* The assessment's time, not now: the same report gives the same file. */
  created = g_date_time_to_utc (calf_report_get_created (report));
  return render_layout (layout, paper, title, created, error);
}

GBytes *
calf_history_render_pdf (const CalfHistoryDocument  *document,
                         CalfPaper                   paper,
                         GError                    **error)
{
  g_autoptr(CalfReportLayout) layout = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_now_utc ();

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  layout = calf_report_layout_new_for_history (document);
  return render_layout (layout, paper, document->title, created, error);
}

GBytes *
calf_report_render_pdf_default (CalfReport  *report,
                                GError     **error)
{
  return calf_report_render_pdf (report, calf_paper_get_default (), error);
}
