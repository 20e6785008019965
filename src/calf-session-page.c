/* calf-session-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-session-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-page-util.h"
#include "calf-illustration.h"
#include "calf-session-page.h"

/* Often enough that the seconds never lag visibly. */
#define TICK_INTERVAL_MS 100
#define CUE_DURATION_MS 1500

struct _CalfSessionPage
{
  AdwBin              parent_instance;

  CalfDatabase       *database;
  const CalfExercise *exercise;
  CalfSession        *session;

  guint               tick_id;
  guint               cue_id;
  /* Asked for while a timer runs; the cookie is 0 when the desktop has no
   * session manager or portal to grant it. */
  gboolean            inhibit_requested;
  guint               inhibit_cookie;
  GtkApplication     *inhibit_app;

  /* Template widgets */
  CalfIllustration   *illustration;
  GtkLabel           *name_label;
  GtkLabel           *phase_label;
  GtkLabel           *countdown_label;
  GtkProgressBar     *progress_bar;
  GtkLabel           *counter_label;
  GtkLabel           *hint_label;
  GtkButton          *rep_button;
  GtkButton          *main_button;
  GtkButton          *skip_button;
  GtkButton          *stop_button;
};

G_DEFINE_FINAL_TYPE (CalfSessionPage, calf_session_page, ADW_TYPE_BIN)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
calf_exercise_style_ensure (GdkDisplay *display)
{
  GtkCssProvider *provider;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "calf-exercises-css") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, APPLICATION_RESOURCE_PATH "/calf-exercises.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "calf-exercises-css", provider, g_object_unref);
}

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
    return _("Walk");
  if (g_strcmp0 (exercise->kind, "massage") == 0)
    return _("Roll");
  return _("Hold");
}

static void
release_inhibit (CalfSessionPage *self)
{
  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  self->inhibit_requested = FALSE;
  g_clear_object (&self->inhibit_app);
}

static void
update_inhibit (CalfSessionPage *self)
{
  gboolean want = calf_session_get_running (self->session) && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (want && !self->inhibit_requested)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

      if (app == NULL)
        return;

      self->inhibit_requested = TRUE;
      self->inhibit_app = g_object_ref (app);
      self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (root), GTK_APPLICATION_INHIBIT_IDLE,
                                                      _("A guided exercise timer is running"));
      if (self->inhibit_cookie == 0)
        g_debug ("The desktop did not grant the idle inhibition");
    }
  else if (!want && self->inhibit_requested)
    {
      release_inhibit (self);
    }
}

static gboolean
on_tick (gpointer user_data)
{
  CalfSessionPage *self = user_data;

  calf_session_tick (self->session);
  return G_SOURCE_CONTINUE;
}

static void
update_timer (CalfSessionPage *self)
{
  gboolean timed = calf_session_get_running (self->session) &&
                   calf_session_get_phase (self->session) != CALF_SESSION_PHASE_REPS;

  if (timed && self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_INTERVAL_MS, on_tick, self);
  else if (!timed)
    g_clear_handle_id (&self->tick_id, g_source_remove);
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
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", n_sets), n_sets);
  else if (phase == CALF_SESSION_PHASE_REST)
    /* Translators: shown during the rest between sets. */
    text = g_strdup_printf (_("Next: set %u of %u"), set + 1, n_sets);
  else if (phase == CALF_SESSION_PHASE_FINISHED)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set done", "All %u sets done", n_sets), n_sets);
  else if (n_reps > 1)
    /* Translators: "Set 1 of 3 · Repetition 4 of 15". */
    text = g_strdup_printf (_("Set %u of %u · Repetition %u of %u"), set, n_sets, rep, n_reps);
  else
    text = g_strdup_printf (_("Set %u of %u"), set, n_sets);

  gtk_label_set_label (self->counter_label, text);
}

