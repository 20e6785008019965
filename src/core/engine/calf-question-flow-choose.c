/* calf-question-flow-choose.c
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
 * Choosing the next question by what its answer could change.
 *
 * Each question that may still be asked is simulated with each of its
 * answers, and each answer is weighed by how likely it is given the causes
 * that are plausible now (calf-question-flow-model.c). A question is worth
 * asking for the triage it could change, weighted by how far and how
 * dangerous the change is, and then for how much it would move the leading
 * causes. Questions that can change the triage come first; the flow stops
 * when no question could change the triage and none would move the leading
 * causes enough to matter, or when the question limit is reached.
 */

#ifndef ADAPTIVE_CAP
#define ADAPTIVE_CAP 6
#endif


/* Asked right after the screen: always, or while its `core_when` holds. */
static gboolean
is_core (CalfEngine            *engine,
         const CalfEngineState *state,
         const CalfQuestion    *question)
{
  return question->core ||
         (question->core_when != NULL && calf_engine_rule_holds (engine, state, question->core_when));
}

static gboolean
is_known (const CalfEngineState *state,
          CalfEngine            *engine,
          const CalfQuestion    *question)
{
  if (question->kind != CALF_QUESTION_CHOICE)
    {
      int index = calf_engine_finding_index (engine, question->finding);

      return !isnan (state->values[index]) || state->unsure[index];
    }

  for (guint i = 0; i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);

      for (guint j = 0; j < choice->sets->len; j++)
        {
          int index = calf_engine_finding_index (engine, g_array_index (choice->sets, CalfFindingValue, j).finding);

          if (isnan (state->values[index]) && !state->unsure[index])
            return FALSE;
        }
    }
  return TRUE;
}



/* A dangerous cause (one with a safety net) is in play while it is not
 * clearly ruled out; its corroborating questions are then asked from
 * every angle before the flow lets it go, whatever their odds. */
/* How plausible each dangerous cause in play is (its robust score), or
 * 0 when it is not in play. */
static double *
find_in_play (CalfQuestionFlow      *self,
              const CalfEngineState *state,
              const double          *scores)
{
  CalfDatabase *database = calf_engine_get_database (self->engine);
  GPtrArray *conditions = calf_database_get_conditions (database);
  double *in_play = g_new0 (double, MAX (conditions->len, 1));
  double fraction = calf_database_get_param (database, "flow_in_play_fraction");

  for (guint c = 0; c < conditions->len; c++)
    {
      const CalfConditionScoring *scoring = ((const CalfCondition *) g_ptr_array_index (conditions, c))->scoring;
      double robust;

      if (!scoring->has_safety_net)
        continue;
      robust = calf_engine_state_robust_score (self->engine, state, c, scores[c]);
      if (robust >= fraction * scoring->safety_net_min_score)
        in_play[c] = robust;
    }
  return in_play;
}

/* The plausibility of the most plausible cause in play that @finding
 * corroborates, or 0. */
static double
finding_corroborates (CalfQuestionFlow  *self,
                      const double      *in_play,
                      guint              n_conditions,
                      const CalfFinding *finding)
{
  int f = calf_engine_finding_index (self->engine, finding);
  double weight = calf_database_get_param (calf_engine_get_database (self->engine), "flow_corroboration_weight");
  double best = 0;

  /* A weight of 0 or less counts the causes the finding says nothing about. */
  if (weight <= 0)
    for (guint c = 0; c < n_conditions; c++)
      if (in_play[c] > 0)
        best = MAX (best, in_play[c]);
  for (guint k = self->model_start[f]; k < self->model_start[f + 1]; k++)
    {
      guint c = self->model_condition[k];

      if (in_play[c] > 0 && fabs (self->model_weight[k]) >= weight)
        best = MAX (best, in_play[c]);
    }
  return best;
}

static double
corroborates (CalfQuestionFlow   *self,
              const double       *in_play,
              guint               n_conditions,
              const CalfQuestion *question)
{
  double best = 0;

  if (question->kind != CALF_QUESTION_CHOICE)
    return finding_corroborates (self, in_play, n_conditions, question->finding);

  for (guint i = 0; i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);

      for (guint j = 0; j < choice->sets->len; j++)
        best = MAX (best, finding_corroborates (self, in_play, n_conditions,
                                                g_array_index (choice->sets, CalfFindingValue, j).finding));
    }
  return best;
}

/* Whether an answer to @question that raises the triage speaks for the
 * cause that leads now (numbness and a dropped foot with sciatica). */
