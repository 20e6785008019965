/* calf-session-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-session-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-alert.h"
#include "calf-page-util.h"
#include "calf-illustration.h"
#include "calf-session-page-private.h"

/* Often enough that the seconds never lag visibly. */
#define TICK_INTERVAL_MS 100
#define CUE_DURATION_MS 1500

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
                                                      /* Translators: the reason given to the
                                                       * desktop for not locking or blanking the
                                                       * screen during a session. */
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

static void play_cue_sound (CalfSessionPage *self);

static void
on_session_changed (CalfSessionPage *self)
{
  CalfSessionPhase phase = calf_session_get_phase (self->session);
  CalfSessionPhase last_phase = self->status_phase;
  gboolean was_paused = self->status_paused;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean focus_lost;

  calf_session_page_update_display (self);
  update_timer (self);
  update_inhibit (self);

  /* How long it took and how much it hurt, for the history. */
  if (phase != CALF_SESSION_PHASE_READY && self->started_at == 0)
    self->started_at = g_get_monotonic_time ();
  if ((phase == CALF_SESSION_PHASE_FINISHED || phase == CALF_SESSION_PHASE_STOPPED) && self->ended_at == 0)
    {
      guint sets, reps, seconds;

      self->ended_at = g_get_monotonic_time ();
      gtk_widget_set_visible (self->pain_box,
                              !self->no_history && calf_session_page_get_work (self, &sets, &reps, &seconds));
    }

  /* The rest is over: the same chime says "start the next set". */
  if (last_phase == CALF_SESSION_PHASE_REST && phase != CALF_SESSION_PHASE_REST &&
      phase != CALF_SESSION_PHASE_STOPPED && !calf_session_get_paused (self->session))
    play_cue_sound (self);

  /* The focus stays where the person put it. It moves only when its
   * button went away (Repetition Done is insensitive while paused), or
   * onto Repetition Done as counted repetitions begin or resume (Enter
   * counts them). */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  focus_lost = focus == NULL || !gtk_widget_is_visible (focus) ||
               !gtk_widget_get_sensitive (focus) ||
               !gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
  if (phase == CALF_SESSION_PHASE_REPS && !calf_session_get_paused (self->session) &&
      (last_phase != CALF_SESSION_PHASE_REPS ||
       (was_paused && (focus_lost || focus == GTK_WIDGET (self->main_button)))))
    gtk_widget_grab_focus (GTK_WIDGET (self->rep_button));
  else if (focus_lost)
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

/* A short bundled chime through GTK's media backend (GStreamer on GNOME).
 * Where there is none, or it failed, the desktop's bell instead. */
static void
play_cue_sound (CalfSessionPage *self)
{
  if (self->cue_sound == NULL)
    self->cue_sound = gtk_media_file_new_for_resource (CALF_SESSION_CUE_RESOURCE);

  self->n_cues++;
  if (gtk_media_stream_get_error (self->cue_sound) != NULL)
    {
      g_debug ("No cue sound (%s): ringing the bell", gtk_media_stream_get_error (self->cue_sound)->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (gtk_media_stream_is_prepared (self->cue_sound))
    gtk_media_stream_seek (self->cue_sound, 0);
  gtk_media_stream_play (self->cue_sound);
}

/* The end of a hold: a colour change everyone sees, a pulse only when
 * animations are enabled, and a sound for someone facing a wall. */
static void
on_hold_finished (CalfSession     *session,
                  CalfSessionPage *self)
{
  gboolean animations = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);

  gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "calf-cue");
  if (animations)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "calf-cue-animated");
  play_cue_sound (self);

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
on_confirm_stop_response (GtkWidget       *dialog,
                          const char      *response,
                          CalfSessionPage *self)
{
  gboolean was_running = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "calf-was-running"));

  self->confirm_stop = NULL;
  if (g_strcmp0 (response, "stop") == 0)
    {
      self->sets_done_when_stopped = calf_session_page_sets_done (self->session);
      calf_session_stop (self->session);
      calf_alert_focus_after (dialog, GTK_WIDGET (self->main_button));
    }
  else if (was_running)
    {
      calf_session_resume (self->session);
    }
}

/* Stop asks first while a session runs, and so do Escape and the header
 * bar's Back (the window's win.back comes here): a stray key should not
 * throw away a set half done. The timer waits while the question is open. */
static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalfSessionPage *self = CALF_SESSION_PAGE (widget);
  gboolean was_running;
  g_autofree char *body = NULL;
  guint n_sets;

  if (!calf_session_is_active (self->session))
    {
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }
  if (self->confirm_stop != NULL)
    return;

  was_running = !calf_session_get_paused (self->session);
  calf_session_pause (self->session);

  n_sets = calf_session_get_n_sets (self->session);
  /* Translators: the body of "Stop the Exercise?": "You have done 1 of 3 sets." */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You have done %u of %u set.", "You have done %u of %u sets.", n_sets),
                          calf_session_page_sets_done (self->session), n_sets);
  self->confirm_stop = calf_alert_new (_("Stop the Exercise?"), body);
  calf_alert_add_response (self->confirm_stop, "continue", _("_Keep Going"), ADW_RESPONSE_DEFAULT);
  calf_alert_add_response (self->confirm_stop, "stop", _("_Stop"), ADW_RESPONSE_DESTRUCTIVE);
  calf_alert_set_responses (self->confirm_stop, "continue", "continue");
  g_object_set_data (G_OBJECT (self->confirm_stop), "calf-was-running", GINT_TO_POINTER (was_running));
  g_signal_connect_object (self->confirm_stop, "response", G_CALLBACK (on_confirm_stop_response), self, 0);
  calf_alert_present (self->confirm_stop, widget);
}

/**
 * calf_session_page_get_cue_sound:
 * @self: a #CalfSessionPage
 * @n_played: (out) (optional): how many cues were played
 *
 * Returns: (nullable) (transfer none): the chime, once a cue made it
 */
GtkMediaStream *
calf_session_page_get_cue_sound (CalfSessionPage *self,
                                 guint           *n_played)
{
  g_return_val_if_fail (CALF_IS_SESSION_PAGE (self), NULL);

  if (n_played != NULL)
    *n_played = self->n_cues;
  return self->cue_sound;
}

/**
 * calf_session_page_get_status:
 * @self: a #CalfSessionPage
 *
 * Returns: what assistive technology was last told, once per phase:
 *   "Rest, 15 seconds. Next: set 2 of 3."
 */
const char *
calf_session_page_get_status (CalfSessionPage *self)
{
  g_return_val_if_fail (CALF_IS_SESSION_PAGE (self), NULL);

  return self->status;
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
  if (self->confirm_stop != NULL)
    calf_alert_close (g_steal_pointer (&self->confirm_stop));
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
  g_clear_pointer (&self->status, g_free);
  g_clear_object (&self->cue_sound);

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
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, pain_box);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, pain_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, pain_buttons);
  gtk_widget_class_bind_template_child (widget_class, CalfSessionPage, note_entry);
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
  calf_session_page_add_pain_buttons (self);
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

  gtk_label_set_label (self->name_label, exercise->name);
  calf_illustration_set_file_name (self->illustration, exercise->illustration);
  {
    /* Translators: the name of an exercise's drawing for screen readers. */
    g_autofree char *drawing = g_strdup_printf (_("Drawing: %s"), exercise->name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->illustration),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, drawing, -1);
  }
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
