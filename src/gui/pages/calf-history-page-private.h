/* calf-history-page-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-history-page.h"
#include "calf-progress-chart.h"

G_BEGIN_DECLS

struct _CalfHistoryPage
{
  AdwBin           parent_instance;

  CalfHistory     *history;       /* NULL when it could not be opened */
  CalfDatabase    *database;
  GCancellable    *cancellable;
  GtkListBox      *lists[CALF_HISTORY_N_KINDS];
  GPtrArray       *pending;       /* rows deleted, Undo still possible */
  GtkWidget       *selftest_charts; /* a chart per self-test, above their list */

  /* Template widgets */
  AdwToastOverlay *toast_overlay;   /* the bin's child */
  GtkLabel        *problem_label;
  GtkWidget       *progress_box;
  GtkLabel        *summary_label;
  CalfProgressChart *chart;
  GtkWidget       *add_pain_button;
  GtkBox          *lists_box;
  GtkWidget       *delete_all_button;
  GtkLabel        *where_label;
};

/* calf-history-page-scores.c: adding pain scores, and the self-test charts. */
void calf_history_page_on_written           (GObject          *object,
                                             GAsyncResult     *result,
                                             gpointer          user_data);
void calf_history_page_add_pain_action      (GtkWidget        *widget,
                                             const char       *action_name,
                                             GVariant         *parameter);
void calf_history_page_morning_clicked      (GtkButton        *button,
                                             CalfHistoryPage  *self);
void calf_history_page_fill_selftest_charts (CalfHistoryPage  *self,
                                             GPtrArray        *all);

G_END_DECLS
