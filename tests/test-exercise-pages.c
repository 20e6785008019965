/* test-exercise-pages.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-exercise-pages"

#include "config.h"

#include <string.h>

#include "calf-exercise-page.h"
#include "calf-session-page.h"
#include "calf-alert.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#define SEC G_GINT64_CONSTANT (1000000)

static CalfApplication *app;
static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static CalfWindow *
window (void)
{
  return flow_test_get_window (app);
}

static CalfDatabase *
database (void)
{
  return calf_window_get_database (window ());
}

static gpointer
child (gpointer    page,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (page), type, name);

  g_assert_nonnull (object);
  return object;
}

static const char *
label_text (gpointer page,
            GType    type,
            const char *name)
{
  return gtk_label_get_label (GTK_LABEL (child (page, type, name)));
}

/* The page shows the exercise's name, numbered steps and dose. */
static void
test_page_content (void)
{
  GPtrArray *exercises = calf_database_get_exercises (database ());

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);
      CalfDose plain = exercise->dose;
      g_autofree char *dose = NULL;
      CalfExercisePage *page;
      GtkWidget *steps;
      guint n = 0;

      g_assert_true (flow_test_show_exercise (window (), exercise->id));
      page = CALF_EXERCISE_PAGE (flow_test_top (window ()));
      g_assert_true (calf_exercise_page_get_exercise (page) == exercise);
      calf_test_wait_for_frame (GTK_WIDGET (page));

      g_assert_cmpstr (label_text (page, CALF_TYPE_EXERCISE_PAGE, "name_label"), ==, exercise->name);
      g_assert_cmpstr (label_text (page, CALF_TYPE_EXERCISE_PAGE, "purpose_label"), ==, exercise->purpose);
      plain.note = NULL;
      dose = calf_dose_to_string (&plain, exercise->kind);
      g_assert_cmpstr (label_text (page, CALF_TYPE_EXERCISE_PAGE, "dose_label"), ==, dose);
      g_assert_cmpstr (label_text (page, CALF_TYPE_EXERCISE_PAGE, "stop_label"), ==, exercise->stop_if);
      /* Loading exercises: the pain-monitoring rule, in the exercise's
       * words or the general ones; the others: the next-morning check. */
      if (g_str_equal (exercise->kind, "strength"))
        g_assert_true (strstr (exercise->stop_if, "5 out of 10") != NULL ||
                       strstr (label_text (page, CALF_TYPE_EXERCISE_PAGE, "pain_rule_label"), "up to 5") != NULL);
      else
        g_assert_nonnull (strstr (label_text (page, CALF_TYPE_EXERCISE_PAGE, "pain_rule_label"), "next morning"));
      g_assert_true (gtk_widget_get_visible (child (page, CALF_TYPE_EXERCISE_PAGE, "illustration")));
      g_assert_cmpint (gtk_widget_get_height (child (page, CALF_TYPE_EXERCISE_PAGE, "illustration")), >, 100);

      /* Each step: its number, then its words. */
      steps = child (page, CALF_TYPE_EXERCISE_PAGE, "steps_box");
      for (GtkWidget *row = gtk_widget_get_first_child (steps); row; row = gtk_widget_get_next_sibling (row), n++)
        {
          g_autofree char *number = g_strdup_printf ("%u", n + 1);
          GtkWidget *badge = gtk_widget_get_first_child (row);

          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, number);
          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_next_sibling (badge))), ==,
                           exercise->steps[n]);
        }
      g_assert_cmpuint (n, ==, g_strv_length (exercise->steps));
      calf_test_assert_no_focusable_label (GTK_WIDGET (page));

      calf_window_pop_page (window ());
    }

  g_assert_false (flow_test_show_exercise (window (), "no-such-exercise"));
}

/* Presses Space: runs what the page's Space shortcut runs. */
/* Capture phase: Space works even with a button focused. */
static void
press_space (GtkWidget *page)
{
  calf_test_press_shortcut (page, "space", GTK_PHASE_CAPTURE);
}

