/* calf-question-flow-pivots.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-question-flow"

#include "config.h"

#include <math.h>

#include "calf-engine-private.h"
#include "calf-question-flow-private.h"

/* Rules that need several answers together (the Edinburgh rule, a clot's
 * leg sign with a risk factor): each answer alone may change nothing, so
 * while such a rule is open and could raise the triage, each of its unknown
 * inputs is worth asking. */
static void mark_inputs (const CalfPivotContext *, const CalfRule *, GHashTable *, double, guint);

static void
mark_tests (const CalfPivotContext *sim,
            GPtrArray  *tests,
            GHashTable *pivots,
            double      value,
            guint       depth)
{
  for (guint i = 0; tests != NULL && i < tests->len; i++)
    {
      const CalfTest *test = g_ptr_array_index (tests, i);
      int index;
      double *entry;

      if (test->kind != CALF_TEST_FINDING || test->unsure)
        continue;
      if (test->finding->derived != NULL)
        {
          if (depth < CALF_DATABASE_MAX_DERIVED_DEPTH)
            mark_inputs (sim, test->finding->derived, pivots, value, depth + 1);
          continue;
        }
      index = calf_engine_finding_index (sim->self->engine, test->finding);
      if (!isnan (sim->base->values[index]) || sim->base->unsure[index] ||
          test->finding->type != CALF_FINDING_BOOLEAN)
        continue;

      entry = g_hash_table_lookup (pivots, test->finding);
      if (entry == NULL)
        {
          entry = g_new0 (double, 1);
          g_hash_table_insert (pivots, (gpointer) test->finding, entry);
        }
      *entry = MAX (*entry, value);
    }
}

static void
mark_inputs (const CalfPivotContext *sim,
             const CalfRule *rule,
             GHashTable     *pivots,
             double          value,
             guint           depth)
{
  mark_tests (sim, rule->all, pivots, value, depth);
  mark_tests (sim, rule->any, pivots, value, depth);
}

/* How likely a test is to hold, from the answer model (unknown ages and
 * numbers count as even chances). */
static double rule_probability (const CalfPivotContext *, const CalfRule *, guint);

static double
test_probability (const CalfPivotContext *sim,
                  const CalfTest *test,
                  guint           depth)
{
  CalfTri tri = calf_engine_test (sim->self->engine, sim->base, test);
  double yes;

  if (tri == CALF_TRI_TRUE)
    return 1;
  if (tri == CALF_TRI_FALSE)
    return 0;
  if (test->kind != CALF_TEST_FINDING || test->unsure || test->finding->type != CALF_FINDING_BOOLEAN)
    return 0.5;
  if (test->finding->derived != NULL)
    return depth < CALF_DATABASE_MAX_DERIVED_DEPTH ? rule_probability (sim, test->finding->derived, depth + 1) : 0.5;
  yes = calf_question_flow_model_yes (sim->self, sim->scores, sim->total, test->finding);
  return test->value ? yes : 1 - yes;
}

static double
rule_probability (const CalfPivotContext *sim,
                  const CalfRule *rule,
                  guint           depth)
{
  double p = 1;
  double none_of_any = 1;

  for (guint i = 0; i < rule->all->len; i++)
    p *= test_probability (sim, g_ptr_array_index (rule->all, i), depth);
  for (guint i = 0; i < rule->any->len; i++)
    none_of_any *= 1 - test_probability (sim, g_ptr_array_index (rule->any, i), depth);
  if (rule->any->len > 0)
    p *= 1 - none_of_any;
  for (guint i = 0; i < rule->none->len; i++)
    p *= 1 - test_probability (sim, g_ptr_array_index (rule->none, i), depth);
  return p;
}

/* Unknown answers the rule still needs: one means a single question can
 * settle it, which the simulation already weighs. */
static guint count_missing (const CalfPivotContext *, const CalfRule *, guint);

static guint
count_test (const CalfPivotContext *sim,
            const CalfTest *test,
            guint           depth)
{
  if (calf_engine_test (sim->self->engine, sim->base, test) == CALF_TRI_TRUE)
    return 0;
  /* A derived finding needs the answers behind it. */
  if (test->kind == CALF_TEST_FINDING && test->finding->derived != NULL &&
      depth < CALF_DATABASE_MAX_DERIVED_DEPTH)
    return count_missing (sim, test->finding->derived, depth + 1);
  return 1;
}

