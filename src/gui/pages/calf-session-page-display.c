/* calf-session-page-display.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-session-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-page-util.h"
#include "calf-session-page-private.h"

/* What the session page shows for the session's state: the phase, the
 * countdown, the sets and repetitions, the buttons, and what assistive
 * technology is told when the phase changes. */

/* "45" for under a minute, "5:00" above. */
static char *
format_seconds (guint seconds)
{
  if (seconds < 60)
    return g_strdup_printf ("%u", seconds);
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

/* What a timed repetition is called for this kind of exercise. */
static const char *
hold_word (const CalfExercise *exercise)
{
  if (g_strcmp0 (exercise->kind, "walking") == 0)
    /* Translators: shown while the person walks, in large letters on the exercise timer, also
     * read out; keep it short, the timer fits a 360-px-wide phone screen. */
    return _("Walk");
  if (g_strcmp0 (exercise->kind, "massage") == 0)
    /* Translators: shown while the person rolls the calf on a foam roller, in large letters on
     * the exercise timer, also read out; keep it short, the timer fits a 360-px-wide phone
     * screen. */
    return _("Roll");
  /* Translators: shown while the person holds a stretch or a position (a noun or an order), in
   * large letters on the exercise timer, also read out; keep it short, the timer fits a
   * 360-px-wide phone screen. */
  return _("Hold");
}

static void
update_counter (CalfSessionPage *self)
{
  CalfSession *session = self->session;
  CalfSessionPhase phase = calf_session_get_phase (session);
  guint set = calf_session_get_set (session);
  guint n_sets = calf_session_get_n_sets (session);
  guint rep = calf_session_get_rep (session);
  guint n_reps = calf_session_get_n_reps (session);
  g_autofree char *text = NULL;

  if (phase == CALF_SESSION_PHASE_READY)
    /* Translators: the exercise timer's counter before it starts: how many sets to do, e.g. "3
     * sets". */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", n_sets), n_sets);
  else if (phase == CALF_SESSION_PHASE_REST)
    /* Translators: shown during the rest between sets. */
    text = g_strdup_printf (_("Next: set %u of %u"), set + 1, n_sets);
  else if (phase == CALF_SESSION_PHASE_FINISHED)
    /* Translators: the exercise timer's counter at the end: "All 3 sets done"; with one set, "1
     * set done". */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set done", "All %u sets done", n_sets), n_sets);
  else if (phase == CALF_SESSION_PHASE_STOPPED)
    /* Translators: the summary of a stopped session: "1 of 3 sets done". */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u set done", "%u of %u sets done", n_sets),
                            self->sets_done_when_stopped, n_sets);
  else if (n_reps > 1)
    /* Translators: "Set 1 of 3 · Repetition 4 of 15". */
    text = g_strdup_printf (_("Set %u of %u · Repetition %u of %u"), set, n_sets, rep, n_reps);
  else
    /* Translators: the exercise timer's counter: "Set 1 of 3". */
    text = g_strdup_printf (_("Set %u of %u"), set, n_sets);

  gtk_label_set_label (self->counter_label, text);
}

/* Whole sets done so far. */
guint
calf_session_page_sets_done (CalfSession *session)
{
  switch (calf_session_get_phase (session))
    {
    case CALF_SESSION_PHASE_READY:
      return 0;
    case CALF_SESSION_PHASE_REST:
      return calf_session_get_set (session);
    case CALF_SESSION_PHASE_FINISHED:
      return calf_session_get_n_sets (session);
    case CALF_SESSION_PHASE_HOLD:
    case CALF_SESSION_PHASE_REPS:
    case CALF_SESSION_PHASE_RELEASE:
    case CALF_SESSION_PHASE_STOPPED:
    default:
      return calf_session_get_set (session) > 0 ? calf_session_get_set (session) - 1 : 0;
    }
}

/* The phase and where it stands, said once when the phase changes:
 * "Rest, 15 seconds. Next: set 2 of 3." */
static void
update_status (CalfSessionPage *self)
{
  CalfSessionPhase phase = calf_session_get_phase (self->session);
  gboolean paused = calf_session_get_paused (self->session);
  const char *phase_text = gtk_label_get_label (self->phase_label);
  const char *counter = gtk_label_get_label (self->counter_label);
  g_autofree char *status = NULL;

  if (self->status != NULL && phase == self->status_phase && paused == self->status_paused)
    return;

  if (!paused && calf_session_get_phase_duration_us (self->session) > 0 &&
      phase != CALF_SESSION_PHASE_FINISHED && phase != CALF_SESSION_PHASE_STOPPED)
    {
      guint seconds = calf_session_get_remaining_seconds (self->session);

      /* Translators: spoken by screen readers when a timed phase begins:
       * "Hold, 30 seconds. Set 1 of 3." */
      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u second. %s.", "%s, %u seconds. %s.", seconds),
                                phase_text, seconds, counter);
    }
  else
    {
      /* Translators: spoken by screen readers when a phase begins: "Paused. Set 1 of 3." */
      status = g_strdup_printf (_("%s. %s."), phase_text, counter);
    }

  self->status_phase = phase;
  self->status_paused = paused;
  g_free (self->status);
  self->status = g_steal_pointer (&status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->counter_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->status,
                                  -1);
#if GTK_CHECK_VERSION (4, 14, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_accessible_announce (GTK_ACCESSIBLE (self->counter_label), self->status,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
}

