/* calf-report-progress.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include "calf-answers.h"
#include "calf-engine.h"
#include "calf-report-history.h"
#include "calf-report-progress.h"
#include "calf-result.h"

/* Progress over weeks for the History page and the reports. The history
 * keeps an assessment's answers, not its plan: the plan is
 * what the engine advises for those answers today, as the reopened results
 * show it. */
void
calf_report_progress_compute (GPtrArray    *entries,
                              CalfDatabase *database,
                              gint64        now,
                              CalfProgress *progress)
{
  const CalfHistoryEntry *latest = NULL;
  g_autoptr(CalfAnswers) answers = NULL;
  g_autoptr(CalfEngine) engine = NULL;
  g_autoptr(CalfResult) result = NULL;
  g_autoptr(GPtrArray) planned = g_ptr_array_new ();
  GPtrArray *exercises;

  g_return_if_fail (entries != NULL);
  g_return_if_fail (database == NULL || CALF_IS_DATABASE (database));
  g_return_if_fail (progress != NULL);

  calf_progress_compute (entries, progress);
  if (database == NULL)
    return;

  for (guint i = 0; i < entries->len; i++)
    {
      const CalfHistoryEntry *entry = g_ptr_array_index (entries, i);

      if (entry->kind == CALF_HISTORY_KIND_ASSESSMENT && (latest == NULL || entry->time >= latest->time))
        latest = entry;
    }
  if (latest == NULL)
    return;

  /* Answers a newer database no longer reads leave the plan unknown. */
  answers = calf_answers_new_from_json (database, NULL, latest->answers, -1, NULL);
  if (answers == NULL)
    return;
  engine = calf_engine_new (database);
  result = calf_engine_evaluate (engine, answers);
  exercises = calf_result_get_exercises (result);
  for (guint i = 0; i < calf_result_get_n_planned (result); i++)
    g_ptr_array_add (planned, g_ptr_array_index (exercises, i));
  if (planned->len > 0)
    calf_progress_set_plan (progress, entries, latest->time, planned, now);
}

/**
 * calf_report_add_progress:
 * @report: a report
 * @history: the history
 * @database: (nullable): names
 *
 * Gives @report a Progress section from @history: the summary the History
 * page shows and every entry of the last twelve weeks, oldest first. A
 * history with nothing in it adds nothing.
 */
void
calf_report_add_progress (CalfReport   *report,
                          CalfHistory  *history,
                          CalfDatabase *database)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *summary = NULL;
  gint64 since = g_get_real_time () / G_USEC_PER_SEC - 12 * 7 * 24 * 60 * 60;
  CalfProgress progress;

  g_return_if_fail (CALF_IS_REPORT (report));
  g_return_if_fail (CALF_IS_HISTORY (history));

  all = calf_history_list_all (history, NULL);
  if (all == NULL || all->len == 0)
    return;

  calf_report_progress_compute (all, database, g_get_real_time () / G_USEC_PER_SEC, &progress);
  summary = calf_progress_describe (&progress);
  items = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_report_progress_item_free);
  for (guint i = 0; i < all->len; i++)
    {
      const CalfHistoryEntry *entry = g_ptr_array_index (all, i);
      CalfReportProgressItem *item;

      if (entry->time < since)
        continue;
      item = g_new0 (CalfReportProgressItem, 1);
      item->date = calf_report_history_date (entry->time);
      calf_report_history_describe (entry, database, &item->title, &item->detail);
      g_ptr_array_add (items, item);
    }
  calf_report_set_progress (report, summary, g_steal_pointer (&items));
}