static void
update_display (CalfSessionPage *self)
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
      phase_text = _("Get into position");
      hint = _("Press Start when you are ready. Space starts, pauses and resumes.");
      main_label = _("_Start");
      countdown = calf_session_get_hold_seconds (session) > 0
        ? format_seconds (calf_session_get_hold_seconds (session))
        : g_strdup_printf ("%u", calf_session_get_n_reps (session));
      break;

    case CALF_SESSION_PHASE_HOLD:
      phase_text = hold_word (self->exercise);
      break;

    case CALF_SESSION_PHASE_REPS:
      phase_text = _("Do one repetition");
      hint = _("Press Repetition Done (Enter) after each one. Space pauses.");
      countdown = g_strdup_printf ("%u", calf_session_get_rep (session));
      fraction = (double) (calf_session_get_rep (session) - 1) / calf_session_get_n_reps (session);
      break;

    case CALF_SESSION_PHASE_RELEASE:
      phase_text = _("Relax");
      break;

    case CALF_SESSION_PHASE_REST:
      phase_text = _("Rest");
      break;

    case CALF_SESSION_PHASE_FINISHED:
      phase_text = _("Well done");
      hint = g_strcmp0 (self->exercise->kind, "strength") == 0
        ? _("Pain up to 5 out of 10 is acceptable if it has settled by tomorrow morning; if not, do less next time.")
        : _("If the pain is worse tomorrow morning, do less next time.");
      main_label = _("_Done");
      countdown = g_strdup ("✓");
      fraction = 1;
      break;

    case CALF_SESSION_PHASE_STOPPED:
    default:
      phase_text = _("Stopped");
      main_label = _("_Done");
      countdown = g_strdup ("–");
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
      phase_text = _("Paused");
      hint = _("Press Resume or Space to go on.");
      main_label = _("_Resume");
    }
  else if (main_label == NULL)
    {
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
                        phase == CALF_SESSION_PHASE_RELEASE ? _("S_kip") : _("S_kip Rest"));
  /* Relabelling renames them: keep the accessible names free of underlines. */
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->main_button));
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->skip_button));
  gtk_widget_set_visible (GTK_WIDGET (self->stop_button), calf_session_is_active (session));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.complete-rep",
                                 phase == CALF_SESSION_PHASE_REPS && !paused);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.skip", !paused);

  update_counter (self);
}

static void
on_session_changed (CalfSessionPage *self)
{
  CalfSessionPhase phase = calf_session_get_phase (self->session);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean focus_lost;

  update_display (self);
  update_timer (self);
  update_inhibit (self);

  /* Keep the keyboard focus on a visible button that goes on. */
  focus_lost = focus == NULL || !gtk_widget_is_visible (focus) || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
  if (phase == CALF_SESSION_PHASE_REPS && !calf_session_get_paused (self->session))
    gtk_widget_grab_focus (GTK_WIDGET (self->rep_button));
  else if (focus_lost || focus == GTK_WIDGET (self->rep_button))
    gtk_widget_grab_focus (GTK_WIDGET (self->main_button));
}

static gboolean
on_cue_done (gpointer user_data)
{
  CalfSessionPage *self = user_data;

  gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "calf-cue");
  gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "calf-cue-animated");
  self->cue_id = 0;
  return G_SOURCE_REMOVE;
}

/* The end of a hold: a colour change everyone sees, a pulse only when
 * animations are enabled, and the bell if the settings allow it. */
static void
on_hold_finished (CalfSession     *session,
                  CalfSessionPage *self)
{
  gboolean animations = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);

  gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "calf-cue");
  if (animations)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "calf-cue-animated");
  gtk_widget_error_bell (GTK_WIDGET (self));

  g_clear_handle_id (&self->cue_id, g_source_remove);
  self->cue_id = g_timeout_add (CUE_DURATION_MS, on_cue_done, self);
}

static void
main_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalfSessionPage *self = CALF_SESSION_PAGE (widget);

  switch (calf_session_get_phase (self->session))
    {
    case CALF_SESSION_PHASE_READY:
      calf_session_start (self->session);
      break;
    case CALF_SESSION_PHASE_FINISHED:
    case CALF_SESSION_PHASE_STOPPED:
      g_signal_emit (self, signals[CLOSED], 0);
      break;
    case CALF_SESSION_PHASE_HOLD:
    case CALF_SESSION_PHASE_REPS:
    case CALF_SESSION_PHASE_RELEASE:
    case CALF_SESSION_PHASE_REST:
    default:
      calf_session_toggle_pause (self->session);
      break;
    }
}

