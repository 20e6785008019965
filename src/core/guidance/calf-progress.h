/* calf-progress.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-history-entry.h"

G_BEGIN_DECLS

/*
 * What a history says over weeks, with no GTK: how pain has gone, how many
 * sessions were done, and whether the pain-monitoring rule the exercises
 * use has been broken.
 *
 * The rule (Silbernagel's pain-monitoring model, as in the exercises'
 * "stop if"): pain during a session up to 5 out of 10 is acceptable if it
 * has settled to the usual level by the next morning. A session breaks it
 * when the pain during it was above 5, or the next morning's pain was
 * above 5 or above the last daily pain entry before the session (the
 * usual level). Two sessions in a row that break it mean: ease the load.
 */

#define CALF_PROGRESS_PAIN_LIMIT 5

typedef struct
{
  guint    n_assessments;
  guint    n_sessions;
  guint    n_selftests;
  guint    n_pain_entries;

  /* Pain over time, from daily entries and the pain during sessions:
   * the first and the last score, and when they were given. */
  gboolean has_pain;
  int      first_pain;
  int      last_pain;
  gint64   first_time;
  gint64   last_time;

  /* The last two sessions with pain scores both broke the rule. */
  gboolean ease_the_load;
} CalfProgress;

/* @entries: (element-type CalfHistoryEntry): in any order. */
void      calf_progress_compute        (GPtrArray              *entries,
                                        CalfProgress           *progress);
/* TRUE when @session broke the rule; @usual is the last daily pain score
 * before it, or CALF_HISTORY_NO_PAIN. */
gboolean  calf_progress_session_breaks_rule (const CalfHistoryEntry *session,
                                        int                     usual);
/* One or two sentences in plain words, translated, e.g. "Pain went from
 * 6 to 3 over 4 weeks. 14 sessions done." */
char     *calf_progress_describe       (const CalfProgress     *progress);

G_END_DECLS
