/* calf-report-history.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"
#include "calf-history.h"
#include "calf-report.h"

G_BEGIN_DECLS

/* One kind of history entry as a table of plain strings. */
typedef struct
{
  char      *title;
  GStrv      columns;
  GPtrArray *rows;     /* of GStrv, one cell per column; the first is the date */
} CalfHistoryTable;

/* The whole history as a document, for every format: the PDF writer
 * (src/core/draw) reads it as the text formats here do. */
typedef struct
{
  char      *title;
  char      *summary;
  GPtrArray *tables;   /* of CalfHistoryTable */
} CalfHistoryDocument;

CalfHistoryDocument *calf_history_document_new  (CalfHistory          *history,
                                                 CalfDatabase         *database,
                                                 GError              **error);
void                 calf_history_document_free (CalfHistoryDocument  *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalfHistoryDocument, calf_history_document_free)

/*
 * The history as a document (`calf-check --history`): a summary of the
 * progress in plain words, then a table of each kind of entry, newest
 * first. JSON is the export document (calf_history_export()), the one
 * format --import-history reads; text, Markdown and HTML are for people.
 * @database (nullable) gives regions, causes and exercises their names.
 */
GBytes *calf_report_history_render (CalfHistory      *history,
                                    CalfDatabase     *database,
                                    CalfReportFormat  format,
                                    GError          **error);

/* When an entry was, in the words the History page and the reports use. */
char   *calf_report_history_date   (gint64                   time);
/* One entry in words: a title ("Achilles tendon, Left leg") and a detail
 * line (the advice and the possible causes). */
void    calf_report_history_describe (const CalfHistoryEntry *entry,
                                      CalfDatabase           *database,
                                      char                  **title,
                                      char                  **detail);

/* A Progress section for @report from @history (nothing when it is empty). */
void    calf_report_add_progress     (CalfReport             *report,
                                      CalfHistory            *history,
                                      CalfDatabase           *database);

G_END_DECLS
