/* test-exercise-screenshots.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screenshots of an exercise page, a running guided session, the safety
 * page and a self-test page, light and dark, at 360 and 1000 px wide, in
 * $CALF_SCREENSHOT_DIR (the build folder's tests/screenshots/).
 */

#define G_LOG_DOMAIN "calf-test-exercise-screenshots"

#include "config.h"

#include "calf-exercise-page.h"
#include "calf-selftest-page.h"
#include "calf-session-page.h"
#include "calf-alert.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

#define SEC G_GINT64_CONSTANT (1000000)

static CalfApplication *app;
static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
take (CalfWindow *window,
      const FlowTestShot *shot,
      const char *page_name)
{
  g_autofree char *name = g_strdup_printf ("exercises-%s-%d%s", page_name, shot->width, shot->dark ? "-dark" : "");
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page = calf_window_get_visible_page (window);
  int min_width;
  double luma;

  calf_test_wait_for_frame (page);
  calf_test_wait_for_frame (GTK_WIDGET (window));

  /* Nothing is cut off sideways. */
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, gtk_widget_get_width (page));
  g_assert_cmpint (gtk_widget_get_width (page), ==, shot->width);

  path = calf_test_save_screenshot (GTK_WIDGET (window), name);
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calf_test_texture_n_pixels_differing (texture), >, 1000);

  luma = calf_test_texture_mean_luma (texture);
  g_test_message ("%s: mean luma %.1f", name, luma);
  if (shot->dark)
    g_assert_cmpfloat (luma, <, 128);
  else
    g_assert_cmpfloat (luma, >, 128);
}

/* Scrolls the page's first scrolled window to its end. */
static void
scroll_to_end (GtkWidget *page)
{
  GtkWidget *scrolled = gtk_widget_get_first_child (page);
  GtkAdjustment *adjustment;

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scrolled));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
test_screenshots (void)
{
  for (guint i = 0; i < FLOW_TEST_N_SHOTS; i++)
    {
      CalfWindow *window = flow_test_open_window (app, &flow_test_shots[i]);
      CalfSessionPage *session_page;
      CalfSession *session;

      g_assert_true (flow_test_show_exercise (window, "eccentric-heel-drop-straight-knee"));
      take (window, &flow_test_shots[i], "exercise");
      scroll_to_end (calf_window_get_visible_page (window));
      take (window, &flow_test_shots[i], "exercise-end");

      /* A stretch, 12 s into its first hold. */
      calf_window_pop_page (window);
      g_assert_true (flow_test_show_exercise (window, "calf-stretch-straight-knee"));
      g_signal_emit_by_name (calf_window_get_visible_page (window), "start-session");
      session_page = CALF_SESSION_PAGE (calf_window_get_visible_page (window));
      session = calf_session_page_get_session (session_page);
      fake_now = 100 * SEC;
      calf_session_set_clock (session, fake_clock, NULL);
      calf_session_start (session);
      fake_now += 12 * SEC;
      calf_session_tick (session);
      take (window, &flow_test_shots[i], "session");

      /* Counted repetitions, set 2. */
      calf_window_pop_to_start (window);
      g_assert_true (flow_test_show_exercise (window, "seated-soleus-raise"));
      g_signal_emit_by_name (calf_window_get_visible_page (window), "start-session");
      session_page = CALF_SESSION_PAGE (calf_window_get_visible_page (window));
      session = calf_session_page_get_session (session_page);
      calf_session_set_clock (session, fake_clock, NULL);
      calf_session_start (session);
      for (guint r = 0; r < 15 + 3; r++)
        {
          calf_session_complete_rep (session);
          if (calf_session_get_phase (session) == CALF_SESSION_PHASE_REST)
            calf_session_skip (session);
        }
      take (window, &flow_test_shots[i], "session-reps");

      /* Stopped part way (after the question): what was done. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_page), "session.stop", NULL));
      {
        GtkWidget *dialog = calf_test_find_alert ();

        g_assert_nonnull (dialog);
        calf_alert_respond (dialog, "stop");
      }
      g_assert_cmpint (calf_session_get_phase (session), ==, CALF_SESSION_PHASE_STOPPED);
      take (window, &flow_test_shots[i], "session-stopped");
      calf_window_pop_to_start (window);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.safety", NULL));
      take (window, &flow_test_shots[i], "safety");
      calf_window_pop_to_start (window);

      /* A knee-to-wall result that is flagged, scrolled to the result. */
      {
        GtkWidget *page = calf_selftest_page_new (calf_window_get_database (window), CALF_SELFTEST_KNEE_TO_WALL,
                                                  CALF_SIDE_LEFT, 45, CALF_SEX_FEMALE);

        calf_window_push_page (window, page, "Knee-to-Wall Test");
        calf_selftest_page_set_values (CALF_SELFTEST_PAGE (page), 8, 11.5);
        g_assert_nonnull (calf_selftest_page_evaluate (CALF_SELFTEST_PAGE (page)));
        take (window, &flow_test_shots[i], "selftest");
        gtk_widget_grab_focus (GTK_WIDGET (gtk_widget_get_template_child (page, CALF_TYPE_SELFTEST_PAGE, "apply_button")));
        take (window, &flow_test_shots[i], "selftest-result");
        calf_window_pop_to_start (window);
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  /* Pages appear at once, not half-way through a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = flow_test_start_app ("ExerciseScreenshots");

  g_test_add_func ("/exercise-screenshots/all", test_screenshots);

  return g_test_run ();
}
