/* test-selftest.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-selftest"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "calf-database-test-utils.h"
#include "calf-engine-private.h"
#include "calf-selftest.h"

static CalfDatabase *database;

static CalfSelftestResult *
evaluate (CalfSelftestKind kind,
          double           left,
          double           right,
          CalfSide         side,
          double           age,
          CalfSex          sex)
{
  g_autoptr(GError) error = NULL;
  CalfSelftestResult *result;

  result = calf_selftest_evaluate (database, kind, left, right, side, age, sex, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_nonnull (result->summary);
  return result;
}

/* The self-tests answer the database's number questions. */
static void
test_questions (void)
{
  const CalfQuestion *knee = calf_selftest_lookup_question (database, CALF_SELFTEST_KNEE_TO_WALL);
  const CalfQuestion *heel = calf_selftest_lookup_question (database, CALF_SELFTEST_HEEL_RAISE);
  CalfSelftestKind kind;

  g_assert_nonnull (knee);
  g_assert_nonnull (heel);
  g_assert_cmpstr (knee->finding->id, ==, "knee-to-wall-cm");
  g_assert_cmpstr (heel->finding->id, ==, "heel-raise-count");
  g_assert_true (calf_selftest_kind_for_question (knee, &kind));
  g_assert_cmpint (kind, ==, CALF_SELFTEST_KNEE_TO_WALL);
  g_assert_true (calf_selftest_kind_for_question (heel, &kind));
  g_assert_cmpint (kind, ==, CALF_SELFTEST_HEEL_RAISE);
  g_assert_false (calf_selftest_kind_for_question (calf_database_lookup_question (database, "onset"), &kind));
  /* Both have a drawing. */
  g_assert_nonnull (knee->illustration);
  g_assert_nonnull (heel->illustration);
}

static void
test_knee_to_wall_flags (void)
{
  g_autoptr(CalfSelftestResult) a = NULL;
  g_autoptr(CalfSelftestResult) b = NULL;
  g_autoptr(CalfSelftestResult) c = NULL;
  g_autoptr(CalfSelftestResult) d = NULL;

  /* Restricted on the painful side and a large difference. */
  a = evaluate (CALF_SELFTEST_KNEE_TO_WALL, 8, 12, CALF_SIDE_LEFT, -1, CALF_SEX_UNKNOWN);
  g_assert_cmpstr (a->finding->id, ==, "knee-to-wall-cm");
  g_assert_cmpint (a->side, ==, CALF_SIDE_LEFT);
  g_assert_cmpfloat (a->value, ==, 8);
  g_assert_cmpfloat (a->other, ==, 12);
  g_assert_cmpfloat (a->threshold, ==, 10);
  g_assert_true (a->left_flagged);
  g_assert_false (a->right_flagged);
  g_assert_true (a->side_difference);
  g_assert_cmpfloat_with_epsilon (a->difference, 4, 1e-9);
  g_assert_nonnull (strstr (a->summary, "convention, not a validated cut-off"));
  g_assert_nonnull (strstr (a->summary, "left ankle bends less"));

  /* The affected side is what gets fed, whichever leg is worse. */
  b = evaluate (CALF_SELFTEST_KNEE_TO_WALL, 8, 12, CALF_SIDE_RIGHT, -1, CALF_SEX_UNKNOWN);
  g_assert_cmpfloat (b->value, ==, 12);

  /* Exactly on the conventions: neither is flagged (under 10, more than 1.5). */
  c = evaluate (CALF_SELFTEST_KNEE_TO_WALL, 10, 11.5, CALF_SIDE_LEFT, -1, CALF_SEX_UNKNOWN);
  g_assert_false (c->left_flagged);
  g_assert_false (c->right_flagged);
  g_assert_false (c->side_difference);
  g_assert_null (strstr (c->summary, "convention"));

  /* Just past them: both flagged. */
  d = evaluate (CALF_SELFTEST_KNEE_TO_WALL, 9.9, 11.5, CALF_SIDE_RIGHT, -1, CALF_SEX_UNKNOWN);
  g_assert_true (d->left_flagged);
  g_assert_true (d->side_difference);
  g_assert_cmpfloat (d->value, ==, 11.5);
}

