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

typedef struct
{
  guint  finding;
  guint  condition;
  double weight;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  if (ea->finding != eb->finding)
    return ea->finding < eb->finding ? -1 : 1;
  return ea->condition < eb->condition ? -1 : (ea->condition > eb->condition);
}

/* Kept sparse, finding by finding: most findings speak for a few causes,
 * and a full findings × causes table grows with the square of the
 * database. */
void
calf_question_flow_model_init (CalfQuestionFlow *self)
{
  CalfDatabase *database = calf_engine_get_database (self->engine);
  GPtrArray *findings = calf_database_get_findings (database);
  GPtrArray *conditions = calf_database_get_conditions (database);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  guint n = 0;

  for (guint c = 0; c < conditions->len; c++)
    {
      const CalfConditionScoring *scoring = ((const CalfCondition *) g_ptr_array_index (conditions, c))->scoring;

      for (guint e = 0; e < scoring->evidence->len; e++)
        {
          const CalfEvidence *evidence = &g_array_index (scoring->evidence, CalfEvidence, e);
          Entry entry;

          if (evidence->test.kind != CALF_TEST_FINDING || evidence->test.unsure ||
              evidence->test.finding->type != CALF_FINDING_BOOLEAN)
            continue;
          entry.finding = (guint) calf_engine_finding_index (self->engine, evidence->test.finding);
          entry.condition = c;
          entry.weight = evidence->test.value ? evidence->weight : -evidence->weight;
          g_array_append_val (entries, entry);
        }
    }
  /* Stable, so that the weights of one pair add up in the order given. */
  g_array_sort (entries, compare_entries);

  self->model_start = g_new0 (guint, findings->len + 1);
  self->model_condition = g_new (guint, MAX (entries->len, 1));
  self->model_weight = g_new (double, MAX (entries->len, 1));
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);

      if (n > 0 && i > 0 && g_array_index (entries, Entry, i - 1).finding == entry->finding &&
          self->model_condition[n - 1] == entry->condition)
        {
          self->model_weight[n - 1] += entry->weight;
          continue;
        }
      self->model_condition[n] = entry->condition;
      self->model_weight[n] = 0.0 + entry->weight;
      self->model_start[entry->finding + 1] = ++n;
    }
  /* Findings with no entries start where the one before ends. */
  for (guint f = 0; f < findings->len; f++)
    self->model_start[f + 1] = MAX (self->model_start[f + 1], self->model_start[f]);
}

double
calf_question_flow_model_weight (CalfQuestionFlow *self,
                                 int               finding,
                                 guint             condition)
{
  for (guint k = self->model_start[finding]; k < self->model_start[finding + 1]; k++)
    if (self->model_condition[k] == condition)
      return self->model_weight[k];
  return 0;
}

double
calf_question_flow_model_total (CalfQuestionFlow *self,
                                const double     *scores)
{
  guint n_conditions = calf_database_get_conditions (calf_engine_get_database (self->engine))->len;
  double total = OTHER_WEIGHT;

  for (guint c = 0; c < n_conditions; c++)
    total += scores[c];
  return total;
}

static double
logistic (double logit)
{
  return 1 / (1 + exp (-CLAMP (logit, -8, 8)));
}

double
calf_question_flow_model_yes (CalfQuestionFlow  *self,
                              const double      *scores,
                              double             total,
                              const CalfFinding *finding)
{
  int f = calf_engine_finding_index (self->engine, finding);
  double base = base_rate (finding);
  double base_logit = log (base / (1 - base));
  double plain = logistic (base_logit);
  /* Every cause the finding says nothing about answers at the base rate. */
  double yes = OTHER_WEIGHT * base + plain * (total - OTHER_WEIGHT);

  for (guint k = self->model_start[f]; k < self->model_start[f + 1]; k++)
    yes += scores[self->model_condition[k]] * (logistic (base_logit + self->model_weight[k]) - plain);

  return CLAMP (yes / total, 0.02, 0.98);
}

double
calf_question_flow_model_choice (CalfQuestionFlow      *self,
                                 const double          *scores,
                                 double                 total,
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
        p *= calf_question_flow_model_yes (self, scores, total, set->finding);
    }
  return p;
}
