/* calf-session.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-session"

#include "config.h"

#include "calf-session-private.h"

#define US_PER_SECOND G_GINT64_CONSTANT (1000000)

G_DEFINE_FINAL_TYPE (CalfSession, calf_session, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CalfSessionPhase, calf_session_phase,
  G_DEFINE_ENUM_VALUE (CALF_SESSION_PHASE_READY, "ready"),
  G_DEFINE_ENUM_VALUE (CALF_SESSION_PHASE_HOLD, "hold"),
  G_DEFINE_ENUM_VALUE (CALF_SESSION_PHASE_REPS, "reps"),
  G_DEFINE_ENUM_VALUE (CALF_SESSION_PHASE_RELEASE, "release"),
  G_DEFINE_ENUM_VALUE (CALF_SESSION_PHASE_REST, "rest"),
  G_DEFINE_ENUM_VALUE (CALF_SESSION_PHASE_FINISHED, "finished"),
  G_DEFINE_ENUM_VALUE (CALF_SESSION_PHASE_STOPPED, "stopped"))

enum {
  PROP_0,
  PROP_PHASE,
  PROP_PAUSED,
  PROP_RUNNING,
  PROP_SET,
  PROP_REP,
  PROP_REMAINING_SECONDS,
  N_PROPS
};

enum {
  HOLD_FINISHED,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
default_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
now (CalfSession *self)
{
  return self->clock (self->clock_data);
}

gboolean
calf_session_phase_is_timed (CalfSessionPhase phase)
{
  return phase == CALF_SESSION_PHASE_HOLD ||
         phase == CALF_SESSION_PHASE_RELEASE ||
         phase == CALF_SESSION_PHASE_REST;
}

/* Notifies only what changed since @before (the running flag follows from
 * the phase and the pause). */
typedef struct
{
  CalfSessionPhase phase;
  gboolean         paused;
  gboolean         running;
  guint            set;
  guint            rep;
  guint            remaining_seconds;
} Snapshot;

static Snapshot
take_snapshot (CalfSession *self)
{
  return (Snapshot) {
    self->phase, self->paused, calf_session_get_running (self),
    self->set, self->rep, self->remaining_seconds,
  };
}

static void
notify_changes (CalfSession    *self,
                const Snapshot *before)
{
  Snapshot after = take_snapshot (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (before->phase != after.phase)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
  if (before->paused != after.paused)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  if (before->running != after.running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  if (before->set != after.set)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SET]);
  if (before->rep != after.rep)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REP]);
  if (before->remaining_seconds != after.remaining_seconds)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_SECONDS]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
update_remaining_seconds (CalfSession *self)
{
  if (!calf_session_phase_is_timed (self->phase) || self->remaining_us <= 0)
    self->remaining_seconds = 0;
  else
    self->remaining_seconds = (guint) ((self->remaining_us + US_PER_SECOND - 1) / US_PER_SECOND);
}

/* Enters a timed phase; @overrun is how far the clock is already past its
 * start, so that the timers never drift. */
static void
enter_timed (CalfSession      *self,
             CalfSessionPhase  phase,
             guint             seconds,
             gint64            overrun)
{
  self->phase = phase;
  self->phase_duration_us = seconds * US_PER_SECOND;
  self->remaining_us = self->phase_duration_us - overrun;
}

static void
enter_rep (CalfSession *self,
           gint64       overrun)
{
  if (self->hold_seconds > 0)
    {
      enter_timed (self, CALF_SESSION_PHASE_HOLD, self->hold_seconds, overrun);
    }
  else
    {
      self->phase = CALF_SESSION_PHASE_REPS;
      self->phase_duration_us = 0;
      self->remaining_us = 0;
    }
}

static void
start_set (CalfSession *self,
           guint        set,
           gint64       overrun)
{
  self->set = set;
  self->rep = 1;
  enter_rep (self, overrun);
}