/* Both legs painful: the worse leg is fed. */
static void
test_both_sides (void)
{
  g_autoptr(CalfSelftestResult) knee = NULL;
  g_autoptr(CalfSelftestResult) heel = NULL;

  knee = evaluate (CALF_SELFTEST_KNEE_TO_WALL, 9, 7, CALF_SIDE_BOTH, -1, CALF_SEX_UNKNOWN);
  g_assert_cmpint (knee->side, ==, CALF_SIDE_RIGHT);
  g_assert_cmpfloat (knee->value, ==, 7);
  g_assert_true (knee->left_flagged && knee->right_flagged);
  g_assert_nonnull (strstr (knee->summary, "Both sides"));

  heel = evaluate (CALF_SELFTEST_HEEL_RAISE, 12, 25, CALF_SIDE_BOTH, 40, CALF_SEX_MALE);
  g_assert_cmpint (heel->side, ==, CALF_SIDE_LEFT);
  g_assert_cmpfloat (heel->value, ==, 12);
}

/* Age- and sex-adjusted norms from the database, less its margin. */
static void
test_heel_raise_norms (void)
{
  static const struct {
    double age;
    CalfSex sex;
    double norm;
  } rows[] = {
    { 25, CALF_SEX_MALE, 37 }, { 25, CALF_SEX_FEMALE, 30 },
    { 45, CALF_SEX_MALE, 28 }, { 45, CALF_SEX_FEMALE, 24 },
    { 59.9, CALF_SEX_FEMALE, 21 }, { 60, CALF_SEX_FEMALE, 19 },
    { 75, CALF_SEX_MALE, 14 }, { 85, CALF_SEX_FEMALE, 13 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      double threshold = rows[i].norm - 6;
      g_autoptr(CalfSelftestResult) below = NULL;
      g_autoptr(CalfSelftestResult) at = NULL;

      /* One under the threshold on the left, exactly on it on the right. */
      below = evaluate (CALF_SELFTEST_HEEL_RAISE, threshold - 1, threshold, CALF_SIDE_LEFT,
                        rows[i].age, rows[i].sex);
      g_assert_cmpstr (below->finding->id, ==, "heel-raise-count");
      g_assert_cmpfloat (below->norm, ==, rows[i].norm);
      g_assert_cmpfloat (below->threshold, ==, threshold);
      g_assert_true (below->left_flagged);
      g_assert_false (below->right_flagged);
      g_assert_false (below->side_difference);

      at = evaluate (CALF_SELFTEST_HEEL_RAISE, threshold, rows[i].norm, CALF_SIDE_RIGHT,
                     rows[i].age, rows[i].sex);
      g_assert_false (at->left_flagged);
      g_assert_cmpfloat (at->value, ==, rows[i].norm);
    }
}

/* Compared with the other leg: a difference beyond the usual variation. */
static void
test_heel_raise_sides (void)
{
  g_autoptr(CalfSelftestResult) big = NULL;
  g_autoptr(CalfSelftestResult) small = NULL;
  g_autoptr(CalfSelftestResult) unknown = NULL;

  big = evaluate (CALF_SELFTEST_HEEL_RAISE, 21, 30, CALF_SIDE_LEFT, 45, CALF_SEX_MALE);
  g_assert_true (big->side_difference);
  g_assert_true (big->left_flagged);
  g_assert_false (big->right_flagged);
  g_assert_nonnull (strstr (big->summary, "left side managed 9 fewer"));

  small = evaluate (CALF_SELFTEST_HEEL_RAISE, 24, 30, CALF_SIDE_LEFT, 45, CALF_SEX_MALE);
  g_assert_false (small->side_difference);
  g_assert_false (small->left_flagged);

  /* No age or sex: no norm, but the legs are still compared. */
  unknown = evaluate (CALF_SELFTEST_HEEL_RAISE, 5, 30, CALF_SIDE_LEFT, -1, CALF_SEX_UNKNOWN);
  g_assert_true (isnan (unknown->norm));
  g_assert_false (unknown->left_flagged);
  g_assert_true (unknown->side_difference);
  g_assert_nonnull (strstr (unknown->summary, "Give your age and sex"));
}

static void
test_invalid (void)
{
  static const struct {
    CalfSelftestKind kind;
    double left;
    double right;
  } cases[] = {
    { CALF_SELFTEST_KNEE_TO_WALL, -1, 10 },
    { CALF_SELFTEST_KNEE_TO_WALL, 10, 31 },
    { CALF_SELFTEST_KNEE_TO_WALL, NAN, 10 },
    { CALF_SELFTEST_HEEL_RAISE, 12.5, 10 },
    { CALF_SELFTEST_HEEL_RAISE, 10, 201 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      CalfSelftestResult *result;

      result = calf_selftest_evaluate (database, cases[i].kind, cases[i].left, cases[i].right,
                                       CALF_SIDE_LEFT, 40, CALF_SEX_FEMALE, &error);
      g_assert_null (result);
      g_assert_error (error, CALF_SELFTEST_ERROR, CALF_SELFTEST_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "leg"));
    }
}

/* Feeding the flow: with the question not asked, nothing changes; with a
 * database that asks it first, the affected side's value becomes the
 * answer, and the engine derives the same below-norm flag. */
static void
test_apply (void)
{
  g_autoptr(CalfEngine) engine = calf_engine_new (database);
  g_autoptr(CalfQuestionFlow) flow = NULL;
  g_autoptr(CalfSelftestResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfDatabase) edited = NULL;
  g_autoptr(CalfEngine) edited_engine = NULL;
  g_autofree char *source = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *path = NULL;
  const CalfQuestion *question;
  double value;

  result = evaluate (CALF_SELFTEST_HEEL_RAISE, 30, 15, CALF_SIDE_RIGHT, 45, CALF_SEX_MALE);

  /* After a pop the test is not safe: the flow refuses its result. */
  flow = calf_question_flow_new (engine, calf_database_lookup_region (database, "achilles"), CALF_SIDE_RIGHT);
  g_assert_true (calf_question_flow_reply_yes_no (flow, calf_database_lookup_question (database, "felt-pop-or-kick"),
                                                  CALF_REPLY_YES, NULL));
  g_assert_false (calf_selftest_result_apply (result, flow, &error));
  g_assert_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_INVALID);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow), ==, 1);
  g_clear_error (&error);
  g_clear_object (&flow);

  /* Otherwise it answers the test's question, asked or not (the results
   * page offers the tests once the questions are done). */
  flow = calf_question_flow_new (engine, calf_database_lookup_region (database, "achilles"), CALF_SIDE_RIGHT);
  g_assert_true (calf_selftest_result_apply (result, flow, &error));
  g_assert_no_error (error);
  g_assert_true (calf_answers_lookup (calf_question_flow_get_answers (flow),
                                      calf_database_lookup_finding (database, "heel-raise-count"), &value));
  g_assert_cmpfloat (value, ==, 15);
  g_clear_object (&flow);

  source = g_build_filename (g_getenv ("CALF_SOURCE_DIR"), "data", "database", NULL);
  tmp = g_dir_make_tmp ("calf-selftest-XXXXXX", &error);
  g_assert_no_error (error);
  calf_test_db_copy_folder (source, tmp);
  path = g_build_filename (tmp, "questions.json", NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  changed = calf_test_db_apply_edit (text,
                                     "\"red_flag_screen\": false,\n      \"self_test\": true,\n      \"priority\": 420,",
                                     "\"red_flag_screen\": true,\n      \"self_test\": true,\n      \"priority\": 0,");
  g_file_set_contents (path, changed, -1, &error);
  g_assert_no_error (error);
  edited = calf_database_new_for_path (tmp, &error);
  g_assert_no_error (error);
  calf_test_db_remove_tree (tmp);

  edited_engine = calf_engine_new (edited);
  flow = calf_question_flow_new (edited_engine, calf_database_lookup_region (edited, "achilles"), CALF_SIDE_RIGHT);
  g_assert_true (calf_question_flow_set_age (flow, 45, NULL));
  calf_question_flow_set_sex (flow, CALF_SEX_MALE);
  question = calf_question_flow_get_next (flow);
  g_assert_nonnull (question);
  g_assert_cmpstr (question->id, ==, "heel-raise-count");

  g_clear_pointer (&result, calf_selftest_result_free);
  result = calf_selftest_evaluate (edited, CALF_SELFTEST_HEEL_RAISE, 30, 15, CALF_SIDE_RIGHT, 45, CALF_SEX_MALE, &error);
  g_assert_no_error (error);
  g_assert_true (calf_selftest_result_apply (result, flow, &error));
  g_assert_no_error (error);
  g_assert_true (calf_answers_lookup (calf_question_flow_get_answers (flow), result->finding, &value));
  g_assert_cmpfloat (value, ==, 15);
  g_assert_cmpstr (calf_question_flow_get_reply (flow, 0)->question->id, ==, "heel-raise-count");

  g_assert_true (result->right_flagged);
  g_assert_false (result->left_flagged);
}

