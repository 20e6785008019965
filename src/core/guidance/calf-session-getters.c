/* calf-session-getters.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-session"

#include "config.h"

#include "calf-session-private.h"

/* What a session page shows: read only, the state machine is in
 * calf-session.c. */

CalfSessionPhase
calf_session_get_phase (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), CALF_SESSION_PHASE_READY);
  return self->phase;
}

gboolean
calf_session_get_paused (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), FALSE);
  return self->paused;
}

/* Started and not yet finished or stopped. */
gboolean
calf_session_is_active (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), FALSE);
  return self->phase != CALF_SESSION_PHASE_READY &&
         self->phase != CALF_SESSION_PHASE_FINISHED &&
         self->phase != CALF_SESSION_PHASE_STOPPED;
}

gboolean
calf_session_get_running (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), FALSE);
  return calf_session_is_active (self) && !self->paused;
}

guint
calf_session_get_set (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return self->set;
}

guint
calf_session_get_rep (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return self->rep;
}

guint
calf_session_get_n_sets (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return self->n_sets;
}

guint
calf_session_get_n_reps (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return self->n_reps;
}

guint
calf_session_get_hold_seconds (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return self->hold_seconds;
}

guint
calf_session_get_rest_seconds (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return self->rest_seconds;
}

gint64
calf_session_get_remaining_us (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return calf_session_phase_is_timed (self->phase) ? MAX (self->remaining_us, 0) : 0;
}

guint
calf_session_get_remaining_seconds (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return self->remaining_seconds;
}

gint64
calf_session_get_phase_duration_us (CalfSession *self)
{
  g_return_val_if_fail (CALF_IS_SESSION (self), 0);
  return self->phase_duration_us;
}
