/* test-engine.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-engine"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <math.h>

#include "calf-engine.h"

static CalfDatabase *database;
static CalfEngine *engine;

static const char * const red_flags[] = {
  "breathless-or-chest-pain", "cold-pale-foot", "tense-calf-severe-pain", "fever-unwell",
  "saddle-numbness-or-bladder", "sciatica-both-legs", "rest-pain-in-foot", "colour-change-or-sore",
};

static const char * const dvt_risk_factors[] = {
  "recent-surgery-or-immobilisation", "long-journey", "previous-clot", "active-cancer",
  "pregnancy-or-oestrogen",
};

static CalfAnswers *
answers_from (const char *json)
{
  g_autoptr(GError) error = NULL;
  CalfAnswers *answers = calf_answers_new_from_json (database, NULL, json, -1, &error);

  g_assert_no_error (error);
  return answers;
}

static CalfResult *
assess (const char *json)
{
  g_autoptr(CalfAnswers) answers = answers_from (json);

  return calf_engine_evaluate (engine, answers);
}

static double
score_of (CalfResult *result,
          const char *condition_id)
{
  const CalfRankedCondition *entry = calf_result_lookup_condition (result, condition_id);

  g_assert_nonnull (entry);
  return entry->score;
}

static const char *
first_of (CalfResult *result)
{
  const CalfRankedCondition *entry = g_ptr_array_index (calf_result_get_conditions (result), 0);

  return entry->condition->id;
}

static gboolean
has_finding (GPtrArray  *findings,
             const char *id)
{
  for (guint i = 0; i < findings->len; i++)
    {
      if (g_str_equal (((const CalfFinding *) g_ptr_array_index (findings, i))->id, id))
        return TRUE;
    }
  return FALSE;
}

/* A cause the advice names is among the causes listed, however low its
 * score: "Not sure" about a cold foot names limb ischaemia. */
static void
test_named_cause_listed (void)
{
  g_autoptr(CalfResult) result = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"findings\": "
                                         "{\"cold-pale-foot\": \"not-sure\", \"one-foot-colder\": \"not-sure\"}}");
  GPtrArray *conditions = calf_result_get_conditions (result);
  GPtrArray *reasons = calf_result_get_triage_reasons (result);
  guint n_listed = calf_result_get_n_listed (result);
  gboolean named = FALSE;
  gboolean listed = FALSE;
  double last_score = G_MAXDOUBLE;
  guint position = 0;

  for (guint i = 0; i < reasons->len; i++)
    named |= strstr (g_ptr_array_index (reasons, i), "acute limb ischaemia") != NULL;
  g_assert_true (named);
  for (guint i = 0; i < n_listed; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (conditions, i);

      if (g_str_equal (entry->condition->id, "acute-limb-ischaemia"))
        listed = TRUE, position = i;
    }
  g_assert_true (listed);
  /* The causes above it are still the most likely, in order. */
  for (guint i = 0; i < position; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (conditions, i);

      g_assert_cmpfloat (entry->score, <=, last_score);
      last_score = entry->score;
    }
}

/* A cause whose own signs set the advice (a long journey and pain at rest
 * without swelling: a same-day check for a clot) is listed among the first
 * three, above causes that score higher, so the list agrees with the
 * advice. */
static void
test_named_cause_leads (void)
{
  g_autoptr(CalfResult) result = assess ("{\"region\": \"mid-calf\", \"side\": \"right\", \"age\": 46, "
                                         "\"sex\": \"male\", \"findings\": {\"long-journey\": true, "
                                         "\"pain-at-rest\": true, \"calf-swelling-one-side\": false, "
                                         "\"whole-leg-swollen\": false, \"red-warm-skin\": false, "
                                         "\"tender-knot\": false}}");
  GPtrArray *conditions = calf_result_get_conditions (result);
  int position = -1;
  gboolean moved = FALSE;

  g_assert_cmpint (calf_result_get_triage_level (result), ==, CALF_TRIAGE_URGENT);
  for (guint i = 0; i < conditions->len; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (conditions, i);

      if (g_str_equal (entry->condition->id, "dvt"))
        position = (int) i;
    }
  g_assert_cmpint (position, >=, 0);
  g_assert_cmpint (position, <, 3);
  for (guint i = position + 1; i < conditions->len; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (conditions, i);
      const CalfRankedCondition *dvt = g_ptr_array_index (conditions, position);

      moved |= entry->score > dvt->score;
    }
  g_assert_true (moved);
}

