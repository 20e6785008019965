/* calf-question-flow-model.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-question-flow"

#include "config.h"

#include <math.h>

#include "calf-engine-private.h"
#include "calf-question-flow-private.h"

/*
 * How likely each answer is, so that the flow weighs what a question could
 * change by how likely that is. The evidence weights of the database are
 * log likelihood ratios: a finding that counts +w for a condition when yes
 * and −v when no is e^(w+v) times more likely to be yes in someone with the
 * condition than in someone without. The chance of a yes is then a mixture
 * over the conditions, by how plausible each is now, around a base rate
 * for the kind of finding (warning signs are rare, pain features common).
 */

/* The weight of "something else", which the database does not list. */
#define OTHER_WEIGHT 0.3

static double
base_rate (const CalfFinding *finding)
{
  if (finding->prevalence > 0)
    return finding->prevalence;

  switch (finding->category)
    {
    case CALF_FINDING_CATEGORY_RED_FLAG:
      return 0.03;
    case CALF_FINDING_CATEGORY_RISK:
    case CALF_FINDING_CATEGORY_LOOK:
      return 0.1;
    case CALF_FINDING_CATEGORY_NERVES:
    case CALF_FINDING_CATEGORY_FUNCTION:
      return 0.15;
    case CALF_FINDING_CATEGORY_ONSET:
    case CALF_FINDING_CATEGORY_PAIN:
    case CALF_FINDING_CATEGORY_DERIVED:
    default:
      return 0.25;
    }
}

void
calf_question_flow_model_init (CalfQuestionFlow *self)
{
  CalfDatabase *database = calf_engine_get_database (self->engine);
  GPtrArray *findings = calf_database_get_findings (database);
  GPtrArray *conditions = calf_database_get_conditions (database);
  guint n_conditions = conditions->len;

  self->model = g_new0 (double, MAX (findings->len * n_conditions, 1));
  for (guint c = 0; c < n_conditions; c++)
    {
      const CalfConditionScoring *scoring = ((const CalfCondition *) g_ptr_array_index (conditions, c))->scoring;

      for (guint e = 0; e < scoring->evidence->len; e++)
        {
          const CalfEvidence *evidence = &g_array_index (scoring->evidence, CalfEvidence, e);
          int f;

          if (evidence->test.kind != CALF_TEST_FINDING || evidence->test.unsure ||
              evidence->test.finding->type != CALF_FINDING_BOOLEAN)
            continue;
          f = calf_engine_finding_index (self->engine, evidence->test.finding);
          self->model[f * n_conditions + c] += evidence->test.value ? evidence->weight : -evidence->weight;
        }
    }
}

double
calf_question_flow_model_yes (CalfQuestionFlow      *self,
                              const CalfEngineState *state,
                              const double          *scores,
                              const CalfFinding     *finding)
{
  guint n_conditions = calf_database_get_conditions (calf_engine_get_database (self->engine))->len;
  int f = calf_engine_finding_index (self->engine, finding);
  double base = base_rate (finding);
  double base_logit = log (base / (1 - base));
  double total = OTHER_WEIGHT;
  double yes = OTHER_WEIGHT * base;

  for (guint c = 0; c < n_conditions; c++)
    {
      double logit = CLAMP (base_logit + self->model[f * n_conditions + c], -8, 8);

      yes += scores[c] / (1 + exp (-logit));
      total += scores[c];
    }

  return CLAMP (yes / total, 0.02, 0.98);
}

double
calf_question_flow_model_choice (CalfQuestionFlow      *self,
                                 const CalfEngineState *state,
                                 const double          *scores,
                                 const CalfChoice      *choice)
{
  double p = 1;

  /* "Not sure" is an answer too, but seldom the one that matters. */
  if (choice->sets->len == 0)
    return 0.05;

  for (guint i = 0; i < choice->sets->len; i++)
    {
      const CalfFindingValue *set = &g_array_index (choice->sets, CalfFindingValue, i);

      if (set->finding->type != CALF_FINDING_BOOLEAN)
        continue;
      /* Only what the choice says is there: the rest follows from it. */
      if (set->value != 0)
        p *= calf_question_flow_model_yes (self, state, scores, set->finding);
    }
  return p;
}