static void
complete_rep_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  calf_session_complete_rep (CALF_SESSION_PAGE (widget)->session);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  calf_session_skip (CALF_SESSION_PAGE (widget)->session);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalfSessionPage *self = CALF_SESSION_PAGE (widget);

  calf_session_stop (self->session);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
calf_session_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (calf_session_page_parent_class)->map (widget);
  update_inhibit (CALF_SESSION_PAGE (widget));
}

/* Leaving the page (Back, Escape, closing) pauses: the timer never runs
 * unseen, and the idle inhibition ends with it. */
static void
calf_session_page_unmap (GtkWidget *widget)
{
  CalfSessionPage *self = CALF_SESSION_PAGE (widget);

  calf_session_pause (self->session);
  GTK_WIDGET_CLASS (calf_session_page_parent_class)->unmap (widget);
  update_inhibit (self);
}

static void
calf_session_page_dispose (GObject *object)
{
  CalfSessionPage *self = CALF_SESSION_PAGE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->cue_id, g_source_remove);
  release_inhibit (self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CALF_TYPE_SESSION_PAGE);

  G_OBJECT_CLASS (calf_session_page_parent_class)->dispose (object);
}

static void
calf_session_page_finalize (GObject *object)
{
  CalfSessionPage *self = CALF_SESSION_PAGE (object);

  g_clear_object (&self->session);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (calf_session_page_parent_class)->finalize (object);
}

static void
calf_session_page_class_init (CalfSessionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_session_page_dispose;
  object_class->finalize = calf_session_page_finalize;
  widget_class->map = calf_session_page_map;
  widget_class->unmap = calf_session_page_unmap;

  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CALF_TYPE_ILLUSTRATION);
  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-session-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, illustration);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, counter_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, rep_button);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, main_button);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, skip_button);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, stop_button);

  gtk_widget_class_install_action (widget_class, "session.main", NULL, main_action);
  gtk_widget_class_install_action (widget_class, "session.complete-rep", NULL, complete_rep_action);
  gtk_widget_class_install_action (widget_class, "session.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "session.stop", NULL, stop_action);
}

static void
calf_session_page_init (CalfSessionPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->rep_button));
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->stop_button));
  calf_exercise_style_ensure (gtk_widget_get_display (GTK_WIDGET (self)));

  /* Space pauses and resumes wherever the focus is in the page: in the
   * capture phase, before a focused button takes it as a click. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_space, 0),
                                                          gtk_named_action_new ("session.main")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/**
 * calf_session_page_new:
 * @database: the database @exercise belongs to (kept alive by the page)
 * @exercise: the exercise; its dose sets the sets, repetitions and timers
 */
GtkWidget *
calf_session_page_new (CalfDatabase       *database,
                       const CalfExercise *exercise)
{
  CalfSessionPage *self;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);

  self = g_object_new (CALF_TYPE_SESSION_PAGE, NULL);
  self->database = g_object_ref (database);
  self->exercise = exercise;
  self->session = calf_session_new_for_dose (&exercise->dose);

  gtk_label_set_label (self->name_label, _(exercise->name));
  calf_illustration_set_file_name (self->illustration, exercise->illustration);
  g_signal_connect_swapped (self->session, "notify", G_CALLBACK (on_session_changed), self);
  g_signal_connect (self->session, "hold-finished", G_CALLBACK (on_hold_finished), self);
  on_session_changed (self);

  return GTK_WIDGET (self);
}

CalfSession *
calf_session_page_get_session (CalfSessionPage *self)
{
  g_return_val_if_fail (CALF_IS_SESSION_PAGE (self), NULL);

  return self->session;
}

void
calf_session_page_focus_default (CalfSessionPage *self)
{
  g_return_if_fail (CALF_IS_SESSION_PAGE (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->rep_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->rep_button));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->main_button));
}

gboolean
calf_session_page_get_inhibiting (CalfSessionPage *self)
{
  g_return_val_if_fail (CALF_IS_SESSION_PAGE (self), FALSE);

  return self->inhibit_requested;
}