/* "Not sure" about numbness between the legs or bladder trouble is settled
 * only when both simpler checks say no: a "no" to numbness alone leaves
 * the bladder unchecked, and a yes to new bladder trouble is an emergency. */
static void
test_unsure_saddle_needs_both_checks (void)
{
  static const struct
  {
    const char     *findings;
    CalfTriageLevel at_least;
    CalfTriageLevel at_most;
  } cases[] = {
    { "\"numb-when-wiping\": false", CALF_TRIAGE_URGENT, CALF_TRIAGE_EMERGENCY },
    { "\"numb-when-wiping\": false, \"new-bladder-trouble\": \"not-sure\"", CALF_TRIAGE_URGENT, CALF_TRIAGE_EMERGENCY },
    { "\"numb-when-wiping\": false, \"new-bladder-trouble\": true", CALF_TRIAGE_EMERGENCY, CALF_TRIAGE_EMERGENCY },
    { "\"numb-when-wiping\": false, \"new-bladder-trouble\": false", CALF_TRIAGE_SELF_CARE, CALF_TRIAGE_SOON },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"region\": \"mid-calf\", \"side\": \"left\", \"findings\": "
                                               "{\"saddle-numbness-or-bladder\": \"not-sure\", %s}}",
                                               cases[i].findings);
      g_autoptr(CalfResult) result = assess (json);

      g_test_message ("%s", cases[i].findings);
      g_assert_cmpint (calf_result_get_triage_level (result), >=, cases[i].at_least);
      g_assert_cmpint (calf_result_get_triage_level (result), <=, cases[i].at_most);
    }
}

/* The data rules the engine relies on hold in the shipped database. */
static void
test_database_contract (void)
{
  GPtrArray *bands = calf_database_get_likelihood_bands (database);
  const CalfCondition *dvt = calf_database_lookup_condition (database, "dvt");

  for (guint i = 0; i < G_N_ELEMENTS (red_flags); i++)
    {
      const CalfFinding *finding = calf_database_lookup_finding (database, red_flags[i]);

      g_assert_nonnull (finding);
      g_assert_true (finding->red_flag);
      g_assert_cmpint (finding->category, ==, CALF_FINDING_CATEGORY_RED_FLAG);
    }

  for (CalfTriageLevel level = CALF_TRIAGE_SELF_CARE; level <= CALF_TRIAGE_EMERGENCY; level++)
    g_assert_nonnull (calf_database_get_triage_info (database, level));

  /* Likelihood words never reassure. */
  for (guint i = 0; i < bands->len; i++)
    {
      const CalfLikelihoodBand *band = g_ptr_array_index (bands, i);
      g_autofree char *lower = g_utf8_strdown (band->label, -1);

      g_assert_null (strstr (lower, "unlikely"));
      g_assert_null (strstr (lower, "ruled out"));
      g_assert_null (strstr (lower, "no sign"));
      g_assert_null (strstr (lower, "not "));
    }

  /* Risk factors only ever raise a clot's score. */
  g_assert_nonnull (dvt);
  for (guint i = 0; i < dvt->scoring->evidence->len; i++)
    {
      const CalfEvidence *evidence = &g_array_index (dvt->scoring->evidence, CalfEvidence, i);

      if (evidence->test.kind != CALF_TEST_FINDING)
        continue;
      if (evidence->test.finding->category == CALF_FINDING_CATEGORY_RISK ||
          evidence->test.finding->red_flag)
        {
          g_assert_cmpfloat (evidence->weight, >, 0);
          g_assert_true (evidence->test.value);
        }
    }
}

