/* calf-engine-result.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-engine"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "calf-engine-private.h"

/* Turns a derived state into a full, explained result. */

static void
add_unique (GPtrArray     *array,
            gconstpointer  item)
{
  if (!g_ptr_array_find (array, item, NULL))
    g_ptr_array_add (array, (gpointer) item);
}

static void
add_reason (GPtrArray  *reasons,
            const char *reason)
{
  if (!g_ptr_array_find_with_equal_func (reasons, reason, g_str_equal, NULL))
    g_ptr_array_add (reasons, g_strdup (reason));
}

static void
explain_evidence (CalfEngine            *self,
                  const CalfEngineState *state,
                  guint                  index,
                  const CalfCondition   *condition,
                  GPtrArray             *supporting,
                  GPtrArray             *opposing)
{
  /* The compiled count, so that the condition's records are only read
   * when some of its evidence holds. */
  for (guint i = 0; i < self->scoring[index].n_evidence; i++)
    {
      const CalfEvidence *evidence;

      if (!calf_engine_evidence_holds (self, state, index, i))
        continue;
      evidence = &g_array_index (condition->scoring->evidence, CalfEvidence, i);
      calf_engine_test_explain (self, state, &evidence->test,
                                evidence->weight > 0 ? supporting : opposing);
    }
}

/* Returns whether @trigger asks for @level and explains it. */
static gboolean
explain_trigger (CalfEngine            *self,
                 const CalfEngineState *state,
                 const CompiledTrigger *trigger,
                 CalfTriageLevel        level,
                 GPtrArray             *because,
                 GPtrArray             *reasons)
{
  if (trigger->level != level || !calf_engine_rule_holds (self, state, trigger->source))
    return FALSE;
  calf_engine_rule_explain (self, state, trigger->source, because);
  add_reason (reasons, trigger->reason);
  return TRUE;
}

/* How a cause is named by the triage's reasons. */
enum
{
  NAMED_NOT,
  NAMED_LISTED,   /* still possible (a safety net, signs not sure of): listed */
  NAMED_LEADING,  /* its own signs set the level: listed among the first */
};

/* Fills @named with the causes the triage's reasons name. */
static void
build_triage (CalfEngine            *self,
              const CalfEngineState *state,
              const double          *scores,
              const CalfTriageFloor *floor,
              CalfResult            *result,
              guint8                *named)
{
  GPtrArray *conditions = self->conditions;
  g_autoptr(GPtrArray) because = g_ptr_array_new ();
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  CalfTriageLevel level = calf_engine_state_triage (self, state, scores);

  /* Advice already shown is not lowered silently: the floor says why. */
  if (floor != NULL && floor->level > level)
    {
      for (guint i = 0; floor->because != NULL && i < floor->because->len; i++)
        add_unique (because, g_ptr_array_index (floor->because, i));
      if (floor->reason != NULL)
        add_reason (reasons, floor->reason);
      calf_result_set_triage (result, floor->level, because, reasons);
      return;
    }

  if (level == CALF_TRIAGE_SELF_CARE)
    {
      calf_result_set_triage (result, level, because, reasons);
      return;
    }

  /* Everything that asks for the final level explains it. */
  for (guint i = 0; i < self->triggers->len; i++)
    explain_trigger (self, state, &g_array_index (self->triggers, CompiledTrigger, i), level, because, reasons);

  for (guint i = 0; i < conditions->len; i++)
    {
      const CompiledScoring *scoring = &self->scoring[i];
      gboolean through_unsure = FALSE;

      /* A cause's own escalation that sets the level names the cause. */
      for (guint j = 0; j < scoring->escalations->len; j++)
        if (explain_trigger (self, state, &g_array_index (scoring->escalations, CompiledTrigger, j), level,
                             because, reasons))
          named[i] = NAMED_LEADING;

      /* A dangerous cause still plausible: the safety net names it. */
      if (scoring->has_safety_net && scoring->safety_net_level == level &&
          calf_engine_state_robust_score (self, state, i, scores[i]) >= scoring->safety_net_min_score)
        {
          const CalfCondition *condition = g_ptr_array_index (conditions, i);
          g_autoptr(GPtrArray) opposing = g_ptr_array_new ();

          explain_evidence (self, state, i, condition, because, opposing);
          add_reason (reasons, condition->scoring->safety_net_reason);
          named[i] = MAX (named[i], NAMED_LISTED);
        }

      if (scoring->has_likely_level &&
          calf_engine_state_likely_level (self, state, i, scores[i], &through_unsure) == level)
        {
          const CalfCondition *condition = g_ptr_array_index (conditions, i);
          g_autoptr(GPtrArray) opposing = g_ptr_array_new ();
          g_autofree char *reason = NULL;

          explain_evidence (self, state, i, condition, because, opposing);
          if (through_unsure)
            /* Translators: %s is the name of a possible cause. */
            reason = g_strdup_printf (_("%s is a possible cause that needs a doctor’s assessment today: you were not sure about some of its signs, and not sure is not the same as no."),
                                      condition->name);
          else
            /* Translators: %s is the name of a possible cause. */
            reason = g_strdup_printf (_("%s is a possible cause that needs a doctor’s assessment."),
                                      condition->name);
          add_reason (reasons, reason);
          named[i] = MAX (named[i], through_unsure ? NAMED_LISTED : NAMED_LEADING);
        }
    }

  calf_result_set_triage (result, level, because, reasons);
}

