/* calf-engine-run.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-engine"

#include "config.h"

#include <math.h>

#include "calf-engine-private.h"

/* Evaluating compiled tests and rules on a state: derived findings, scores,
 * triage, and the answers that explain them. */

/* Derived findings may refer to other derived findings; evaluating them in
 * a few passes settles any chain the validator allows without an order. */
#define MAX_DERIVE_PASSES CALF_DATABASE_MAX_DERIVED_DEPTH
/* Looking through derived findings for explanations stops this deep. */
#define MAX_EXPLAIN_DEPTH 8

static CalfTri
in_range (double value,
          double at_least,
          double below)
{
  return (value >= at_least && value < below) ? CALF_TRI_TRUE : CALF_TRI_FALSE;
}

CalfTri
calf_engine_test (CalfEngine            *self,
                  const CalfEngineState *state,
                  const CalfTest        *test)
{
  switch (test->kind)
    {
    case CALF_TEST_FINDING:
      {
        int index = calf_engine_finding_index (self, test->finding);
        double v = state->values[index];

        if (test->unsure)
          return state->unsure[index] ? CALF_TRI_TRUE : (isnan (v) ? CALF_TRI_UNKNOWN : CALF_TRI_FALSE);
        if (isnan (v))
          return CALF_TRI_UNKNOWN;
        if (test->finding->type == CALF_FINDING_BOOLEAN)
          return ((v != 0) == (test->value != FALSE)) ? CALF_TRI_TRUE : CALF_TRI_FALSE;
        return in_range (v, test->at_least, test->below);
      }

    case CALF_TEST_AGE:
      if (isnan (state->age))
        return CALF_TRI_UNKNOWN;
      return in_range (state->age, test->at_least, test->below);

    case CALF_TEST_SEX:
      if (state->sex == CALF_SEX_UNKNOWN)
        return CALF_TRI_UNKNOWN;
      return state->sex == test->sex ? CALF_TRI_TRUE : CALF_TRI_FALSE;

    case CALF_TEST_REGION:
      if (state->region == NULL)
        return CALF_TRI_UNKNOWN;
      for (guint i = 0; i < test->regions->len; i++)
        {
          if (g_ptr_array_index (test->regions, i) == state->region)
            return CALF_TRI_TRUE;
        }
      return CALF_TRI_FALSE;

    case CALF_TEST_SIDE:
      return state->side == test->side ? CALF_TRI_TRUE : CALF_TRI_FALSE;

    default:
      g_assert_not_reached ();
    }
}

static inline CalfTri
run_test (const CalfEngineState *state,
          const CompiledTest    *test)
{
  switch (test->kind)
    {
    case CALF_TEST_FINDING:
      {
        double v = state->values[test->finding];

        if (test->unsure)
          return state->unsure[test->finding] ? CALF_TRI_TRUE : (isnan (v) ? CALF_TRI_UNKNOWN : CALF_TRI_FALSE);
        if (isnan (v))
          return CALF_TRI_UNKNOWN;
        if (test->boolean)
          return ((v != 0) == (test->value != FALSE)) ? CALF_TRI_TRUE : CALF_TRI_FALSE;
        return in_range (v, test->at_least, test->below);
      }

    case CALF_TEST_AGE:
      if (isnan (state->age))
        return CALF_TRI_UNKNOWN;
      return in_range (state->age, test->at_least, test->below);

    case CALF_TEST_SEX:
      if (state->sex == CALF_SEX_UNKNOWN)
        return CALF_TRI_UNKNOWN;
      return state->sex == test->sex ? CALF_TRI_TRUE : CALF_TRI_FALSE;

    case CALF_TEST_REGION:
      if (state->region_index < 0)
        return CALF_TRI_UNKNOWN;
      return ((test->region_mask >> state->region_index) & 1) ? CALF_TRI_TRUE : CALF_TRI_FALSE;

    case CALF_TEST_SIDE:
      return state->side == test->side ? CALF_TRI_TRUE : CALF_TRI_FALSE;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
run_rule_holds (const CalfEngineState *state,
                const CompiledRule    *rule)
{
  const CompiledTest *any = rule->tests + rule->n_all;
  const CompiledTest *none = any + rule->n_any;

  for (guint i = 0; i < rule->n_all; i++)
    {
      if (run_test (state, &rule->tests[i]) != CALF_TRI_TRUE)
        return FALSE;
    }

  if (rule->n_any > 0)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < rule->n_any && !found; i++)
        found = run_test (state, &any[i]) == CALF_TRI_TRUE;
      if (!found)
        return FALSE;
    }

  for (guint i = 0; i < rule->n_none; i++)
    {
      if (run_test (state, &none[i]) == CALF_TRI_TRUE)
        return FALSE;
    }

  return TRUE;
}

