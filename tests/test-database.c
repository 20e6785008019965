/* test-database.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-database"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "calf-database.h"
#include "calf-database-test-utils.h"

/*
 * The loader on the fixtures in tests/databases/: the valid ones load with
 * every field typed and resolved; the broken ones (made here by editing the
 * valid text, or written whole) each fail with the expected error code and
 * a message naming the place.
 */

/* Returns the directory of the valid single-file database. */
static void
check_minimal (CalfDatabase *db)
{
  const CalfRegion *region;
  const CalfFinding *finding;
  const CalfQuestion *question;
  const CalfCondition *condition;
  const CalfExercise *exercise;
  const CalfSafetyStatement *statement;
  const CalfReference *reference;
  const CalfNorm *norm;
  const CalfChoice *choice;
  const CalfEvidence *evidence;
  GPtrArray *bands;

  g_assert_cmpstr (calf_database_get_version (db), ==, "test-1");
  g_assert_cmpint (calf_database_get_schema_version (db), ==, 1);

  g_assert_cmpuint (calf_database_get_regions (db)->len, ==, 2);
  g_assert_cmpuint (calf_database_get_findings (db)->len, ==, 7);
  g_assert_cmpuint (calf_database_get_questions (db)->len, ==, 4);
  g_assert_cmpuint (calf_database_get_conditions (db)->len, ==, 2);
  g_assert_cmpuint (calf_database_get_exercises (db)->len, ==, 1);
  g_assert_cmpuint (calf_database_get_safety (db)->len, ==, 2);
  g_assert_cmpuint (calf_database_get_references (db)->len, ==, 2);
  g_assert_cmpuint (calf_database_get_norms (db)->len, ==, 1);
  g_assert_cmpuint (calf_database_get_condition_scoring (db)->len, ==, 2);

  region = calf_database_lookup_region (db, "mid-calf");
  g_assert_nonnull (region);
  g_assert_cmpstr (region->name, ==, "Middle of the calf");
  g_assert_cmpuint (region->typical_conditions->len, ==, 2);
  g_assert_true (region->typical_conditions->pdata[0] == calf_database_lookup_condition (db, "calf-strain"));
  g_assert_null (calf_database_lookup_region (db, "heel"));

  finding = calf_database_lookup_finding (db, "pain-score");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->type, ==, CALF_FINDING_NUMBER);
  g_assert_cmpint (finding->category, ==, CALF_FINDING_CATEGORY_PAIN);
  g_assert_cmpstr (finding->unit, ==, "out of 10");
  g_assert_cmpfloat (finding->min, ==, 0);
  g_assert_cmpfloat (finding->max, ==, 10);
  g_assert_true (finding->integer);
  g_assert_false (finding->red_flag);

  finding = calf_database_lookup_finding (db, "breathless-or-chest-pain");
  g_assert_true (finding->red_flag);
  g_assert_cmpint (finding->category, ==, CALF_FINDING_CATEGORY_RED_FLAG);
  g_assert_cmpstr (calf_finding_category_to_string (finding->category), ==, "red-flag");

  finding = calf_database_lookup_finding (db, "pain-severe");
  g_assert_nonnull (finding->derived);
  g_assert_cmpuint (finding->derived->all->len, ==, 1);
  g_assert_cmpuint (finding->derived->any->len, ==, 0);
  g_assert_cmpuint (finding->derived->none->len, ==, 0);
  g_assert_cmpfloat (((const CalfTest *) finding->derived->all->pdata[0])->at_least, ==, 7);
  g_assert_true (isinf (((const CalfTest *) finding->derived->all->pdata[0])->below));

  finding = calf_database_lookup_finding (db, "worry-count");
  g_assert_nonnull (finding->derived_count);
  g_assert_cmpuint (finding->derived_count->len, ==, 2);

  norm = calf_database_lookup_norm (db, "heel-raise-norm");
  finding = calf_database_lookup_finding (db, "heel-raise-below-norm");
  g_assert_true (finding->derived_norm == norm);
  g_assert_true (norm->finding == calf_database_lookup_finding (db, "heel-raise-count"));
  g_assert_true (norm->derived == finding);
  g_assert_cmpfloat (norm->margin, ==, 2);
  g_assert_cmpuint (norm->rows->len, ==, 2);
  g_assert_cmpint (g_array_index (norm->rows, CalfNormRow, 1).sex, ==, CALF_SEX_MALE);
  g_assert_cmpfloat (g_array_index (norm->rows, CalfNormRow, 1).value, ==, 25);

  question = calf_database_lookup_question (db, "q-breathless");
  g_assert_true (question->red_flag_screen);
  g_assert_cmpuint (question->regions->len, ==, 2);   /* "all" */
  g_assert_nonnull (question->help_how);
  g_assert_null (question->help_how[0]);

  question = calf_database_lookup_question (db, "q-heel-raises");
  g_assert_cmpint (question->kind, ==, CALF_QUESTION_CHOICE);
  g_assert_null (question->finding);
  g_assert_cmpstr (question->illustration, ==, "heel-raise-test.svg");
  g_assert_cmpstr (question->help_how[1], ==, "Rise and lower.");
  g_assert_null (question->help_how[2]);
  g_assert_cmpuint (question->choices->len, ==, 3);
  choice = question->choices->pdata[1];
  g_assert_cmpstr (choice->id, ==, "some");
  g_assert_cmpuint (choice->sets->len, ==, 1);
  g_assert_cmpfloat (g_array_index (choice->sets, CalfFindingValue, 0).value, ==, 10);
  g_assert_cmpuint (((const CalfChoice *) question->choices->pdata[2])->sets->len, ==, 0);

  question = calf_database_lookup_question (db, "q-pain");
  g_assert_nonnull (question->requires);
  g_assert_cmpuint (question->requires->none->len, ==, 1);
  g_assert_cmpint (question->priority, ==, 20);

  condition = calf_database_lookup_condition (db, "achilles-rupture");
  g_assert_cmpstr (condition->name, ==, "Achilles tendon rupture");
  g_assert_nonnull (condition->self_care);
  g_assert_null (condition->self_care[0]);
  g_assert_cmpstr (condition->see_doctor[0], ==, "The same day.");
  g_assert_cmpuint (condition->avoid_exercises->len, ==, 1);
  g_assert_nonnull (condition->scoring);
  g_assert_true (condition->scoring->condition == condition);
  g_assert_cmpfloat (condition->scoring->prior, ==, -3.0);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (condition->scoring->region_weights, "achilles"), ==, 1.5);
  g_assert_cmpuint (condition->scoring->evidence->len, ==, 3);
  evidence = &g_array_index (condition->scoring->evidence, CalfEvidence, 2);
  g_assert_cmpint (evidence->test.kind, ==, CALF_TEST_AGE);
  g_assert_cmpfloat (evidence->test.at_least, ==, 30);
  g_assert_cmpfloat (evidence->test.below, ==, 50);
  g_assert_true (condition->scoring->has_likely_level);
  g_assert_cmpint (condition->scoring->likely_level, ==, CALF_TRIAGE_URGENT);
  g_assert_cmpuint (condition->scoring->escalations->len, ==, 1);
  g_assert_cmpint (((const CalfEscalation *) condition->scoring->escalations->pdata[0])->level, ==, CALF_TRIAGE_URGENT);

  condition = calf_database_lookup_condition (db, "calf-strain");
  g_assert_false (condition->scoring->has_likely_level);
  g_assert_cmpuint (condition->scoring->escalations->len, ==, 0);
  g_assert_cmpuint (condition->references->len, ==, 2);
  evidence = &g_array_index (condition->scoring->evidence, CalfEvidence, 3);
  g_assert_cmpint (evidence->test.kind, ==, CALF_TEST_SIDE);
  g_assert_cmpint (evidence->test.side, ==, CALF_SIDE_BOTH);
  g_assert_cmpfloat (evidence->weight, ==, -1.0);

  exercise = calf_database_lookup_exercise (db, "calf-stretch");
  g_assert_cmpstr (exercise->kind, ==, "stretch");
  g_assert_cmpint (exercise->dose.sets, ==, 3);
  g_assert_cmpint (exercise->dose.hold_seconds, ==, 30);
  g_assert_cmpint (exercise->dose.weeks, ==, 6);
  g_assert_cmpstr (exercise->dose.note, ==, "Gently.");
  g_assert_cmpuint (exercise->contraindicating_conditions->len, ==, 1);
  g_assert_cmpuint (exercise->contraindicating_findings->len, ==, 1);
  g_assert_cmpstr (exercise->illustration, ==, "calf-stretch.svg");

  statement = calf_database_lookup_safety (db, "lung-clot");
  g_assert_true (statement->has_level);
  g_assert_cmpint (statement->level, ==, CALF_TRIAGE_EMERGENCY);
  g_assert_nonnull (statement->trigger);
  statement = calf_database_lookup_safety (db, "general");
  g_assert_null (statement->trigger);
  g_assert_false (statement->has_level);

  reference = calf_database_lookup_reference (db, "physio-calf");
  g_assert_cmpint (reference->year, ==, 2019);
  g_assert_cmpstr (reference->authors, ==, "A. Author");
  g_assert_null (reference->url);

  bands = calf_database_get_likelihood_bands (db);
  g_assert_cmpuint (bands->len, ==, 2);
  g_assert_cmpfloat (((const CalfLikelihoodBand *) bands->pdata[0])->min_score, ==, 0.5);
  g_assert_cmpfloat (((const CalfLikelihoodBand *) bands->pdata[1])->min_score, ==, 0);

  for (CalfTriageLevel level = CALF_TRIAGE_SELF_CARE; level <= CALF_TRIAGE_EMERGENCY; level++)
    g_assert_cmpint (calf_database_get_triage_info (db, level)->level, ==, level);
  g_assert_cmpstr (calf_database_get_triage_info (db, CALF_TRIAGE_SOON)->title, ==, "See a doctor soon");

  g_assert_cmpfloat (calf_database_get_engine_param (db, "min_listed_conditions", 5), ==, 3);
  g_assert_cmpfloat (calf_database_get_engine_param (db, "not-set", 42), ==, 42);
}

