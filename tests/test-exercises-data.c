/* test-exercises-data.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-exercises-data"

#include "config.h"

#include <string.h>

#include "calf-report.h"
#include "calf-result.h"
#include "calf-selftest.h"
#include "calf-session.h"
#include "calf-sketch.h"

/* data/exercises/README.md's dark rules, added before </style>. */
#define DARK_CSS ".figure{stroke:#deddda}.ghost{stroke:#77767b;opacity:.7}.accent{stroke:#62a0ea}" \
                 ".prop{stroke:#9a9996}.fill{fill:#3d3846}"

static CalfDatabase *database;

static char *
source_path (const char *folder,
             const char *name)
{
  return g_build_filename (g_getenv ("CALF_SOURCE_DIR"), "data", folder, name, NULL);
}

static cairo_surface_t *
render (GBytes *svg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfSketch) sketch = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  /* Drawn as the window and the reports draw them. */
  sketch = calf_sketch_new (svg, &error);
  g_assert_no_error (error);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 120);
  cr = cairo_create (surface);
  calf_sketch_draw (sketch, cr, 0, 0, 120, 120);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static const guint32 *
pixel_row (cairo_surface_t *surface,
           int              y)
{
  return (const guint32 *) (gpointer) (cairo_image_surface_get_data (surface) +
                                       y * cairo_image_surface_get_stride (surface));
}

/* Both draw something, and most of what the light one draws changes colour
 * in the dark one. */
static void
assert_recoloured (GBytes *light,
                   GBytes *dark)
{
  cairo_surface_t *a = render (light);
  cairo_surface_t *b = render (dark);
  guint n_drawn = 0;
  guint n_changed = 0;

  for (int y = 0; y < 120; y++)
    {
      const guint32 *row_a = pixel_row (a, y);
      const guint32 *row_b = pixel_row (b, y);

      for (int x = 0; x < 120; x++)
        {
          if ((row_a[x] >> 24) == 0xff)
            {
              n_drawn++;
              n_changed += (row_a[x] & 0xffffff) != (row_b[x] & 0xffffff);
            }
        }
    }

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  g_assert_cmpuint (n_drawn, >, 300);
  g_assert_cmpuint (n_changed, >, n_drawn * 9 / 10);
}

/* The file exists, colours come only from the classes, and the dark rules
 * re-colour it: its strokes get lighter. */
static void
check_drawing (const char *folder,
               const char *name)
{
  g_autofree char *path = source_path (folder, name);
  g_autofree char *text = NULL;
  g_autoptr(GString) dark_text = NULL;
  g_autoptr(GBytes) light = NULL;
  g_autoptr(GBytes) dark = NULL;
  const char *style_end;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_null (strstr (text, "stroke=\"#"));
  g_assert_null (strstr (text, "fill=\"#"));
  g_assert_null (strstr (text, "style=\""));

  style_end = strstr (text, "</style>");
  g_assert_nonnull (style_end);
  dark_text = g_string_new (text);
  g_string_insert (dark_text, style_end - text, DARK_CSS);

  light = g_bytes_new (text, strlen (text));
  dark = g_bytes_new (dark_text->str, dark_text->len);
  assert_recoloured (light, dark);
}

static void
test_every_exercise (void)
{
  GPtrArray *exercises = calf_database_get_exercises (database);

  g_assert_cmpuint (exercises->len, >=, 10);

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);
      const CalfDose *dose = &exercise->dose;
      g_autofree char *dose_text = NULL;
      g_autoptr(CalfSession) session = NULL;

      g_test_message ("%s", exercise->id);

      g_assert_nonnull (exercise->illustration);
      check_drawing ("exercises", exercise->illustration);
      {
        /* Compiled in, as reports and the window load it. */
        g_autoptr(GBytes) svg = calf_report_load_illustration (exercise->illustration);

        g_assert_nonnull (svg);
      }

      g_assert_cmpuint (g_strv_length (exercise->steps), >=, 2);
      for (guint s = 0; exercise->steps[s] != NULL; s++)
        g_assert_cmpuint (strlen (exercise->steps[s]), >, 10);
      g_assert_cmpuint (strlen (exercise->name), >, 0);
      g_assert_cmpuint (strlen (exercise->purpose), >, 20);
      g_assert_cmpuint (strlen (exercise->feel), >, 10);
      g_assert_cmpuint (strlen (exercise->stop_if), >, 10);
      g_assert_cmpuint (exercise->references->len, >, 0);

      g_assert_cmpint (dose->sets, >=, 1);
      g_assert_true (dose->reps > 0 || dose->hold_seconds > 0);
      g_assert_cmpint (dose->times_per_day, >=, 1);
      g_assert_cmpint (dose->days_per_week, >=, 1);
      g_assert_cmpint (dose->days_per_week, <=, 7);
      g_assert_cmpint (dose->weeks, >=, 1);
      dose_text = calf_exercise_dose_to_string (exercise);
      g_assert_cmpuint (strlen (dose_text), >, 10);

      /* Every dose can be followed as a guided session. */
      session = calf_session_new_for_dose (dose);
      g_assert_nonnull (session);
      g_assert_cmpuint (calf_session_get_n_sets (session), ==, (guint) dose->sets);
    }
}

/* The kinds the issue asks for are there. */
static void
test_coverage (void)
{
  static const char *required[] = {
    "calf-stretch-straight-knee", "calf-stretch-bent-knee",
    "eccentric-heel-drop-straight-knee", "eccentric-heel-drop-bent-knee",
    "heel-raise-progression", "seated-soleus-raise", "foam-roll-calf",
    "ankle-mobility-knee-to-wall", "claudication-walking-programme",
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_nonnull (calf_database_lookup_exercise (database, required[i]));
}

static void
test_selftest_drawings (void)
{
  for (CalfSelftestKind kind = CALF_SELFTEST_KNEE_TO_WALL; kind <= CALF_SELFTEST_HEEL_RAISE; kind++)
    {
      const CalfQuestion *question = calf_selftest_lookup_question (database, kind);

      g_assert_nonnull (question);
      g_assert_nonnull (question->illustration);
      g_assert_cmpuint (g_strv_length (question->help_how), >=, 3);
      check_drawing ("selftests", question->illustration);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  database = calf_database_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/exercises-data/every-exercise", test_every_exercise);
  g_test_add_func ("/exercises-data/coverage", test_coverage);
  g_test_add_func ("/exercises-data/selftest-drawings", test_selftest_drawings);

  status = g_test_run ();
  g_object_unref (database);
  return status;
}
