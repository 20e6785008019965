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