/* Real key presses through the X server (XTEST, as a keyboard does), when
 * the tests run on X11 with xdotool installed. */
static gboolean
x11_keys_available (void)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (window ()))) && xdotool != NULL;
#else
  return FALSE;
#endif
}

static void
x11_key (const char *key)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window ()));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "windowfocus", "--sync", xid, "key", "--clearmodifiers", key, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  /* Let GTK read the events. */
  for (guint i = 0; i < 20; i++)
    {
      g_usleep (5000);
      calf_test_iterate ();
    }
#else
  g_assert_not_reached ();
#endif
}

/* Enter on the focused button. */
static void
press_enter (void)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window ()));

  g_assert_nonnull (focus);
  flow_test_activate (focus);
}

static void
advance (CalfSessionPage *page,
         gint64           us)
{
  fake_now += us;
  calf_session_tick (calf_session_page_get_session (page));
  calf_test_iterate ();
}

static CalfSessionPage *
open_session (const char *exercise_id)
{
  CalfExercisePage *exercise_page;
  CalfSessionPage *page;

  g_assert_true (flow_test_show_exercise (window (), exercise_id));
  exercise_page = CALF_EXERCISE_PAGE (flow_test_top (window ()));
  calf_test_wait_for_frame (GTK_WIDGET (exercise_page));

  /* From the exercise page with the keyboard: focus Start, press Enter. */
  g_assert_true (gtk_widget_grab_focus (child (exercise_page, CALF_TYPE_EXERCISE_PAGE, "start_button")));
  press_enter ();

  page = CALF_SESSION_PAGE (flow_test_top (window ()));
  calf_session_set_clock (calf_session_page_get_session (page), fake_clock, NULL);
  calf_test_wait_for_frame (GTK_WIDGET (page));
  return page;
}

#define SESSION_LABEL(page, name) label_text ((page), CALF_TYPE_SESSION_PAGE, (name))