/* The flags agree with the engine's own derivations (the norm with its
 * margin, and the knee-to-wall rule) for every age band, sex and value. */
static void
test_agrees_with_engine (void)
{
  g_autoptr(CalfEngine) engine = calf_engine_new (database);
  const CalfFinding *count = calf_database_lookup_finding (database, "heel-raise-count");
  const CalfFinding *below_norm = calf_database_lookup_finding (database, "heel-raise-below-norm");
  const CalfFinding *distance = calf_database_lookup_finding (database, "knee-to-wall-cm");
  const CalfFinding *restricted = calf_database_lookup_finding (database, "knee-to-wall-restricted");
  guint n_flagged = 0;

  for (CalfSex sex = CALF_SEX_FEMALE; sex <= CALF_SEX_MALE; sex++)
    for (double age = 18; age <= 95; age += 7)
      for (double n = 0; n <= 45; n++)
        {
          g_autoptr(CalfAnswers) answers = calf_answers_new (database);
          g_autoptr(CalfSelftestResult) result = NULL;
          CalfEngineState state;

          g_assert_true (calf_answers_set_age (answers, age, NULL));
          calf_answers_set_sex (answers, sex);
          g_assert_true (calf_answers_set_number (answers, count, n, NULL, NULL));
          calf_engine_state_init (engine, &state, answers);
          calf_engine_state_derive (engine, &state);

          result = evaluate (CALF_SELFTEST_HEEL_RAISE, n, 30, CALF_SIDE_LEFT, age, sex);
          if (isnan (state.values[calf_engine_finding_index (engine, below_norm)]))
            g_assert_true (isnan (result->norm));
          else
            g_assert_cmpint (result->left_flagged, ==,
                             state.values[calf_engine_finding_index (engine, below_norm)] == 1.0);
          n_flagged += result->left_flagged;
          calf_engine_state_clear (&state);
        }
  g_assert_cmpuint (n_flagged, >, 0);

  for (double cm = 0; cm <= 30; cm += 0.25)
    {
      g_autoptr(CalfAnswers) answers = calf_answers_new (database);
      g_autoptr(CalfSelftestResult) result = NULL;
      CalfEngineState state;

      g_assert_true (calf_answers_set_number (answers, distance, cm, NULL, NULL));
      calf_engine_state_init (engine, &state, answers);
      calf_engine_state_derive (engine, &state);
      result = evaluate (CALF_SELFTEST_KNEE_TO_WALL, 12, cm, CALF_SIDE_RIGHT, -1, CALF_SEX_UNKNOWN);
      g_assert_cmpint (result->right_flagged, ==,
                       state.values[calf_engine_finding_index (engine, restricted)] == 1.0);
      calf_engine_state_clear (&state);
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

  g_test_add_func ("/selftest/questions", test_questions);
  g_test_add_func ("/selftest/knee-to-wall/flags", test_knee_to_wall_flags);
  g_test_add_func ("/selftest/both-sides", test_both_sides);
  g_test_add_func ("/selftest/heel-raise/norms", test_heel_raise_norms);
  g_test_add_func ("/selftest/heel-raise/sides", test_heel_raise_sides);
  g_test_add_func ("/selftest/invalid", test_invalid);
  g_test_add_func ("/selftest/apply", test_apply);
  g_test_add_func ("/selftest/agrees-with-engine", test_agrees_with_engine);

  status = g_test_run ();
  g_object_unref (database);
  return status;
}