static guint
count_missing (const CalfPivotContext *sim,
               const CalfRule *rule,
               guint           depth)
{
  guint missing = 0;
  guint any_missing = rule->any->len > 0 ? G_MAXUINT : 0;

  for (guint i = 0; i < rule->all->len; i++)
    missing += count_test (sim, g_ptr_array_index (rule->all, i), depth);
  for (guint i = 0; i < rule->any->len; i++)
    any_missing = MIN (any_missing, count_test (sim, g_ptr_array_index (rule->any, i), depth));
  return missing + any_missing;
}

/* A rule of several tests that lacks one answer: that answer decides a
 * warning sign, so it is asked whatever its odds (twitching asks about
 * weakness, a leg sign about each risk factor of a clot). */
/* Whether part of the rule already holds: only then does one more answer
 * complete a warning sign the answers so far point to. */
static gboolean
some_test_holds (const CalfPivotContext *sim,
                 const CalfRule *rule)
{
  CalfEngine *engine = sim->self->engine;

  for (guint i = 0; i < rule->all->len; i++)
    if (calf_engine_test (engine, sim->base, g_ptr_array_index (rule->all, i)) == CALF_TRI_TRUE)
      return TRUE;
  for (guint i = 0; i < rule->any->len; i++)
    if (calf_engine_test (engine, sim->base, g_ptr_array_index (rule->any, i)) == CALF_TRI_TRUE)
      return TRUE;
  return FALSE;
}

static void
mark_if_open (const CalfPivotContext *sim,
              const CalfRule  *rule,
              CalfTriageLevel  level,
              double           plausibility,
              GHashTable      *pivots,
              GHashTable      *decisive)
{
  CalfEngine *engine = sim->self->engine;
  guint missing;

  if (level <= sim->level ||
      calf_engine_rule_holds (engine, sim->base, rule) ||
      calf_engine_rule_cannot_hold (engine, sim->base, rule))
    return;

  missing = count_missing (sim, rule, 0);
  if (missing == 1 && some_test_holds (sim, rule))
    mark_inputs (sim, rule, decisive, 1.0, 0);
  else if (missing >= 2)
    /* Worth the change times the chance that the rule turns out to hold:
     * one answer alone does not settle it. */
    mark_inputs (sim, rule, pivots,
                 calf_question_flow_triage_change (sim->level, level) * rule_probability (sim, rule, 0) * plausibility *
                 calf_database_get_param (calf_engine_get_database (engine), "flow_pivot_factor"), 0);
}

GHashTable *
calf_question_flow_find_pivots (const CalfPivotContext  *sim,
             GHashTable **decisive)
{
  CalfDatabase *database = calf_engine_get_database (sim->self->engine);
  GPtrArray *safety = calf_database_get_safety (database);
  GPtrArray *conditions = calf_database_get_conditions (database);
  GHashTable *pivots = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  *decisive = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < safety->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (safety, i);

      if (statement->trigger != NULL && statement->has_level)
        mark_if_open (sim, statement->trigger, statement->level, 1.0, pivots, *decisive);
    }

  for (guint i = 0; i < conditions->len; i++)
    {
      const CalfConditionScoring *scoring = ((const CalfCondition *) g_ptr_array_index (conditions, i))->scoring;
      /* A cause's own escalation counts as much as the cause is plausible:
       * a clot's "leg sign and risk factor" weighs little in a runner with
       * heel pain. */
      double threshold = scoring->has_safety_net ? scoring->safety_net_min_score : sim->plausible;
      double plausibility = MIN (1.0, calf_engine_state_robust_score (sim->self->engine, sim->base, i,
                                                                      sim->scores[i]) / threshold);

      for (guint j = 0; scoring->escalations != NULL && j < scoring->escalations->len; j++)
        {
          const CalfEscalation *escalation = g_ptr_array_index (scoring->escalations, j);

          mark_if_open (sim, escalation->when, escalation->level, plausibility, pivots, *decisive);
        }
    }
  return pivots;
}

double
calf_question_flow_lookup_pivot (GHashTable         *pivots,
              const CalfQuestion *question)
{
  double value = 0;

  if (question->kind != CALF_QUESTION_CHOICE)
    {
      double *entry = g_hash_table_lookup (pivots, question->finding);

      return entry != NULL ? *entry : 0;
    }

  for (guint i = 0; i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);

      for (guint j = 0; j < choice->sets->len; j++)
        {
          double *entry = g_hash_table_lookup (pivots, g_array_index (choice->sets, CalfFindingValue, j).finding);

          if (entry != NULL)
            value = MAX (value, *entry);
        }
    }
  return value;
}
