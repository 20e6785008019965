/* calf-render.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <string.h>

#include "calf-render.h"

/* Above both the report (which writes the text formats) and its page
 * layout (which draws the PDF, calf-render-pdf.c), so that neither needs
 * the other's way. */

GBytes *
calf_render_report (CalfReport        *self,
                    CalfReportFormat   format,
                    GError           **error)
{
  char *text = NULL;

  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  g_return_val_if_fail (format < CALF_REPORT_N_FORMATS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case CALF_REPORT_FORMAT_PDF:
      return calf_render_pdf (self, error);
    case CALF_REPORT_FORMAT_HTML:
      text = calf_report_render_html (self);
      break;
    case CALF_REPORT_FORMAT_MARKDOWN:
      text = calf_report_render_markdown (self);
      break;
    case CALF_REPORT_FORMAT_TEXT:
      text = calf_report_render_text (self);
      break;
    case CALF_REPORT_FORMAT_JSON:
      text = calf_report_render_json (self);
      break;
    default:
      g_assert_not_reached ();
    }

  return g_bytes_new_take (text, strlen (text));
}
