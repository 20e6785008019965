/* test-exercise-plan.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A result's exercises as a plan of at most four on one week, each dose
 * said once; the rest as more exercises.
 */

#define G_LOG_DOMAIN "calf-test-exercise-plan"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "calf-engine.h"
#include "calf-exercise-plan.h"

static CalfDatabase *database;
static CalfEngine *engine;

static CalfResult *
assess (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfAnswers) answers = calf_answers_new_from_json (database, NULL, json, -1, &error);

  g_assert_no_error (error);
  return calf_engine_evaluate (engine, answers);
}

/* The same number of days is the same days; fewer days are a subset of
 * more, so a week has few distinct lines. */
static void
test_days (void)
{
  static const struct {
    guint days_per_week;
    const char *text;
  } cases[] = {
    { 7, "Every day" },
    { 6, "Monday to Saturday" },
    { 5, "Monday to Friday" },
    { 4, "Monday, Tuesday, Thursday and Friday" },
    { 3, "Monday, Wednesday and Friday" },
    { 2, "Tuesday and Friday" },
    { 1, "Wednesday" },
  };
  guint previous = 0x7f;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CalfDose dose = { 3, 10, 0, 30, 1, cases[i].days_per_week, 6, NULL };
      guint days = calf_exercise_plan_days (&dose);
      g_autofree char *text = calf_plan_days_to_string (days);

      g_assert_cmpuint ((guint) __builtin_popcount (days), ==, cases[i].days_per_week);
      g_assert_cmpstr (text, ==, cases[i].text);
      /* 3 ⊂ 5 ⊂ 6 ⊂ 7 and 2 ⊂ 4 ⊂ 5. */
      if (cases[i].days_per_week != 4 && cases[i].days_per_week != 2 && cases[i].days_per_week != 1)
        {
          g_assert_cmpuint (days & previous, ==, days);
          previous = days;
        }
    }
  {
    CalfDose four = { 3, 10, 0, 30, 1, 4, 6, NULL }, two = { 3, 10, 0, 30, 1, 2, 6, NULL };
    CalfDose five = { 3, 10, 0, 30, 1, 5, 6, NULL };

    g_assert_cmpuint (calf_exercise_plan_days (&two) & calf_exercise_plan_days (&four), ==,
                      calf_exercise_plan_days (&two));
    g_assert_cmpuint (calf_exercise_plan_days (&four) & calf_exercise_plan_days (&five), ==,
                      calf_exercise_plan_days (&four));
  }
}

/* A self-care result with many exercises: four make the plan, on one
 * week where every exercise is on exactly the days its dose asks for;
 * each dose is said once, without the days or the database's note. */
static void
test_plan_from_engine (void)
{
  g_autoptr(CalfResult) result = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": 38, \"sex\": \"female\", "
                                         "\"findings\": {\"calf-tightness\": true, \"gradual-onset\": true, "
                                         "\"back-pain\": true, \"knee-to-wall-cm\": 6, \"pain-score\": 3, "
                                         "\"duration-days\": 60}}");
  GPtrArray *exercises = calf_result_get_exercises (result);
  guint n_planned = calf_result_get_n_planned (result);
  g_autoptr(GPtrArray) plan = g_ptr_array_new ();
  g_autoptr(GPtrArray) week = NULL;
  guint seen[7] = { 0 };

  g_assert_cmpint (calf_result_get_triage_level (result), ==, CALF_TRIAGE_SELF_CARE);
  g_assert_cmpuint (exercises->len, >, 4);
  g_assert_cmpuint (n_planned, ==, 4);

  /* The JSON (--assess, --interview) says which make the plan. */
  {
    g_autofree char *json = calf_result_to_json (result);
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    JsonArray *listed;

    json_parser_load_from_data (parser, json, -1, &error);
    g_assert_no_error (error);
    listed = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "exercises");
    g_assert_cmpuint (json_array_get_length (listed), ==, exercises->len);
    for (guint i = 0; i < exercises->len; i++)
      g_assert_cmpint (json_object_get_boolean_member (json_array_get_object_element (listed, i), "plan"), ==,
                       i < n_planned);
  }

  for (guint i = 0; i < n_planned; i++)
    g_ptr_array_add (plan, g_ptr_array_index (exercises, i));
  week = calf_exercise_plan_week (plan);
  g_assert_cmpuint (week->len, >, 0);
  g_assert_cmpuint (week->len, <=, 7);

  for (guint g = 0; g < week->len; g++)
    {
      const CalfPlanGroup *group = g_ptr_array_index (week, g);

      g_assert_cmpuint (group->exercises->len, >, 0);
      for (guint day = 0; day < 7; day++)
        {
          if (!(group->days & (1u << day)))
            continue;
          /* Each day is in one line only. */
          g_assert_cmpuint (seen[day], ==, 0);
          seen[day] = group->exercise_mask;
        }
    }
  for (guint i = 0; i < plan->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (plan, i);
      guint days = calf_exercise_plan_days (&exercise->dose);
      g_autofree char *dose = calf_exercise_plan_dose_to_string (exercise);

      for (guint day = 0; day < 7; day++)
        g_assert_cmpuint (!!(seen[day] & (1u << i)), ==, !!(days & (1u << day)));

      g_assert_null (strstr (dose, "days a week"));
      g_assert_null (strstr (dose, "every day"));
      if (exercise->dose.note != NULL)
        g_assert_null (strstr (dose, exercise->dose.note));
      g_assert_nonnull (strstr (dose, "week"));
    }
}

/* Emergencies and urgent results have no exercises at all, so no plan;
 * a plan never holds more than exercise_plan_max. */
static void
test_plan_limits (void)
{
  g_autoptr(CalfResult) urgent = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": 60, "
                                         "\"findings\": {\"calf-swelling-one-side\": true, \"previous-clot\": true}}");
  g_autoptr(CalfResult) few = assess ("{\"region\": \"achilles\", \"side\": \"right\", \"age\": 45, "
                                      "\"findings\": {\"gradual-onset\": true, \"morning-stiffness\": true}}");

  g_assert_cmpint (calf_result_get_triage_level (urgent), >=, CALF_TRIAGE_URGENT);
  g_assert_cmpuint (calf_result_get_exercises (urgent)->len, ==, 0);
  g_assert_cmpuint (calf_result_get_n_planned (urgent), ==, 0);

  g_assert_cmpuint (calf_result_get_n_planned (few), ==,
                    MIN (calf_result_get_exercises (few)->len,
                         (guint) calf_database_get_param (database, "exercise_plan_max")));
  g_assert_cmpfloat (calf_database_get_param (database, "exercise_plan_max"), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  database = calf_database_new_default (&error);
  g_assert_no_error (error);
  engine = calf_engine_new (database);

  g_test_add_func ("/exercise-plan/days", test_days);
  g_test_add_func ("/exercise-plan/from-engine", test_plan_from_engine);
  g_test_add_func ("/exercise-plan/limits", test_plan_limits);

  ret = g_test_run ();
  g_clear_object (&engine);
  g_clear_object (&database);
  return ret;
}
