/* test-session.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-session"

#include "config.h"

#include "calf-session.h"

#define SEC G_GINT64_CONSTANT (1000000)

typedef struct
{
  gint64 now;
  guint  n_holds_finished;
  guint  n_finished;
  guint  n_phase_notifies;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
on_hold_finished (CalfSession *session,
                  Fixture     *fixture)
{
  fixture->n_holds_finished++;
}

static void
on_finished (CalfSession *session,
             Fixture     *fixture)
{
  fixture->n_finished++;
}

static void
on_phase_notify (CalfSession *session,
                 GParamSpec  *pspec,
                 Fixture     *fixture)
{
  fixture->n_phase_notifies++;
}

static CalfSession *
new_session (Fixture *fixture,
             guint    sets,
             guint    reps,
             guint    hold,
             guint    rest)
{
  CalfSession *session = calf_session_new (sets, reps, hold, rest);

  /* Start far from zero: nothing may assume the clock starts there. */
  fixture->now = 1000 * SEC;
  calf_session_set_clock (session, fake_clock, fixture);
  g_signal_connect (session, "hold-finished", G_CALLBACK (on_hold_finished), fixture);
  g_signal_connect (session, "finished", G_CALLBACK (on_finished), fixture);
  g_signal_connect (session, "notify::phase", G_CALLBACK (on_phase_notify), fixture);
  return session;
}

static void
advance (CalfSession *session,
         Fixture     *fixture,
         gint64       us)
{
  fixture->now += us;
  calf_session_tick (session);
}

static void
assert_state (CalfSession      *session,
              CalfSessionPhase  phase,
              guint             set,
              guint             rep,
              guint             remaining_seconds)
{
  g_assert_cmpint (calf_session_get_phase (session), ==, phase);
  g_assert_cmpuint (calf_session_get_set (session), ==, set);
  g_assert_cmpuint (calf_session_get_rep (session), ==, rep);
  g_assert_cmpuint (calf_session_get_remaining_seconds (session), ==, remaining_seconds);
}

/* A stretch: 3 holds of 30 s with 15 s rests. */
static void
test_hold_sets_and_rests (void)
{
  Fixture f = { 0 };
  g_autoptr(CalfSession) session = new_session (&f, 3, 1, 30, 15);

  assert_state (session, CALF_SESSION_PHASE_READY, 0, 0, 0);
  /* Ticking before the start changes nothing. */
  advance (session, &f, 100 * SEC);
  assert_state (session, CALF_SESSION_PHASE_READY, 0, 0, 0);

  calf_session_start (session);
  g_assert_true (calf_session_get_running (session));
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 30);
  g_assert_cmpint (calf_session_get_phase_duration_us (session), ==, 30 * SEC);

  /* Seconds are rounded up: 29.5 s left shows 30, 29 s shows 29. */
  advance (session, &f, SEC / 2);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 30);
  advance (session, &f, SEC / 2);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 29);
  g_assert_cmpint (calf_session_get_remaining_us (session), ==, 29 * SEC);

  advance (session, &f, 29 * SEC - 1);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 1);
  g_assert_cmpuint (f.n_holds_finished, ==, 0);

  advance (session, &f, 1);
  assert_state (session, CALF_SESSION_PHASE_REST, 1, 1, 15);
  g_assert_cmpuint (f.n_holds_finished, ==, 1);

  advance (session, &f, 15 * SEC);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 2, 1, 30);

  /* A late tick that overshoots carries the overrun into the next phase. */
  advance (session, &f, 32 * SEC);
  assert_state (session, CALF_SESSION_PHASE_REST, 2, 1, 13);
  g_assert_cmpuint (f.n_holds_finished, ==, 2);

  /* One huge step runs through everything that is left. */
  advance (session, &f, 1000 * SEC);
  assert_state (session, CALF_SESSION_PHASE_FINISHED, 3, 1, 0);
  g_assert_cmpuint (f.n_holds_finished, ==, 3);
  g_assert_cmpuint (f.n_finished, ==, 1);
  g_assert_false (calf_session_get_running (session));

  /* Finished stays finished. */
  advance (session, &f, 100 * SEC);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_FINISHED);
  g_assert_cmpuint (f.n_finished, ==, 1);
}