static void
test_deterministic (void)
{
  const char *input = "{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": 50, "
                      "\"findings\": {\"cramp-episodes\": true, \"long-journey\": true}}";
  g_autoptr(CalfResult) a = assess (input);
  g_autoptr(CalfResult) b = assess (input);
  g_autofree char *ja = calf_result_to_json (a);
  g_autofree char *jb = calf_result_to_json (b);

  g_assert_cmpstr (ja, ==, jb);
}

static void
test_ranking (void)
{
  g_autoptr(CalfResult) result = assess ("{\"region\": \"heel\", \"side\": \"both\", \"findings\": {}}");
  GPtrArray *ranked = calf_result_get_conditions (result);
  GPtrArray *conditions = calf_database_get_conditions (database);

  g_assert_cmpuint (ranked->len, ==, conditions->len);
  g_assert_cmpuint (calf_result_get_n_listed (result), >=,
                    MIN ((guint) calf_database_get_param (database, "min_listed_conditions"), conditions->len));

  for (guint i = 0; i < ranked->len; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (ranked, i);

      g_assert_cmpfloat (entry->score, >=, 0);
      g_assert_cmpfloat (entry->score, <=, 1);
      g_assert_nonnull (entry->likelihood);
      if (i > 0)
        {
          const CalfRankedCondition *prev = g_ptr_array_index (ranked, i - 1);
          guint a, b;

          g_assert_cmpfloat (prev->score, >=, entry->score);
          /* Equal scores keep database order. */
          if (prev->score == entry->score)
            {
              g_assert_true (g_ptr_array_find (conditions, prev->condition, &a));
              g_assert_true (g_ptr_array_find (conditions, entry->condition, &b));
              g_assert_cmpuint (a, <, b);
            }
        }
    }
}

static void
test_red_flags_win (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (red_flags); i++)
    {
      /* Every reassuring answer we can give, plus the one red flag. */
      g_autofree char *input =
        g_strdup_printf ("{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": 30, \"findings\": {"
                         "\"gradual-onset\": true, \"calf-tightness\": true, \"tender-knot\": true, "
                         "\"calf-swelling-one-side\": false, \"pain-at-rest\": false, \"smoker\": false, "
                         "\"previous-clot\": false, \"%s\": true}}", red_flags[i]);
      g_autoptr(CalfResult) result = assess (input);

      g_assert_cmpint (calf_result_get_triage_level (result), >=, CALF_TRIAGE_URGENT);
      g_assert_true (has_finding (calf_result_get_triage_because (result), red_flags[i]));
      g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);
    }
}

static void
test_absent_risk_never_lowers_clot (void)
{
  const char *base = "{\"region\": \"mid-calf\", \"side\": \"right\", \"findings\": {"
                     "\"calf-swelling-one-side\": true, \"pain-at-rest\": true}}";
  g_autoptr(CalfResult) reference = assess (base);
  double dvt = score_of (reference, "dvt");

  g_assert_cmpint (calf_result_get_triage_level (reference), >=, CALF_TRIAGE_URGENT);

  for (guint i = 0; i < G_N_ELEMENTS (dvt_risk_factors); i++)
    {
      g_autofree char *input =
        g_strdup_printf ("{\"region\": \"mid-calf\", \"side\": \"right\", \"findings\": {"
                         "\"calf-swelling-one-side\": true, \"pain-at-rest\": true, \"%s\": false}}",
                         dvt_risk_factors[i]);
      g_autofree char *with_risk =
        g_strdup_printf ("{\"region\": \"mid-calf\", \"side\": \"right\", \"findings\": {"
                         "\"calf-swelling-one-side\": true, \"pain-at-rest\": true, \"%s\": true}}",
                         dvt_risk_factors[i]);
      g_autoptr(CalfResult) without = assess (input);
      g_autoptr(CalfResult) with = assess (with_risk);

      g_assert_cmpfloat (score_of (without, "dvt"), >=, dvt);
      g_assert_cmpint (calf_result_get_triage_level (without), >=, calf_result_get_triage_level (reference));
      g_assert_cmpfloat (score_of (with, "dvt"), >, dvt);
    }
}

