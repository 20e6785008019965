/* test-outline.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-outline"

#include "config.h"

#include <string.h>

#include "calf-outline.h"
#include "body-map-points.h"

/* ---- path parser ------------------------------------------------------- */

static const struct {
  const char *data;
  const char *expected;
} good_paths[] = {
  { "M 0 0 L 10 0 L 10 10 Z",             "M 0 0 L 10 0 L 10 10 Z" },
  { "M0,0L10,0L10,10z",                   "M 0 0 L 10 0 L 10 10 Z" },
  { "m 10 10 l 5 0 l 0 5 z",              "M 10 10 L 15 10 L 15 15 Z" },
  /* Implicit repetition: pairs after a move are lines. */
  { "M 0 0 10 0 10 10",                   "M 0 0 L 10 0 L 10 10" },
  { "m 1 1 2 2 3 3",                      "M 1 1 L 3 3 L 6 6" },
  { "M 5 5 H 10 V 20 h -5 v -10",         "M 5 5 L 10 5 L 10 20 L 5 20 L 5 10" },
  { "M 0 0 C 1 2 3 4 5 6",                "M 0 0 C 1 2 3 4 5 6" },
  { "M 10 10 c 1 2 3 4 5 6 1 1 2 2 3 3",  "M 10 10 C 11 12 13 14 15 16 C 16 17 17 18 18 19" },
  /* Quadratics become the equivalent cubic (controls 2/3 of the way). */
  { "M 0 0 Q 3 3 6 0",                    "M 0 0 C 2 2 4 2 6 0" },
  { "M 0 0 q 3 3 6 0",                    "M 0 0 C 2 2 4 2 6 0" },
  /* S reflects the previous cubic control point, T the quadratic one. */
  { "M 0 0 C 0 1 2 1 2 0 S 4 -1 4 0",     "M 0 0 C 0 1 2 1 2 0 C 2 -1 4 -1 4 0" },
  { "M 0 0 Q 3 3 6 0 T 12 0",             "M 0 0 C 2 2 4 2 6 0 C 8 -2 10 -2 12 0" },
  { "M 0 0 S 3 3 6 0",                    "M 0 0 C 0 0 3 3 6 0" },
  /* Numbers run together as SVG allows. */
  { "M1e1-2.5.5.5",                       "M 10 -2.5 L 0.5 0.5" },
  { "M 1E+1 2e-1",                        "M 10 0.2" },
  /* After Z, relative commands start from the subpath's start. */
  { "M 10 10 l 5 0 z l 0 5",              "M 10 10 L 15 10 Z L 10 15" },
  { "  \n\tM 1 2  ",                      "M 1 2" },
};

static void
test_path_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CalfOutlinePath) path = calf_outline_path_parse (good_paths[i].data, &error);
      g_autofree char *str = NULL;

      g_test_message ("%s", good_paths[i].data);
      g_assert_no_error (error);
      g_assert_nonnull (path);
      str = calf_outline_path_to_string (path);
      g_assert_cmpstr (str, ==, good_paths[i].expected);
    }
}

static const char * const bad_paths[] = {
  "",
  "   ",
  "L 0 0",                    /* must start with a move */
  "M 0",                      /* missing coordinate */
  "M 0 0 L 1",
  "M 0 0 A 1 1 0 0 0 1 1",    /* arcs are not supported */
  "M 0 0 X 1 1",
  "M 0 0 L 1 nan",
  "M 1e400 0",
  "M 0 0 L 1 2 3",            /* odd number of coordinates */
  "M . 0",
  "M 0 0 C 1 2 3 4 5",
  "0 0",
  "M 0 0 L 1 1 \xc3\xa9",
};

static void
test_path_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CalfOutlinePath) path = calf_outline_path_parse (bad_paths[i], &error);

      g_test_message ("“%s”", bad_paths[i]);
      g_assert_null (path);
      g_assert_error (error, CALF_OUTLINE_ERROR, CALF_OUTLINE_ERROR_PATH_SYNTAX);
      g_assert_true (g_str_has_prefix (error->message, "Path data at character "));
    }
}

static void
test_path_limits (void)
{
  g_autoptr(GString) big = g_string_new ("M 0 0");
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfOutlinePath) path = NULL;

  /* More segments than any illustration needs: refused, not slow. */
  for (guint i = 0; i < 10000; i++)
    g_string_append (big, " L 1 1");

  path = calf_outline_path_parse (big->str, &error);
  g_assert_null (path);
  g_assert_error (error, CALF_OUTLINE_ERROR, CALF_OUTLINE_ERROR_PATH_SYNTAX);
}