/* The current repetition is done: the next one, a release, a rest or the end. */
static void
rep_done (CalfSession *self,
          gint64       overrun)
{
  if (self->rep < self->n_reps)
    {
      if (self->phase == CALF_SESSION_PHASE_HOLD)
        {
          enter_timed (self, CALF_SESSION_PHASE_RELEASE, CALF_SESSION_RELEASE_SECONDS, overrun);
        }
      else
        {
          self->rep++;
          enter_rep (self, overrun);
        }
    }
  else if (self->set < self->n_sets)
    {
      if (self->rest_seconds > 0)
        enter_timed (self, CALF_SESSION_PHASE_REST, self->rest_seconds, overrun);
      else
        start_set (self, self->set + 1, overrun);
    }
  else
    {
      self->phase = CALF_SESSION_PHASE_FINISHED;
      self->phase_duration_us = 0;
      self->remaining_us = 0;
    }
}

/* A timed phase ran out. Returns TRUE when a hold ended. */
static gboolean
timed_phase_done (CalfSession *self,
                  gint64       overrun)
{
  switch (self->phase)
    {
    case CALF_SESSION_PHASE_HOLD:
      rep_done (self, overrun);
      return TRUE;

    case CALF_SESSION_PHASE_RELEASE:
      self->rep++;
      enter_rep (self, overrun);
      return FALSE;

    case CALF_SESSION_PHASE_REST:
      start_set (self, self->set + 1, overrun);
      return FALSE;

    case CALF_SESSION_PHASE_READY:
    case CALF_SESSION_PHASE_REPS:
    case CALF_SESSION_PHASE_FINISHED:
    case CALF_SESSION_PHASE_STOPPED:
    default:
      g_assert_not_reached ();
    }
}

/* Runs the phases the clock has passed; emits the signals afterwards, once
 * the state is consistent. */
static void
advance (CalfSession *self,
         gint64       elapsed)
{
  Snapshot before = take_snapshot (self);
  guint n_holds_finished = 0;

  if (calf_session_phase_is_timed (self->phase))
    self->remaining_us -= elapsed;

  while (calf_session_phase_is_timed (self->phase) && self->remaining_us <= 0)
    {
      if (timed_phase_done (self, -self->remaining_us))
        n_holds_finished++;
    }

  update_remaining_seconds (self);
  notify_changes (self, &before);

  for (guint i = 0; i < n_holds_finished; i++)
    g_signal_emit (self, signals[HOLD_FINISHED], 0);

  if (self->phase == CALF_SESSION_PHASE_FINISHED && before.phase != CALF_SESSION_PHASE_FINISHED)
    g_signal_emit (self, signals[FINISHED], 0);
}