/* Pausing freezes the timer exactly where it was; resuming goes on from there. */
static void
test_pause_resume (void)
{
  Fixture f = { 0 };
  g_autoptr(CalfSession) session = new_session (&f, 2, 1, 30, 10);

  calf_session_start (session);
  advance (session, &f, 10 * SEC);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 20);

  /* Time passes between the last tick and the pause: it counts. */
  f.now += 4 * SEC;
  calf_session_pause (session);
  g_assert_true (calf_session_get_paused (session));
  g_assert_false (calf_session_get_running (session));
  g_assert_true (calf_session_is_active (session));
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 16);

  /* A long pause: nothing moves. */
  advance (session, &f, 600 * SEC);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 16);
  g_assert_cmpint (calf_session_get_remaining_us (session), ==, 16 * SEC);

  calf_session_toggle_pause (session);
  g_assert_false (calf_session_get_paused (session));
  advance (session, &f, 6 * SEC);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 10);

  /* Pause during the rest too. */
  advance (session, &f, 12 * SEC);
  assert_state (session, CALF_SESSION_PHASE_REST, 1, 1, 8);
  calf_session_toggle_pause (session);
  advance (session, &f, 60 * SEC);
  assert_state (session, CALF_SESSION_PHASE_REST, 1, 1, 8);
  calf_session_resume (session);
  advance (session, &f, 8 * SEC);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 2, 1, 30);

  /* Total active time is exactly 30 + 10 + 30 s whatever the pauses. */
  advance (session, &f, 30 * SEC - 1);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_HOLD);
  advance (session, &f, 1);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_FINISHED);
  g_assert_cmpuint (f.n_finished, ==, 1);

  /* Pausing a finished session does nothing. */
  calf_session_pause (session);
  g_assert_false (calf_session_get_paused (session));
}

/* Counted movements: each repetition is confirmed by the person. */
static void
test_counted_reps (void)
{
  Fixture f = { 0 };
  g_autoptr(CalfSession) session = new_session (&f, 2, 3, 0, 60);

  calf_session_start (session);
  assert_state (session, CALF_SESSION_PHASE_REPS, 1, 1, 0);

  /* Time alone does not count a repetition. */
  advance (session, &f, 100 * SEC);
  assert_state (session, CALF_SESSION_PHASE_REPS, 1, 1, 0);

  calf_session_complete_rep (session);
  assert_state (session, CALF_SESSION_PHASE_REPS, 1, 2, 0);

  /* Paused: a repetition is not counted. */
  calf_session_pause (session);
  calf_session_complete_rep (session);
  assert_state (session, CALF_SESSION_PHASE_REPS, 1, 2, 0);
  calf_session_resume (session);

  calf_session_complete_rep (session);
  calf_session_complete_rep (session);
  assert_state (session, CALF_SESSION_PHASE_REST, 1, 3, 60);
  g_assert_cmpuint (f.n_holds_finished, ==, 0);

  /* Extra presses during the rest are ignored. */
  calf_session_complete_rep (session);
  assert_state (session, CALF_SESSION_PHASE_REST, 1, 3, 60);

  advance (session, &f, 20 * SEC);
  assert_state (session, CALF_SESSION_PHASE_REST, 1, 3, 40);
  calf_session_skip (session);
  assert_state (session, CALF_SESSION_PHASE_REPS, 2, 1, 0);

  for (guint i = 0; i < 3; i++)
    calf_session_complete_rep (session);
  assert_state (session, CALF_SESSION_PHASE_FINISHED, 2, 3, 0);
  g_assert_cmpuint (f.n_finished, ==, 1);
}