static void
test_valid_file (void)
{
  g_autofree char *path = calf_test_db_fixture_path ("valid/minimal.json");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = calf_database_new_for_path (path, &error);
  g_assert_no_error (error);
  check_minimal (db);

  g_assert_true (calf_database_validate_path (path, problems));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_valid_folder (void)
{
  g_autofree char *path = calf_test_db_fixture_path ("valid-folder");
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* Split over six files (and a README.txt that is ignored). */
  db = calf_database_new_for_path (path, &error);
  g_assert_no_error (error);
  check_minimal (db);
}

static void
test_valid_data (void)
{
  g_autofree char *text = calf_test_db_read_fixture ("valid/minimal.json");
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = calf_database_new_from_data ("minimal.json", text, strlen (text), &error);
  g_assert_no_error (error);
  check_minimal (db);
}

typedef struct
{
  const char        *name;
  const char        *find[2];
  const char        *replace[2];
  CalfDatabaseError  code;
  const char        *expected;
  const char        *also;
} EditCase;

#define S CALF_DATABASE_ERROR_SCHEMA
#define R CALF_DATABASE_ERROR_REFERENCE
#define V CALF_DATABASE_ERROR_VERSION

static const EditCase edit_cases[] = {
  { "unknown-key", { "\"anatomy\": \"The thick cord above the heel.\"," },
    { "\"anatomy\": \"The thick cord above the heel.\", \"anatomyy\": \"x\"," },
    S, "regions[0]: unknown key \"anatomyy\"", "allowed keys here are id, name, anatomy, typical_conditions" },
  { "unknown-top-level-key", { "\"regions\": [\n" }, { "\"region\": [\n" },
    S, "case.json: unknown key \"region\"", NULL },
  { "text-for-number", { "\"year\": 2020" }, { "\"year\": \"2020\"" },
    S, "references[0].year: expected a whole number", NULL },
  { "fraction-for-integer", { "\"sets\": 3" }, { "\"sets\": 3.5" },
    S, "exercises[0].dose.sets: expected a whole number", NULL },
  { "year-out-of-range", { "\"year\": 2020" }, { "\"year\": 1800" },
    S, "references[0].year: 1800 is out of range", NULL },
  { "weight-out-of-range", { "\"weight\": 2.5" }, { "\"weight\": 12.5" },
    S, "condition_scoring[0].evidence[0].weight: 12.5 is out of range", NULL },
  { "weight-zero", { "\"weight\": 0.2" }, { "\"weight\": 0" },
    S, "condition_scoring[1].evidence[2].weight: a weight of 0", NULL },
  { "empty-text", { "\"recovery\": \"Months.\"" }, { "\"recovery\": \"\"" },
    S, "conditions[0].recovery: empty text", NULL },
  { "blank-text", { "\"label\": \"Pain score\"" }, { "\"label\": \"   \"" },
    S, "findings[2].label: empty text", NULL },
  { "empty-references", { "\"references\": [ \"nice-achilles\" ] }" }, { "\"references\": [] }" },
    S, "conditions[0].references: expected a non-empty array", NULL },
  { "missing-key", { "\"recovery\": \"Weeks.\", " }, { "" },
    S, "conditions[1]: missing required key \"recovery\"", NULL },
  { "null-value", { "\"authors\": \"A. Author\"" }, { "\"authors\": null" },
    S, "references[1].authors: null is not accepted", NULL },
  { "invalid-id", { "\"id\": \"calf-stretch\", \"name\"" }, { "\"id\": \"Calf_Stretch\", \"name\"" },
    S, "exercises[0].id: \"Calf_Stretch\" is not a valid id", NULL },
  { "duplicate-id", { "{ \"id\": \"mid-calf\", \"name\"" }, { "{ \"id\": \"achilles\", \"name\"" },
    R, "regions[1].id: duplicate region id \"achilles\" (first defined at case.json: regions[0])", NULL },
  { "dangling-typical-condition", { "\"typical_conditions\": [ \"achilles-rupture\" ] }" },
    { "\"typical_conditions\": [ \"achiles-rupture\" ] }" },
    R, "regions[0].typical_conditions[0]: unknown condition \"achiles-rupture\"", NULL },
  { "dangling-question-finding", { "\"finding\": \"felt-pop-or-kick\", \"regions\"" },
    { "\"finding\": \"felt-pop\", \"regions\"" },
    R, "questions[1].finding: unknown finding \"felt-pop\"", NULL },
  { "dangling-question-region", { "\"regions\": [ \"achilles\" ], \"red_flag_screen\"" },
    { "\"regions\": [ \"heel\" ], \"red_flag_screen\"" },
    R, "questions[3].regions[0]: unknown region \"heel\"", NULL },
  { "dangling-choice-finding", { "\"sets\": { \"heel-raise-count\": 0 }" },
    { "\"sets\": { \"heel-raise-counts\": 0 }" },
    R, "questions[3].choices[0].sets.heel-raise-counts: unknown finding \"heel-raise-counts\"", NULL },
  { "choice-value-out-of-range", { "\"sets\": { \"heel-raise-count\": 10 }" },
    { "\"sets\": { \"heel-raise-count\": 500 }" },
    S, "questions[3].choices[1].sets.heel-raise-count: 500 is out of range", NULL },
  { "choice-value-not-whole", { "\"sets\": { \"heel-raise-count\": 10 }" },
    { "\"sets\": { \"heel-raise-count\": 10.5 }" },
    S, "questions[3].choices[1].sets.heel-raise-count: \"heel-raise-count\" takes whole numbers only", NULL },
  { "dangling-rule-finding", { "\"requires\": { \"none\": [ { \"finding\": \"felt-pop-or-kick\"" },
    { "\"requires\": { \"none\": [ { \"finding\": \"felt-pop-or-kik\"" },
    R, "questions[2].requires.none[0].finding: unknown finding \"felt-pop-or-kik\"", NULL },
  { "dangling-scoring-condition", { "{ \"condition\": \"calf-strain\", \"prior\"" },
    { "{ \"condition\": \"calf-strian\", \"prior\"" },
    R, "condition_scoring[1].condition: unknown condition \"calf-strian\"",
    "conditions[1]: condition \"calf-strain\" has no entry in condition_scoring" },
  { "duplicate-scoring", { "{ \"condition\": \"calf-strain\", \"prior\"" },
    { "{ \"condition\": \"achilles-rupture\", \"prior\"" },
    R, "condition_scoring[1]: condition \"achilles-rupture\" already has scoring (at case.json: condition_scoring[0])",
    "condition \"calf-strain\" has no entry in condition_scoring" },
  { "dangling-scoring-region", { "\"regions\": { \"achilles\": 1.5 }" }, { "\"regions\": { \"achillles\": 1.5 }" },
    R, "condition_scoring[0].regions.achillles: unknown region \"achillles\"", NULL },
  { "dangling-exercise", { "\"exercises\": [ \"calf-stretch\" ]" }, { "\"exercises\": [ \"calf-strech\" ]" },
    R, "conditions[1].exercises[0]: unknown exercise \"calf-strech\"", NULL },
  { "dangling-avoid-exercise", { "\"avoid_exercises\": [ \"calf-stretch\" ]" }, { "\"avoid_exercises\": [ \"x-stretch\" ]" },
    R, "conditions[0].avoid_exercises[0]: unknown exercise \"x-stretch\"", NULL },
  { "dangling-reference", { "\"references\": [ \"nice-achilles\", \"physio-calf\" ]" },
    { "\"references\": [ \"nice-achilles\", \"physio\" ]" },
    R, "conditions[1].references[1]: unknown reference \"physio\"", NULL },
  { "reference-listed-twice", { "\"references\": [ \"nice-achilles\", \"physio-calf\" ]" },
    { "\"references\": [ \"nice-achilles\", \"nice-achilles\" ]" },
    S, "conditions[1].references[1]: \"nice-achilles\" is listed twice", NULL },
  { "dangling-contraindication", { "\"contraindications\": { \"conditions\": [ \"achilles-rupture\" ]" },
    { "\"contraindications\": { \"conditions\": [ \"dvt\" ]" },
    R, "exercises[0].contraindications.conditions[0]: unknown condition \"dvt\"", NULL },
  { "dangling-norm-finding", { "\"finding\": \"heel-raise-count\", \"derived\"" },
    { "\"finding\": \"heel-raises\", \"derived\"" },
    R, "norms[0].finding: unknown finding \"heel-raises\"", NULL },
  { "dangling-safety-trigger", { "\"trigger\": { \"any\": [ { \"finding\": \"breathless-or-chest-pain\"" },
    { "\"trigger\": { \"any\": [ { \"finding\": \"breathless\"" },
    R, "safety[0].trigger.any[0].finding: unknown finding \"breathless\"", NULL },
  { "red-flag-without-action-level", { "\"trigger\": { \"any\": [ { \"finding\": \"breathless-or-chest-pain\"" },
    { "\"trigger\": { \"any\": [ { \"finding\": \"felt-pop-or-kick\"" },
    R, "findings[1]: red-flag finding \"breathless-or-chest-pain\" has no action level", NULL },
  /* A lay self-test may raise a cause with a safety net, never lower it. */
  { "self-test-clears-dangerous-cause",
    { "\"red_flag_screen\": false, \"priority\": 10 },",
      "\"evidence\": [ { \"finding\": \"felt-pop-or-kick\", \"value\": true, \"weight\": 2.5 }," },
    { "\"red_flag_screen\": false, \"self_test\": true, \"priority\": 10 },",
      "\"safety_net\": { \"level\": \"soon\", \"min_score\": 0.2, \"reason\": \"Still possible.\" }, "
      "\"evidence\": [ { \"finding\": \"felt-pop-or-kick\", \"value\": true, \"weight\": 2.5 }, "
      "{ \"finding\": \"felt-pop-or-kick\", \"value\": false, \"weight\": -0.5 }," },
    R, "finding \"felt-pop-or-kick\" comes from a self-test and may not count against condition \"achilles-rupture\"",
    "remove that evidence" },
  /* A question is core for everyone or core while a rule holds, not both. */
  { "core-and-core-when",
    { "\"red_flag_screen\": false, \"priority\": 10 }," },
    { "\"red_flag_screen\": false, \"core\": true, \"core_when\": { \"any\": [ "
      "{ \"finding\": \"felt-pop-or-kick\", \"value\": true } ] }, \"priority\": 10 }," },
    S, "give either \"core\": true (asked of everyone) or \"core_when\" (asked when it holds), not both", NULL },
  { "trigger-without-level", { ", \"level\": \"emergency\" }" }, { " }" },
    S, "safety[0]: a statement with a \"trigger\" needs a \"level\"",
    "red-flag finding \"breathless-or-chest-pain\" has no action level" },
  { "region-without-questions",
    { "\"regions\": [ \"achilles\", \"mid-calf\" ]", "\"regions\": \"all\", \"red_flag_screen\": false" },
    { "\"regions\": [ \"achilles\" ]", "\"regions\": [ \"achilles\" ], \"red_flag_screen\": false" },
    R, "regions[1]: region \"mid-calf\" has no question apart from the red-flag screen", NULL },
  { "region-without-red-flag-screen", { "\"regions\": \"all\", \"red_flag_screen\": true" },
    { "\"regions\": [ \"achilles\" ], \"red_flag_screen\": true" },
    R, "regions[1]: no red-flag screen question covers region \"mid-calf\"", NULL },
  { "missing-triage-level", { "{ \"level\": \"soon\", \"title\": \"See a doctor soon\", \"advice\": \"Within a few days.\" }," },
    { "" },
    R, "triage_levels: level \"soon\" is missing", NULL },
  { "duplicate-triage-level", { "\"level\": \"soon\", \"title\"" }, { "\"level\": \"urgent\", \"title\"" },
    R, "triage_levels[2]: level \"urgent\" is described twice", "level \"soon\" is missing" },
  { "no-zero-band", { "{ \"min_score\": 0, \"label\": \"Less likely\" }" },
    { "{ \"min_score\": 0.1, \"label\": \"Less likely\" }" },
    R, "no band has \"min_score\": 0", NULL },
  { "missing-schema-version", { "\"schema_version\": 1," }, { "" },
    S, "case.json: missing required key \"schema_version\"", NULL },
  { "wrong-schema-version", { "\"schema_version\": 1," }, { "\"schema_version\": 2," },
    V, "case.json: schema_version: schema version 2 is not supported", NULL },
  { "schema-version-as-text", { "\"schema_version\": 1," }, { "\"schema_version\": \"1\"," },
    S, "schema_version: expected a whole number", NULL },
  { "missing-database-version", { "\"database_version\": \"test-1\"," }, { "" },
    S, "missing \"database_version\"", NULL },
  { "unknown-engine-key", { "\"min_listed_conditions\": 3" }, { "\"min_listed_condition\": 3" },
    S, "engine: unknown engine setting \"min_listed_condition\"", "min_listed_conditions" },
  { "engine-out-of-range", { "\"contraindication_min_score\": 0.2" }, { "\"contraindication_min_score\": 1.5" },
    S, "engine.contraindication_min_score: 1.5 is out of range", NULL },
  { "test-with-two-subjects", { "{ \"sex\": \"male\", \"weight\": 0.2 }" },
    { "{ \"sex\": \"male\", \"side\": \"left\", \"weight\": 0.2 }" },
    S, "condition_scoring[1].evidence[2]: a test has exactly one subject", NULL },
  { "number-bound-on-yes-no", { "{ \"finding\": \"felt-pop-or-kick\", \"value\": true, \"weight\": 1.0 }" },
    { "{ \"finding\": \"felt-pop-or-kick\", \"at_least\": 1, \"weight\": 1.0 }" },
    S, "condition_scoring[1].evidence[0]: \"at_least\" does not apply", NULL },
  { "min-above-max", { "\"min\": 0, \"max\": 10" }, { "\"min\": 10, \"max\": 0" },
    S, "findings[2]: \"min\" (10) must be less than \"max\" (0)", NULL },
  { "yes-no-on-number", { "\"kind\": \"number\", \"finding\": \"pain-score\"" },
    { "\"kind\": \"yes-no\", \"finding\": \"pain-score\"" },
    S, "questions[2].finding: a yes-no question needs a yes/no finding", NULL },
  { "answering-derived", { "\"kind\": \"yes-no\", \"finding\": \"felt-pop-or-kick\"" },
    { "\"kind\": \"yes-no\", \"finding\": \"pain-severe\"" },
    S, "questions[1].finding: \"pain-severe\" is derived by the engine", NULL },
  { "derived-cycle", { "{ \"finding\": \"pain-score\", \"at_least\": 7 }" },
    { "{ \"finding\": \"worry-count\", \"at_least\": 1 }" },
    R, "derived finding \"pain-severe\" depends on itself", "derived finding \"worry-count\" depends on itself" },
  { "dose-without-reps-or-hold", { "\"reps\": 0, \"hold_seconds\": 30" }, { "\"reps\": 0, \"hold_seconds\": 0" },
    S, "exercises[0].dose: \"reps\" and \"hold_seconds\" are both 0", NULL },
  { "illustration-with-folder", { "\"illustration\": \"calf-stretch.svg\"" },
    { "\"illustration\": \"../calf-stretch.svg\"" },
    S, "exercises[0].illustration: \"../calf-stretch.svg\" is not a plain file name", NULL },
  { "url-not-https", { "\"url\": \"https://cks" }, { "\"url\": \"http://cks" },
    S, "references[0].url: \"http://cks.nice.org.uk/topics/achilles-tendinopathy/\" is not an https:// address", NULL },
  { "text-for-object", { "\"help\": { \"why\": \"Severity guides urgency.\" }" },
    { "\"help\": \"Severity guides urgency.\"" },
    S, "questions[2].help: expected an object", NULL },
  { "object-for-array", { "\"likelihood_bands\": [ { \"min_score\": 0, \"label\": \"Less likely\" }, { \"min_score\": 0.5, \"label\": \"More likely\" } ]" },
    { "\"likelihood_bands\": {}" },
    S, "likelihood_bands: expected an array", NULL },
  { "unknown-level", { "\"level\": \"urgent\", \"reason\"" }, { "\"level\": \"asap\", \"reason\"" },
    S, "condition_scoring[0].escalations[0].level: unknown level \"asap\"", NULL },
  { "unknown-finding-type", { "\"type\": \"number\", \"category\": \"pain\"" }, { "\"type\": \"integer\", \"category\": \"pain\"" },
    S, "findings[2].type: unknown value \"integer\"", NULL },
  { "red-flag-category-not-flagged", { "\"category\": \"red-flag\", \"red_flag\": true" }, { "\"category\": \"red-flag\"" },
    S, "findings[1]: a finding in the red-flag category must say \"red_flag\": true", NULL },
  { "empty-rule", { "\"requires\": { \"none\": [ { \"finding\": \"felt-pop-or-kick\", \"value\": true } ] }" },
    { "\"requires\": { \"none\": [] }" },
    S, "questions[2].requires: a rule needs at least one test", NULL },
  { "one-choice", { "{ \"id\": \"none\", \"label\": \"None\", \"sets\": { \"heel-raise-count\": 0 } },", "{ \"id\": \"some\", \"label\": \"About ten\", \"sets\": { \"heel-raise-count\": 10 } }," },
    { "", "" },
    S, "questions[3].choices: a choice question needs at least two choices", NULL },
  { "duplicate-choice-id", { "{ \"id\": \"some\", \"label\"" }, { "{ \"id\": \"none\", \"label\"" },
    R, "questions[3].choices[1]: duplicate choice id \"none\"", NULL },
  { "unanswered-finding", { "\"kind\": \"yes-no\", \"finding\": \"felt-pop-or-kick\"" },
    { "\"kind\": \"yes-no\", \"finding\": \"breathless-or-chest-pain\"" },
    R, "findings[0]: no question sets finding \"felt-pop-or-kick\"", NULL },
};

#undef S
#undef R
#undef V

static void
test_broken_edit (gconstpointer data)
{
  const EditCase *edit = data;
  g_autofree char *text = calf_test_db_read_fixture ("valid/minimal.json");

  for (guint i = 0; i < G_N_ELEMENTS (edit->find) && edit->find[i] != NULL; i++)
    {
      char *edited = calf_test_db_apply_edit (text, edit->find[i], edit->replace[i]);

      g_free (text);
      text = edited;
    }

  calf_test_db_assert_broken (text, strlen (text), edit->code, edit->expected, edit->also);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/valid/file", test_valid_file);
  g_test_add_func ("/database/valid/folder", test_valid_folder);
  g_test_add_func ("/database/valid/data", test_valid_data);

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/database/broken/%s", edit_cases[i].name);
      g_test_add_data_func (name, &edit_cases[i], test_broken_edit);
    }

  return g_test_run ();
}
