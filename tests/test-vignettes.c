/* test-vignettes.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-vignettes"

#include "config.h"

#include <json-glib/json-glib.h>

#include "calf-engine.h"

/*
 * Runs the engine on every vignette in tests/vignettes/ and in
 * ../shared/vignettes/ (when present), the way symptom checkers are
 * audited: first-ranked cause, top three, triage. Fails below the bar of
 * issue 4: first ≥ 85 %, top three ≥ 95 %, exact triage ≥ 90 %, no
 * under-triage, every emergency escalated, no exercise at urgent or
 * emergency triage; every shared vignette acceptable on its own.
 */

static CalfDatabase *database;
static CalfEngine *engine;

typedef struct
{
  char            *name;
  char            *description;
  CalfAnswers     *answers;
  GPtrArray       *triage;   /* of CalfTriageLevel as pointers */
  GStrv            top1;
  GStrv            top3;     /* nullable */
} Vignette;

typedef struct
{
  guint n;
  guint top1;
  guint top3;
  guint exact;
  guint under;
  guint over;
  guint emergencies;
  guint escalated;
  guint exercise_at_urgent;
} Tally;

static void
vignette_free (Vignette *v)
{
  g_free (v->name);
  g_free (v->description);
  g_clear_object (&v->answers);
  g_clear_pointer (&v->triage, g_ptr_array_unref);
  g_strfreev (v->top1);
  g_strfreev (v->top3);
  g_free (v);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Vignette, vignette_free)

static GStrv
read_strings (JsonObject *object,
              const char *member)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (!json_object_has_member (object, member))
    return NULL;
  array = json_object_get_array_member (object, member);
  g_assert_nonnull (array);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_strv_builder_add (builder, json_array_get_string_element (array, i));
  return g_strv_builder_end (builder);
}

static Vignette *
load_vignette (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(Vignette) v = g_new0 (Vignette, 1);
  g_autofree char *input = NULL;
  g_auto(GStrv) levels = NULL;
  JsonObject *root;
  JsonObject *expect;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  v->name = g_path_get_basename (path);
  v->description = g_strdup (json_object_get_string_member_with_default (root, "description", ""));

  /* The input goes through the same reader as `calf-check --assess`. */
  json_generator_set_root (generator, json_object_get_member (root, "input"));
  input = json_generator_to_data (generator, NULL);
  v->answers = calf_answers_new_from_json (database, NULL, input, -1, &error);
  if (error != NULL)
    g_test_message ("%s: %s", v->name, error->message);
  g_assert_no_error (error);

  expect = json_object_get_object_member (root, "expect");
  g_assert_nonnull (expect);
  levels = read_strings (expect, "triage");
  g_assert_nonnull (levels);
  v->triage = g_ptr_array_new ();
  for (guint i = 0; levels[i] != NULL; i++)
    {
      CalfTriageLevel level;

      g_assert_true (calf_triage_level_from_string (levels[i], &level));
      g_ptr_array_add (v->triage, GUINT_TO_POINTER (level));
    }
  v->top1 = read_strings (expect, "top1");
  g_assert_nonnull (v->top1);
  v->top3 = read_strings (expect, "top3");

  return g_steal_pointer (&v);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
load_folder (const char *folder)
{
  GPtrArray *vignettes = g_ptr_array_new_with_free_func ((GDestroyNotify) vignette_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return vignettes;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      g_ptr_array_add (vignettes, load_vignette (path));
    }

  return vignettes;
}

static gboolean
in_first (CalfResult *result,
          const char *condition_id,
          guint       n)
{
  GPtrArray *ranked = calf_result_get_conditions (result);

  for (guint i = 0; i < n && i < ranked->len; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (ranked, i);

      if (g_str_equal (entry->condition->id, condition_id))
        return TRUE;
    }
  return FALSE;
}

static gboolean
top3_ok (const Vignette *v,
         CalfResult     *result)
{
  if (v->top3 != NULL)
    {
      for (guint i = 0; v->top3[i] != NULL; i++)
        {
          if (!in_first (result, v->top3[i], 3))
            return FALSE;
        }
      return TRUE;
    }

  for (guint i = 0; v->top1[i] != NULL; i++)
    {
      if (in_first (result, v->top1[i], 3))
        return TRUE;
    }
  return FALSE;
}

static gboolean
top1_ok (const Vignette *v,
         CalfResult     *result)
{
  for (guint i = 0; v->top1[i] != NULL; i++)
    {
      if (in_first (result, v->top1[i], 1))
        return TRUE;
    }
  return FALSE;
}

static void
level_range (const Vignette  *v,
             CalfTriageLevel *low,
             CalfTriageLevel *high)
{
  *low = CALF_TRIAGE_EMERGENCY;
  *high = CALF_TRIAGE_SELF_CARE;
  for (guint i = 0; i < v->triage->len; i++)
    {
      CalfTriageLevel level = GPOINTER_TO_UINT (g_ptr_array_index (v->triage, i));

      *low = MIN (*low, level);
      *high = MAX (*high, level);
    }
}

static gboolean
triage_ok (const Vignette *v,
           CalfTriageLevel level)
{
  return g_ptr_array_find (v->triage, GUINT_TO_POINTER (level), NULL);
}

static void
score_one (const Vignette *v,
           Tally          *tally)
{
  g_autoptr(CalfResult) result = calf_engine_evaluate (engine, v->answers);
  CalfTriageLevel level = calf_result_get_triage_level (result);
  const CalfRankedCondition *first = g_ptr_array_index (calf_result_get_conditions (result), 0);
  CalfTriageLevel low, high;
  gboolean t1 = top1_ok (v, result);
  gboolean t3 = top3_ok (v, result);
  gboolean exact = triage_ok (v, level);

  level_range (v, &low, &high);
  tally->n++;
  tally->top1 += t1;
  tally->top3 += t3;
  tally->exact += exact;
  tally->under += level < low;
  tally->over += level > high;
  if (triage_ok (v, CALF_TRIAGE_EMERGENCY))
    {
      tally->emergencies++;
      tally->escalated += level == CALF_TRIAGE_EMERGENCY;
    }
  if (level >= CALF_TRIAGE_URGENT && calf_result_get_exercises (result)->len > 0)
    tally->exercise_at_urgent++;

  if (!t1 || !t3 || !exact)
    g_test_message ("MISS %s: triage %s%s, first %s (%.2f)%s%s",
                    v->name, calf_triage_level_to_string (level),
                    exact ? "" : (level < low ? " UNDER" : " OVER"),
                    first->condition->id, first->score,
                    t1 ? "" : " [top1]", t3 ? "" : " [top3]");
}

static double
percent (guint part,
         guint whole)
{
  return whole > 0 ? 100.0 * part / whole : 0;
}

static void
print_tally (const char  *what,
             const Tally *t)
{
  g_test_message ("%s: %u vignettes", what, t->n);
  g_test_message ("  first-ranked correct: %u (%.1f%%)", t->top1, percent (t->top1, t->n));
  g_test_message ("  in the top three:     %u (%.1f%%)", t->top3, percent (t->top3, t->n));
  g_test_message ("  exact triage:         %u (%.1f%%)", t->exact, percent (t->exact, t->n));
  g_test_message ("  under-triage:         %u", t->under);
  g_test_message ("  over-triage:          %u", t->over);
  g_test_message ("  emergencies escalated: %u of %u", t->escalated, t->emergencies);
  g_test_message ("  exercises at urgent or emergency triage: %u", t->exercise_at_urgent);
}

static void
test_own_vignettes (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "vignettes", NULL);
  g_autoptr(GPtrArray) vignettes = load_folder (folder);
  Tally tally = { 0 };

  /* Issue 4 asks for at least 60 written from the clinical sources. */
  g_assert_cmpuint (vignettes->len, >=, 60);

  for (guint i = 0; i < vignettes->len; i++)
    score_one (g_ptr_array_index (vignettes, i), &tally);

  print_tally ("tests/vignettes", &tally);

  g_assert_cmpfloat (percent (tally.top1, tally.n), >=, 85.0);
  g_assert_cmpfloat (percent (tally.top3, tally.n), >=, 95.0);
  g_assert_cmpfloat (percent (tally.exact, tally.n), >=, 90.0);
  g_assert_cmpuint (tally.under, ==, 0);
  g_assert_cmpuint (tally.escalated, ==, tally.emergencies);
  g_assert_cmpuint (tally.exercise_at_urgent, ==, 0);
}

