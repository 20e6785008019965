/* calf-engine.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-engine"

#include "config.h"

#include <math.h>

#include "calf-engine-private.h"


G_DEFINE_FINAL_TYPE (CalfEngine, calf_engine, G_TYPE_OBJECT)

static void
compiled_rule_free (CompiledRule *rule)
{
  g_free (rule->tests);
  g_free (rule);
}

static void
calf_engine_finalize (GObject *object)
{
  CalfEngine *self = (CalfEngine *)object;

  for (guint i = 0; self->scoring != NULL && i < self->conditions->len; i++)
    {
      g_free (self->scoring[i].region_weights);
      g_free (self->scoring[i].evidence);
      g_free (self->scoring[i].weights);
      g_clear_pointer (&self->scoring[i].escalations, g_array_unref);
    }
  g_clear_pointer (&self->scoring, g_free);
  g_clear_pointer (&self->deps, calf_engine_deps_free);
  for (guint i = 0; self->derived != NULL && i < self->derived->len; i++)
    g_free (g_array_index (self->derived, CompiledDerived, i).count);
  g_clear_pointer (&self->derived, g_array_unref);
  g_clear_pointer (&self->triggers, g_array_unref);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  g_clear_pointer (&self->statement_rules, g_ptr_array_unref);
  g_clear_pointer (&self->general, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_hash_table_unref);
  g_clear_pointer (&self->finding_index, g_hash_table_unref);
  g_clear_pointer (&self->region_index, g_hash_table_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (calf_engine_parent_class)->finalize (object);
}

static void
calf_engine_class_init (CalfEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = calf_engine_finalize;
}

static void
calf_engine_init (CalfEngine *self)
{
  self->finding_index = g_hash_table_new (NULL, NULL);
  self->region_index = g_hash_table_new (NULL, NULL);
  self->rules = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) compiled_rule_free);
  self->derived = g_array_new (FALSE, FALSE, sizeof (CompiledDerived));
  self->triggers = g_array_new (FALSE, FALSE, sizeof (CompiledTrigger));
  self->statements = g_ptr_array_new ();
  self->statement_rules = g_ptr_array_new ();
  self->general = g_ptr_array_new ();
}

static void
compile_test (CalfEngine     *self,
              const CalfTest *test,
              CompiledTest   *out)
{
  out->kind = test->kind;
  out->finding = -1;
  out->unsure = test->unsure;
  out->at_least = test->at_least;
  out->below = test->below;
  out->value = test->value;
  out->sex = test->sex;
  out->side = test->side;
  out->region_mask = 0;

  if (test->kind == CALF_TEST_FINDING)
    {
      out->finding = calf_engine_finding_index (self, test->finding);
      out->boolean = test->finding->type == CALF_FINDING_BOOLEAN;
    }
  else if (test->kind == CALF_TEST_REGION)
    {
      for (guint i = 0; i < test->regions->len; i++)
        {
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->region_index,
                                                               g_ptr_array_index (test->regions, i)));

          /* The validator refuses more regions than the mask holds. */
          if (index > 0 && index <= CALF_DATABASE_MAX_REGIONS)
            out->region_mask |= G_GUINT64_CONSTANT (1) << (index - 1);
        }
    }
}

static CompiledTest *
compile_tests (CalfEngine *self,
               GPtrArray  *tests,
               guint      *n)
{
  CompiledTest *out;

  *n = tests != NULL ? tests->len : 0;
  out = g_new0 (CompiledTest, MAX (*n, 1));
  for (guint i = 0; i < *n; i++)
    compile_test (self, g_ptr_array_index (tests, i), &out[i]);
  return out;
}

