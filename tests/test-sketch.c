/* test-sketch.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-sketch"

#include "config.h"

#include <librsvg/rsvg.h>
#include <math.h>
#include <string.h>

#include "calf-sketch.h"

/* CalfSketch draws the app's line drawings instead of librsvg: every
 * shipped drawing, light and dark, must come out as librsvg draws it, and
 * anything outside the supported part of SVG must be refused. librsvg is
 * linked here only, as the reference. */

#define DARK_RULES ".figure{stroke:#deddda}.ghost{stroke:#9a9996}.accent{stroke:#99c1f1}" \
                   ".prop{stroke:#c0bfbc}.fill{fill:#3d3846}"

static cairo_surface_t *
new_surface (int width,
             int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  /* On white, as on a page, so transparency differences show. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

static cairo_surface_t *
draw_with_rsvg (GBytes *svg,
                int     width,
                int     height)
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error);
  cairo_surface_t *surface = new_surface (width, height);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  g_assert_true (rsvg_handle_render_document (handle, cr, &(RsvgRectangle) { 0, 0, width, height }, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  g_object_unref (handle);
  cairo_surface_flush (surface);
  return surface;
}

static cairo_surface_t *
draw_with_sketch (GBytes *svg,
                  int     width,
                  int     height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfSketch) sketch = calf_sketch_new (svg, &error);
  cairo_surface_t *surface = new_surface (width, height);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  calf_sketch_draw (sketch, cr, 0, 0, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The share of pixels whose colour differs by more than @tolerance in a
 * channel (anti-aliasing differs slightly between the two), and how many
 * pixels are drawn at all (not white). */
static double
differing_share (cairo_surface_t *a,
                 cairo_surface_t *b,
                 int              tolerance,
                 guint           *n_drawn)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  guint n_differing = 0;

  *n_drawn = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *ca = pa + y * stride + x * 4;
        const guint8 *cb = pb + y * stride + x * 4;
        int worst = 0;

        for (int c = 0; c < 4; c++)
          worst = MAX (worst, ABS ((int) ca[c] - (int) cb[c]));
        if (worst > tolerance)
          n_differing++;
        if (ca[0] != 0xff || ca[1] != 0xff || ca[2] != 0xff)
          (*n_drawn)++;
      }
  return (double) n_differing / (width * height);
}

static GBytes *
with_dark_rules (GBytes *svg)
{
  const char *data = g_bytes_get_data (svg, NULL);
  const char *end = strstr (data, "</style>");
  GString *dark;

  g_assert_nonnull (end);
  dark = g_string_new_len (data, end - data);
  g_string_append (dark, DARK_RULES);
  g_string_append (dark, end);
  return g_string_free_to_bytes (dark);
}

static void
assert_same_as_rsvg (GBytes     *svg,
                     const char *name,
                     int         width,
                     int         height)
{
  cairo_surface_t *expected = draw_with_rsvg (svg, width, height);
  cairo_surface_t *drawn = draw_with_sketch (svg, width, height);
  guint n_drawn;
  double share = differing_share (expected, drawn, 24, &n_drawn);

  g_test_message ("%s at %dx%d: %.3f%% of pixels differ", name, width, height, share * 100);
  /* Both draw with cairo: they agree within 24 levels (librsvg's circles
   * are cut into curves elsewhere: up to 14 levels at their edges), where
   * a ghost stroke drawn opaque is 40 levels off and a round cap drawn
   * square changes 0.1% of the pixels. */
  g_assert_cmpuint (n_drawn, >, (guint) (width * height / 50));
  if (share > 0.0002)
    {
      g_autofree char *dir = g_dir_make_tmp ("calf-sketch-XXXXXX", NULL);
      g_autofree char *a = g_build_filename (dir, "rsvg.png", NULL);
      g_autofree char *b = g_build_filename (dir, "sketch.png", NULL);

      cairo_surface_write_to_png (expected, a);
      cairo_surface_write_to_png (drawn, b);
      g_error ("%s at %dx%d: %.3f%% of pixels differ from librsvg's (%s, %s)",
               name, width, height, share * 100, a, b);
    }
  cairo_surface_destroy (expected);
  cairo_surface_destroy (drawn);
}

static void
test_shipped_drawings (void)
{
  static const char * const folders[] = { "exercises", "selftests" };
  guint n_files = 0;

  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("CALF_SOURCE_DIR"), "data", folders[f], NULL);
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = NULL;
          g_autoptr(GBytes) whole = NULL;
          g_autoptr(GBytes) light = NULL;
          g_autoptr(GBytes) dark = NULL;
          gchar *contents;
          gsize length;

          if (!g_str_has_suffix (name, ".svg"))
            continue;
          file = g_build_filename (path, name, NULL);
          g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
          /* Kept with its NUL, for strstr. */
          whole = g_bytes_new_take (contents, length + 1);
          light = g_bytes_new_from_bytes (whole, 0, length);
          dark = with_dark_rules (light);

          assert_same_as_rsvg (light, name, 240, 240);
          assert_same_as_rsvg (dark, name, 240, 240);
          /* Scaled, and centred in a viewport of another shape. */
          assert_same_as_rsvg (light, name, 97, 150);
          n_files++;
        }
    }
  g_assert_cmpuint (n_files, >=, 15);
}

