/* calf-question-flow-choose.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-question-flow"

#include "config.h"

#include <math.h>

#include "calf-engine-private.h"
#include "calf-question-flow-private.h"

/* Choosing the next question: simulate each possible answer of each
 * question that may still be asked and see what it would change. */

#define MAX_TOP 10

typedef struct
{
  CalfTriageLevel level;
  guint           top[MAX_TOP];
  guint           n_top;
} Outcome;

static gboolean
is_known (const CalfEngineState *state,
          CalfEngine            *engine,
          const CalfQuestion    *question)
{
  if (question->kind != CALF_QUESTION_CHOICE)
    return !isnan (state->values[calf_engine_finding_index (engine, question->finding)]);

  for (guint i = 0; i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);

      for (guint j = 0; j < choice->sets->len; j++)
        {
          const CalfFindingValue *set = &g_array_index (choice->sets, CalfFindingValue, j);

          if (isnan (state->values[calf_engine_finding_index (engine, set->finding)]))
            return FALSE;
        }
    }
  return TRUE;
}

static void
compute_outcome (CalfQuestionFlow      *self,
                 const CalfEngineState *state,
                 double                *scores,
                 guint                  n_top,
                 Outcome               *outcome)
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

/* The same triage, the same cause first and the same leading few. */
static gboolean
same_outcome (const Outcome *a,
              const Outcome *b)
{
  if (a->level != b->level || a->n_top != b->n_top)
    return FALSE;
  if (a->n_top > 0 && a->top[0] != b->top[0])
    return FALSE;

  for (guint i = 0; i < a->n_top; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < b->n_top && !found; j++)
        found = a->top[i] == b->top[j];
      if (!found)
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  CalfQuestionFlow      *self;
  const CalfEngineState *base;
  const Outcome         *current;
  const double          *current_scores;
  double                *scores;
  double                *low;
  double                *high;
  guint                  n_conditions;
  guint                  n_top;
  gboolean               changes;
  gboolean               changes_triage;
} Simulation;

static void
simulate_full (Simulation        *sim,
               const CalfFinding *finding,
               double             value,
               const CalfChoice  *choice,
               gboolean           derive)
{
  CalfEngine *engine = sim->self->engine;
  CalfEngineState state;
  Outcome outcome;

  calf_engine_state_copy (&state, sim->base);
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

  if (derive)
    calf_engine_state_derive (engine, &state);
  compute_outcome (sim->self, &state, sim->scores, sim->n_top, &outcome);
  calf_engine_state_clear (&state);

  if (!same_outcome (&outcome, sim->current))
    sim->changes = TRUE;
  if (outcome.level != sim->current->level)
    sim->changes_triage = TRUE;

  for (guint i = 0; i < sim->n_conditions; i++)
    {
      sim->low[i] = MIN (sim->low[i], sim->scores[i]);
      sim->high[i] = MAX (sim->high[i], sim->scores[i]);
    }
}

static void
simulate (Simulation        *sim,
          const CalfFinding *finding,
          double             value,
          const CalfChoice  *choice)
{
  simulate_full (sim, finding, value, choice, TRUE);
}

static void
reset_simulation (Simulation *sim)
{
  sim->changes = FALSE;
  sim->changes_triage = FALSE;
  for (guint i = 0; i < sim->n_conditions; i++)
    sim->low[i] = sim->high[i] = sim->current_scores[i];
}

static double
simulation_spread (Simulation *sim,
                   double      plausible)
{
  double spread = 0;

  for (guint i = 0; i < sim->n_conditions; i++)
    {
      if (sim->high[i] >= plausible)
        spread += sim->high[i] - sim->low[i];
    }
  return spread;
}

/* What a derived finding that is still unknown would change if it were
 * settled either way. Rules like the Edinburgh one need several answers
 * together, none of which changes anything alone: each of those answers
 * is worth asking while the rule is open and could change the outcome. */
typedef struct
{
  double   spread;
  gboolean changes_triage;  /* settling the derived finding changes the triage */
  gboolean opens_triage;    /* an input of a rule that could still raise the triage */
} Pivot;

static void
mark_inputs (CalfQuestionFlow *self,
             const CalfRule   *rule,
             GHashTable       *pivots,
             const Pivot      *pivot,
             guint             depth);