void
calf_session_page_update_display (CalfSessionPage *self)
{
  CalfSession *session = self->session;
  CalfSessionPhase phase = calf_session_get_phase (session);
  gboolean paused = calf_session_get_paused (session);
  gint64 duration = calf_session_get_phase_duration_us (session);
  g_autofree char *countdown = NULL;
  const char *phase_text = NULL;
  const char *hint = NULL;
  const char *main_label = NULL;
  double fraction = 0;

  switch (phase)
    {
    case CALF_SESSION_PHASE_READY:
      /* Translators: shown before the timer starts, in large letters on the exercise timer,
       * also read out; keep it short, the timer fits a 360-px-wide phone screen. */
      phase_text = _("Get Into Position");
      hint = _("Press Start when you are ready. Space starts, pauses and resumes.");
      /* Translators: the timer's main button: starts the exercise timer (a verb). */
      main_label = _("_Start");
      countdown = calf_session_get_hold_seconds (session) > 0
        ? format_seconds (calf_session_get_hold_seconds (session))
        : g_strdup_printf ("%u", calf_session_get_n_reps (session));
      break;

    case CALF_SESSION_PHASE_HOLD:
      phase_text = hold_word (self->exercise);
      break;

    case CALF_SESSION_PHASE_REPS:
      /* Translators: shown during the repetitions, in large letters on the exercise timer, also
       * read out; keep it short, the timer fits a 360-px-wide phone screen. */
      phase_text = _("Do One Repetition");
      hint = _("Press Repetition Done (Enter) after each one. Space pauses.");
      countdown = g_strdup_printf ("%u", calf_session_get_rep (session));
      fraction = (double) (calf_session_get_rep (session) - 1) / calf_session_get_n_reps (session);
      break;

    case CALF_SESSION_PHASE_RELEASE:
      /* Translators: shown during the short pause after each hold, in large letters on the
       * exercise timer, also read out; keep it short, the timer fits a 360-px-wide phone
       * screen. */
      phase_text = _("Relax");
      break;

    case CALF_SESSION_PHASE_REST:
      /* Translators: shown during the rest between sets, in large letters on the exercise
       * timer, also read out; keep it short, the timer fits a 360-px-wide phone screen. */
      phase_text = _("Rest");
      break;

    case CALF_SESSION_PHASE_FINISHED:
      /* Translators: shown when every set is done, in large letters on the exercise timer, also
       * read out; keep it short, the timer fits a 360-px-wide phone screen. */
      phase_text = _("Well Done");
      hint = g_strcmp0 (self->exercise->kind, "strength") == 0
        ? _("Pain up to 5 out of 10 is acceptable if it has settled by tomorrow morning; if not, do less next time.")
        : _("If the pain is worse tomorrow morning, do less next time.");
      /* Translators: the timer's main button at the end: closes the timer. */
      main_label = _("_Done");
      countdown = g_strdup ("✓");
      fraction = 1;
      break;

    case CALF_SESSION_PHASE_STOPPED:
    default:
      /* Translators: shown when the person stopped the session early, in large letters on the
       * exercise timer, also read out; keep it short, the timer fits a 360-px-wide phone
       * screen. */
      phase_text = _("Stopped");
      hint = _("Even part of a session counts. If the pain is worse tomorrow morning, do less next time.");
      main_label = _("_Done");
      countdown = g_strdup ("–");
      /* The sets done, as the counter below says. */
      fraction = (double) self->sets_done_when_stopped / MAX (calf_session_get_n_sets (session), 1);
      break;
    }

  if (countdown == NULL)
    {
      countdown = format_seconds (calf_session_get_remaining_seconds (session));
      if (duration > 0)
        fraction = 1.0 - (double) calf_session_get_remaining_us (session) / (double) duration;
    }

  if (paused)
    {
      /* Translators: shown while the timer is paused, in large letters on the exercise timer,
       * also read out; keep it short, the timer fits a 360-px-wide phone screen. */
      phase_text = _("Paused");
      hint = _("Press Resume or Space to go on.");
      /* Translators: the timer's main button while it is paused: starts it again. */
      main_label = _("_Resume");
    }
  else if (main_label == NULL)
    {
      /* Translators: the timer's main button while it runs: pauses it. */
      main_label = _("_Pause");
    }

  if (hint == NULL)
    hint = _("Space pauses and resumes.");

  gtk_label_set_label (self->phase_label, phase_text);
  gtk_label_set_label (self->countdown_label, countdown);
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0, 1));
  gtk_label_set_label (self->hint_label, hint);
  gtk_button_set_label (self->main_button, main_label);

  if (paused)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "calf-paused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "calf-paused");

  if (phase == CALF_SESSION_PHASE_READY || phase == CALF_SESSION_PHASE_FINISHED)
    gtk_widget_add_css_class (GTK_WIDGET (self->main_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->main_button), "suggested-action");

  gtk_widget_set_visible (GTK_WIDGET (self->rep_button), phase == CALF_SESSION_PHASE_REPS);
  gtk_widget_set_visible (GTK_WIDGET (self->skip_button),
                          phase == CALF_SESSION_PHASE_REST || phase == CALF_SESSION_PHASE_RELEASE);
  gtk_button_set_label (self->skip_button,
                        /* Translators: a timer button that skips the short pause after a hold. */
                        phase == CALF_SESSION_PHASE_RELEASE ? _("S_kip") : _("S_kip Rest"));
  /* Relabelling renames them: keep the accessible names free of underlines. */
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->main_button));
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->skip_button));
  gtk_widget_set_visible (GTK_WIDGET (self->stop_button), calf_session_is_active (session));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.complete-rep",
                                 phase == CALF_SESSION_PHASE_REPS && !paused);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.skip", !paused);

  update_counter (self);
  update_status (self);
}
