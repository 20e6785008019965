/* calf-progress.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"
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

  /* From calf_progress_set_plan(): the sessions the latest plan asked for
   * so far (0 when there is none), and how many of them were done. */
  guint    n_planned;
  guint    n_done_of_plan;
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
/* The plan of an assessment made at @start (@exercises, of const
 * CalfExercise *) counted up to @now: the sittings it asked for (as many
 * training days a week and times a day as its busiest exercise, for its
 * longest), against the sittings in @entries from @start on (sessions
 * within two hours of each other are one). */
void      calf_progress_set_plan       (CalfProgress           *progress,
                                        GPtrArray              *entries,
                                        gint64                  start,
                                        GPtrArray              *exercises,
                                        gint64                  now);
char     *calf_progress_describe       (const CalfProgress     *progress);

G_END_DECLS