static void
mark_tests (CalfQuestionFlow *self,
            GPtrArray        *tests,
            GHashTable       *pivots,
            const Pivot      *pivot,
            guint             depth)
{
  for (guint i = 0; tests != NULL && i < tests->len; i++)
    {
      const CalfTest *test = g_ptr_array_index (tests, i);
      Pivot *entry;

      if (test->kind != CALF_TEST_FINDING)
        continue;
      if (test->finding->derived != NULL)
        {
          if (depth < 4)
            mark_inputs (self, test->finding->derived, pivots, pivot, depth + 1);
          continue;
        }

      entry = g_hash_table_lookup (pivots, test->finding);
      if (entry == NULL)
        {
          entry = g_new0 (Pivot, 1);
          g_hash_table_insert (pivots, (gpointer) test->finding, entry);
        }
      entry->spread = MAX (entry->spread, pivot->spread);
      entry->changes_triage |= pivot->changes_triage;
      entry->opens_triage |= pivot->opens_triage;
    }
}

static void
mark_inputs (CalfQuestionFlow *self,
             const CalfRule   *rule,
             GHashTable       *pivots,
             const Pivot      *pivot,
             guint             depth)
{
  mark_tests (self, rule->all, pivots, pivot, depth);
  mark_tests (self, rule->any, pivots, pivot, depth);
  mark_tests (self, rule->none, pivots, pivot, depth);
}

/* Every rule that would raise the triage and is still open (it does not
 * hold, but unknown answers could make it hold) makes each of its unknown
 * inputs worth asking, even when one answer alone changes nothing. */
static void
mark_if_open (Simulation      *sim,
              const CalfRule  *rule,
              CalfTriageLevel  level,
              GHashTable      *pivots)
{
  CalfEngine *engine = sim->self->engine;
  const Pivot pivot = { 0, FALSE, TRUE };

  if (level <= sim->current->level ||
      calf_engine_rule_holds (engine, sim->base, rule) ||
      calf_engine_rule_cannot_hold (engine, sim->base, rule))
    return;
  mark_inputs (sim->self, rule, pivots, &pivot, 0);
}

static void
find_triage_pivots (Simulation *sim,
                    GHashTable *pivots)
{
  CalfDatabase *database = calf_engine_get_database (sim->self->engine);
  GPtrArray *safety = calf_database_get_safety (database);
  GPtrArray *conditions = calf_database_get_conditions (database);

  for (guint i = 0; i < safety->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (safety, i);

      if (statement->trigger != NULL && statement->has_level)
        mark_if_open (sim, statement->trigger, statement->level, pivots);
    }

  for (guint i = 0; i < conditions->len; i++)
    {
      const CalfConditionScoring *scoring = ((const CalfCondition *) g_ptr_array_index (conditions, i))->scoring;

      for (guint j = 0; scoring->escalations != NULL && j < scoring->escalations->len; j++)
        {
          const CalfEscalation *escalation = g_ptr_array_index (scoring->escalations, j);

          mark_if_open (sim, escalation->when, escalation->level, pivots);
        }
    }
}

static GHashTable *
find_pivots (Simulation *sim,
             double      plausible)
{
  CalfEngine *engine = sim->self->engine;
  GPtrArray *findings = calf_database_get_findings (calf_engine_get_database (engine));
  GHashTable *pivots = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (findings, i);
      Pivot pivot;

      if (finding->derived == NULL ||
          !isnan (sim->base->values[calf_engine_finding_index (engine, finding)]))
        continue;

      reset_simulation (sim);
      simulate_full (sim, finding, 1.0, NULL, FALSE);
      simulate_full (sim, finding, 0.0, NULL, FALSE);
      if (!sim->changes)
        continue;

      pivot.spread = simulation_spread (sim, plausible);
      pivot.changes_triage = sim->changes_triage;
      pivot.opens_triage = sim->changes_triage;
      mark_inputs (sim->self, finding->derived, pivots, &pivot, 0);
    }

  find_triage_pivots (sim, pivots);
  return pivots;
}

static const Pivot *
lookup_pivot (GHashTable         *pivots,
              const CalfQuestion *question)
{
  if (question->kind != CALF_QUESTION_CHOICE)
    return g_hash_table_lookup (pivots, question->finding);

  for (guint i = 0; i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);

      for (guint j = 0; j < choice->sets->len; j++)
        {
          const Pivot *pivot = g_hash_table_lookup (pivots, g_array_index (choice->sets, CalfFindingValue, j).finding);

          if (pivot != NULL)
            return pivot;
        }
    }
  return NULL;
}

/* How much the question's possible answers would move plausible causes,
 * and whether any of them could change the triage or the leading causes. */
static double
evaluate_question (Simulation         *sim,
                   const CalfQuestion *question,
                   double              plausible)
{
  reset_simulation (sim);

  switch (question->kind)
    {
    case CALF_QUESTION_YES_NO:
      simulate (sim, question->finding, 1.0, NULL);
      simulate (sim, question->finding, 0.0, NULL);
      break;

    case CALF_QUESTION_NUMBER:
      {
        GArray *values = g_hash_table_lookup (sim->self->samples, question->finding);

        for (guint i = 0; values != NULL && i < values->len; i++)
          simulate (sim, question->finding, g_array_index (values, double, i), NULL);
      }
      break;

    case CALF_QUESTION_CHOICE:
      for (guint i = 0; i < question->choices->len; i++)
        simulate (sim, NULL, 0, g_ptr_array_index (question->choices, i));
      break;

    default:
      g_assert_not_reached ();
    }

  return simulation_spread (sim, plausible);
}

