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

#define MAX_TOP 10
#ifndef ADAPTIVE_CAP
#define ADAPTIVE_CAP 6
#endif

typedef struct
{
  CalfTriageLevel level;
  guint           top[MAX_TOP];
  guint           n_top;
} Outcome;

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

typedef struct
{
  CalfQuestionFlow      *self;
  const CalfEngineState *base;
  const Outcome         *current;
  const double          *current_scores;
  double                *scores;
  guint                  n_conditions;
  guint                  n_top;
  double                 plausible;
  /* Accumulated over the answers of one question. */
  double                 triage_value;   /* expected danger-weighted triage change */
  double                 rank_value;     /* expected movement of the leading causes */
  gboolean               can_change_triage;
  gboolean               can_change_leading;
  gboolean               yes_raises_triage;  /* a yes/no question's yes raises it */
} Simulation;

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
rank_change (Simulation    *sim,
             const Outcome *after)
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

static void
simulate_answer (Simulation       *sim,
                 const CalfFinding *finding,
                 double             value,
                 const CalfChoice  *choice,
                 double             probability)
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

  calf_engine_state_derive (engine, &state);
  compute_outcome (sim->self, &state, sim->scores, sim->n_top, &outcome);
  calf_engine_state_clear (&state);

  if (outcome.level > sim->current->level && choice == NULL && value == 1.0)
    sim->yes_raises_triage = TRUE;
  if (outcome.level != sim->current->level)
    {
      sim->can_change_triage = TRUE;
      sim->triage_value += probability * calf_question_flow_triage_change (sim->current->level, outcome.level);
    }
  sim->rank_value += probability * rank_change (sim, &outcome);
}

static void
evaluate_question (Simulation         *sim,
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
        double yes = calf_question_flow_model_yes (self, sim->base, sim->current_scores, question->finding);

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
            weights[i] = calf_question_flow_model_choice (self, sim->base, sim->current_scores,
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
  double fraction = calf_engine_get_param (database, "flow_in_play_fraction");

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
  double weight = calf_engine_get_param (calf_engine_get_database (self->engine), "flow_corroboration_weight");
  double best = 0;

  for (guint c = 0; c < n_conditions; c++)
    if (in_play[c] > 0 && fabs (self->model[f * n_conditions + c]) >= weight)
      best = MAX (best, in_play[c]);
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
signals_leading (CalfQuestionFlow   *self,
                 const Simulation   *sim,
                 const CalfQuestion *question)
{
  double weight = calf_engine_get_param (calf_engine_get_database (self->engine), "flow_corroboration_weight");
  guint leading;
  int f;

  if (sim->current->n_top == 0 || question->kind != CALF_QUESTION_YES_NO)
    return FALSE;
  leading = sim->current->top[0];
  if (sim->current_scores[leading] < sim->plausible || !sim->yes_raises_triage)
    return FALSE;
  f = calf_engine_finding_index (self->engine, question->finding);
  return self->model[f * sim->n_conditions + leading] >= weight;
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

void
calf_question_flow_choose_next (CalfQuestionFlow *self)
{
  CalfDatabase *database = calf_engine_get_database (self->engine);
  GPtrArray *questions = calf_database_get_questions (database);
  guint n_conditions = calf_database_get_conditions (database)->len;
  guint max_questions = (guint) calf_engine_get_param (database, "flow_max_questions");
  guint max_rank = (guint) calf_engine_get_param (database, "flow_max_rank_questions");
  guint n_rank = 0;
  double triage_min = calf_engine_get_param (database, "flow_triage_min_value");
  double rank_min = calf_engine_get_param (database, "flow_rank_min_value");
  const CalfQuestion *screen = NULL;
  g_autofree double *in_play = NULL;
  Candidate best = { NULL, 0, 0, FALSE };
  gboolean rank_first;
  guint n_screen = 0;
  guint n_maybe = 0;
  guint n_useful = 0;
  guint n_asked = self->replies->len;
  CalfEngineState state;
  Outcome current;
  Simulation sim = { 0 };
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
  sim.n_top = (guint) CLAMP (calf_engine_get_param (database, "flow_top_conditions"), 1, MAX_TOP);
  sim.plausible = calf_engine_get_param (database, "flow_plausible_score");
  sim.current = &current;
  sim.scores = g_new (double, MAX (n_conditions, 1));
  sim.current_scores = g_new (double, MAX (n_conditions, 1));
  compute_outcome (self, &state, (double *) sim.current_scores, sim.n_top, &current);
  self->level = current.level;
  pivots = calf_question_flow_find_pivots (&(CalfPivotContext) { self, &state, current.level, sim.current_scores,
                                                                 sim.plausible }, &decisive);
  in_play = find_in_play (self, &state, sim.current_scores);
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

      evaluate_question (&sim, question);
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
                         MIN (n_useful, (guint) calf_engine_get_param (database, "flow_estimate_max_adaptive")),
                         max_questions - n_asked);
}