/* A stretch (holds and rests) from start to finish with the keyboard. */
static void
test_session_holds (void)
{
  const CalfExercise *exercise = calf_database_lookup_exercise (database (), "calf-stretch-straight-knee");
  CalfSessionPage *page;
  CalfSession *session;
  GtkWidget *main_button;
  GtkWidget *exercise_page;
  guint hold = (guint) exercise->dose.hold_seconds;
  guint rest = (guint) exercise->dose.rest_seconds;
  g_autofree char *hold_text = g_strdup_printf ("%u", hold);

  g_assert_cmpuint (hold, ==, 30);
  g_assert_cmpuint (rest, ==, 15);

  fake_now = 5000 * SEC;
  page = open_session ("calf-stretch-straight-knee");
  exercise_page = calf_window_get_page_at_depth (window (), 1);
  g_assert_true (CALF_IS_EXERCISE_PAGE (exercise_page));
  session = calf_session_page_get_session (page);
  main_button = child (page, CALF_TYPE_SESSION_PAGE, "main_button");

  /* Ready: the focus is on Start; nothing runs, nothing is inhibited. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == main_button);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_READY);
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, hold_text);
  g_assert_false (calf_session_page_get_inhibiting (page));

  press_enter ();
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_HOLD);
  g_assert_cmpstr (SESSION_LABEL (page, "phase_label"), ==, "Hold");
  g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, "Set 1 of 3");
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "30");
  g_assert_true (calf_session_page_get_inhibiting (page));

  advance (page, 10 * SEC);
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "20");

  /* Space pauses: the timer stands still and the inhibition ends. */
  press_space (GTK_WIDGET (page));
  g_assert_true (calf_session_get_paused (session));
  g_assert_cmpstr (SESSION_LABEL (page, "phase_label"), ==, "Paused");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (main_button)), ==, "_Resume");
  g_assert_false (calf_session_page_get_inhibiting (page));
  advance (page, 300 * SEC);
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "20");

  /* Space again resumes from 20. */
  press_space (GTK_WIDGET (page));
  g_assert_false (calf_session_get_paused (session));
  g_assert_true (calf_session_page_get_inhibiting (page));
  advance (page, 19 * SEC);
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "1");
  g_assert_false (gtk_widget_has_css_class (child (page, CALF_TYPE_SESSION_PAGE, "countdown_label"), "calf-cue"));

  /* The end of the hold: the cue, then the rest timer. */
  advance (page, 1 * SEC);
  g_assert_true (gtk_widget_has_css_class (child (page, CALF_TYPE_SESSION_PAGE, "countdown_label"), "calf-cue"));
  g_assert_cmpstr (SESSION_LABEL (page, "phase_label"), ==, "Rest");
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "15");
  g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, "Next: set 2 of 3");
  g_assert_true (gtk_widget_get_visible (child (page, CALF_TYPE_SESSION_PAGE, "skip_button")));
  g_assert_true (calf_session_page_get_inhibiting (page));

  advance (page, 15 * SEC);
  g_assert_cmpstr (SESSION_LABEL (page, "phase_label"), ==, "Hold");
  g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, "Set 2 of 3");
  {
    guint n_played = 0;

    /* A chime at the end of the hold and one at the end of the rest. */
    calf_session_page_get_cue_sound (page, &n_played);
    g_assert_cmpuint (n_played, ==, 2);
  }
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "30");

  /* Set 2, rest, set 3: 30 + 15 + 30 s. */
  advance (page, 45 * SEC);
  g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, "Set 3 of 3");
  advance (page, 29 * SEC);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_HOLD);
  advance (page, 1 * SEC);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_FINISHED);
  g_assert_cmpstr (SESSION_LABEL (page, "phase_label"), ==, "Well Done");
  g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, "All 3 sets done");
  g_assert_false (calf_session_page_get_inhibiting (page));
  g_assert_false (gtk_widget_get_visible (child (page, CALF_TYPE_SESSION_PAGE, "stop_button")));

  /* Done (Enter on the focused button) goes back to the exercise. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == main_button);
  press_enter ();
  g_assert_true (flow_test_top (window ()) == exercise_page);
  calf_window_pop_page (window ());
}

/* Counted repetitions: Enter on "Repetition Done" counts; rests are timed. */
static void
test_session_reps (void)
{
  const CalfExercise *exercise = calf_database_lookup_exercise (database (), "eccentric-heel-drop-straight-knee");
  CalfSessionPage *page;
  CalfSession *session;
  GtkWidget *rep_button;

  g_assert_cmpint (exercise->dose.sets, ==, 3);
  g_assert_cmpint (exercise->dose.reps, ==, 15);

  page = open_session (exercise->id);
  session = calf_session_page_get_session (page);
  rep_button = child (page, CALF_TYPE_SESSION_PAGE, "rep_button");
  g_assert_false (gtk_widget_get_visible (rep_button));

  press_space (GTK_WIDGET (page));
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_REPS);
  g_assert_true (gtk_widget_get_visible (rep_button));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == rep_button);
  g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, "Set 1 of 3 · Repetition 1 of 15");

  for (guint set = 1; set <= 3; set++)
    {
      for (guint rep = 1; rep <= 15; rep++)
        {
          g_autofree char *counter = g_strdup_printf ("Set %u of 3 · Repetition %u of 15", set, rep);

          g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, counter);
          press_enter ();
        }

      if (set < 3)
        {
          g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_REST);
          g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "1:00");
          /* Pausing the rest with Space, then resuming. */
          press_space (GTK_WIDGET (page));
          advance (page, 120 * SEC);
          g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "1:00");
          press_space (GTK_WIDGET (page));
          advance (page, 59 * SEC);
          g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "1");
          advance (page, 1 * SEC);
          g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_REPS);
          g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == rep_button);
        }
    }

  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_FINISHED);
  g_assert_false (calf_session_page_get_inhibiting (page));
  press_enter ();
  g_assert_true (CALF_IS_EXERCISE_PAGE (flow_test_top (window ())));
  calf_window_pop_page (window ());
}