static gboolean
better_question (const CalfQuestion *a,
                 gboolean            a_triage,
                 double              a_spread,
                 const CalfQuestion *b,
                 gboolean            b_triage,
                 double              b_spread)
{
  if (b == NULL)
    return TRUE;
  if (a_triage != b_triage)
    return a_triage;
  /* Spreads within rounding of each other fall back to the database's order. */
  if (fabs (a_spread - b_spread) > 1e-9)
    return a_spread > b_spread;
  return a->priority < b->priority;
}

void
calf_question_flow_choose_next (CalfQuestionFlow *self)
{
  CalfDatabase *database = calf_engine_get_database (self->engine);
  GPtrArray *questions = calf_database_get_questions (database);
  guint n_conditions = calf_database_get_conditions (database)->len;
  guint max_questions = (guint) calf_engine_get_param (database, "flow_max_questions");
  double plausible = calf_engine_get_param (database, "flow_plausible_score");
  const CalfQuestion *screen = NULL;
  const CalfQuestion *best = NULL;
  gboolean best_triage = FALSE;
  double best_spread = 0;
  guint n_screen = 0;
  guint n_asked = 0;
  guint n_useful = 0;
  guint n_open = 0;
  CalfEngineState state;
  Outcome current;
  Simulation sim = { 0 };
  GHashTable *pivots;

  calf_engine_state_init (self->engine, &state, self->answers);
  calf_engine_state_derive (self->engine, &state);

  for (guint i = 0; i < self->replies->len; i++)
    {
      if (!g_array_index (self->replies, CalfReply, i).question->red_flag_screen)
        n_asked++;
    }

  /* The red-flag screen comes first, in priority then database order. */
  for (guint i = 0; i < questions->len; i++)
    {
      const CalfQuestion *question = g_ptr_array_index (questions, i);

      if (!question->red_flag_screen || calf_question_flow_find_reply (self, question) >= 0 ||
          !calf_question_flow_is_applicable (self, &state, question) || is_known (&state, self->engine, question))
        continue;
      n_screen++;
      if (screen == NULL || question->priority < screen->priority)
        screen = question;
    }

  sim.self = self;
  sim.base = &state;
  sim.n_conditions = n_conditions;
  sim.n_top = (guint) CLAMP (calf_engine_get_param (database, "flow_top_conditions"), 1, MAX_TOP);
  sim.current = &current;
  sim.scores = g_new (double, MAX (n_conditions, 1));
  sim.low = g_new (double, MAX (n_conditions, 1));
  sim.high = g_new (double, MAX (n_conditions, 1));
  sim.current_scores = g_new (double, MAX (n_conditions, 1));
  compute_outcome (self, &state, (double *) sim.current_scores, sim.n_top, &current);
  pivots = find_pivots (&sim, plausible);

  for (guint i = 0; i < questions->len; i++)
    {
      const CalfQuestion *question = g_ptr_array_index (questions, i);
      const Pivot *pivot;
      gboolean opens_triage;
      double spread;

      if (question->red_flag_screen || calf_question_flow_find_reply (self, question) >= 0 ||
          !calf_question_flow_is_applicable (self, &state, question) || is_known (&state, self->engine, question))
        continue;

      spread = evaluate_question (&sim, question, plausible);
      opens_triage = sim.changes_triage;
      pivot = lookup_pivot (pivots, question);
      if (pivot != NULL)
        {
          sim.changes = TRUE;
          sim.changes_triage |= pivot->changes_triage;
          opens_triage |= pivot->opens_triage;
          spread = MAX (spread, pivot->spread);
        }
      /* Past the question limit only answers that could (perhaps together
       * with later ones) change the triage are still worth asking. */
      if (!sim.changes || (n_asked >= max_questions && !opens_triage))
        continue;

      n_useful++;
      if (opens_triage)
        n_open++;
      if (better_question (question, sim.changes_triage, spread, best, best_triage, best_spread))
        {
          best = question;
          best_triage = sim.changes_triage;
          best_spread = spread;
        }
    }

  g_hash_table_unref (pivots);
  g_free (sim.scores);
  g_free (sim.low);
  g_free (sim.high);
  g_free ((double *) sim.current_scores);
  calf_engine_state_clear (&state);

  self->next = screen != NULL ? screen : best;
  self->remaining = n_screen + MAX (n_open, n_asked < max_questions ? MIN (n_useful, max_questions - n_asked) : 0);
}
