/* calf-question-flow-simulate.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-question-flow"

#include "config.h"

#include <math.h>
#include <string.h>

#include "calf-engine-private.h"
#include "calf-question-flow-private.h"

/*
 * What each answer to a question would change (calf-question-flow-choose.c
 * weighs it): the triage, and how far the leading causes move. Each answer
 * is a what-if on the answers so far, re-evaluated through CalfEngineDelta
 * (only what it reaches), or in full when the delta cannot be used and,
 * with CALF_DEBUG=check-flow, both ways and compared.
 */

void
calf_question_flow_compute_outcome (CalfQuestionFlow      *self,
                                    const CalfEngineState *state,
                                    double                *scores,
                                    guint                  n_top,
                                    CalfFlowOutcome       *outcome)
{
  guint n = calf_database_get_conditions (calf_engine_get_database (self->engine))->len;

  calf_engine_state_score (self->engine, state, scores);
  outcome->level = calf_engine_state_triage (self->engine, state, scores);
  outcome->n_top = MIN (n_top, n);

  /* Selection of the leading few; ties go to database order as in results. */
  for (guint k = 0; k < outcome->n_top; k++)
    {
      int best = -1;

      for (guint i = 0; i < n; i++)
        {
          gboolean taken = FALSE;

          for (guint j = 0; j < k && !taken; j++)
            taken = outcome->top[j] == i;
          if (!taken && (best < 0 || scores[i] > scores[best]))
            best = (int) i;
        }
      outcome->top[k] = (guint) best;
    }
}

/* How much a change of triage matters: moving towards an emergency, or
 * away from one, counts most. */
double
calf_question_flow_triage_change (CalfTriageLevel from,
                                  CalfTriageLevel to)
{
  static const double weight[] = { 0.0, 1.0, 2.0, 3.0 };

  return fabs (weight[to] - weight[from]);
}

/* How far the leading causes move: the scores of the causes that lead now
 * or would lead after the answer, and more when the first one changes. */
static double
rank_change (CalfFlowSimulation    *sim,
             const CalfFlowOutcome *after)
{
  double moved = 0;

  for (guint k = 0; k < sim->current->n_top; k++)
    {
      guint c = sim->current->top[k];

      if (sim->current_scores[c] >= sim->plausible || sim->scores[c] >= sim->plausible)
        moved += fabs (sim->scores[c] - sim->current_scores[c]);
    }
  for (guint k = 0; k < after->n_top; k++)
    {
      guint c = after->top[k];
      gboolean counted = FALSE;

      for (guint j = 0; j < sim->current->n_top && !counted; j++)
        counted = sim->current->top[j] == c;
      if (!counted && sim->scores[c] >= sim->plausible)
        moved += fabs (sim->scores[c] - sim->current_scores[c]);
    }
  if (after->n_top > 0 && sim->current->n_top > 0 && after->top[0] != sim->current->top[0] &&
      sim->scores[after->top[0]] >= sim->plausible)
    {
      sim->can_change_leading = TRUE;
      moved += 0.25;
    }
  return moved;
}

/* The leading causes after a what-if: those it scored again, and the
 * first of the rest in the order they led before (which they keep). */
static void
delta_outcome (CalfFlowSimulation *sim,
               CalfTriageLevel     level,
               CalfFlowOutcome    *outcome)
{
  guint n_changed;
  const guint *changed = calf_engine_delta_get_conditions (sim->delta, &n_changed);
  g_autofree guint *pool = g_new (guint, sim->n_top + n_changed);
  guint n_pool = 0;

  for (guint i = 0; i < sim->n_conditions && n_pool < sim->n_top; i++)
    if (!calf_engine_delta_has_condition (sim->delta, sim->order[i]))
      pool[n_pool++] = sim->order[i];
  for (guint i = 0; i < n_changed; i++)
    pool[n_pool++] = changed[i];

  outcome->level = level;
  outcome->n_top = MIN (sim->n_top, sim->n_conditions);
  /* As calf_question_flow_compute_outcome(): ties go to database order. */
  for (guint k = 0; k < outcome->n_top; k++)
    {
      int best = -1;

      for (guint i = 0; i < n_pool; i++)
        {
          guint c = pool[i];
          gboolean taken = FALSE;

          for (guint j = 0; j < k && !taken; j++)
            taken = outcome->top[j] == c;
          if (!taken && (best < 0 || sim->scores[c] > sim->scores[best] ||
                         (sim->scores[c] == sim->scores[best] && c < (guint) best)))
            best = (int) c;
        }
      outcome->top[k] = (guint) best;
    }
}