/* With real key presses from the X server: Enter starts, Space pauses and
 * resumes with any button focused, Enter counts repetitions. */
static void
test_session_real_keys (void)
{
  CalfSessionPage *page;
  CalfSession *session;

  if (!x11_keys_available ())
    {
      g_test_skip ("Needs X11 and xdotool");
      return;
    }

  page = open_session ("seated-soleus-raise");
  session = calf_session_page_get_session (page);
  gtk_window_present (GTK_WINDOW (window ()));

  x11_key ("Return");
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_REPS);
  x11_key ("Return");
  x11_key ("Return");
  g_assert_cmpuint (calf_session_get_rep (session), ==, 3);

  /* Space on the focused Repetition Done button pauses, not counts. */
  x11_key ("space");
  g_assert_true (calf_session_get_paused (session));
  g_assert_cmpuint (calf_session_get_rep (session), ==, 3);
  x11_key ("space");
  g_assert_false (calf_session_get_paused (session));
  x11_key ("Return");
  g_assert_cmpuint (calf_session_get_rep (session), ==, 4);

  calf_window_pop_page (window ());
  calf_window_pop_page (window ());
}

static gboolean
confirmation_shown (gpointer user_data)
{
  return calf_test_find_alert () != NULL;
}

static gboolean
confirmation_gone (gpointer user_data)
{
  return calf_test_find_alert () == NULL;
}

/* Escape as a key (through the X server when it can) or as the page's
 * own handling of it. */
static void
press_escape (CalfSessionPage *page,
              gboolean         real_keys)
{
  if (real_keys)
    x11_key ("Escape");
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "session.stop", NULL));
  calf_test_wait_for (confirmation_shown, NULL, 5000);
}

static void
respond (const char *response)
{
  GtkWidget *dialog = calf_test_find_alert ();

  g_assert_nonnull (dialog);
  g_assert_cmpstr (calf_alert_get_heading (dialog), ==, "Stop the Exercise?");
  /* As a click on the button: the response, then the dialog closes. */
  calf_alert_respond (dialog, response);
  calf_test_wait_for (confirmation_gone, NULL, 5000);
}

/* Stop asks before it ends a running session; a stopped one shows what
 * was done; Back pauses it. */
