/* calf-engine-delta.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-engine"

#include "config.h"

#include <math.h>
#include <string.h>

#include "calf-engine-private.h"

/*
 * What-if answers without re-evaluating the whole database.
 *
 * The question flow asks "what if the answer were yes?" for every question
 * still open, on every answer. Copying the state, deriving every finding
 * and scoring every cause for each of those made an answer cost grow with
 * the square of the database's size. An answer only reaches the derived
 * findings that read it, the causes whose evidence or escalations read
 * those, and the warning-sign triggers that do: an index of who reads each
 * finding (built once per engine) lets a delta change the state in place,
 * re-evaluate only those parts with the functions of calf-engine-run.c,
 * and undo it all afterwards. The triage is the highest level of any part,
 * so the delta keeps a count of the parts at each level.
 */

struct _CalfEngineDelta
{
  CalfEngine      *engine;
  CalfEngineDeps  *deps;
  CalfEngineState *state;
  double          *scores;
  CalfTriageLevel *condition_level;  /* each part's level on the state given */
  CalfTriageLevel *trigger_level;
  guint            n_at_level[CALF_TRIAGE_EMERGENCY + 1];

  /* One what-if, undone by calf_engine_delta_revert(). */
  guint            generation;
  guint           *finding_seen;     /* generation stamps */
  guint           *derived_seen;
  guint           *condition_seen;
  guint           *trigger_seen;
  GArray          *undo_values;      /* of Undo, in the order made */
  GArray          *undo_scores;
  GArray          *changed;          /* of int: findings whose value changed */
  GArray          *derived;          /* of guint: derived findings reached */
  GArray          *conditions;       /* of guint */
  GArray          *triggers;         /* of guint */
};

typedef struct
{
  guint  index;
  double value;
} Undo;

CalfEngineDelta *
calf_engine_delta_new (CalfEngine      *self,
                       CalfEngineState *state,
                       double          *scores)
{
  CalfEngineDelta *delta;

  g_return_val_if_fail (CALF_IS_ENGINE (self), NULL);
  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (scores != NULL, NULL);

  if (self->deps == NULL)
    self->deps = calf_engine_deps_new (self);
  if (self->deps == NULL)
    return NULL;

  delta = g_new0 (CalfEngineDelta, 1);
  delta->engine = self;
  delta->deps = self->deps;
  delta->state = state;
  delta->scores = scores;
  delta->condition_level = g_new (CalfTriageLevel, MAX (self->conditions->len, 1));
  delta->trigger_level = g_new (CalfTriageLevel, MAX (self->triggers->len, 1));
  for (guint c = 0; c < self->conditions->len; c++)
    {
      delta->condition_level[c] = calf_engine_condition_level (self, state, c, scores[c]);
      delta->n_at_level[delta->condition_level[c]]++;
    }
  for (guint t = 0; t < self->triggers->len; t++)
    {
      delta->trigger_level[t] = calf_engine_trigger_level (self, state, t);
      delta->n_at_level[delta->trigger_level[t]]++;
    }

  delta->generation = 1;
  delta->finding_seen = g_new0 (guint, MAX (self->findings->len, 1));
  delta->derived_seen = g_new0 (guint, MAX (self->derived->len, 1));
  delta->condition_seen = g_new0 (guint, MAX (self->conditions->len, 1));
  delta->trigger_seen = g_new0 (guint, MAX (self->triggers->len, 1));
  delta->undo_values = g_array_new (FALSE, FALSE, sizeof (Undo));
  delta->undo_scores = g_array_new (FALSE, FALSE, sizeof (Undo));
  delta->changed = g_array_new (FALSE, FALSE, sizeof (int));
  delta->derived = g_array_new (FALSE, FALSE, sizeof (guint));
  delta->conditions = g_array_new (FALSE, FALSE, sizeof (guint));
  delta->triggers = g_array_new (FALSE, FALSE, sizeof (guint));
  return delta;
}

void
calf_engine_delta_free (CalfEngineDelta *delta)
{
  if (delta == NULL)
    return;
  g_free (delta->condition_level);
  g_free (delta->trigger_level);
  g_free (delta->finding_seen);
  g_free (delta->derived_seen);
  g_free (delta->condition_seen);
  g_free (delta->trigger_seen);
  g_array_unref (delta->undo_values);
  g_array_unref (delta->undo_scores);
  g_array_unref (delta->changed);
  g_array_unref (delta->derived);
  g_array_unref (delta->conditions);
  g_array_unref (delta->triggers);
  g_free (delta);
}

static void
set_value (CalfEngineDelta *delta,
           int              index,
           double           value)
{
  double *slot = &delta->state->values[index];
  Undo undo = { (guint) index, *slot };

  if (calf_engine_same_value (*slot, value))
    return;
  g_array_append_val (delta->undo_values, undo);
  *slot = value;
  if (delta->finding_seen[index] != delta->generation)
    {
      delta->finding_seen[index] = delta->generation;
      g_array_append_val (delta->changed, index);
    }
}

void
calf_engine_delta_set (CalfEngineDelta *delta,
                       int              index,
                       double           value)
{
  g_return_if_fail (delta != NULL);
  g_return_if_fail (index >= 0 && (guint) index < delta->state->n_values);

  /* Deriving the whole state would overwrite it, so it has no effect. */
  if (delta->deps->computed[index])
    return;
  set_value (delta, index, value);
}

static int
compare_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const guint *rank = user_data;
  guint da = *(const guint *) a;
  guint db = *(const guint *) b;

  if (rank[da] != rank[db])
    return rank[da] < rank[db] ? -1 : 1;
  return da < db ? -1 : (da > db);
}