/* Repetitions that are holds: a release between holds, a rest between sets. */
static void
test_held_reps (void)
{
  Fixture f = { 0 };
  g_autoptr(CalfSession) session = new_session (&f, 2, 2, 3, 30);

  calf_session_start (session);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 1, 3);
  advance (session, &f, 3 * SEC);
  assert_state (session, CALF_SESSION_PHASE_RELEASE, 1, 1, CALF_SESSION_RELEASE_SECONDS);
  advance (session, &f, CALF_SESSION_RELEASE_SECONDS * SEC);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 1, 2, 3);
  advance (session, &f, 3 * SEC);
  assert_state (session, CALF_SESSION_PHASE_REST, 1, 2, 30);
  g_assert_cmpuint (f.n_holds_finished, ==, 2);

  /* Holds cannot be skipped; a release can. */
  advance (session, &f, 30 * SEC);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 2, 1, 3);
  calf_session_skip (session);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 2, 1, 3);
  advance (session, &f, 3 * SEC);
  calf_session_skip (session);
  assert_state (session, CALF_SESSION_PHASE_HOLD, 2, 2, 3);
  advance (session, &f, 3 * SEC);
  assert_state (session, CALF_SESSION_PHASE_FINISHED, 2, 2, 0);
  g_assert_cmpuint (f.n_holds_finished, ==, 4);
  g_assert_cmpuint (f.n_finished, ==, 1);
}

static void
test_stop (void)
{
  Fixture f = { 0 };
  g_autoptr(CalfSession) session = new_session (&f, 3, 1, 30, 15);

  calf_session_start (session);
  advance (session, &f, 5 * SEC);
  calf_session_pause (session);
  calf_session_stop (session);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_STOPPED);
  g_assert_false (calf_session_get_paused (session));
  g_assert_false (calf_session_is_active (session));
  advance (session, &f, 100 * SEC);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_STOPPED);
  g_assert_cmpuint (f.n_finished, ==, 0);
  g_assert_cmpuint (f.n_holds_finished, ==, 0);
}

/* notify::phase fires on change only. */
static void
test_notify (void)
{
  Fixture f = { 0 };
  g_autoptr(CalfSession) session = new_session (&f, 1, 1, 10, 0);

  calf_session_start (session);
  g_assert_cmpuint (f.n_phase_notifies, ==, 1);
  advance (session, &f, 5 * SEC);
  advance (session, &f, 1 * SEC);
  g_assert_cmpuint (f.n_phase_notifies, ==, 1);
  advance (session, &f, 4 * SEC);
  g_assert_cmpuint (f.n_phase_notifies, ==, 2);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_FINISHED);
}

/* A dose with no repetitions is one hold per set; zero rest goes straight on. */
static void
test_for_dose (void)
{
  Fixture f = { 0 };
  CalfDose hold = { .sets = 3, .reps = 0, .hold_seconds = 30, .rest_seconds = 0,
                    .times_per_day = 1, .days_per_week = 7, .weeks = 6 };
  CalfDose reps = { .sets = 3, .reps = 15, .hold_seconds = 0, .rest_seconds = 60,
                    .times_per_day = 2, .days_per_week = 7, .weeks = 12 };
  g_autoptr(CalfSession) a = calf_session_new_for_dose (&hold);
  g_autoptr(CalfSession) b = calf_session_new_for_dose (&reps);

  g_assert_cmpuint (calf_session_get_n_sets (a), ==, 3);
  g_assert_cmpuint (calf_session_get_n_reps (a), ==, 1);
  g_assert_cmpuint (calf_session_get_hold_seconds (a), ==, 30);
  g_assert_cmpuint (calf_session_get_n_reps (b), ==, 15);
  g_assert_cmpuint (calf_session_get_rest_seconds (b), ==, 60);

  f.now = 0;
  calf_session_set_clock (a, fake_clock, &f);
  calf_session_start (a);
  f.now += 30 * SEC;
  calf_session_tick (a);
  assert_state (a, CALF_SESSION_PHASE_HOLD, 2, 1, 30);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/hold-sets-and-rests", test_hold_sets_and_rests);
  g_test_add_func ("/session/pause-resume", test_pause_resume);
  g_test_add_func ("/session/counted-reps", test_counted_reps);
  g_test_add_func ("/session/held-reps", test_held_reps);
  g_test_add_func ("/session/stop", test_stop);
  g_test_add_func ("/session/notify", test_notify);
  g_test_add_func ("/session/for-dose", test_for_dose);

  return g_test_run ();
}