static void
test_wells_escalates (void)
{
  /* No swelling, but two self-reportable Wells items and pain at rest. */
  g_autoptr(CalfResult) result =
    assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"findings\": {"
            "\"recent-surgery-or-immobilisation\": true, \"previous-clot\": true, \"pain-at-rest\": true, "
            "\"calf-swelling-one-side\": false}}");

  g_assert_cmpint (calf_result_get_triage_level (result), ==, CALF_TRIAGE_URGENT);
  g_assert_true (has_finding (calf_result_get_triage_because (result), "previous-clot"));
  g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);
}

static void
test_edinburgh_rule (void)
{
  const char *typical = "{\"region\": \"mid-calf\", \"side\": \"right\", \"age\": 70, \"findings\": {"
                        "\"pain-walking-eases-with-rest\": true, \"pain-uphill-or-hurrying\": true, "
                        "\"pain-starts-when-still\": false}}";
  const char *atypical = "{\"region\": \"mid-calf\", \"side\": \"right\", \"age\": 70, \"findings\": {"
                         "\"pain-walking-eases-with-rest\": true, \"pain-uphill-or-hurrying\": true, "
                         "\"pain-starts-when-still\": true}}";
  g_autoptr(CalfResult) yes = assess (typical);
  g_autoptr(CalfResult) no = assess (atypical);

  g_assert_cmpstr (first_of (yes), ==, "peripheral-artery-disease");
  g_assert_cmpint (calf_result_get_triage_level (yes), ==, CALF_TRIAGE_SOON);
  g_assert_cmpfloat (score_of (no, "peripheral-artery-disease"), <, score_of (yes, "peripheral-artery-disease"));
}

static void
test_restless_legs_criteria (void)
{
  g_autoptr(CalfResult) rls = assess ("{\"region\": \"whole-lower-leg\", \"side\": \"both\", \"findings\": {"
                                      "\"urge-to-move-legs\": true, \"night-symptoms\": true}}");
  g_autoptr(CalfResult) cramps = assess ("{\"region\": \"whole-lower-leg\", \"side\": \"both\", \"findings\": {"
                                         "\"urge-to-move-legs\": true, \"night-symptoms\": true, "
                                         "\"cramp-episodes\": true}}");

  g_assert_cmpstr (first_of (rls), ==, "restless-legs");
  /* Not solely explained by another condition: cramps take the criteria away. */
  g_assert_cmpfloat (score_of (cramps, "restless-legs"), <, score_of (rls, "restless-legs"));
}

static void
test_heel_raise_norms (void)
{
  /* Women in their forties: about 24 with a margin of 6. */
  g_autoptr(CalfResult) low = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": 45, "
                                      "\"sex\": \"female\", \"findings\": {\"heel-raise-count\": 10}}");
  g_autoptr(CalfResult) normal = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"age\": 45, "
                                         "\"sex\": \"female\", \"findings\": {\"heel-raise-count\": 22}}");
  g_autoptr(CalfResult) unknown = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", "
                                          "\"findings\": {\"heel-raise-count\": 10}}");
  const CalfRankedCondition *entry = calf_result_lookup_condition (low, "muscle-imbalance");

  g_assert_true (has_finding (entry->supporting, "heel-raise-count"));
  g_assert_cmpfloat (score_of (low, "muscle-imbalance"), >, score_of (normal, "muscle-imbalance"));
  /* Without age and sex there is no norm to compare with. */
  g_assert_cmpfloat (score_of (unknown, "muscle-imbalance"), ==, score_of (normal, "muscle-imbalance"));
}

static void
test_knee_to_wall (void)
{
  g_autoptr(CalfResult) tight = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", "
                                        "\"findings\": {\"knee-to-wall-cm\": 6.5}}");
  g_autoptr(CalfResult) free_ = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", "
                                        "\"findings\": {\"knee-to-wall-cm\": 12}}");

  g_assert_cmpfloat (score_of (tight, "muscle-imbalance"), >, score_of (free_, "muscle-imbalance"));
}