static void
test_session_stop (void)
{
  CalfSessionPage *page = open_session ("claudication-walking-programme");
  CalfSession *session = calf_session_page_get_session (page);
  guint n_sets = calf_session_get_n_sets (session);
  g_autofree char *summary = g_strdup_printf (n_sets == 1 ? "0 of %u set done" : "0 of %u sets done", n_sets);

  press_space (GTK_WIDGET (page));
  g_assert_cmpstr (SESSION_LABEL (page, "phase_label"), ==, "Walk");
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "5:00");
  advance (page, 61 * SEC);
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "3:59");

  /* Stop asks; the timer waits while it does; Keep Going goes on. */
  g_assert_true (gtk_widget_grab_focus (child (page, CALF_TYPE_SESSION_PAGE, "stop_button")));
  press_enter ();
  calf_test_wait_for (confirmation_shown, NULL, 5000);
  g_assert_true (calf_session_get_paused (session));
  advance (page, 30 * SEC);
  g_assert_cmpstr (SESSION_LABEL (page, "countdown_label"), ==, "3:59");
  respond ("continue");
  g_assert_false (calf_session_get_paused (session));
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_HOLD);

  /* Stop: the page stays with a summary until Done. */
  g_assert_true (gtk_widget_grab_focus (child (page, CALF_TYPE_SESSION_PAGE, "stop_button")));
  press_enter ();
  calf_test_wait_for (confirmation_shown, NULL, 5000);
  respond ("stop");
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_STOPPED);
  g_assert_false (calf_session_page_get_inhibiting (page));
  g_assert_true (flow_test_top (window ()) == GTK_WIDGET (page));
  g_assert_cmpstr (SESSION_LABEL (page, "phase_label"), ==, "Stopped");
  g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, summary);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == child (page, CALF_TYPE_SESSION_PAGE, "main_button"));
  g_object_ref (page);
  press_enter ();
  g_assert_true (CALF_IS_EXERCISE_PAGE (flow_test_top (window ())));
  g_object_unref (page);

  /* The header bar's Back asks too while the session runs. */
  page = open_session ("claudication-walking-programme");
  session = calf_session_page_get_session (page);
  g_object_ref (page);
  press_space (GTK_WIDGET (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  calf_test_wait_for (confirmation_shown, NULL, 5000);
  respond ("continue");
  g_assert_true (flow_test_top (window ()) == GTK_WIDGET (page));
  g_assert_false (calf_session_get_paused (session));

  /* Leaving a running session some other way (the window closing, a
   * page pushed over it) pauses it and lifts the inhibition. */
  g_assert_true (calf_session_page_get_inhibiting (page));
  calf_window_pop_page (window ());
  calf_test_iterate ();
  g_assert_true (calf_session_get_paused (session));
  g_assert_false (calf_session_page_get_inhibiting (page));
  g_object_unref (page);
  calf_window_pop_page (window ());
}

/* A person holding a stretch: Tab puts the focus on Stop and the timer
 * leaves it there; the status says each phase once, in words; Escape
 * asks before it stops, and the summary counts the sets done. */
static void
test_session_focus_status (void)
{
  gboolean real_keys = x11_keys_available ();
  CalfSessionPage *page = open_session ("calf-stretch-straight-knee");
  CalfSession *session = calf_session_page_get_session (page);
  GtkWidget *stop_button = child (page, CALF_TYPE_SESSION_PAGE, "stop_button");
  GtkWidget *status = child (page, CALF_TYPE_SESSION_PAGE, "counter_label");

  gtk_window_present (GTK_WINDOW (window ()));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (status)), ==, GTK_ACCESSIBLE_ROLE_STATUS);
  press_enter ();
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_HOLD);
  g_assert_cmpstr (calf_session_page_get_status (page), ==, "Hold, 30 seconds. Set 1 of 3.");

  /* Shift+Tab from Pause reaches Stop. */
  if (real_keys)
    x11_key ("shift+Tab");
  else
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window ()), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == stop_button);

  for (guint second = 1; second <= 10; second++)
    {
      advance (page, SEC);
      g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == stop_button);
      g_assert_cmpstr (calf_session_page_get_status (page), ==, "Hold, 30 seconds. Set 1 of 3.");
    }

  /* The end of the hold: a chime, said once, and the focus still on Stop. */
  g_assert_null (calf_session_page_get_cue_sound (page, NULL));
  advance (page, 20 * SEC);
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_REST);
  {
    guint n_played = 0;
    GtkMediaStream *sound = calf_session_page_get_cue_sound (page, &n_played);
    g_autoptr(GBytes) chime = NULL;

    g_assert_cmpuint (n_played, ==, 1);
    g_assert_true (GTK_IS_MEDIA_FILE (sound));
    /* The chime is bundled: a short WAV in the app's resources. */
    chime = g_resources_lookup_data (CALF_SESSION_CUE_RESOURCE, 0, NULL);
    g_assert_nonnull (chime);
    g_assert_cmpmem (g_bytes_get_data (chime, NULL), 4, "RIFF", 4);
  }
  g_assert_cmpstr (calf_session_page_get_status (page), ==, "Rest, 15 seconds. Next: set 2 of 3.");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == stop_button);
  advance (page, 5 * SEC);
  g_assert_cmpstr (calf_session_page_get_status (page), ==, "Rest, 15 seconds. Next: set 2 of 3.");

  /* Escape asks; Keep Going goes on where it was. */
  press_escape (page, real_keys);
  g_assert_true (calf_session_get_paused (session));
  respond ("continue");
  g_assert_false (calf_session_get_paused (session));
  g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_REST);
  g_assert_cmpuint (calf_session_get_remaining_seconds (session), ==, 10);

  /* Escape, Stop: one set of three was done. */
  press_escape (page, real_keys);
  respond ("stop");
  g_assert_true (flow_test_top (window ()) == GTK_WIDGET (page));
  g_assert_cmpstr (SESSION_LABEL (page, "counter_label"), ==, "1 of 3 sets done");
  g_assert_cmpstr (calf_session_page_get_status (page), ==, "Stopped. 1 of 3 sets done.");

  /* Escape on a stopped session just goes back. */
  if (real_keys)
    x11_key ("Escape");
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.back", NULL));
  g_assert_true (CALF_IS_EXERCISE_PAGE (flow_test_top (window ())));
  calf_test_wait_alert_closed ();
  calf_window_pop_page (window ());
}