const CompiledRule *
calf_engine_compiled_rule (CalfEngine     *self,
                           const CalfRule *rule)
{
  CompiledRule *compiled = g_hash_table_lookup (self->rules, rule);
  guint n = 0;

  if (compiled != NULL)
    return compiled;

  compiled = g_new0 (CompiledRule, 1);
  compiled->n_all = rule->all->len;
  compiled->n_any = rule->any->len;
  compiled->n_none = rule->none->len;
  compiled->tests = g_new0 (CompiledTest, MAX (compiled->n_all + compiled->n_any + compiled->n_none, 1));
  for (guint i = 0; i < rule->all->len; i++)
    compile_test (self, g_ptr_array_index (rule->all, i), &compiled->tests[n++]);
  for (guint i = 0; i < rule->any->len; i++)
    compile_test (self, g_ptr_array_index (rule->any, i), &compiled->tests[n++]);
  for (guint i = 0; i < rule->none->len; i++)
    compile_test (self, g_ptr_array_index (rule->none, i), &compiled->tests[n++]);

  g_hash_table_insert (self->rules, (gpointer) rule, compiled);
  return compiled;
}

static void
compile_database (CalfEngine *self)
{
  guint n_regions = self->regions->len;

  for (guint i = 0; i < self->findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (self->findings, i);
      CompiledDerived derived = { i, NULL, NULL, 0 };

      if (finding->derived != NULL)
        derived.rule = calf_engine_compiled_rule (self, finding->derived);
      else if (finding->derived_count != NULL)
        derived.count = compile_tests (self, finding->derived_count, &derived.n_count);
      else
        continue;
      g_array_append_val (self->derived, derived);
    }

  for (guint i = 0; i < self->safety->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (self->safety, i);
      CompiledTrigger trigger;

      if (statement->trigger == NULL)
        {
          g_ptr_array_add (self->general, (gpointer) statement);
          continue;
        }
      g_ptr_array_add (self->statements, (gpointer) statement);
      g_ptr_array_add (self->statement_rules, (gpointer) calf_engine_compiled_rule (self, statement->trigger));
      if (!statement->has_level)
        continue;
      trigger.rule = calf_engine_compiled_rule (self, statement->trigger);
      trigger.level = statement->level;
      trigger.source = statement->trigger;
      trigger.reason = statement->title;
      g_array_append_val (self->triggers, trigger);
    }

  self->scoring = g_new0 (CompiledScoring, MAX (self->conditions->len, 1));
  for (guint i = 0; i < self->conditions->len; i++)
    {
      const CalfConditionScoring *scoring = ((const CalfCondition *) g_ptr_array_index (self->conditions, i))->scoring;
      CompiledScoring *out = &self->scoring[i];

      out->prior = scoring->prior;
      out->region_weights = g_new (double, n_regions + 1);
      for (guint r = 0; r < n_regions; r++)
        {
          const CalfRegion *region = g_ptr_array_index (self->regions, r);
          const double *weight = g_hash_table_lookup (scoring->region_weights, region->id);

          out->region_weights[r] = weight != NULL ? *weight : scoring->region_default;
        }
      out->region_weights[n_regions] = scoring->region_default;

      out->n_evidence = scoring->evidence->len;
      out->evidence = g_new0 (CompiledTest, MAX (out->n_evidence, 1));
      out->weights = g_new (double, MAX (out->n_evidence, 1));
      for (guint j = 0; j < out->n_evidence; j++)
        {
          const CalfEvidence *evidence = &g_array_index (scoring->evidence, CalfEvidence, j);

          compile_test (self, &evidence->test, &out->evidence[j]);
          out->weights[j] = evidence->weight;
        }

      out->escalations = g_array_new (FALSE, FALSE, sizeof (CompiledTrigger));
      for (guint j = 0; scoring->escalations != NULL && j < scoring->escalations->len; j++)
        {
          const CalfEscalation *escalation = g_ptr_array_index (scoring->escalations, j);
          CompiledTrigger trigger = {
            calf_engine_compiled_rule (self, escalation->when), escalation->level,
            escalation->when, escalation->reason
          };

          g_array_append_val (out->escalations, trigger);
        }

      out->has_likely_level = scoring->has_likely_level;
      out->likely_level = scoring->likely_level;
      out->likely_min_score = scoring->likely_min_score;
      out->has_safety_net = scoring->has_safety_net;
      out->safety_net_level = scoring->safety_net_level;
      out->safety_net_min_score = scoring->safety_net_min_score;
    }
}