static gboolean
withheld_for (CalfResult *result,
              const char *exercise_id,
              const char *condition_id)
{
  GPtrArray *withheld = calf_result_get_withheld (result);

  for (guint i = 0; i < withheld->len; i++)
    {
      const CalfWithheldExercise *entry = g_ptr_array_index (withheld, i);

      if (g_str_equal (entry->exercise->id, exercise_id) &&
          (condition_id == NULL ||
           (entry->condition != NULL && g_str_equal (entry->condition->id, condition_id))))
        {
          g_assert_true (g_str_has_prefix (entry->reason, "Not now"));
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
recommended (CalfResult *result,
             const char *exercise_id)
{
  GPtrArray *exercises = calf_result_get_exercises (result);

  for (guint i = 0; i < exercises->len; i++)
    {
      if (g_str_equal (((const CalfExercise *) g_ptr_array_index (exercises, i))->id, exercise_id))
        return TRUE;
    }
  return FALSE;
}

static void
test_exercises_contraindicated (void)
{
  /* Cramps in someone who had a clot before: a clot stays possible, so no stretching. */
  g_autoptr(CalfResult) clot = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"findings\": {"
                                       "\"cramp-episodes\": true, \"previous-clot\": true}}");
  g_autoptr(CalfResult) plain = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"findings\": {"
                                        "\"cramp-episodes\": true, \"previous-clot\": false}}");
  g_autoptr(CalfResult) pop = assess ("{\"region\": \"upper-calf-inner\", \"side\": \"left\", \"findings\": {"
                                      "\"sudden-onset-during-activity\": true, \"felt-pop-or-kick\": true}}");
  GPtrArray *exercises;

  g_assert_cmpint (calf_result_get_triage_level (clot), <, CALF_TRIAGE_URGENT);
  g_assert_cmpfloat (score_of (clot, "dvt"), >=, calf_database_get_param (database, "contraindication_min_score"));
  g_assert_false (recommended (clot, "calf-stretch-straight-knee"));
  g_assert_true (withheld_for (clot, "calf-stretch-straight-knee", "dvt"));

  g_assert_true (recommended (plain, "calf-stretch-straight-knee"));

  g_assert_false (recommended (pop, "calf-stretch-straight-knee"));
  g_assert_true (withheld_for (pop, "calf-stretch-straight-knee", NULL));

  /* Every recommended exercise has a dose in words. */
  exercises = calf_result_get_exercises (plain);
  g_assert_cmpuint (exercises->len, >, 0);
  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);
      g_autofree char *dose = calf_exercise_dose_to_string (exercise);

      g_assert_cmpuint (strlen (dose), >, 10);
    }
}

/* Doses read as what the exercise is: a hold, a walk, a spell of rolling. */
static void
test_dose_wording (void)
{
  GPtrArray *exercises = calf_database_get_exercises (database);
  CalfDose dose = { 3, 0, 300, 120, 1, 3, 12, NULL };
  g_autofree char *plain = calf_dose_to_string (&dose, NULL);

  g_assert_cmpstr (plain, ==, "Hold for 5 minutes, 3 times, resting 2 minutes between sets, "
                              "once a day, 3 days a week, for 12 weeks");

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);
      g_autofree char *text = calf_exercise_dose_to_string (exercise);

      if (exercise->dose.reps > 0)
        g_assert_nonnull (strstr (text, "repetition"));
      else if (g_str_equal (exercise->kind, "walking"))
        g_assert_true (g_str_has_prefix (text, "Walk for "));
      else if (g_str_equal (exercise->kind, "massage"))
        g_assert_true (g_str_has_prefix (text, "Roll for "));
      else
        g_assert_true (g_str_has_prefix (text, "Hold for "));
    }
}

static void
test_achilles_rupture_offers_nothing (void)
{
  g_autoptr(CalfResult) result = assess ("{\"region\": \"achilles\", \"side\": \"right\", \"age\": 43, "
                                         "\"findings\": {\"felt-pop-or-kick\": true, \"cannot-tiptoe\": true}}");

  g_assert_cmpstr (first_of (result), ==, "achilles-rupture");
  g_assert_cmpint (calf_result_get_triage_level (result), ==, CALF_TRIAGE_URGENT);
  g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);
  g_assert_true (has_finding (calf_result_get_triage_because (result), "felt-pop-or-kick"));
}