static void
test_path_geometry (void)
{
  g_autoptr(CalfOutlinePath) square = calf_outline_path_parse ("M 10 10 h 20 v 20 h -20 z", NULL);
  g_autoptr(CalfOutlinePath) curve = calf_outline_path_parse ("M 0 0 C 0 -40 100 -40 100 0 Z", NULL);
  double x1, y1, x2, y2;

  g_assert_true (calf_outline_path_contains (square, 20, 20));
  g_assert_true (calf_outline_path_contains (square, 11, 29));
  g_assert_false (calf_outline_path_contains (square, 9, 20));
  g_assert_false (calf_outline_path_contains (square, 20, 31));

  calf_outline_path_get_bounds (square, &x1, &y1, &x2, &y2);
  g_assert_cmpfloat_with_epsilon (x1, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (y1, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (x2, 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (y2, 30, 1e-9);

  /* Bounds of a curve are those of the curve, not of its control points
   * (which reach y = -40; the curve peaks at y = -30). */
  calf_outline_path_get_bounds (curve, &x1, &y1, &x2, &y2);
  g_assert_cmpfloat_with_epsilon (y1, -30, 0.5);
  g_assert_true (calf_outline_path_contains (curve, 50, -29));
  g_assert_false (calf_outline_path_contains (curve, 50, -31));
}

/* ---- the shipped outline ------------------------------------------------ */

static CalfOutline *
load_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "anatomy", "calf-posterior.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  CalfOutline *outline;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  outline = calf_outline_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (CALF_IS_OUTLINE (outline));

  return outline;
}

static void
test_shipped_outline (void)
{
  g_autoptr(CalfOutline) outline = load_shipped ();
  double x, y, width, height;
  guint n_outline = 0;

  calf_outline_get_view_box (outline, &x, &y, &width, &height);
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpfloat (height, >, width);  /* a leg is tall */

  /* Exactly the contract's regions. */
  g_assert_cmpuint (calf_outline_get_n_regions (outline), ==, G_N_ELEMENTS (body_map_region_ids));
  for (guint i = 0; i < G_N_ELEMENTS (body_map_region_ids); i++)
    {
      const CalfOutlineRegion *region = calf_outline_find_region (outline, body_map_region_ids[i]);

      g_assert_nonnull (region);
      g_assert_cmpstr (region->id, ==, body_map_region_ids[i]);
      g_assert_cmpstr (calf_outline_pick_region (outline, region->anchor_x, region->anchor_y), ==, region->id);
    }
  g_assert_null (calf_outline_find_region (outline, "calf"));

  /* The anatomical layers the illustration must have. */
  for (guint i = 0; i < calf_outline_get_n_layers (outline); i++)
    {
      const CalfOutlineLayer *layer = calf_outline_get_layer (outline, i);

      g_assert_cmpuint (calf_outline_path_get_n_segments (layer->path), >, 0);
      if (strcmp (layer->style, "outline") == 0)
        n_outline++;
    }
  g_assert_cmpuint (n_outline, ==, 1);
  {
    static const char * const needed[] = {
      "gastrocnemius-medial", "gastrocnemius-lateral", "soleus", "achilles-tendon",
      "heel", "knee-crease", "popliteal-fossa",
    };

    for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
      {
        gboolean found = FALSE;

        for (guint j = 0; j < calf_outline_get_n_layers (outline); j++)
          found |= strcmp (calf_outline_get_layer (outline, j)->id, needed[i]) == 0;
        g_assert_true (found);
      }
  }
}

static void
test_shipped_points (void)
{
  g_autoptr(CalfOutline) outline = load_shipped ();

  for (guint i = 0; i < G_N_ELEMENTS (body_map_points); i++)
    {
      const BodyMapPoint *p = &body_map_points[i];

      g_test_message ("(%g, %g) %s", p->x, p->y, p->what);
      g_assert_cmpstr (calf_outline_pick_region (outline, p->x, p->y), ==, p->region);
    }
}

/* The medial head is the larger one and reaches lower, and it lies on the
 * medial side, which in the canonical drawing (left leg from behind) is
 * the viewer's right. */
static void
test_shipped_anatomy (void)
{
  g_autoptr(CalfOutline) outline = load_shipped ();
  const CalfOutlineRegion *inner = calf_outline_find_region (outline, "upper-calf-inner");
  const CalfOutlineRegion *outer = calf_outline_find_region (outline, "upper-calf-outer");
  double ix1, iy1, ix2, iy2, ox1, oy1, ox2, oy2, x, width;

  calf_outline_get_view_box (outline, &x, NULL, &width, NULL);
  calf_outline_path_get_bounds (inner->path, &ix1, &iy1, &ix2, &iy2);
  calf_outline_path_get_bounds (outer->path, &ox1, &oy1, &ox2, &oy2);

  g_assert_cmpfloat ((ix1 + ix2) / 2, >, x + width / 2);
  g_assert_cmpfloat ((ox1 + ox2) / 2, <, x + width / 2);
  g_assert_cmpfloat (iy2, >, oy2 + 20);
  g_assert_cmpfloat ((ix2 - ix1) * (iy2 - iy1), >, (ox2 - ox1) * (oy2 - oy1));
}

/* ---- broken documents --------------------------------------------------- */

#define SQUARE "M 0 0 H 100 V 100 H 0 Z"
#define REGION_A "{\"id\": \"a\", \"d\": \"" SQUARE "\", \"anchor\": [50, 50]}"
#define LAYER_A "{\"id\": \"skin\", \"style\": \"skin\", \"d\": \"" SQUARE "\"}"

static const struct {
  const char *json;
  const char *message;   /* the start of the expected message */
} bad_documents[] = {
  { "", "anatomy outline: the file is empty" },
  { "[]", "anatomy outline: expected an object" },
  { "{", "anatomy outline: " },
  { "{\"format\": 1}", "$.view-box: missing" },
  { "{\"format\": 2, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [" REGION_A "]}",
    "format: unsupported format version" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [" REGION_A "], \"colour\": 1}",
    "$.colour: unknown key" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [" REGION_A "]}",
    "$.view-box: expected an array of 4 numbers" },
  { "{\"format\": 1, \"view-box\": [0, 0, -1, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [" REGION_A "]}",
    "view-box: width and height must be positive" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"M 0 0 A\", \"layers\": [" LAYER_A "], \"regions\": [" REGION_A "]}",
    "$.silhouette: Path data at character 8: arcs" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [], \"regions\": [" REGION_A "]}",
    "layers: expected a non-empty array" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [{\"id\": \"x\", \"style\": \"\", \"d\": \"" SQUARE "\"}], \"regions\": [" REGION_A "]}",
    "layers[0].style: expected a non-empty string" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A ", " LAYER_A "], \"regions\": [" REGION_A "]}",
    "layers[1]: duplicate id" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [" REGION_A ", " REGION_A "]}",
    "regions[1]: duplicate id" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [{\"id\": \"a\", \"d\": \"" SQUARE "\", \"anchor\": [150, 50]}]}",
    "regions[0].anchor: the point is not inside the region" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [{\"id\": \"a\", \"d\": \"" SQUARE "\", \"anchor\": [50, 50], \"exclusive\": \"no\"}]}",
    "regions[0].exclusive: expected true or false" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [{\"id\": \"a\", \"d\": \"" SQUARE "\", \"anchr\": [50, 50]}]}",
    "regions[0].anchr: unknown key" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [{\"id\": 3, \"d\": \"" SQUARE "\", \"anchor\": [50, 50]}]}",
    "regions[0].id: expected a string" },
  { "{\"format\": 1, \"view-box\": [0, 0, 100, 100], \"silhouette\": \"" SQUARE "\", \"layers\": [" LAYER_A "], \"regions\": [{\"id\": \"a\", \"d\": \"" SQUARE "\", \"anchor\": [50, \"x\"]}]}",
    "regions[0].anchor: expected an array of 2 numbers" },
};

static void
test_bad_documents (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad_documents[i].json, strlen (bad_documents[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(CalfOutline) outline = calf_outline_new_from_bytes (bytes, &error);

      g_test_message ("%s", bad_documents[i].json);
      g_assert_null (outline);
      g_assert_error (error, CALF_OUTLINE_ERROR, CALF_OUTLINE_ERROR_INVALID);
      if (!g_str_has_prefix (error->message, bad_documents[i].message))
        g_error ("expected “%s…”, got “%s”", bad_documents[i].message, error->message);
    }
}

static void
test_good_document (void)
{
  static const char json[] =
    "{\"format\": 1, \"view-box\": [0, 0, 200, 100], \"silhouette\": \"M 0 0 H 200 V 100 H 0 Z\","
    " \"layers\": [" LAYER_A "],"
    " \"regions\": [{\"id\": \"all\", \"d\": \"M 0 0 H 200 V 100 H 0 Z\", \"anchor\": [150, 50], \"exclusive\": false},"
    "              " REGION_A "]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfOutline) outline = calf_outline_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (calf_outline_get_n_regions (outline), ==, 2);
  g_assert_false (calf_outline_get_region (outline, 0)->exclusive);
  g_assert_true (calf_outline_get_region (outline, 1)->exclusive);

  /* Later regions lie above earlier ones. */
  g_assert_cmpstr (calf_outline_pick_region (outline, 50, 50), ==, "a");
  g_assert_cmpstr (calf_outline_pick_region (outline, 150, 50), ==, "all");
  g_assert_null (calf_outline_pick_region (outline, 250, 50));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outline/path/parse", test_path_parse);
  g_test_add_func ("/outline/path/errors", test_path_errors);
  g_test_add_func ("/outline/path/limits", test_path_limits);
  g_test_add_func ("/outline/path/geometry", test_path_geometry);
  g_test_add_func ("/outline/shipped/loads", test_shipped_outline);
  g_test_add_func ("/outline/shipped/points", test_shipped_points);
  g_test_add_func ("/outline/shipped/anatomy", test_shipped_anatomy);
  g_test_add_func ("/outline/document/errors", test_bad_documents);
  g_test_add_func ("/outline/document/good", test_good_document);

  return g_test_run ();
}
