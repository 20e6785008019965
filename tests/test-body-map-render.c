/* test-body-map-render.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the body map looks: highlights, light, dark and high contrast, its
 * size, and screenshots in the build folder (tests/screenshots/body-map-*.png).
 */

#define G_LOG_DOMAIN "calf-test-body-map"

#include "config.h"

#include <string.h>

#include "body-map-fixture.h"

static guint32
pixel_at (GdkTexture *texture,
          double      x,
          double      y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *data = g_new (guint32, width * height);

  g_assert_true (x >= 0 && x < width && y >= 0 && y < height);
  gdk_texture_download (texture, (guchar *) data, width * 4);
  return data[(int) y * width + (int) x];
}

static guint32
map_pixel (double view_x,
           double view_y)
{
  g_autoptr(GdkTexture) texture = NULL;
  double x, y;

  calf_test_wait_for_frame (GTK_WIDGET (map));
  texture = calf_test_render_widget (GTK_WIDGET (map));
  view_to_map (view_x, view_y, &x, &y);
  return pixel_at (texture, x, y);
}

/* Hover tints the region's shape and nothing else; the whole leg's
 * highlight covers the whole leg. */
static void
test_highlight (void)
{
  guint32 achilles = map_pixel (112, 470);
  guint32 heel = map_pixel (112, 560);
  guint32 lower = map_pixel (80, 410);
  GtkWidget *widget = region_widget ("achilles");

  gtk_root_set_focus (GTK_ROOT (window), NULL);

  gtk_widget_set_state_flags (widget, GTK_STATE_FLAG_PRELIGHT, FALSE);
  g_assert_cmphex (map_pixel (112, 470), !=, achilles);
  g_assert_cmphex (map_pixel (112, 560), ==, heel);
  g_assert_cmphex (map_pixel (80, 410), ==, lower);
  gtk_widget_unset_state_flags (widget, GTK_STATE_FLAG_PRELIGHT);
  g_assert_cmphex (map_pixel (112, 470), ==, achilles);

  widget = region_widget ("whole-lower-leg");
  gtk_widget_set_state_flags (widget, GTK_STATE_FLAG_PRELIGHT, FALSE);
  g_assert_cmphex (map_pixel (112, 470), !=, achilles);
  g_assert_cmphex (map_pixel (112, 560), !=, heel);
  gtk_widget_unset_state_flags (widget, GTK_STATE_FLAG_PRELIGHT);
  g_assert_cmphex (map_pixel (112, 560), ==, heel);

  /* Keyboard focus shows too (with a visible focus). */
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  gtk_widget_grab_focus (region_widget ("heel"));
  g_assert_cmphex (map_pixel (112, 560), !=, heel);
  g_assert_cmphex (map_pixel (112, 470), ==, achilles);
  gtk_root_set_focus (GTK_ROOT (window), NULL);
}