/* Adds each reader of finding @f not yet in @list (stamped in @seen). */
static void
add_readers (const CalfEngineReaders *readers,
             guint                    f,
             guint                   *seen,
             guint                    generation,
             GArray                  *list)
{
  for (guint k = readers->start[f]; k < readers->start[f + 1]; k++)
    {
      guint reader = readers->list[k];

      if (seen[reader] == generation)
        continue;
      seen[reader] = generation;
      g_array_append_val (list, reader);
    }
}

/* Every derived finding reachable from the findings changed so far: those
 * that read them, then, by the static index, those these reach in turn. */
static void
reach_derived (CalfEngineDelta *delta)
{
  const CalfEngineReaders *readers = &delta->deps->derived;
  CalfEngine *engine = delta->engine;

  for (guint i = 0; i < delta->changed->len; i++)
    add_readers (readers, (guint) g_array_index (delta->changed, int, i), delta->derived_seen,
                 delta->generation, delta->derived);
  for (guint i = 0; i < delta->derived->len; i++)
    {
      guint d = g_array_index (delta->derived, guint, i);

      add_readers (readers, g_array_index (engine->derived, CompiledDerived, d).index, delta->derived_seen,
                   delta->generation, delta->derived);
    }
}

/* The causes and warning-sign triggers that read a changed finding. */
static void
reach_parts (CalfEngineDelta *delta)
{
  for (guint i = 0; i < delta->changed->len; i++)
    {
      guint f = (guint) g_array_index (delta->changed, int, i);

      add_readers (&delta->deps->conditions, f, delta->condition_seen, delta->generation, delta->conditions);
      add_readers (&delta->deps->triggers, f, delta->trigger_seen, delta->generation, delta->triggers);
    }
}

CalfTriageLevel
calf_engine_delta_evaluate (CalfEngineDelta *delta)
{
  CalfEngine *engine;
  guint n_at_level[G_N_ELEMENTS (delta->n_at_level)];
  guint n_set;

  g_return_val_if_fail (delta != NULL, CALF_TRIAGE_EMERGENCY);

  engine = delta->engine;
  n_set = delta->changed->len;

  /* Norms first, as calf_engine_state_derive() works them out. */
  for (guint i = 0; i < n_set; i++)
    {
      const CalfEngineReaders *norms = &delta->deps->norms;
      int f = g_array_index (delta->changed, int, i);

      for (guint k = norms->start[f]; k < norms->start[f + 1]; k++)
        {
          const CalfNorm *norm = g_ptr_array_index (engine->norms, norms->list[k]);

          set_value (delta, calf_engine_finding_index (engine, norm->derived),
                     calf_engine_norm_value (engine, delta->state, norms->list[k]));
        }
    }

  /* Then derived findings, each after those it reads. */
  reach_derived (delta);
  g_array_sort_with_data (delta->derived, compare_rank, delta->deps->rank);
  for (guint i = 0; i < delta->derived->len; i++)
    {
      guint d = g_array_index (delta->derived, guint, i);

      set_value (delta, (int) g_array_index (engine->derived, CompiledDerived, d).index,
                 calf_engine_derived_value (engine, delta->state, d));
    }

  reach_parts (delta);
  memcpy (n_at_level, delta->n_at_level, sizeof n_at_level);
  for (guint i = 0; i < delta->conditions->len; i++)
    {
      guint c = g_array_index (delta->conditions, guint, i);
      Undo undo = { c, delta->scores[c] };

      g_array_append_val (delta->undo_scores, undo);
      delta->scores[c] = calf_engine_condition_score (engine, delta->state, c);
      n_at_level[delta->condition_level[c]]--;
      n_at_level[calf_engine_condition_level (engine, delta->state, c, delta->scores[c])]++;
    }
  for (guint i = 0; i < delta->triggers->len; i++)
    {
      guint t = g_array_index (delta->triggers, guint, i);

      n_at_level[delta->trigger_level[t]]--;
      n_at_level[calf_engine_trigger_level (engine, delta->state, t)]++;
    }

  for (int level = CALF_TRIAGE_EMERGENCY; level > CALF_TRIAGE_SELF_CARE; level--)
    if (n_at_level[level] > 0)
      return (CalfTriageLevel) level;
  return CALF_TRIAGE_SELF_CARE;
}

const guint *
calf_engine_delta_get_conditions (CalfEngineDelta *delta,
                                  guint           *n_conditions)
{
  g_return_val_if_fail (delta != NULL, NULL);
  g_return_val_if_fail (n_conditions != NULL, NULL);

  *n_conditions = delta->conditions->len;
  return (const guint *) (gpointer) delta->conditions->data;
}

gboolean
calf_engine_delta_has_condition (CalfEngineDelta *delta,
                                 guint            condition)
{
  g_return_val_if_fail (delta != NULL, FALSE);

  return delta->condition_seen[condition] == delta->generation;
}

void
calf_engine_delta_revert (CalfEngineDelta *delta)
{
  g_return_if_fail (delta != NULL);

  for (guint i = delta->undo_values->len; i > 0; i--)
    {
      const Undo *undo = &g_array_index (delta->undo_values, Undo, i - 1);

      delta->state->values[undo->index] = undo->value;
    }
  for (guint i = delta->undo_scores->len; i > 0; i--)
    {
      const Undo *undo = &g_array_index (delta->undo_scores, Undo, i - 1);

      delta->scores[undo->index] = undo->value;
    }
  g_array_set_size (delta->undo_values, 0);
  g_array_set_size (delta->undo_scores, 0);
  g_array_set_size (delta->changed, 0);
  g_array_set_size (delta->derived, 0);
  g_array_set_size (delta->conditions, 0);
  g_array_set_size (delta->triggers, 0);
  delta->generation++;
}
