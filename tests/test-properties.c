/* test-properties.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-properties"

#include "config.h"

#include <math.h>

#include "calf-engine.h"

/*
 * Red flags always win. For every red-flag finding of the database: the
 * level its safety statements give on its own in each region is at least
 * urgent, and over
 * 10,000 random combinations of every other finding (seeded, so every run
 * is the same) the triage never drops below that level and no exercise is
 * recommended at urgent or emergency triage.
 *
 * The one way a flag's level can be lower is one the database declares: a
 * safety statement on the flag with a `none` clause (nerve pain down both
 * legs that eases on sitting or bending forward is spinal stenosis more
 * than cauda equina). Then the floor is the level of the flag together
 * with just those qualifying answers of the combination, still at least
 * urgent unless the database names a statement for the qualified case.
 */

#define N_COMBINATIONS 10000

static CalfDatabase *database;
static CalfEngine *engine;

/* The highest level the safety statements of @result set: a flag's own
 * floor, where a cause's score on one answer is not. */
static CalfTriageLevel
statement_level (CalfResult *result)
{
  GPtrArray *safety = calf_result_get_safety (result);
  CalfTriageLevel level = CALF_TRIAGE_SELF_CARE;

  for (guint i = 0; i < safety->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (safety, i);

      if (statement->has_level)
        level = MAX (level, statement->level);
    }
  return level;
}

static CalfTriageLevel
level_alone (const CalfFinding *flag,
             const CalfRegion  *region,
             CalfSide           side)
{
  g_autoptr(CalfAnswers) answers = calf_answers_new (database);
  g_autoptr(CalfResult) result = NULL;

  calf_answers_set_region (answers, region);
  calf_answers_set_side (answers, side);
  g_assert_true (calf_answers_set_boolean (answers, flag, TRUE, NULL, NULL));
  result = calf_engine_evaluate (engine, answers);
  return statement_level (result);
}

/* The findings that safety statements triggered by @flag set aside in their
 * `none` clauses. */
static GPtrArray *
qualifiers_of (const CalfFinding *flag)
{
  GPtrArray *safety = calf_database_get_safety (database);
  GPtrArray *qualifiers = g_ptr_array_new ();

  for (guint i = 0; i < safety->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (safety, i);
      gboolean on_flag = FALSE;

      if (statement->trigger == NULL)
        continue;
      for (guint j = 0; j < statement->trigger->all->len; j++)
        on_flag |= ((const CalfTest *) g_ptr_array_index (statement->trigger->all, j))->finding == flag;
      for (guint j = 0; on_flag && j < statement->trigger->none->len; j++)
        {
          const CalfTest *test = g_ptr_array_index (statement->trigger->none, j);

          if (test->kind == CALF_TEST_FINDING && !g_ptr_array_find (qualifiers, test->finding, NULL))
            g_ptr_array_add (qualifiers, (gpointer) test->finding);
        }
    }
  return qualifiers;
}

/* The level of @flag with only the qualifying answers of @answers. */
static CalfTriageLevel
level_qualified (const CalfFinding *flag,
                 GPtrArray         *qualifiers,
                 CalfAnswers       *answers)
{
  g_autoptr(CalfAnswers) copy = calf_answers_new (database);
  g_autoptr(CalfResult) result = NULL;

  calf_answers_set_region (copy, calf_answers_get_region (answers));
  calf_answers_set_side (copy, calf_answers_get_side (answers));
  for (guint i = 0; i < qualifiers->len; i++)
    {
      const CalfFinding *qualifier = g_ptr_array_index (qualifiers, i);
      double value;

      if (calf_answers_lookup (answers, qualifier, &value))
        g_assert_true (calf_answers_set_boolean (copy, qualifier, value != 0, NULL, NULL));
    }
  g_assert_true (calf_answers_set_boolean (copy, flag, TRUE, NULL, NULL));
  result = calf_engine_evaluate (engine, copy);
  return statement_level (result);
}