#define HEAD "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\" viewBox=\"0 0 100 100\">"

/* A circle (two arcs) and a rounded rectangle fill the area they should,
 * and a sketch's size is its width and height. */
static void
test_shapes (void)
{
  static const struct { const char *svg; double area; } cases[] = {
    { HEAD "<circle cx=\"50\" cy=\"50\" r=\"40\"/></svg>", G_PI * 40 * 40 },
    { HEAD "<path d=\"M 10 50 A 40 40 0 0 1 90 50 Z\"/></svg>", G_PI * 40 * 40 / 2 },
    { HEAD "<path d=\"M 10 50 a 40 40 0 1 0 80 0 Z\"/></svg>", G_PI * 40 * 40 / 2 },
    { HEAD "<rect x=\"10\" y=\"20\" width=\"80\" height=\"60\" rx=\"10\"/></svg>",
      80 * 60 - (4 - G_PI) * 10 * 10 },
    { HEAD "<rect x=\"10\" y=\"20\" width=\"80\" height=\"60\"/></svg>", 80 * 60 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) svg = g_bytes_new_static (cases[i].svg, strlen (cases[i].svg));
      cairo_surface_t *surface = draw_with_sketch (svg, 100, 100);
      const guint8 *data = cairo_image_surface_get_data (surface);
      int stride = cairo_image_surface_get_stride (surface);
      double area = 0;

      /* Black fill on white: each pixel's darkness is its coverage. */
      for (int y = 0; y < 100; y++)
        for (int x = 0; x < 100; x++)
          area += 1 - data[y * stride + x * 4] / 255.0;
      g_assert_cmpfloat_with_epsilon (area, cases[i].area, cases[i].area * 0.01);
      cairo_surface_destroy (surface);
    }
}

static void
test_refused (void)
{
  static const char * const texts[] = {
    "<svg width=\"10\" height=\"10\"><text>hi</text></svg>",
    HEAD "<path d=\"M 0 0 L 10 10\" transform=\"scale(2)\"/></svg>",
    HEAD "<path d=\"M 0 0 L 10 10\" stroke=\"red\"/></svg>",
    HEAD "<path d=\"M 0 0 L 10 10\" stroke=\"#12345\"/></svg>",
    HEAD "<path d=\"M 0 0 L 10 10\" style=\"stroke:#000\"/></svg>",
    HEAD "<path d=\"M 0 0 L 10 10\"/><style>.a{stroke:#000}</style></svg>",
    HEAD "<style>path{stroke:#000}</style></svg>",
    HEAD "<style>.a{stroke:#000;filter:blur(2px)}</style></svg>",
    HEAD "<style>.a{stroke:#000</style></svg>",
    HEAD "<g opacity=\".5\"><path d=\"M 0 0 L 10 10\"/></g></svg>",
    HEAD "<path d=\"M 0 0 L 10 10\"><path d=\"M 0 0 L 5 5\"/></path></svg>",
    HEAD "<path d=\"M 0 0 A 5 5 0 2 0 10 10\"/></svg>",
    HEAD "<path d=\"M 0 0 L 10\"/></svg>",
    HEAD "<path/></svg>",
    HEAD "<circle cx=\"5\" cy=\"5\"/></svg>",
    HEAD "<rect width=\"-1\" height=\"5\"/></svg>",
    HEAD "<path d=\"M 0 0 L 10 10\" opacity=\"2\"/></svg>",
    HEAD "some text</svg>",
    "<svg/>",
    "<path d=\"M 0 0\"/>",
    "",
    "<svg width=\"10\" height=\"10\">",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) svg = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(CalfSketch) sketch = calf_sketch_new (svg, &error);

      if (sketch != NULL)
        g_error ("accepted: %s", texts[i]);
      g_assert_nonnull (error);
      g_test_message ("%s: %s", texts[i], error->message);
    }
}

static void
test_size (void)
{
  static const char text[] = "<svg width=\"240\" height=\"120\" viewBox=\"0 0 24 12\"></svg>";
  g_autoptr(GBytes) svg = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfSketch) sketch = calf_sketch_new (svg, &error);
  double width, height;

  g_assert_no_error (error);
  calf_sketch_get_size (sketch, &width, &height);
  g_assert_cmpfloat (width, ==, 240);
  g_assert_cmpfloat (height, ==, 120);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sketch/shipped-drawings", test_shipped_drawings);
  g_test_add_func ("/sketch/shapes", test_shapes);
  g_test_add_func ("/sketch/refused", test_refused);
  g_test_add_func ("/sketch/size", test_size);

  return g_test_run ();
}