typedef struct
{
  const double *scores;
} SortData;

static int
compare_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const SortData *data = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;

  if (data->scores[ia] > data->scores[ib])
    return -1;
  if (data->scores[ia] < data->scores[ib])
    return 1;
  return ia < ib ? -1 : (ia > ib ? 1 : 0);
}

static const char *
band_label (GPtrArray *bands,
            double     score)
{
  /* Bands come highest first; the database guarantees one at 0. */
  for (guint i = 0; i < bands->len; i++)
    {
      const CalfLikelihoodBand *band = g_ptr_array_index (bands, i);

      if (score >= band->min_score)
        return band->label;
    }
  return NULL;
}

/* Lists the causes above the listing score, most likely first, with every
 * cause the triage names among the first few: advice that names a cause
 * shows it. */
static void
build_conditions (CalfEngine            *self,
                  const CalfEngineState *state,
                  const double          *scores,
                  const guint8          *named,
                  CalfResult            *result)
{
  CalfDatabase *database = calf_engine_get_database (self);
  GPtrArray *conditions = calf_database_get_conditions (database);
  GPtrArray *bands = calf_database_get_likelihood_bands (database);
  /* One block for all entries, and one shared empty array for the many
   * conditions nothing speaks for or against: few allocations, so the cost
   * stays linear in the number of conditions. */
  CalfRankedCondition *entries = g_new0 (CalfRankedCondition, MAX (conditions->len, 1));
  GPtrArray *ranked = g_ptr_array_new_full (conditions->len, (GDestroyNotify) calf_ranked_condition_clear);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GPtrArray) supporting = g_ptr_array_new ();
  g_autoptr(GPtrArray) opposing = g_ptr_array_new ();
  g_autofree guint *order = g_new (guint, MAX (conditions->len, 1));
  SortData data = { scores };
  double list_min_score = calf_database_get_param (database, "list_min_score");
  guint min_listed = (guint) calf_database_get_param (database, "min_listed_conditions");
  guint named_rank = (guint) calf_database_get_param (database, "named_cause_rank");
  guint n_listed = 0;

  for (guint i = 0; i < conditions->len; i++)
    order[i] = i;
  g_qsort_with_data (order, (int) conditions->len, sizeof (guint), compare_rank, &data);

  for (guint i = 0; i < conditions->len; i++)
    if (scores[order[i]] >= list_min_score)
      n_listed = i + 1;
  n_listed = MIN (MAX (n_listed, min_listed), conditions->len);

  /* A cause whose own signs set the advice is listed among the first few,
   * so that the advice and the list agree: further down, it moves up to
   * just below the most likely ones, in rank order. */
  for (guint i = 0, slot = MIN (named_rank, conditions->len) - 1; i < conditions->len; i++)
    {
      guint moved = order[i];

      if (named[moved] != NAMED_LEADING || i < slot)
        continue;
      memmove (&order[slot + 1], &order[slot], (i - slot) * sizeof (guint));
      order[slot++] = moved;
    }
  /* Every other cause it names moves up to just after the cut. */
  for (guint i = n_listed; i < conditions->len; i++)
    if (named[order[i]] != NAMED_NOT)
      {
        guint moved = order[i];

        memmove (&order[n_listed + 1], &order[n_listed], (i - n_listed) * sizeof (guint));
        order[n_listed++] = moved;
      }

  for (guint i = 0; i < conditions->len; i++)
    {
      CalfRankedCondition *entry = &entries[i];
      const CalfCondition *condition = g_ptr_array_index (conditions, order[i]);

      entry->condition = condition;
      entry->score = scores[order[i]];
      entry->likelihood = band_label (bands, entry->score);
      g_ptr_array_set_size (supporting, 0);
      g_ptr_array_set_size (opposing, 0);
      explain_evidence (self, state, order[i], condition, supporting, opposing);
      entry->supporting = supporting->len > 0 ? g_ptr_array_copy (supporting, NULL, NULL) : g_ptr_array_ref (empty);
      entry->opposing = opposing->len > 0 ? g_ptr_array_copy (opposing, NULL, NULL) : g_ptr_array_ref (empty);
      g_ptr_array_add (ranked, entry);
    }

  calf_result_take_conditions (result, ranked, entries, n_listed);
}

