/* test-engine-delta.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "calf-engine-private.h"

/*
 * The question flow weighs every answer a question could get through
 * CalfEngineDelta, which re-evaluates only what the answer reaches. It must
 * agree with deriving and scoring the whole state, bit for bit, on any
 * answers so far, and leave the state as it found it.
 */

static CalfDatabase *database;
static CalfEngine *engine;

/* Random answers to about @share of the findings people are asked about:
 * yes, no, "Not sure" or, for numbers, a value in a plausible range. */
static void
answer_some (CalfAnswers *answers,
             double       share)
{
  GPtrArray *findings = calf_database_get_findings (database);

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (findings, i);
      double dice = g_test_rand_double ();

      if (finding->category == CALF_FINDING_CATEGORY_DERIVED || finding->derived != NULL ||
          finding->derived_count != NULL || dice >= share)
        continue;
      if (dice < share / 4)
        calf_answers_set_unsure (answers, finding, NULL);
      else if (finding->type == CALF_FINDING_BOOLEAN)
        calf_answers_set_boolean (answers, finding, g_test_rand_bit (), NULL, NULL);
      else
        /* Out of the finding's range: left unanswered. */
        (void) calf_answers_set_number (answers, finding, g_test_rand_double_range (0, 40), NULL, NULL);
    }
}

static void
full_evaluation (const CalfEngineState *base,
                 int                    index,
                 double                 value,
                 CalfEngineState       *out,
                 double                *scores,
                 CalfTriageLevel       *level)
{
  calf_engine_state_copy (out, base);
  out->values[index] = value;
  calf_engine_state_derive (engine, out);
  calf_engine_state_score (engine, out, scores);
  *level = calf_engine_state_triage (engine, out, scores);
}

static gboolean
same_values (const double *a,
             const double *b,
             guint         n)
{
  for (guint i = 0; i < n; i++)
    if (!calf_engine_same_value (a[i], b[i]))
      return FALSE;
  return TRUE;
}

static void
check_answers (CalfAnswers *answers)
{
  guint n_conditions = calf_database_get_conditions (database)->len;
  g_autofree double *scores = g_new (double, n_conditions);
  g_autofree double *before = NULL;
  g_autofree double *full_scores = g_new (double, n_conditions);
  CalfEngineState state, pristine;
  CalfEngineDelta *delta;
  guint checked = 0;

  calf_engine_state_init (engine, &state, answers);
  calf_engine_state_derive (engine, &state);
  calf_engine_state_score (engine, &state, scores);
  before = g_memdup2 (scores, sizeof (double) * n_conditions);
  calf_engine_state_copy (&pristine, &state);

  delta = calf_engine_delta_new (engine, &state, scores);
  g_assert_nonnull (delta);

  for (guint f = 0; f < state.n_values; f++)
    {
      const CalfFinding *finding = g_ptr_array_index (calf_database_get_findings (database), f);
      double values[] = { 0, 1, 3.5, 12, 30 };
      guint n_values = finding->type == CALF_FINDING_BOOLEAN ? 2 : G_N_ELEMENTS (values);

      for (guint v = 0; v < n_values; v++)
        {
          CalfEngineState full;
          CalfTriageLevel full_level, level;

          full_evaluation (&pristine, (int) f, values[v], &full, full_scores, &full_level);
          calf_engine_delta_set (delta, (int) f, values[v]);
          level = calf_engine_delta_evaluate (delta);

          g_assert_cmpint (level, ==, full_level);
          g_assert_true (same_values (state.values, full.values, state.n_values));
          g_assert_cmpmem (scores, sizeof (double) * n_conditions, full_scores, sizeof (double) * n_conditions);
          /* The conditions it lists are those whose score could move. */
          for (guint c = 0; c < n_conditions; c++)
            if (scores[c] != before[c])
              g_assert_true (calf_engine_delta_has_condition (delta, c));

          calf_engine_delta_revert (delta);
          g_assert_true (same_values (state.values, pristine.values, state.n_values));
          g_assert_cmpmem (state.unsure, state.n_values, pristine.unsure, state.n_values);
          g_assert_cmpmem (scores, sizeof (double) * n_conditions, before, sizeof (double) * n_conditions);
          calf_engine_state_clear (&full);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, calf_database_get_findings (database)->len);

  calf_engine_delta_free (delta);
  calf_engine_state_clear (&pristine);
  calf_engine_state_clear (&state);
}

static void
test_delta_matches_full (void)
{
  GPtrArray *regions = calf_database_get_regions (database);

  for (guint r = 0; r < regions->len; r++)
    {
      /* From no answers to most of them; with and without age and sex,
       * which the norms need. */
      for (guint round = 0; round < 4; round++)
        {
          g_autoptr(CalfAnswers) answers = calf_answers_new (database);

          calf_answers_set_region (answers, g_ptr_array_index (regions, r));
          calf_answers_set_side (answers, round % 2 ? CALF_SIDE_LEFT : CALF_SIDE_BOTH);
          if (round >= 2)
            {
              calf_answers_set_age (answers, g_test_rand_int_range (18, 90), NULL);
              calf_answers_set_sex (answers, g_test_rand_bit () ? CALF_SEX_FEMALE : CALF_SEX_MALE);
            }
          answer_some (answers, round * 0.25);
          check_answers (answers);
        }
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
  engine = calf_engine_new (database);

  g_test_add_func ("/engine/delta/matches-full", test_delta_matches_full);

  status = g_test_run ();
  g_clear_object (&engine);
  g_clear_object (&database);
  return status;
}