static gboolean
run_rule_cannot_hold (const CalfEngineState *state,
                      const CompiledRule    *rule)
{
  const CompiledTest *any = rule->tests + rule->n_all;
  const CompiledTest *none = any + rule->n_any;

  for (guint i = 0; i < rule->n_all; i++)
    {
      if (run_test (state, &rule->tests[i]) == CALF_TRI_FALSE)
        return TRUE;
    }

  if (rule->n_any > 0)
    {
      gboolean all_false = TRUE;

      for (guint i = 0; i < rule->n_any && all_false; i++)
        all_false = run_test (state, &any[i]) == CALF_TRI_FALSE;
      if (all_false)
        return TRUE;
    }

  for (guint i = 0; i < rule->n_none; i++)
    {
      if (run_test (state, &none[i]) == CALF_TRI_TRUE)
        return TRUE;
    }

  return FALSE;
}

gboolean
calf_engine_compiled_rule_holds (const CalfEngineState *state,
                                 const CompiledRule    *rule)
{
  return run_rule_holds (state, rule);
}

/* The documented rule: unknown tests never hold. */
gboolean
calf_engine_rule_holds (CalfEngine            *self,
                        const CalfEngineState *state,
                        const CalfRule        *rule)
{
  return run_rule_holds (state, calf_engine_compiled_rule (self, rule));
}

/* TRUE when the rule can no longer hold whatever the unknown answers turn
 * out to be: then a derived finding is known to be false. */
gboolean
calf_engine_rule_cannot_hold (CalfEngine            *self,
                              const CalfEngineState *state,
                              const CalfRule        *rule)
{
  return run_rule_cannot_hold (state, calf_engine_compiled_rule (self, rule));
}

gboolean
calf_engine_evidence_holds (CalfEngine            *self,
                            const CalfEngineState *state,
                            guint                  condition,
                            guint                  evidence)
{
  g_assert (condition < self->conditions->len);
  g_assert (evidence < self->scoring[condition].n_evidence);

  return run_test (state, &self->scoring[condition].evidence[evidence]) == CALF_TRI_TRUE;
}

static double
derive_norm (const CalfNorm        *norm,
             const CalfEngineState *state,
             double                 measured)
{
  if (isnan (measured) || isnan (state->age) || state->sex == CALF_SEX_UNKNOWN)
    return NAN;

  for (guint i = 0; i < norm->rows->len; i++)
    {
      const CalfNormRow *row = &g_array_index (norm->rows, CalfNormRow, i);

      if (row->sex == state->sex && state->age >= row->age_at_least && state->age < row->age_below)
        return measured < row->value - norm->margin ? 1.0 : 0.0;
    }

  return NAN;
}

static double
derive_one (const CalfEngineState *state,
            const CompiledDerived *derived)
{
  if (derived->rule == NULL)
    {
      guint count = 0;

      for (guint i = 0; i < derived->n_count; i++)
        {
          if (run_test (state, &derived->count[i]) == CALF_TRI_TRUE)
            count++;
        }
      return count;
    }

  if (run_rule_holds (state, derived->rule))
    return 1.0;
  if (run_rule_cannot_hold (state, derived->rule))
    return 0.0;
  return NAN;
}