static CalfWithheldExercise *
withhold (const CalfExercise  *exercise,
          char                *reason,
          const CalfCondition *condition,
          const CalfFinding   *finding)
{
  CalfWithheldExercise *withheld = g_new0 (CalfWithheldExercise, 1);

  withheld->exercise = exercise;
  withheld->reason = reason;
  withheld->condition = condition;
  withheld->finding = finding;
  return withheld;
}

/* Why an exercise must not be offered now, or NULL when it may be. */
static CalfWithheldExercise *
check_exercise (CalfEngine            *self,
                const CalfEngineState *state,
                const CalfExercise    *exercise,
                CalfResult            *result,
                double                 possible_score)
{
  GPtrArray *ranked = calf_result_get_conditions (result);

  if (calf_result_get_triage_level (result) >= CALF_TRIAGE_URGENT)
    return withhold (exercise,
                     g_strdup (_("Not now: get checked as advised above first; exercises can wait until then.")),
                     NULL, NULL);

  for (guint i = 0; i < exercise->contraindicating_findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (exercise->contraindicating_findings, i);
      double value = state->values[calf_engine_finding_index (self, finding)];

      if (value == 1.0)
        /* Translators: %s is an answer, such as “One calf swollen”. */
        return withhold (exercise, g_strdup_printf (_("Not now: not advised with “%s”."), finding->label),
                         NULL, finding);
    }

  /* Ranked order, so the most likely reason is the one given. */
  for (guint i = 0; i < ranked->len; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (ranked, i);

      if (entry->score < possible_score)
        break;
      if (g_ptr_array_find (exercise->contraindicating_conditions, entry->condition, NULL) ||
          g_ptr_array_find (entry->condition->avoid_exercises, exercise, NULL))
        return withhold (exercise,
                         /* Translators: %s is the name of a possible cause. */
                         g_strdup_printf (_("Not now: not advised until %s has been ruled out."),
                                          entry->condition->name),
                         entry->condition, NULL);
    }

  return NULL;
}