/* The whole state copied, derived and scored: what a delta must match. */
static void
full_outcome (CalfFlowSimulation *sim,
              const CalfFinding  *finding,
              double              value,
              const CalfChoice   *choice,
              double             *scores,
              CalfFlowOutcome    *outcome)
{
  CalfEngine *engine = sim->self->engine;
  CalfEngineState state;

  calf_engine_state_copy (&state, sim->pristine != NULL ? sim->pristine : sim->base);
  if (choice != NULL)
    {
      for (guint i = 0; i < choice->sets->len; i++)
        {
          const CalfFindingValue *set = &g_array_index (choice->sets, CalfFindingValue, i);

          state.values[calf_engine_finding_index (engine, set->finding)] = set->value;
        }
    }
  else
    state.values[calf_engine_finding_index (engine, finding)] = value;

  calf_engine_state_derive (engine, &state);
  calf_question_flow_compute_outcome (sim->self, &state, scores, sim->n_top, outcome);
  calf_engine_state_clear (&state);
}

/* CALF_DEBUG=check-flow: every what-if worked out both ways. */
static void
check_outcome (CalfFlowSimulation    *sim,
               const CalfFinding     *finding,
               double                 value,
               const CalfChoice      *choice,
               const CalfFlowOutcome *outcome)
{
  g_autofree double *scores = g_new (double, MAX (sim->n_conditions, 1));
  CalfFlowOutcome full;

  full_outcome (sim, finding, value, choice, scores, &full);
  if (full.level != outcome->level || full.n_top != outcome->n_top ||
      memcmp (full.top, outcome->top, sizeof (guint) * full.n_top) != 0 ||
      memcmp (scores, sim->scores, sizeof (double) * sim->n_conditions) != 0)
    g_critical ("The incremental evaluation of an answer to %s differs from the full one (level %d, not %d)",
                choice != NULL ? choice->id : finding->id, outcome->level, full.level);
}

static void
simulate_answer (CalfFlowSimulation *sim,
                 const CalfFinding  *finding,
                 double              value,
                 const CalfChoice   *choice,
                 double              probability)
{
  CalfEngine *engine = sim->self->engine;
  CalfFlowOutcome outcome;

  if (sim->delta == NULL)
    full_outcome (sim, finding, value, choice, sim->scores, &outcome);
  else
    {
      if (choice != NULL)
        {
          for (guint i = 0; i < choice->sets->len; i++)
            {
              const CalfFindingValue *set = &g_array_index (choice->sets, CalfFindingValue, i);

              calf_engine_delta_set (sim->delta, calf_engine_finding_index (engine, set->finding), set->value);
            }
        }
      else
        calf_engine_delta_set (sim->delta, calf_engine_finding_index (engine, finding), value);
      delta_outcome (sim, calf_engine_delta_evaluate (sim->delta), &outcome);
      if (sim->pristine != NULL)
        check_outcome (sim, finding, value, choice, &outcome);
    }

  if (outcome.level > sim->current->level && choice == NULL && value == 1.0)
    sim->yes_raises_triage = TRUE;
  if (outcome.level != sim->current->level)
    {
      sim->can_change_triage = TRUE;
      sim->triage_value += probability * calf_question_flow_triage_change (sim->current->level, outcome.level);
    }
  sim->rank_value += probability * rank_change (sim, &outcome);

  /* Back to the answers as they are, for the next what-if. */
  if (sim->delta != NULL)
    calf_engine_delta_revert (sim->delta);
}

void
calf_question_flow_evaluate_question (CalfFlowSimulation *sim,
                                      const CalfQuestion *question)
{
  CalfQuestionFlow *self = sim->self;

  sim->triage_value = 0;
  sim->rank_value = 0;
  sim->can_change_triage = FALSE;
  sim->can_change_leading = FALSE;
  sim->yes_raises_triage = FALSE;

  switch (question->kind)
    {
    case CALF_QUESTION_YES_NO:
      {
        double yes = calf_question_flow_model_yes (self, sim->current_scores, sim->total, question->finding);

        simulate_answer (sim, question->finding, 1.0, NULL, yes);
        simulate_answer (sim, question->finding, 0.0, NULL, 1.0 - yes);
      }
      break;

    case CALF_QUESTION_NUMBER:
      {
        GArray *values = g_hash_table_lookup (self->samples, question->finding);

        for (guint i = 0; values != NULL && i < values->len; i++)
          simulate_answer (sim, question->finding, g_array_index (values, double, i), NULL, 1.0 / values->len);
      }
      break;

    case CALF_QUESTION_CHOICE:
      {
        double weights[32];
        double total = 0;
        guint n = MIN (question->choices->len, G_N_ELEMENTS (weights));

        for (guint i = 0; i < n; i++)
          {
            weights[i] = calf_question_flow_model_choice (self, sim->current_scores, sim->total,
                                                          g_ptr_array_index (question->choices, i));
            total += weights[i];
          }
        for (guint i = 0; i < n && total > 0; i++)
          simulate_answer (sim, NULL, 0, g_ptr_array_index (question->choices, i), weights[i] / total);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}