static void
randomize (CalfAnswers       *answers,
           GRand             *rand,
           const CalfFinding *flag)
{
  GPtrArray *findings = calf_database_get_findings (database);
  GPtrArray *regions = calf_database_get_regions (database);

  calf_answers_set_region (answers, g_ptr_array_index (regions, g_rand_int_range (rand, 0, (gint32) regions->len)));
  calf_answers_set_side (answers, (CalfSide) g_rand_int_range (rand, 0, 3));
  if (g_rand_boolean (rand))
    g_assert_true (calf_answers_set_age (answers, g_rand_int_range (rand, 12, 100), NULL));
  calf_answers_set_sex (answers, (CalfSex) g_rand_int_range (rand, 0, 3));

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (findings, i);
      int choice = g_rand_int_range (rand, 0, 3);

      /* A third unknown, the rest answered either way. */
      if (finding == flag || finding->category == CALF_FINDING_CATEGORY_DERIVED || choice == 0)
        continue;

      if (finding->type == CALF_FINDING_BOOLEAN)
        {
          g_assert_true (calf_answers_set_boolean (answers, finding, choice == 1, NULL, NULL));
        }
      else
        {
          double value = g_rand_double_range (rand, finding->min, finding->max);

          if (finding->integer)
            value = floor (value);
          g_assert_true (calf_answers_set_number (answers, finding, value, NULL, NULL));
        }
    }

  /* The flag last, as an answer may come at any point. */
  g_assert_true (calf_answers_set_boolean (answers, flag, TRUE, NULL, NULL));
}

static void
test_red_flag (gconstpointer data)
{
  const CalfFinding *flag = data;
  GPtrArray *regions = calf_database_get_regions (database);
  CalfTriageLevel floor_level[64];
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_str_hash (flag->id));
  g_autoptr(GPtrArray) qualifiers = qualifiers_of (flag);
  guint n_urgent = 0;
  guint n_qualified = 0;

  g_assert_cmpuint (regions->len, <=, G_N_ELEMENTS (floor_level));

  for (guint r = 0; r < regions->len; r++)
    {
      CalfTriageLevel level = CALF_TRIAGE_EMERGENCY;

      for (CalfSide side = CALF_SIDE_LEFT; side <= CALF_SIDE_BOTH; side++)
        level = MIN (level, level_alone (flag, g_ptr_array_index (regions, r), side));
      g_assert_cmpint (level, >=, CALF_TRIAGE_URGENT);
      floor_level[r] = level;
    }

  for (guint i = 0; i < N_COMBINATIONS; i++)
    {
      g_autoptr(CalfAnswers) answers = calf_answers_new (database);
      g_autoptr(CalfResult) result = NULL;
      CalfTriageLevel level;
      guint r;

      randomize (answers, rand, flag);
      result = calf_engine_evaluate (engine, answers);
      level = calf_result_get_triage_level (result);
      g_assert_true (g_ptr_array_find (regions, calf_answers_get_region (answers), &r));

      if (level < floor_level[r] && qualifiers->len > 0)
        {
          CalfTriageLevel qualified = level_qualified (flag, qualifiers, answers);

          /* Lower only as far as the qualified flag alone. */
          if (qualified < floor_level[r] && level >= qualified)
            {
              g_assert_cmpint (qualified, >=, CALF_TRIAGE_SOON);
              n_qualified++;
              continue;
            }
        }
      if (level < floor_level[r])
        {
          g_autofree char *json = calf_answers_to_json (answers);

          g_error ("%s: triage %s below %s for %s", flag->id, calf_triage_level_to_string (level),
                   calf_triage_level_to_string (floor_level[r]), json);
        }
      if (level >= CALF_TRIAGE_URGENT)
        {
          g_assert_cmpuint (calf_result_get_exercises (result)->len, ==, 0);
          n_urgent++;
        }
    }

  g_assert_cmpuint (n_urgent + n_qualified, ==, N_COMBINATIONS);
  /* A qualifier is for the occasional case, not a way round the flag. */
  g_assert_cmpuint (n_qualified, <, N_COMBINATIONS / 2);
  g_test_message ("%s: %d combinations, lowest level alone %s, %u lower by a declared qualifier",
                  flag->id, N_COMBINATIONS, calf_triage_level_to_string (floor_level[0]), n_qualified);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings;
  guint n_flags = 0;
  int ret;

  g_test_init (&argc, &argv, NULL);

  database = calf_database_new_default (&error);
  g_assert_no_error (error);
  engine = calf_engine_new (database);

  findings = calf_database_get_findings (database);
  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *path = NULL;

      if (!finding->red_flag)
        continue;
      path = g_strdup_printf ("/properties/red-flag/%s", finding->id);
      g_test_add_data_func (path, finding, test_red_flag);
      n_flags++;
    }
  /* The contract has eight; the database may add more, never fewer. */
  g_assert_cmpuint (n_flags, >=, 8);

  ret = g_test_run ();

  g_clear_object (&engine);
  g_clear_object (&database);
  return ret;
}