static void
test_safety_lines (void)
{
  g_autoptr(CalfResult) calm = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", \"findings\": {}}");
  g_autoptr(CalfResult) clot = assess ("{\"region\": \"mid-calf\", \"side\": \"left\", "
                                       "\"findings\": {\"breathless-or-chest-pain\": true}}");
  GPtrArray *lines = calf_result_get_safety (clot);
  const CalfSafetyStatement *first = g_ptr_array_index (lines, 0);

  /* General guidance is always there; a triggered statement comes first. */
  g_assert_cmpuint (calf_result_get_safety (calm)->len, >, 0);
  g_assert_cmpuint (lines->len, >, calf_result_get_safety (calm)->len);
  g_assert_nonnull (first->trigger);
  g_assert_cmpint (calf_result_get_triage_level (clot), ==, CALF_TRIAGE_EMERGENCY);
}

static void
test_json_output (void)
{
  g_autoptr(CalfResult) result = assess ("{\"region\": \"achilles\", \"side\": \"left\", \"age\": 45, "
                                         "\"sex\": \"female\", \"findings\": {\"felt-pop-or-kick\": true, "
                                         "\"cannot-tiptoe\": true, \"knee-to-wall-cm\": 6}}");
  g_autofree char *json = calf_result_to_json (result);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *triage;
  JsonArray *conditions;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "region"), ==, "achilles");
  g_assert_cmpstr (json_object_get_string_member (root, "side"), ==, "left");
  triage = json_object_get_object_member (root, "triage");
  g_assert_cmpstr (json_object_get_string_member (triage, "level"), ==, "urgent");
  g_assert_nonnull (json_object_get_array_member (triage, "because"));
  g_assert_cmpuint (strlen (json_object_get_string_member (triage, "advice")), >, 0);
  conditions = json_object_get_array_member (root, "conditions");
  g_assert_cmpuint (json_array_get_length (conditions), >=, 5);
  for (guint i = 0; i < json_array_get_length (conditions); i++)
    {
      JsonObject *c = json_array_get_object_element (conditions, i);

      g_assert_true (json_object_has_member (c, "id"));
      g_assert_true (json_object_has_member (c, "name"));
      g_assert_true (json_object_has_member (c, "score"));
      g_assert_true (json_object_has_member (c, "likelihood"));
      g_assert_true (json_object_has_member (c, "because"));
      g_assert_true (json_object_has_member (c, "against"));
    }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "exercises")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "safety")), >, 0);
  g_assert_cmpstr (json_object_get_string_member (root, "database_version"), ==,
                   calf_database_get_version (database));
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

  g_test_add_func ("/engine/database-contract", test_database_contract);
  g_test_add_func ("/engine/deterministic", test_deterministic);
  g_test_add_func ("/engine/ranking", test_ranking);
  g_test_add_func ("/engine/red-flags-win", test_red_flags_win);
  g_test_add_func ("/engine/absent-risk-never-lowers-clot", test_absent_risk_never_lowers_clot);
  g_test_add_func ("/engine/wells-escalates", test_wells_escalates);
  g_test_add_func ("/engine/edinburgh-rule", test_edinburgh_rule);
  g_test_add_func ("/engine/restless-legs-criteria", test_restless_legs_criteria);
  g_test_add_func ("/engine/heel-raise-norms", test_heel_raise_norms);
  g_test_add_func ("/engine/knee-to-wall", test_knee_to_wall);
  g_test_add_func ("/engine/exercises-contraindicated", test_exercises_contraindicated);
  g_test_add_func ("/engine/dose-wording", test_dose_wording);
  g_test_add_func ("/engine/named-cause-listed", test_named_cause_listed);
  g_test_add_func ("/engine/named-cause-leads", test_named_cause_leads);
  g_test_add_func ("/engine/unsure-saddle-needs-both-checks", test_unsure_saddle_needs_both_checks);
  g_test_add_func ("/engine/achilles-rupture-offers-nothing", test_achilles_rupture_offers_nothing);
  g_test_add_func ("/engine/safety-lines", test_safety_lines);
  g_test_add_func ("/engine/json-output", test_json_output);

  ret = g_test_run ();

  g_clear_object (&engine);
  g_clear_object (&database);
  return ret;
}