/* The cue at the end of a hold pulses only when animations are enabled. */
static void
test_reduced_motion (void)
{
  GtkSettings *settings = gtk_settings_get_default ();

  for (int animations = 0; animations <= 1; animations++)
    {
      CalfSessionPage *page;
      GtkWidget *countdown;

      g_object_set (settings, "gtk-enable-animations", (gboolean) animations, NULL);
      page = open_session ("calf-stretch-bent-knee");
      countdown = child (page, CALF_TYPE_SESSION_PAGE, "countdown_label");
      press_space (GTK_WIDGET (page));
      advance (page, 30 * SEC);
      g_assert_true (gtk_widget_has_css_class (countdown, "calf-cue"));
      g_assert_cmpint (gtk_widget_has_css_class (countdown, "calf-cue-animated"), ==, animations);
      calf_window_pop_page (window ());
      calf_window_pop_page (window ());
    }
}

/* Through the engine: a present finding that contraindicates an exercise
 * always withholds it, saying why; urgent and emergency triage offer none. */
static void
test_contraindicated_engine (void)
{
  g_autoptr(CalfEngine) engine = calf_engine_new (database ());
  GPtrArray *exercises = calf_database_get_exercises (database ());
  GPtrArray *regions = calf_database_get_regions (database ());
  guint n_checked = 0;
  guint n_withheld = 0;

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);

      for (guint f = 0; f < exercise->contraindicating_findings->len; f++)
        for (guint r = 0; r < regions->len; r++)
          {
            const CalfFinding *finding = g_ptr_array_index (exercise->contraindicating_findings, f);
            g_autoptr(CalfAnswers) answers = calf_answers_new (database ());
            g_autoptr(CalfResult) result = NULL;
            GPtrArray *withheld;

            calf_answers_set_region (answers, g_ptr_array_index (regions, r));
            g_assert_true (calf_answers_set_boolean (answers, finding, TRUE, NULL, NULL));
            result = calf_engine_evaluate (engine, answers);

            g_assert_false (g_ptr_array_find (calf_result_get_exercises (result), exercise, NULL));
            withheld = calf_result_get_withheld (result);
            for (guint w = 0; w < withheld->len; w++)
              {
                const CalfWithheldExercise *item = g_ptr_array_index (withheld, w);

                /* Listed as held back (when it would otherwise fit): with why. */
                if (item->exercise == exercise)
                  g_assert_true (g_str_has_prefix (item->reason, "Not now"));
                n_withheld += item->exercise == exercise;
              }
            if (calf_result_get_triage_level (result) >= CALF_TRIAGE_URGENT)
              g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);
            n_checked++;
          }
    }

  g_assert_cmpuint (n_checked, >, 100);
  g_assert_cmpuint (n_withheld, >, 0);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_action_button (c, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Answers the assessment in the window and returns the results page. */
static CalfResultsPage *
results_through_window (const char *region_id,
                        GHashTable *findings)
{
  GtkWidget *top;

  /* As Discard on the start page does: the saved answers would otherwise
   * be offered back before a new assessment replaces them. */
  calf_window_discard_assessment (window ());
  flow_test_choose_region (window (), region_id);

  /* Questions, About You and any red-flag page, as they come. */
  for (guint i = 0; i < 100; i++)
    {
      top = flow_test_top (window ());
      if (CALF_IS_QUESTION_PAGE (top))
        flow_test_answer_from (window (), findings);
      else if (CALF_IS_ABOUT_YOU_PAGE (top))
        flow_test_about_you (window (), "71", CALF_SEX_FEMALE);
      else if (CALF_IS_RED_FLAG_PAGE (top))
        g_signal_emit_by_name (top, "show-results");
      else
        break;
      calf_test_iterate ();
    }

  g_assert_true (CALF_IS_RESULTS_PAGE (top));
  calf_test_wait_for_frame (top);
  return CALF_RESULTS_PAGE (top);
}

/* Through the window: the results page lists only what the engine offers,
 * never a contraindicated exercise. */
static void
test_contraindicated_window (void)
{
  g_autoptr(GHashTable) cramps = flow_test_findings_new ("cramp-episodes", "true", "night-symptoms", "true",
                                                         "calf-swelling-one-side", "false",
                                                         "pain-at-rest", "false", NULL);
  g_autoptr(GHashTable) swollen = flow_test_findings_new ("cramp-episodes", "true", "night-symptoms", "true",
                                                          "calf-swelling-one-side", "true", NULL);
  const CalfFinding *swelling = calf_database_lookup_finding (database (), "calf-swelling-one-side");
  GPtrArray *exercises = calf_database_get_exercises (database ());
  CalfResultsPage *page;
  CalfResult *result;
  double value;
  guint n_rows = 0;

  /* Night cramps: stretches are offered, each with a row. */
  page = results_through_window ("mid-calf", cramps);
  result = calf_results_page_get_result (page);
  g_assert_cmpint (calf_result_get_triage_level (result), <=, CALF_TRIAGE_SOON);
  g_assert_cmpuint (calf_result_get_exercises (result)->len, >, 0);
  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);
      gboolean offered = g_ptr_array_find (calf_result_get_exercises (result), exercise, NULL);
      GtkWidget *row = calf_results_page_get_exercise_row (page, exercise->id);

      g_assert_cmpint (row != NULL, ==, offered);
      n_rows += row != NULL;
    }
  g_assert_cmpuint (n_rows, >, 0);
  /* The safety page is reachable from the results. */
  g_assert_nonnull (find_action_button (GTK_WIDGET (page), "win.safety"));

  /* The same with one calf swollen: the question was asked, and no
   * exercise row is shown at all (urgent), stretches least of all. */
  page = results_through_window ("mid-calf", swollen);
  result = calf_results_page_get_result (page);
  g_assert_true (calf_answers_lookup (calf_question_flow_get_answers (calf_window_get_flow (window ())),
                                      swelling, &value));
  g_assert_cmpfloat (value, ==, 1);
  g_assert_cmpint (calf_result_get_triage_level (result), >=, CALF_TRIAGE_URGENT);
  g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);
  for (guint i = 0; i < exercises->len; i++)
    g_assert_null (calf_results_page_get_exercise_row (page, ((const CalfExercise *) g_ptr_array_index (exercises, i))->id));

  calf_window_discard_assessment (window ());
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  app = flow_test_start_app ("ExercisePages");

  g_test_add_func ("/exercise-pages/content", test_page_content);
  g_test_add_func ("/exercise-pages/session-holds", test_session_holds);
  g_test_add_func ("/exercise-pages/session-reps", test_session_reps);
  g_test_add_func ("/exercise-pages/session-stop", test_session_stop);
  g_test_add_func ("/exercise-pages/session-focus-status", test_session_focus_status);
  g_test_add_func ("/exercise-pages/session-real-keys", test_session_real_keys);
  g_test_add_func ("/exercise-pages/reduced-motion", test_reduced_motion);
  g_test_add_func ("/exercise-pages/contraindicated/engine", test_contraindicated_engine);
  g_test_add_func ("/exercise-pages/contraindicated/window", test_contraindicated_window);

  return g_test_run ();
}
