/* calf-report-layout.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "calf-report.h"
#include "calf-report-history.h"

G_BEGIN_DECLS

/*
 * CalfReportLayout: the report as typeset pages, shared by the PDF writer
 * and printing (GtkPrintOperation), so both show exactly the same pages.
 * A list of blocks (title, headings, paragraphs, the triage box, table
 * rows, exercises with their drawing) is measured with Pango and split
 * into pages: a heading always stays with the block after it, a block
 * that fits on one page is never split, and a paragraph longer than a page
 * is split between lines. Units are points (1/72 inch); text is laid out
 * with unhinted metrics, so the pages are the same on any surface.
 */

typedef enum
{
  CALF_PAPER_A4,
  CALF_PAPER_LETTER,
} CalfPaper;

/* US Letter in the Americas where it is the norm (en_US, en_CA, es_MX, …),
 * A4 elsewhere. @locale is a POSIX locale name such as "fr_CA.UTF-8". */
CalfPaper  calf_paper_for_locale  (const char *locale);
/* From LC_ALL, LC_PAPER, LC_MEASUREMENT or LANG, in that order. */
CalfPaper  calf_paper_get_default (void);
void       calf_paper_get_size    (CalfPaper   paper,
                                   double     *width,
                                   double     *height);

typedef enum
{
  CALF_REPORT_BLOCK_TITLE,
  CALF_REPORT_BLOCK_FACT,
  CALF_REPORT_BLOCK_RULE,
  CALF_REPORT_BLOCK_HEADING,
  CALF_REPORT_BLOCK_TRIAGE,
  CALF_REPORT_BLOCK_CAUSE,
  CALF_REPORT_BLOCK_EXERCISE,
  CALF_REPORT_BLOCK_PARAGRAPH,
  CALF_REPORT_BLOCK_LIST_ITEM,
  CALF_REPORT_BLOCK_TABLE_HEADER,
  CALF_REPORT_BLOCK_TABLE_ROW,
} CalfReportBlockKind;

#define CALF_TYPE_REPORT_LAYOUT (calf_report_layout_get_type ())
G_DECLARE_FINAL_TYPE (CalfReportLayout, calf_report_layout, CALF, REPORT_LAYOUT, GObject)

CalfReportLayout *calf_report_layout_new            (CalfReport       *report);
/* The history's document typeset the same way (it has no report). */
CalfReportLayout *calf_report_layout_new_for_history (const CalfHistoryDocument *document);
CalfReport       *calf_report_layout_get_report     (CalfReportLayout *self);

/* Typesets on pages of @width × @height points, measuring with @cr's
 * surface; returns the number of pages (at least one). */
guint             calf_report_layout_paginate       (CalfReportLayout *self,
                                                     cairo_t          *cr,
                                                     double            width,
                                                     double            height);
guint             calf_report_layout_get_n_pages    (CalfReportLayout *self);
/* Draws one page (from 0) with its header and footer at @cr's origin. */
void              calf_report_layout_draw_page      (CalfReportLayout *self,
                                                     cairo_t          *cr,
                                                     guint             page);

/* FALSE, with the first problem in words, when anything that was typeset
 * reaches past the margins (text that could not be wrapped, a block taller
 * than a page). */
gboolean          calf_report_layout_check_bounds   (CalfReportLayout *self,
                                                     GError          **error);

/* Where each block (or piece of a split paragraph) went, in page order. */
guint             calf_report_layout_get_n_placements (CalfReportLayout *self);
void              calf_report_layout_get_placement  (CalfReportLayout    *self,
                                                     guint                index,
                                                     CalfReportBlockKind *kind,
                                                     guint               *page,
                                                     double              *y,
                                                     double              *height);
/* The printable body: everything between the margins. */
void              calf_report_layout_get_body       (CalfReportLayout *self,
                                                     double           *x,
                                                     double           *y,
                                                     double           *width,
                                                     double           *height);

/* The same on the locale's paper (calf_paper_get_default()). */
GBytes           *calf_report_render_pdf_default    (CalfReport       *report,
                                                     GError          **error);
/* The report as a PDF on @paper. */
GBytes           *calf_report_render_pdf            (CalfReport       *report,
                                                     CalfPaper         paper,
                                                     GError          **error);
/* The history as a PDF on @paper (calf-check --history --format pdf). */
GBytes           *calf_history_render_pdf           (const CalfHistoryDocument *document,
                                                     CalfPaper                  paper,
                                                     GError                   **error);

G_END_DECLS