static void
build_exercises (CalfEngine            *self,
                 const CalfEngineState *state,
                 CalfResult            *result)
{
  CalfDatabase *database = calf_engine_get_database (self);
  GPtrArray *ranked = calf_result_get_conditions (result);
  GPtrArray *exercises = g_ptr_array_new ();
  GPtrArray *withheld = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_withheld_exercise_free);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  double min_score = calf_database_get_param (database, "exercise_min_score");
  double possible_score = calf_database_get_param (database, "contraindication_min_score");
  guint max_conditions = (guint) calf_database_get_param (database, "exercise_max_conditions");

  /* Exercises of the most likely causes, in their order. */
  for (guint i = 0; i < ranked->len && i < max_conditions; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (ranked, i);

      if (entry->score < min_score)
        break;
      for (guint j = 0; j < entry->condition->exercises->len; j++)
        add_unique (candidates, g_ptr_array_index (entry->condition->exercises, j));
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (candidates, i);
      CalfWithheldExercise *why = check_exercise (self, state, exercise, result, possible_score);

      if (why != NULL)
        g_ptr_array_add (withheld, why);
      else
        g_ptr_array_add (exercises, (gpointer) exercise);
    }

  /* A plan of a few, in the engine's order; the rest as more exercises. */
  calf_result_set_n_planned (result, MIN (exercises->len,
                                          (guint) calf_database_get_param (database, "exercise_plan_max")));
  calf_result_take_exercises (result, exercises, withheld);
}

static void
build_safety (CalfEngine            *self,
              const CalfEngineState *state,
              CalfResult            *result)
{
  GPtrArray *lines = g_ptr_array_new ();
  CalfTriageLevel level = calf_result_get_triage_level (result);

  for (guint i = 0; i < self->statements->len; i++)
    {
      if (calf_engine_compiled_rule_holds (state, g_ptr_array_index (self->statement_rules, i)))
        g_ptr_array_add (lines, g_ptr_array_index (self->statements, i));
    }

  for (guint i = 0; i < self->general->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (self->general, i);

      if (!statement->has_level || statement->level <= level)
        g_ptr_array_add (lines, (gpointer) statement);
    }

  calf_result_take_safety (result, lines);
}

/* "What could change this advice": each answer given as "Not sure" that
 * would raise the triage if it were yes. */
static void
build_changes (CalfEngine            *self,
               const CalfEngineState *state,
               CalfResult            *result)
{
  g_autofree double *scores = g_new (double, MAX (self->conditions->len, 1));
  CalfTriageLevel current = calf_result_get_triage_level (result);
  GPtrArray *unsure = g_ptr_array_new ();
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (const CalfFinding *));
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (CalfTriageLevel));

  for (guint i = 0; i < state->n_values; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (self->findings, i);
      CalfEngineState what_if;
      CalfTriageLevel level;

      if (!state->unsure[i])
        continue;
      g_ptr_array_add (unsure, (gpointer) finding);
      if (finding->type != CALF_FINDING_BOOLEAN)
        continue;

      calf_engine_state_copy (&what_if, state);
      what_if.unsure[i] = 0;
      what_if.values[i] = 1.0;
      calf_engine_state_derive (self, &what_if);
      calf_engine_state_score (self, &what_if, scores);
      level = calf_engine_state_triage (self, &what_if, scores);
      calf_engine_state_clear (&what_if);

      if (level > current)
        {
          g_array_append_val (changes, finding);
          g_array_append_val (levels, level);
        }
    }

  /* Most urgent first, then in database order. */
  for (CalfTriageLevel level = CALF_TRIAGE_EMERGENCY; level > current; level--)
    for (guint i = 0; i < changes->len; i++)
      if (g_array_index (levels, CalfTriageLevel, i) == level)
        calf_result_add_change (result, g_array_index (changes, const CalfFinding *, i), level);

  calf_result_take_unsure (result, unsure);
}

CalfResult *
calf_engine_build_result (CalfEngine            *self,
                          const CalfEngineState *state,
                          const CalfTriageFloor *floor)
{
  CalfDatabase *database = calf_engine_get_database (self);
  GPtrArray *conditions = calf_database_get_conditions (database);
  g_autofree double *scores = g_new (double, MAX (conditions->len, 1));
  g_autofree guint8 *named = g_new0 (guint8, MAX (conditions->len, 1));
  CalfResult *result;

  result = calf_result_new (database, state->region, state->side,
                            isnan (state->age) ? -1 : state->age, state->sex);

  calf_engine_state_score (self, state, scores);
  build_triage (self, state, scores, floor, result, named);
  build_conditions (self, state, scores, named, result);
  build_exercises (self, state, result);
  build_safety (self, state, result);
  build_changes (self, state, result);

  return result;
}
