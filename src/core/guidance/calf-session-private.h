/* calf-session-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-session.h"

G_BEGIN_DECLS

struct _CalfSession
{
  GObject           parent_instance;

  guint             n_sets;
  guint             n_reps;
  guint             hold_seconds;
  guint             rest_seconds;

  CalfClockFunc     clock;
  gpointer          clock_data;

  CalfSessionPhase  phase;
  gboolean          paused;
  guint             set;
  guint             rep;
  /* Timed phases: what is left at clock time last_us. */
  gint64            remaining_us;
  gint64            phase_duration_us;
  gint64            last_us;
  guint             remaining_seconds;
};

/* A phase with a countdown (hold, release, rest). */
gboolean calf_session_phase_is_timed (CalfSessionPhase phase);

G_END_DECLS