CalfEngine *
calf_engine_new (CalfDatabase *database)
{
  CalfEngine *self;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);
  /* A loaded database never has more (calf-database-validate.c). */
  g_return_val_if_fail (calf_database_get_regions (database)->len <= CALF_DATABASE_MAX_REGIONS, NULL);

  self = g_object_new (CALF_TYPE_ENGINE, NULL);
  self->database = g_object_ref (database);
  self->findings = calf_database_get_findings (database);
  self->conditions = calf_database_get_conditions (database);
  self->regions = calf_database_get_regions (database);
  self->safety = calf_database_get_safety (database);
  self->norms = calf_database_get_norms (database);

  for (guint i = 0; i < self->findings->len; i++)
    g_hash_table_insert (self->finding_index, g_ptr_array_index (self->findings, i), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < self->regions->len; i++)
    g_hash_table_insert (self->region_index, g_ptr_array_index (self->regions, i), GUINT_TO_POINTER (i + 1));

  compile_database (self);
  return self;
}

CalfDatabase *
calf_engine_get_database (CalfEngine *self)
{
  g_return_val_if_fail (CALF_IS_ENGINE (self), NULL);
  return self->database;
}

int
calf_engine_finding_index (CalfEngine        *self,
                           const CalfFinding *finding)
{
  gpointer p = g_hash_table_lookup (self->finding_index, finding);

  g_assert (p != NULL);
  return (int) GPOINTER_TO_UINT (p) - 1;
}

void
calf_engine_state_init (CalfEngine      *self,
                        CalfEngineState *state,
                        CalfAnswers     *answers)
{
  double age;

  g_return_if_fail (CALF_IS_ENGINE (self));
  g_return_if_fail (CALF_IS_ANSWERS (answers));
  g_return_if_fail (calf_answers_get_database (answers) == self->database);

  state->region = calf_answers_get_region (answers);
  state->region_index = state->region != NULL
    ? (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->region_index, state->region)) - 1
    : -1;
  state->side = calf_answers_get_side (answers);
  age = calf_answers_get_age (answers);
  state->age = age >= 0 ? age : NAN;
  state->sex = calf_answers_get_sex (answers);
  state->n_values = self->findings->len;
  state->values = g_new (double, state->n_values);
  state->unsure = g_new0 (guint8, MAX (state->n_values, 1));
  for (guint i = 0; i < state->n_values; i++)
    state->values[i] = NAN;

  for (guint i = 0; i < calf_answers_get_n_answers (answers); i++)
    {
      const CalfAnswer *answer = calf_answers_get_answer (answers, i);

      state->values[calf_engine_finding_index (self, answer->finding)] = answer->value;
    }
  for (guint i = 0; i < calf_answers_get_n_unsure (answers); i++)
    state->unsure[calf_engine_finding_index (self, calf_answers_get_unsure (answers, i)->finding)] = 1;
}

void
calf_engine_state_copy (CalfEngineState       *dest,
                        const CalfEngineState *src)
{
  *dest = *src;
  dest->values = g_memdup2 (src->values, sizeof (double) * src->n_values);
  dest->unsure = g_memdup2 (src->unsure, MAX (src->n_values, 1));
}

void
calf_engine_state_clear (CalfEngineState *state)
{
  g_clear_pointer (&state->values, g_free);
  g_clear_pointer (&state->unsure, g_free);
}

CalfResult *
calf_engine_evaluate_full (CalfEngine            *self,
                           CalfAnswers           *answers,
                           const CalfTriageFloor *floor)
{
  CalfEngineState state;
  CalfResult *result;

  g_return_val_if_fail (CALF_IS_ENGINE (self), NULL);
  g_return_val_if_fail (CALF_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (calf_answers_get_database (answers) == self->database, NULL);

  calf_engine_state_init (self, &state, answers);
  calf_engine_state_derive (self, &state);
  result = calf_engine_build_result (self, &state, floor);
  calf_engine_state_clear (&state);

  return result;
}

CalfResult *
calf_engine_evaluate (CalfEngine  *self,
                      CalfAnswers *answers)
{
  return calf_engine_evaluate_full (self, answers, NULL);
}
