/* calf-question-flow-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-engine-private.h"
#include "calf-question-flow.h"

G_BEGIN_DECLS

struct _CalfQuestionFlow
{
  GObject             parent_instance;

  CalfEngine         *engine;
  CalfAnswers        *answers;
  const CalfRegion   *region;
  CalfSide            side;
  double              age;        /* < 0: unknown */
  CalfSex             sex;
  GArray             *replies;    /* of CalfReply, in the order given */
  GHashTable         *samples;    /* number finding → GArray of values to simulate */

  const CalfQuestion *next;       /* NULL: finished */
  guint               remaining;  /* the chooser's count */
  guint               estimate;   /* the count shown: never goes up while answering */
  guint               estimate_at;/* the number of replies it was shown at */
  /* The log likelihood ratio of a yes, per finding and condition, sparse:
   * finding f's entries are model_start[f] … model_start[f + 1] - 1. */
  guint              *model_start;
  guint              *model_condition;
  double             *model_weight;
  GHashTable         *rank_only;  /* questions chosen only to order the causes */

  /* What the person was told (calf-question-flow.c). */
  CalfTriageLevel     level;      /* the engine's triage on the answers now */
  CalfTriageLevel     shown_level;/* at the last answer nothing was pending after */
  CalfTriageLevel     peak_level; /* the highest urgent or emergency level shown */
  CalfReply           peak_reply; /* the answer that brought it */
  char               *change_note;/* how a changed answer changed the advice */
  gboolean            optional;   /* asking on after an emergency, on request */
  gboolean            check;      /* CALF_DEBUG=check-flow: what-ifs worked out twice */
};

void     calf_question_flow_rebuild       (CalfQuestionFlow              *self);
/* calf-question-flow-samples.c: fills self->samples. */
void     calf_question_flow_collect_samples (CalfQuestionFlow            *self);
/* calf-question-flow-model.c: how likely each answer is. */
void     calf_question_flow_model_init    (CalfQuestionFlow              *self);
/* The weight of everything for calf_question_flow_model_yes(). */
double   calf_question_flow_model_total   (CalfQuestionFlow              *self,
                                           const double                  *scores);
double   calf_question_flow_model_yes     (CalfQuestionFlow              *self,
                                           const double                  *scores,
                                           double                         total,
                                           const CalfFinding             *finding);
double   calf_question_flow_model_choice  (CalfQuestionFlow              *self,
                                           const double                  *scores,
                                           double                         total,
                                           const CalfChoice              *choice);
/* The log likelihood ratio of a yes to finding number @finding. */
double   calf_question_flow_model_weight  (CalfQuestionFlow              *self,
                                           int                            finding,
                                           guint                          condition);
/* calf-question-flow-simulate.c: what an answer would change. */
#define CALF_FLOW_MAX_TOP 10

/* The triage and the leading causes, best first. */
typedef struct
{
  CalfTriageLevel level;
  guint           top[CALF_FLOW_MAX_TOP];
  guint           n_top;
} CalfFlowOutcome;

typedef struct
{
  CalfQuestionFlow      *self;
  const CalfEngineState *base;
  const CalfFlowOutcome         *current;
  const double          *current_scores;
  double                *scores;
  guint                  n_conditions;
  guint                  n_top;
  double                 plausible;
  double                 total;          /* calf_question_flow_model_total() */
  /* Accumulated over the answers of one question. */
  double                 triage_value;   /* expected danger-weighted triage change */
  double                 rank_value;     /* expected movement of the leading causes */
  gboolean               can_change_triage;
  gboolean               can_change_leading;
  gboolean               yes_raises_triage;  /* a yes/no question's yes raises it */
  /* What-ifs on the state in place (NULL: copy and evaluate it whole). */
  CalfEngineDelta       *delta;
  const guint           *order;          /* conditions, leading first now */
  /* CALF_DEBUG=check-flow: the state before any what-if, to check each. */
  const CalfEngineState *pristine;
} CalfFlowSimulation;

void     calf_question_flow_compute_outcome   (CalfQuestionFlow      *self,
                                               const CalfEngineState *state,
                                               double                *scores,
                                               guint                  n_top,
                                               CalfFlowOutcome       *outcome);
/* Each answer to @question simulated, into @sim's accumulated values. */
void     calf_question_flow_evaluate_question (CalfFlowSimulation    *sim,
                                               const CalfQuestion    *question);

void     calf_question_flow_choose_next   (CalfQuestionFlow              *self);
/* How much a change of triage matters: towards or away from an emergency
 * most. */
double   calf_question_flow_triage_change (CalfTriageLevel                from,
                                           CalfTriageLevel                to);

/* calf-question-flow-pivots.c: warning-sign rules still open. */
typedef struct
{
  CalfQuestionFlow      *self;
  const CalfEngineState *base;       /* the answers now, derived */
  CalfTriageLevel        level;      /* the triage now */
  const double          *scores;     /* the scores now, one per condition */
  double                 plausible;  /* flow_plausible_score */
  double                 total;      /* calf_question_flow_model_total() */
} CalfPivotContext;

/* Findings (to double *) whose answer an open rule that could raise the
 * triage needs with others, worth their share of the change; in
 * @decisive, those that are the one answer such a rule still needs. */
GHashTable *calf_question_flow_find_pivots  (const CalfPivotContext *context,
                                             GHashTable            **decisive);
/* The value of @question in a table of calf_question_flow_find_pivots(). */
double      calf_question_flow_lookup_pivot (GHashTable             *pivots,
                                             const CalfQuestion     *question);
/* Whether the question applies to the region and its `requires` holds. */
gboolean calf_question_flow_is_applicable (CalfQuestionFlow              *self,
                                           const CalfEngineState         *state,
                                           const CalfQuestion            *question);
/* Position of the question's reply, or -1. */
int      calf_question_flow_find_reply    (CalfQuestionFlow              *self,
                                           const CalfQuestion            *question);

G_END_DECLS