gboolean
calf_engine_same_value (double a,
                        double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

double
calf_engine_norm_value (CalfEngine            *self,
                        const CalfEngineState *state,
                        guint                  norm)
{
  const CalfNorm *n = g_ptr_array_index (self->norms, norm);

  return derive_norm (n, state, state->values[calf_engine_finding_index (self, n->finding)]);
}

double
calf_engine_derived_value (CalfEngine            *self,
                           const CalfEngineState *state,
                           guint                  derived)
{
  return derive_one (state, &g_array_index (self->derived, CompiledDerived, derived));
}

void
calf_engine_state_derive (CalfEngine      *self,
                          CalfEngineState *state)
{
  g_return_if_fail (CALF_IS_ENGINE (self));

  /* Norms compare a measurement with the table for age and sex. */
  for (guint i = 0; i < self->norms->len; i++)
    {
      const CalfNorm *norm = g_ptr_array_index (self->norms, i);

      state->values[calf_engine_finding_index (self, norm->derived)] = calf_engine_norm_value (self, state, i);
    }

  for (guint i = 0; i < self->derived->len; i++)
    state->values[g_array_index (self->derived, CompiledDerived, i).index] = NAN;

  for (guint pass = 0; pass < MAX_DERIVE_PASSES; pass++)
    {
      gboolean changed = FALSE;

      for (guint i = 0; i < self->derived->len; i++)
        {
          const CompiledDerived *derived = &g_array_index (self->derived, CompiledDerived, i);
          double value = derive_one (state, derived);

          if (!calf_engine_same_value (value, state->values[derived->index]))
            {
              state->values[derived->index] = value;
              changed = TRUE;
            }
        }

      if (!changed)
        break;
    }
}

static double
condition_z (CalfEngine            *self,
             const CalfEngineState *state,
             const CompiledScoring *scoring)
{
  double z = scoring->prior;

  z += scoring->region_weights[state->region_index >= 0 ? (guint) state->region_index : self->regions->len];
  for (guint i = 0; i < scoring->n_evidence; i++)
    {
      if (run_test (state, &scoring->evidence[i]) == CALF_TRI_TRUE)
        z += scoring->weights[i];
    }

  return z;
}

void
calf_engine_state_score (CalfEngine            *self,
                         const CalfEngineState *state,
                         double                *scores)
{
  g_return_if_fail (CALF_IS_ENGINE (self));

  for (guint i = 0; i < self->conditions->len; i++)
    scores[i] = calf_engine_condition_score (self, state, i);
}

double
calf_engine_condition_score (CalfEngine            *self,
                             const CalfEngineState *state,
                             guint                  condition)
{
  return 1.0 / (1.0 + exp (-condition_z (self, state, &self->scoring[condition])));
}

/* A sign the person can look for or feel (not how the pain began or what
 * it is like, which "Not sure" says little about). */
static gboolean
is_sign (CalfEngine *self,
         int         finding)
{
  const CalfFinding *f = g_ptr_array_index (calf_database_get_findings (self->database), finding);

  return f->category != CALF_FINDING_CATEGORY_ONSET && f->category != CALF_FINDING_CATEGORY_PAIN;
}

static double
adjusted_score (CalfEngine            *self,
                const CalfEngineState *state,
                guint                  condition,
                double                 score,
                gboolean               set_aside,
                double                 unsure_share)
{
  const CompiledScoring *scoring = &self->scoring[condition];
  double strongest = 0;
  double unsure = 0;

  for (guint i = 0; i < scoring->n_evidence; i++)
    {
      const CompiledTest *test = &scoring->evidence[i];

      if (scoring->weights[i] < strongest && set_aside && run_test (state, test) == CALF_TRI_TRUE)
        strongest = scoring->weights[i];
      else if (scoring->weights[i] > 0 && test->kind == CALF_TEST_FINDING && test->boolean && test->value &&
               !test->unsure && state->unsure[test->finding] && (set_aside || is_sign (self, test->finding)))
        unsure += scoring->weights[i] * unsure_share;
    }
  if (strongest == 0 && unsure == 0)
    return score;

  score = CLAMP (score, 1e-12, 1 - 1e-12);
  return 1.0 / (1.0 + exp (-(log (score / (1 - score)) - strongest + unsure)));
}

/* The score a dangerous cause keeps for its safety net: the one answer
 * that speaks most against it is set aside, so that no single answer,
 * right or mistaken, can carry it below the net; and "Not sure" about a
 * sign of it counts half, since it is not a no. */
double
calf_engine_state_robust_score (CalfEngine            *self,
                                const CalfEngineState *state,
                                guint                  condition,
                                double                 score)
{
  return adjusted_score (self, state, condition, score, TRUE, 0.5);
}

/* The score a cause's own level ("likely_level") goes by: for a dangerous
 * cause, "Not sure" about a sign of it counts as if it were there, since
 * it may be (the level it can set this way stops at urgent). Not being
 * sure how the pain began, or what it is like, does not count. */
double
calf_engine_state_level_score (CalfEngine            *self,
                               const CalfEngineState *state,
                               guint                  condition,
                               double                 score)
{
  if (!self->scoring[condition].has_safety_net)
    return score;
  return adjusted_score (self, state, condition, score, FALSE, 1.0);
}

/* The level a cause asks for on its own score ("likely_level"), or
 * self-care. Reached only through "Not sure" about its signs, an emergency
 * is not established, but a same-day check is. */
CalfTriageLevel
calf_engine_state_likely_level (CalfEngine            *self,
                                const CalfEngineState *state,
                                guint                  condition,
                                double                 score,
                                gboolean              *through_unsure)
{
  const CompiledScoring *scoring = &self->scoring[condition];

  if (through_unsure != NULL)
    *through_unsure = FALSE;
  if (!scoring->has_likely_level)
    return CALF_TRIAGE_SELF_CARE;
  if (score >= scoring->likely_min_score)
    return scoring->likely_level;
  if (calf_engine_state_level_score (self, state, condition, score) < scoring->likely_min_score)
    return CALF_TRIAGE_SELF_CARE;
  if (through_unsure != NULL)
    *through_unsure = TRUE;
  return MIN (scoring->likely_level, CALF_TRIAGE_URGENT);
}

/* The triage is the highest level any part asks for: each warning-sign
 * trigger, and each cause with its own level, safety net and escalations.
 * calf-engine-delta.c re-evaluates only the parts an answer touches. */
CalfTriageLevel
calf_engine_trigger_level (CalfEngine            *self,
                           const CalfEngineState *state,
                           guint                  trigger)
{
  const CompiledTrigger *t = &g_array_index (self->triggers, CompiledTrigger, trigger);

  return run_rule_holds (state, t->rule) ? t->level : CALF_TRIAGE_SELF_CARE;
}

CalfTriageLevel
calf_engine_condition_level (CalfEngine            *self,
                             const CalfEngineState *state,
                             guint                  condition,
                             double                 score)
{
  const CompiledScoring *scoring = &self->scoring[condition];
  CalfTriageLevel level = calf_engine_state_likely_level (self, state, condition, score, NULL);

  if (scoring->has_safety_net && scoring->safety_net_level > level &&
      calf_engine_state_robust_score (self, state, condition, score) >= scoring->safety_net_min_score)
    level = scoring->safety_net_level;

  for (guint j = 0; j < scoring->escalations->len; j++)
    {
      const CompiledTrigger *trigger = &g_array_index (scoring->escalations, CompiledTrigger, j);

      if (trigger->level > level && run_rule_holds (state, trigger->rule))
        level = trigger->level;
    }
  return level;
}

CalfTriageLevel
calf_engine_state_triage (CalfEngine            *self,
                          const CalfEngineState *state,
                          const double          *scores)
{
  CalfTriageLevel level = CALF_TRIAGE_SELF_CARE;

  g_return_val_if_fail (CALF_IS_ENGINE (self), CALF_TRIAGE_EMERGENCY);

  for (guint i = 0; i < self->triggers->len; i++)
    level = MAX (level, calf_engine_trigger_level (self, state, i));
  for (guint i = 0; i < self->conditions->len; i++)
    level = MAX (level, calf_engine_condition_level (self, state, i, scores[i]));

  return level;
}

static void
add_unique (GPtrArray     *array,
            gconstpointer  item)
{
  if (!g_ptr_array_find (array, item, NULL))
    g_ptr_array_add (array, (gpointer) item);
}

static void explain_rule (CalfEngine *, const CalfEngineState *, const CalfRule *, GPtrArray *, guint);

static void
explain_test (CalfEngine            *self,
              const CalfEngineState *state,
              const CalfTest        *test,
              GPtrArray             *findings,
              guint                  depth)
{
  const CalfFinding *finding = test->finding;

  if (test->kind != CALF_TEST_FINDING)
    return;

  if (finding->category != CALF_FINDING_CATEGORY_DERIVED || depth >= MAX_EXPLAIN_DEPTH)
    {
      add_unique (findings, finding);
      return;
    }

  if (finding->derived_norm != NULL)
    add_unique (findings, finding->derived_norm->finding);

  if (finding->derived_count != NULL)
    {
      for (guint i = 0; i < finding->derived_count->len; i++)
        {
          const CalfTest *inner = g_ptr_array_index (finding->derived_count, i);

          if (calf_engine_test (self, state, inner) == CALF_TRI_TRUE)
            explain_test (self, state, inner, findings, depth + 1);
        }
    }

  if (finding->derived != NULL)
    explain_rule (self, state, finding->derived, findings, depth + 1);
}

static void
explain_rule (CalfEngine            *self,
              const CalfEngineState *state,
              const CalfRule        *rule,
              GPtrArray             *findings,
              guint                  depth)
{
  /* Only tests that hold explain; "none" tests hold by being absent. */
  for (guint i = 0; i < rule->all->len; i++)
    {
      const CalfTest *test = g_ptr_array_index (rule->all, i);

      if (calf_engine_test (self, state, test) == CALF_TRI_TRUE)
        explain_test (self, state, test, findings, depth);
    }
  for (guint i = 0; i < rule->any->len; i++)
    {
      const CalfTest *test = g_ptr_array_index (rule->any, i);

      if (calf_engine_test (self, state, test) == CALF_TRI_TRUE)
        explain_test (self, state, test, findings, depth);
    }
}

void
calf_engine_rule_explain (CalfEngine            *self,
                          const CalfEngineState *state,
                          const CalfRule        *rule,
                          GPtrArray             *findings)
{
  explain_rule (self, state, rule, findings, 0);
}

void
calf_engine_test_explain (CalfEngine            *self,
                          const CalfEngineState *state,
                          const CalfTest        *test,
                          GPtrArray             *findings)
{
  explain_test (self, state, test, findings, 0);
}
