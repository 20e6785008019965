/* test-screenshot.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the main window, light and dark, to PNG files in the build
 * folder (tests/screenshots/) so changes can be looked at. The README's
 * screenshot is a copy of main-window.png (.ci/refresh-screenshots).
 * Also renders the app icon and its symbolic variant at 16 to 64 px.
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

static guint
count_pixels (GdkPixbuf *pixbuf,
              gboolean (*match) (const guchar *p))
{
  int n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *pixels = gdk_pixbuf_read_pixels (pixbuf);
  guint n = 0;

  g_assert_true (gdk_pixbuf_get_has_alpha (pixbuf));
  for (int y = 0; y < gdk_pixbuf_get_height (pixbuf); y++)
    for (int x = 0; x < gdk_pixbuf_get_width (pixbuf); x++)
      n += match (pixels + y * stride + x * n_channels);
  return n;
}

static gboolean
is_opaque (const guchar *p)
{
  return p[3] > 200;
}

/* The highlighted calf. */
static gboolean
is_red (const guchar *p)
{
  return p[3] > 200 && p[0] > 160 && p[1] < 90 && p[2] < 90;
}

/* Green, as a tick would be ("all clear" has no place in a triage icon). */
static gboolean
is_green (const guchar *p)
{
  return p[3] > 200 && p[1] > p[0] + 40 && p[1] > p[2] + 20;
}

/* The skin of the leg. */
static gboolean
is_skin (const guchar *p)
{
  return p[3] > 200 && p[0] > 220 && p[1] > 170 && p[2] > 130 && p[0] > p[2] + 30;
}

/* Both icons drawn at the sizes a desktop uses them, saved to look at:
 * the plate filled, the leg and its red calf there even at 16 px, no
 * green tick; the symbolic one a single shape of one colour. */
static void
test_icons (void)
{
  static const int sizes[] = { 16, 24, 32, 64 };
  const char *source = g_getenv ("CALF_SOURCE_DIR");
  g_autofree char *color = g_build_filename (source, "data", "icons", "hicolor", "scalable", "apps",
                                             APPLICATION_ID ".svg", NULL);
  g_autofree char *symbolic = g_build_filename (source, "data", "icons", "hicolor", "symbolic", "apps",
                                                APPLICATION_ID "-symbolic.svg", NULL);
  const char *dir = g_getenv ("CALF_SCREENSHOT_DIR");

  g_assert_nonnull (source);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int size = sizes[i];
      guint area = size * size;
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkPixbuf) icon = gdk_pixbuf_new_from_file_at_size (color, size, size, &error);
      g_autoptr(GdkPixbuf) sym = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (icon), ==, size);
      g_assert_cmpint (gdk_pixbuf_get_height (icon), ==, size);
      g_assert_cmpuint (count_pixels (icon, is_opaque), >, area * 45 / 100);
      g_assert_cmpuint (count_pixels (icon, is_red), >=, MAX (2, area / 60));
      g_assert_cmpuint (count_pixels (icon, is_skin), >=, area / 16);
      g_assert_cmpuint (count_pixels (icon, is_green), ==, 0);

      sym = gdk_pixbuf_new_from_file_at_size (symbolic, size, size, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (count_pixels (sym, is_opaque), >, area / 6);
      g_assert_cmpuint (count_pixels (sym, is_opaque), <, area * 6 / 10);

      if (dir != NULL)
        {
          g_autofree char *name = g_strdup_printf ("icon-%d.png", size);
          g_autofree char *sym_name = g_strdup_printf ("icon-symbolic-%d.png", size);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autofree char *sym_path = g_build_filename (dir, sym_name, NULL);

          g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
          g_assert_true (gdk_pixbuf_save (icon, path, "png", &error, NULL));
          g_assert_no_error (error);
          g_assert_true (gdk_pixbuf_save (sym, sym_path, "png", &error, NULL));
          g_assert_no_error (error);
        }
    }
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
  g_test_add_func ("/screenshot/icons", test_icons);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