static void
test_shared_vignette (gconstpointer data)
{
  const Vignette *v = data;
  g_autoptr(CalfResult) result = calf_engine_evaluate (engine, v->answers);
  CalfTriageLevel level = calf_result_get_triage_level (result);

  if (!triage_ok (v, level) || !top3_ok (v, result))
    g_test_message ("%s: triage %s, first %s", v->name, calf_triage_level_to_string (level),
                    ((const CalfRankedCondition *) g_ptr_array_index (calf_result_get_conditions (result), 0))->condition->id);
  g_assert_true (triage_ok (v, level));
  g_assert_true (top3_ok (v, result));
  if (level >= CALF_TRIAGE_URGENT)
    g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);
}

static void
test_shared_summary (gconstpointer data)
{
  GPtrArray *vignettes = (GPtrArray *) data;
  Tally tally = { 0 };

  for (guint i = 0; i < vignettes->len; i++)
    score_one (g_ptr_array_index (vignettes, i), &tally);
  print_tally ("../shared/vignettes", &tally);
  g_assert_cmpuint (tally.under, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shared = NULL;
  g_autofree char *shared_dir = NULL;
  const char *source_dir;
  int ret;

  g_test_init (&argc, &argv, NULL);

  database = calf_database_new_default (&error);
  g_assert_no_error (error);
  engine = calf_engine_new (database);

  g_test_add_func ("/vignettes/own", test_own_vignettes);

  /* The shared examples sit beside the source tree when it is checked out
   * in the usual place; without them this part is skipped. */
  source_dir = g_getenv ("CALF_SOURCE_DIR");
  if (source_dir != NULL)
    shared_dir = g_build_filename (source_dir, "..", "shared", "vignettes", NULL);
  if (shared_dir != NULL && g_file_test (shared_dir, G_FILE_TEST_IS_DIR))
    {
      shared = load_folder (shared_dir);
      for (guint i = 0; i < shared->len; i++)
        {
          const Vignette *v = g_ptr_array_index (shared, i);
          g_autofree char *path = g_strdup_printf ("/vignettes/shared/%s", v->name);

          g_test_add_data_func (path, v, test_shared_vignette);
        }
      g_test_add_data_func ("/vignettes/shared-summary", shared, test_shared_summary);
    }
  else
    {
      g_test_message ("../shared/vignettes not found: the shared examples are skipped");
    }

  ret = g_test_run ();

  g_clear_object (&engine);
  g_clear_object (&database);
  return ret;
}
