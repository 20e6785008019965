/* calf-question-flow-samples.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-question-flow"

#include "config.h"

#include <math.h>

#include "calf-engine-private.h"
#include "calf-question-flow-private.h"

/* The values a number question is simulated with: the edges of every range
 * a test in the database draws on it, so that each answer that changes
 * something is tried once. */

/* Number findings are simulated at the edges of every range a test draws. */
static void
add_sample (CalfQuestionFlow  *self,
            const CalfFinding *finding,
            double             value)
{
  GArray *values;

  if (finding->type != CALF_FINDING_NUMBER || !isfinite (value))
    return;

  value = CLAMP (value, finding->min, finding->max);
  if (finding->integer)
    value = floor (value);

  values = g_hash_table_lookup (self->samples, finding);
  if (values == NULL)
    {
      values = g_array_new (FALSE, FALSE, sizeof (double));
      g_hash_table_insert (self->samples, (gpointer) finding, values);
      add_sample (self, finding, finding->min);
      add_sample (self, finding, finding->max);
    }

  for (guint i = 0; i < values->len; i++)
    {
      if (g_array_index (values, double, i) == value)
        return;
    }
  g_array_append_val (values, value);
}

static void
collect_test (CalfQuestionFlow *self,
              const CalfTest   *test)
{
  double step;

  if (test->kind != CALF_TEST_FINDING || test->finding->type != CALF_FINDING_NUMBER)
    return;

  step = test->finding->integer ? 1.0 : 0.5;
  add_sample (self, test->finding, test->at_least);
  add_sample (self, test->finding, test->below - step);
  add_sample (self, test->finding, test->below);
}

static void
collect_tests (CalfQuestionFlow *self,
               GPtrArray        *tests)
{
  for (guint i = 0; tests != NULL && i < tests->len; i++)
    collect_test (self, g_ptr_array_index (tests, i));
}

static void
collect_rule (CalfQuestionFlow *self,
              const CalfRule   *rule)
{
  if (rule == NULL)
    return;
  collect_tests (self, rule->all);
  collect_tests (self, rule->any);
  collect_tests (self, rule->none);
}

void
calf_question_flow_collect_samples (CalfQuestionFlow *self)
{
  CalfDatabase *database = calf_engine_get_database (self->engine);
  GPtrArray *conditions = calf_database_get_conditions (database);
  GPtrArray *findings = calf_database_get_findings (database);
  GPtrArray *safety = calf_database_get_safety (database);
  GPtrArray *norms = calf_database_get_norms (database);

  for (guint i = 0; i < conditions->len; i++)
    {
      const CalfCondition *condition = g_ptr_array_index (conditions, i);
      const CalfConditionScoring *scoring = condition->scoring;

      for (guint j = 0; j < scoring->evidence->len; j++)
        collect_test (self, &g_array_index (scoring->evidence, CalfEvidence, j).test);
      for (guint j = 0; scoring->escalations != NULL && j < scoring->escalations->len; j++)
        collect_rule (self, ((const CalfEscalation *) g_ptr_array_index (scoring->escalations, j))->when);
    }

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (findings, i);

      collect_rule (self, finding->derived);
      collect_tests (self, finding->derived_count);
      if (finding->type == CALF_FINDING_NUMBER && finding->category != CALF_FINDING_CATEGORY_DERIVED)
        add_sample (self, finding, finding->min);
    }

  for (guint i = 0; i < safety->len; i++)
    collect_rule (self, ((const CalfSafetyStatement *) g_ptr_array_index (safety, i))->trigger);

  for (guint i = 0; i < norms->len; i++)
    {
      const CalfNorm *norm = g_ptr_array_index (norms, i);

      for (guint j = 0; j < norm->rows->len; j++)
        {
          const CalfNormRow *row = &g_array_index (norm->rows, CalfNormRow, j);

          add_sample (self, norm->finding, row->value - norm->margin - 1);
          add_sample (self, norm->finding, row->value);
        }
    }
}
