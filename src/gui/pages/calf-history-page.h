/* calf-history-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-database.h"
#include "calf-history.h"

G_BEGIN_DECLS

/*
 * CalfHistoryPage: what Calf Check has kept over weeks. Progress first (a
 * summary in words and a chart of pain over time), then the assessments,
 * the exercise sessions, the self-tests and the pain diary, newest first.
 * An entry is deleted at once with an Undo toast; everything only after a
 * confirmation. Pain scores are added here (daily, and the morning after a
 * session). Writes go to the history on a worker thread.
 *
 * With no history (it could not be opened), the page says why instead.
 */

#define CALF_TYPE_HISTORY_PAGE (calf_history_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfHistoryPage, calf_history_page, CALF, HISTORY_PAGE, AdwBin)

GtkWidget *calf_history_page_new        (CalfHistory     *history,
                                         CalfDatabase    *database,
                                         const char      *problem);
/* Reads the history again. */
void       calf_history_page_reload     (CalfHistoryPage *self);
/* The rows shown for @kind (deleted ones waiting for Undo are not). */
guint      calf_history_page_get_n_rows (CalfHistoryPage *self,
                                         CalfHistoryKind  kind);

G_END_DECLS