static void
calf_session_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CalfSession *self = CALF_SESSION (object);

  switch (prop_id)
    {
    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, calf_session_get_running (self));
      break;
    case PROP_SET:
      g_value_set_uint (value, self->set);
      break;
    case PROP_REP:
      g_value_set_uint (value, self->rep);
      break;
    case PROP_REMAINING_SECONDS:
      g_value_set_uint (value, self->remaining_seconds);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_session_class_init (CalfSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = calf_session_get_property;

  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       calf_session_phase_get_type (), CALF_SESSION_PHASE_READY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SET] =
    g_param_spec_uint ("set", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REP] =
    g_param_spec_uint ("rep", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REMAINING_SECONDS] =
    g_param_spec_uint ("remaining-seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The end of each hold: the page gives a cue. */
  signals[HOLD_FINISHED] =
    g_signal_new ("hold-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
calf_session_init (CalfSession *self)
{
  self->clock = default_clock;
  self->phase = CALF_SESSION_PHASE_READY;
}

/**
 * calf_session_new:
 * @n_sets: sets, at least 1
 * @n_reps: repetitions per set, at least 1
 * @hold_seconds: how long each repetition is held, 0 for counted movements
 * @rest_seconds: rest between sets
 */
CalfSession *
calf_session_new (guint n_sets,
                  guint n_reps,
                  guint hold_seconds,
                  guint rest_seconds)
{
  CalfSession *self;

  g_return_val_if_fail (n_sets >= 1, NULL);
  g_return_val_if_fail (n_reps >= 1, NULL);

  self = g_object_new (CALF_TYPE_SESSION, NULL);
  self->n_sets = n_sets;
  self->n_reps = n_reps;
  self->hold_seconds = hold_seconds;
  self->rest_seconds = rest_seconds;

  return self;
}

/* A dose with no repetitions is one hold per set. */
CalfSession *
calf_session_new_for_dose (const CalfDose *dose)
{
  g_return_val_if_fail (dose != NULL, NULL);
  g_return_val_if_fail (dose->sets >= 1, NULL);
  g_return_val_if_fail (dose->reps > 0 || dose->hold_seconds > 0, NULL);

  return calf_session_new ((guint) dose->sets,
                           dose->reps > 0 ? (guint) dose->reps : 1,
                           (guint) MAX (dose->hold_seconds, 0),
                           (guint) MAX (dose->rest_seconds, 0));
}

/* @clock returns monotonic microseconds; NULL restores the real clock. */
void
calf_session_set_clock (CalfSession   *self,
                        CalfClockFunc  clock,
                        gpointer       user_data)
{
  g_return_if_fail (CALF_IS_SESSION (self));

  self->clock = clock != NULL ? clock : default_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
  self->last_us = now (self);
}

void
calf_session_start (CalfSession *self)
{
  Snapshot before;

  g_return_if_fail (CALF_IS_SESSION (self));
  g_return_if_fail (self->phase == CALF_SESSION_PHASE_READY);

  before = take_snapshot (self);
  self->last_us = now (self);
  self->paused = FALSE;
  start_set (self, 1, 0);
  update_remaining_seconds (self);
  notify_changes (self, &before);
}

void
calf_session_tick (CalfSession *self)
{
  gint64 t;
  gint64 elapsed;

  g_return_if_fail (CALF_IS_SESSION (self));

  if (!calf_session_get_running (self))
    return;

  t = now (self);
  elapsed = MAX (t - self->last_us, 0);
  self->last_us = t;
  advance (self, elapsed);
}

void
calf_session_pause (CalfSession *self)
{
  Snapshot before;

  g_return_if_fail (CALF_IS_SESSION (self));

  if (!calf_session_get_running (self))
    return;

  /* Count the time up to now before the clock stops. */
  calf_session_tick (self);
  if (!calf_session_get_running (self))
    return;

  before = take_snapshot (self);
  self->paused = TRUE;
  notify_changes (self, &before);
}

void
calf_session_resume (CalfSession *self)
{
  Snapshot before;

  g_return_if_fail (CALF_IS_SESSION (self));

  if (!self->paused || !calf_session_is_active (self))
    return;

  before = take_snapshot (self);
  self->paused = FALSE;
  self->last_us = now (self);
  notify_changes (self, &before);
}

void
calf_session_toggle_pause (CalfSession *self)
{
  g_return_if_fail (CALF_IS_SESSION (self));

  if (self->paused)
    calf_session_resume (self);
  else
    calf_session_pause (self);
}

void
calf_session_stop (CalfSession *self)
{
  Snapshot before;

  g_return_if_fail (CALF_IS_SESSION (self));

  if (self->phase == CALF_SESSION_PHASE_FINISHED || self->phase == CALF_SESSION_PHASE_STOPPED)
    return;

  before = take_snapshot (self);
  self->phase = CALF_SESSION_PHASE_STOPPED;
  self->paused = FALSE;
  self->remaining_us = 0;
  update_remaining_seconds (self);
  notify_changes (self, &before);
}

void
calf_session_complete_rep (CalfSession *self)
{
  Snapshot before;

  g_return_if_fail (CALF_IS_SESSION (self));

  if (self->phase != CALF_SESSION_PHASE_REPS || self->paused)
    return;

  before = take_snapshot (self);
  self->last_us = now (self);
  rep_done (self, 0);
  update_remaining_seconds (self);
  notify_changes (self, &before);

  if (self->phase == CALF_SESSION_PHASE_FINISHED)
    g_signal_emit (self, signals[FINISHED], 0);
}

void
calf_session_skip (CalfSession *self)
{
  g_return_if_fail (CALF_IS_SESSION (self));

  if (self->paused ||
      (self->phase != CALF_SESSION_PHASE_RELEASE && self->phase != CALF_SESSION_PHASE_REST))
    return;

  self->last_us = now (self);
  self->remaining_us = 0;
  advance (self, 0);
}