static gboolean
signals_leading (CalfQuestionFlow         *self,
                 const CalfFlowSimulation *sim,
                 const CalfQuestion       *question)
{
  double weight = calf_database_get_param (calf_engine_get_database (self->engine), "flow_corroboration_weight");
  guint leading;
  int f;

  if (sim->current->n_top == 0 || question->kind != CALF_QUESTION_YES_NO)
    return FALSE;
  leading = sim->current->top[0];
  if (sim->current_scores[leading] < sim->plausible || !sim->yes_raises_triage)
    return FALSE;
  f = calf_engine_finding_index (self->engine, question->finding);
  return calf_question_flow_model_weight (self, f, leading) >= weight;
}

typedef struct
{
  const CalfQuestion *question;
  double              triage;
  double              rank;
  gboolean            corroboration_only; /* worth asking only as corroboration */
} Candidate;

static gboolean
better (const Candidate *a,
        const Candidate *b,
        double           triage_min,
        gboolean         rank_first)
{
  gboolean a_triage = a->triage >= triage_min && !(rank_first && a->corroboration_only);
  gboolean b_triage = b->triage >= triage_min && !(rank_first && b->corroboration_only);

  if (b->question == NULL)
    return TRUE;
  if (a_triage != b_triage)
    return a_triage;
  if (a_triage && fabs (a->triage - b->triage) > 1e-9)
    return a->triage > b->triage;
  if (fabs (a->rank - b->rank) > 1e-9)
    return a->rank > b->rank;
  return a->question->priority < b->question->priority;
}

/* Leading first; ties in database order, as
 * calf_question_flow_compute_outcome() picks. */
static int
compare_leading (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const double *scores = user_data;
  guint ca = *(const guint *) a;
  guint cb = *(const guint *) b;

  if (scores[ca] != scores[cb])
    return scores[ca] > scores[cb] ? -1 : 1;
  return ca < cb ? -1 : (ca > cb);
}

