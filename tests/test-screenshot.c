/* test-screenshot.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the main window, light and dark, to PNG files in the build
 * folder (tests/screenshots/) so changes can be looked at. The README's
 * screenshot is a copy of main-window.png (.ci/refresh-screenshots).
 */

#define G_LOG_DOMAIN "calf-test-screenshot"

#include "config.h"

#include "calf-application.h"
#include "calf-window.h"
#include "calf-test-utils.h"

#define SHOT_WIDTH 900
#define SHOT_HEIGHT 640

static CalfApplication *app;
static double light_luma = -1;

static GtkWidget *
open_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkStack *stack;

  g_assert_true (CALF_IS_WINDOW (window));
  calf_test_wait_for_frame (GTK_WIDGET (window));

  /* A screenshot of the error page is no screenshot of the app. */
  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CALF_TYPE_WINDOW, "main_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), !=, "error");

  return GTK_WIDGET (window);
}

static void
check_shot (const char  *path,
            GtkWidget   *window,
            double      *luma)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (window));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, gtk_widget_get_height (window));
  g_assert_cmpuint (calf_test_texture_n_pixels_differing (texture), >, 1000);

  *luma = calf_test_texture_mean_luma (texture);
  g_test_message ("%s: mean luma %.1f", path, *luma);
}

static void
test_screenshot_light (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *path = NULL;
  GtkWidget *window;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = open_window ();
  g_assert_false (adw_style_manager_get_dark (style));

  /* The saved size applies (give or take the window frame). */
  g_assert_cmpint (ABS (gtk_widget_get_width (window) - SHOT_WIDTH), <=, 20);
  g_assert_cmpint (ABS (gtk_widget_get_height (window) - SHOT_HEIGHT), <=, 20);

  path = calf_test_save_screenshot (window, "main-window");
  check_shot (path, window, &light_luma);
  g_assert_cmpfloat (light_luma, >, 128);
}

static void
test_screenshot_dark (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *path = NULL;
  GtkWidget *window;
  double dark_luma;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = open_window ();
  g_assert_true (adw_style_manager_get_dark (style));

  path = calf_test_save_screenshot (window, "main-window-dark");
  check_shot (path, window, &dark_luma);
  g_assert_cmpfloat (dark_luma, <, 128);

  if (light_luma >= 0)
    g_assert_cmpfloat (dark_luma, <, light_luma);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  /* The saved size is what the window opens at. */
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_int (settings, "window-width", SHOT_WIDTH);
  g_settings_set_int (settings, "window-height", SHOT_HEIGHT);

  app = calf_application_new (APPLICATION_ID ".Screenshot", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  g_test_add_func ("/screenshot/light", test_screenshot_light);
  g_test_add_func ("/screenshot/dark", test_screenshot_dark);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