static void
test_dark_and_contrast (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  cairo_surface_t *surface;
  CalfBodyMapColors colors = { 0 };
  CalfBodyMapTransform t;
  guint n_black[2];

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  calf_test_wait_for_frame (GTK_WIDGET (map));
  light = calf_test_render_widget (GTK_WIDGET (map));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  calf_test_wait_for_frame (GTK_WIDGET (map));
  dark = calf_test_render_widget (GTK_WIDGET (map));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  calf_test_wait_for_frame (GTK_WIDGET (map));

  /* The map alone (no window background) redraws in darker colours. */
  g_test_message ("mean luma light %.3f, dark %.3f",
                  calf_test_texture_mean_luma (light), calf_test_texture_mean_luma (dark));
  g_assert_cmpfloat (calf_test_texture_mean_luma (dark), <, calf_test_texture_mean_luma (light) - 0.05);

  /* High contrast draws the edges in pure black on light. */
  for (guint hc = 0; hc < 2; hc++)
    {
      const guchar *data;
      cairo_t *cr;

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 220, 600);
      cr = cairo_create (surface);

      /* On the light window background. */
      cairo_set_source_rgb (cr, 0xfa / 255.0, 0xfa / 255.0, 0xfa / 255.0);
      cairo_paint (cr);
      colors.high_contrast = hc;
      calf_body_map_transform_init (&t, calf_body_map_get_outline (map),
                                    &GRAPHENE_RECT_INIT (0, 0, 220, 600), FALSE);
      calf_body_map_paint_illustration (cr, calf_body_map_get_outline (map), &t, &colors);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      if (hc)
        {
          const char *dir = g_getenv ("CALF_SCREENSHOT_DIR") ?: g_get_tmp_dir ();
          g_autofree char *path = g_build_filename (dir, "body-map-high-contrast.png", NULL);

          g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
          g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
          g_test_message ("Saved %s", path);
        }

      data = cairo_image_surface_get_data (surface);
      n_black[hc] = 0;
      for (int y = 0; y < 600; y++)
        for (int x = 0; x < 220; x++)
          {
            guint32 pixel;

            memcpy (&pixel, data + y * cairo_image_surface_get_stride (surface) + 4 * x, sizeof pixel);
            if (pixel == 0xff000000)
              n_black[hc]++;
          }
      cairo_surface_destroy (surface);
    }
  g_test_message ("black pixels: normal %u, high contrast %u", n_black[0], n_black[1]);
  g_assert_cmpuint (n_black[0], ==, 0);
  g_assert_cmpuint (n_black[1], >, 500);
}

static void
test_size (void)
{
  int min_width, nat_width, min_height, nat_height;

  gtk_widget_measure (GTK_WIDGET (map), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (map), GTK_ORIENTATION_VERTICAL, -1, &min_height, &nat_height, NULL, NULL);
  g_test_message ("minimum %dx%d, natural %dx%d", min_width, min_height, nat_width, nat_height);

  /* Fits a 360 px window with margins; natural is a comfortable size. */
  g_assert_cmpint (min_width, <=, 300);
  g_assert_cmpint (min_height, <=, 320);
  g_assert_cmpint (nat_width, >=, 240);
  g_assert_cmpint (nat_height, >=, 460);
}

static void
save (GtkWidget  *widget,
      const char *name)
{
  g_autofree char *path = NULL;

  calf_test_wait_for_frame (widget);
  path = calf_test_save_screenshot (widget, name);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  CalfBodyMap *narrow_map;
  GtkWidget *narrow;

  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

      set_side (CALF_BODY_SIDE_LEFT);
      gtk_root_set_focus (GTK_ROOT (window), NULL);
      save (window, dark ? "body-map-dark" : "body-map-light");

      /* The right leg, with a region hovered and another focused. */
      set_side (CALF_BODY_SIDE_RIGHT);
      gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
      gtk_widget_grab_focus (region_widget ("achilles"));
      gtk_widget_set_state_flags (region_widget ("upper-calf-inner"), GTK_STATE_FLAG_PRELIGHT, FALSE);
      save (window, dark ? "body-map-right-dark" : "body-map-right-light");
      gtk_widget_unset_state_flags (region_widget ("upper-calf-inner"), GTK_STATE_FLAG_PRELIGHT);
      gtk_root_set_focus (GTK_ROOT (window), NULL);
      set_side (CALF_BODY_SIDE_LEFT);
    }

  /* 360 px wide: the map above the list. */
  narrow = create_window (360, 640, GTK_ORIENTATION_VERTICAL, &narrow_map, NULL);
  g_assert_cmpint (gtk_widget_get_width (narrow), ==, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (narrow_map)), <=, 336);
  save (narrow, "body-map-narrow-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save (narrow, "body-map-narrow-light");
  gtk_window_destroy (GTK_WINDOW (narrow));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = create_window (640, 720, GTK_ORIENTATION_HORIZONTAL, &map, &list);

  g_test_add_func ("/body-map/highlight", test_highlight);
  g_test_add_func ("/body-map/dark-and-contrast", test_dark_and_contrast);
  g_test_add_func ("/body-map/size", test_size);
  g_test_add_func ("/body-map/screenshots", test_screenshots);

  return g_test_run ();
}