void
calf_question_flow_choose_next (CalfQuestionFlow *self)
{
  CalfDatabase *database = calf_engine_get_database (self->engine);
  GPtrArray *questions = calf_database_get_questions (database);
  guint n_conditions = calf_database_get_conditions (database)->len;
  guint max_questions = (guint) calf_database_get_param (database, "flow_max_questions");
  guint max_rank = (guint) calf_database_get_param (database, "flow_max_rank_questions");
  guint n_rank = 0;
  double triage_min = calf_database_get_param (database, "flow_triage_min_value");
  double rank_min = calf_database_get_param (database, "flow_rank_min_value");
  const CalfQuestion *screen = NULL;
  g_autofree double *in_play = NULL;
  Candidate best = { NULL, 0, 0, FALSE };
  gboolean rank_first;
  guint n_screen = 0;
  guint n_maybe = 0;
  guint n_useful = 0;
  guint n_asked = self->replies->len;
  CalfEngineState state;
  CalfEngineState pristine;
  g_autofree guint *order = NULL;
  CalfFlowOutcome current;
  CalfFlowSimulation sim = { 0 };
  GHashTable *pivots;
  GHashTable *decisive = NULL;

  calf_engine_state_init (self->engine, &state, self->answers);
  calf_engine_state_derive (self->engine, &state);

  for (guint i = 0; i < self->replies->len; i++)
    {
      const CalfReply *reply = &g_array_index (self->replies, CalfReply, i);

      if (g_hash_table_contains (self->rank_only, reply->question))
        n_rank++;
      /* A core question answered "Not sure" leaves the causes it tells
       * apart to be asked about one by one. */
      else if (reply->question->core && reply->kind == CALF_REPLY_CHOICE && reply->choice->sets->len == 0)
        max_rank++;
    }

  /* The red-flag screen comes first, in priority then database order;
   * then the core questions everyone is asked. */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean pick = screen == NULL;

      for (guint i = 0; i < questions->len; i++)
        {
          const CalfQuestion *question = g_ptr_array_index (questions, i);

          if ((pass == 0 ? !question->red_flag_screen : !is_core (self->engine, &state, question)) ||
              calf_question_flow_find_reply (self, question) >= 0 || is_known (&state, self->engine, question))
            continue;
          if (!calf_question_flow_is_applicable (self, &state, question))
            {
              /* A follow-up that an answer still to come may call for. */
              if (pass == 0 && question->requires != NULL &&
                  !calf_engine_rule_cannot_hold (self->engine, &state, question->requires))
                n_maybe++;
              continue;
            }
          /* Counted in both passes: the core questions come after the screen. */
          n_screen++;
          if (pick && (screen == NULL || question->priority < screen->priority))
            screen = question;
        }
    }

  sim.self = self;
  sim.base = &state;
  sim.n_conditions = n_conditions;
  sim.n_top = (guint) CLAMP (calf_database_get_param (database, "flow_top_conditions"), 1, CALF_FLOW_MAX_TOP);
  sim.plausible = calf_database_get_param (database, "flow_plausible_score");
  sim.current = &current;
  sim.scores = g_new (double, MAX (n_conditions, 1));
  sim.current_scores = g_new (double, MAX (n_conditions, 1));
  calf_question_flow_compute_outcome (self, &state, (double *) sim.current_scores, sim.n_top, &current);
  self->level = current.level;
  sim.total = calf_question_flow_model_total (self, sim.current_scores);
  pivots = calf_question_flow_find_pivots (&(CalfPivotContext) { self, &state, current.level, sim.current_scores,
                                                                 sim.plausible, sim.total }, &decisive);
  in_play = find_in_play (self, &state, sim.current_scores);

  memcpy (sim.scores, sim.current_scores, sizeof (double) * n_conditions);
  sim.delta = calf_engine_delta_new (self->engine, &state, sim.scores);
  order = g_new (guint, MAX (n_conditions, 1));
  for (guint c = 0; c < n_conditions; c++)
    order[c] = c;
  g_qsort_with_data (order, n_conditions, sizeof (guint), compare_leading, (gpointer) sim.current_scores);
  sim.order = order;
  if (self->check)
    {
      calf_engine_state_copy (&pristine, &state);
      sim.pristine = &pristine;
    }
  /* The last few places go to ordering the causes before more corroboration:
   * the safety net already keeps a cause in play from being let go. */
  rank_first = n_rank < max_rank && n_asked + (max_rank - n_rank) >= max_questions;

  for (guint i = 0; i < questions->len && n_asked < max_questions; i++)
    {
      const CalfQuestion *question = g_ptr_array_index (questions, i);
      Candidate candidate = { question, 0, 0, FALSE };

      if (question->red_flag_screen || is_core (self->engine, &state, question) ||
          calf_question_flow_find_reply (self, question) >= 0 ||
          !calf_question_flow_is_applicable (self, &state, question) || is_known (&state, self->engine, question))
        continue;

      calf_question_flow_evaluate_question (&sim, question);
      candidate.triage = MAX (sim.triage_value, calf_question_flow_lookup_pivot (pivots, question));
      candidate.rank = sim.rank_value;
      /* Corroboration of a dangerous cause still in play, or the one answer
       * a warning sign still needs. */
      if (sim.can_change_triage)
        {
          double plausible_cause = corroborates (self, in_play, n_conditions, question);

          /* The more plausible the cause, the sooner its questions. */
          if (plausible_cause > 0 && candidate.triage < triage_min)
            candidate.corroboration_only = TRUE;
          if (plausible_cause > 0)
            candidate.triage = MAX (candidate.triage, triage_min * (1 + 4 * plausible_cause));
          /* A warning sign of the leading cause is asked, however rare. */
          if (calf_question_flow_lookup_pivot (decisive, question) > 0 || signals_leading (self, &sim, question))
            {
              candidate.triage = MAX (candidate.triage, triage_min);
              candidate.corroboration_only = FALSE;
            }
        }

      /* Past the budget for ordering the causes, only a question that could
       * still change the leading one is worth its time. */
      if (candidate.triage < triage_min &&
          (candidate.rank < rank_min || (n_rank >= max_rank && !sim.can_change_leading)))
        continue;

      n_useful++;
      if (better (&candidate, &best, triage_min, rank_first))
        best = candidate;
    }

  g_hash_table_unref (pivots);
  g_hash_table_unref (decisive);
  g_clear_pointer (&sim.delta, calf_engine_delta_free);
  if (sim.pristine != NULL)
    calf_engine_state_clear (&pristine);
  g_free (sim.scores);
  g_free ((double *) sim.current_scores);
  calf_engine_state_clear (&state);

  /* The limit holds for the screen too. Only a follow-up opened by a late
   * answer can meet it: the screen itself comes first. */
  if (n_asked >= max_questions)
    {
      self->next = NULL;
      self->remaining = 0;
      return;
    }
  self->next = screen != NULL ? screen : best.question;
  if (screen == NULL && best.question != NULL)
    g_debug ("next %s: triage %.3f rank %.3f%s (level %d, %u useful)", best.question->id, best.triage,
             best.rank, best.corroboration_only ? " corroboration" : "", current.level, n_useful);
  /* Asked only to order the causes: these count against their own limit. */
  if (screen == NULL && best.question != NULL && best.triage < triage_min)
    g_hash_table_add (self->rank_only, (gpointer) best.question);
  /* About half the follow-ups that may come are asked, going by the audit,
   * and each answer settles several of the questions still worth asking. */
  self->remaining = MIN (n_screen + (n_maybe + 1) / 2 +
                         MIN (n_useful, (guint) calf_database_get_param (database, "flow_estimate_max_adaptive")),
                         max_questions - n_asked);
}
