/* calf-session.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"

G_BEGIN_DECLS

/*
 * CalfSession: one guided exercise session, with no GTK. It walks through
 * the sets and repetitions of a dose: each repetition is either a timed
 * hold (a stretch, a glide, a bout of walking) or a movement the person
 * counts themselves; a short release follows each hold within a set and a
 * rest timer runs between sets. Time comes from a clock function (monotonic
 * microseconds), g_get_monotonic_time() unless one is set, and only moves
 * the session on in calf_session_tick(), so tests drive it with a fake clock.
 */

typedef enum
{
  CALF_SESSION_PHASE_READY,     /* not started */
  CALF_SESSION_PHASE_HOLD,      /* timed: hold the position */
  CALF_SESSION_PHASE_REPS,      /* untimed: do a repetition, then calf_session_complete_rep() */
  CALF_SESSION_PHASE_RELEASE,   /* timed: let go between holds of one set */
  CALF_SESSION_PHASE_REST,      /* timed: rest between sets */
  CALF_SESSION_PHASE_FINISHED,  /* every set done */
  CALF_SESSION_PHASE_STOPPED,   /* stopped early */
} CalfSessionPhase;

GType calf_session_phase_get_type (void) G_GNUC_CONST;
#define CALF_TYPE_SESSION_PHASE (calf_session_phase_get_type ())

typedef gint64 (*CalfClockFunc) (gpointer user_data);

#define CALF_SESSION_RELEASE_SECONDS 3

#define CALF_TYPE_SESSION (calf_session_get_type ())
G_DECLARE_FINAL_TYPE (CalfSession, calf_session, CALF, SESSION, GObject)

CalfSession      *calf_session_new                (guint          n_sets,
                                                   guint          n_reps,
                                                   guint          hold_seconds,
                                                   guint          rest_seconds);
CalfSession      *calf_session_new_for_dose       (const CalfDose *dose);

void              calf_session_set_clock          (CalfSession   *self,
                                                   CalfClockFunc  clock,
                                                   gpointer       user_data);

void              calf_session_start              (CalfSession   *self);
/* Moves the session on to the clock's current time. */
void              calf_session_tick               (CalfSession   *self);
void              calf_session_pause              (CalfSession   *self);
void              calf_session_resume             (CalfSession   *self);
void              calf_session_toggle_pause       (CalfSession   *self);
void              calf_session_stop               (CalfSession   *self);
/* Counts the repetition in CALF_SESSION_PHASE_REPS. */
void              calf_session_complete_rep       (CalfSession   *self);
/* Ends the current release or rest early. */
void              calf_session_skip               (CalfSession   *self);

CalfSessionPhase  calf_session_get_phase          (CalfSession   *self);
gboolean          calf_session_get_paused         (CalfSession   *self);
/* TRUE between start and the end, when not paused. */
gboolean          calf_session_get_running        (CalfSession   *self);
gboolean          calf_session_is_active          (CalfSession   *self);
/* 1-based: the set and repetition being done; during a release or a rest,
 * the one just done. */
guint             calf_session_get_set            (CalfSession   *self);
guint             calf_session_get_rep            (CalfSession   *self);
guint             calf_session_get_n_sets         (CalfSession   *self);
guint             calf_session_get_n_reps         (CalfSession   *self);
guint             calf_session_get_hold_seconds   (CalfSession   *self);
guint             calf_session_get_rest_seconds   (CalfSession   *self);
/* Of the timed phase; 0 otherwise. Seconds are rounded up. */
gint64            calf_session_get_remaining_us   (CalfSession   *self);
guint             calf_session_get_remaining_seconds (CalfSession *self);
gint64            calf_session_get_phase_duration_us (CalfSession *self);

G_END_DECLS
