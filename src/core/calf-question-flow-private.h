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
  double             *model;      /* findings × conditions: log likelihood ratio of a yes */
  GHashTable         *rank_only;  /* questions chosen only to order the causes */

  /* What the person was told (calf-question-flow.c). */
  CalfTriageLevel     level;      /* the engine's triage on the answers now */
  CalfTriageLevel     shown_level;/* at the last answer nothing was pending after */
  CalfTriageLevel     peak_level; /* the highest urgent or emergency level shown */
  CalfReply           peak_reply; /* the answer that brought it */
  char               *change_note;/* how a changed answer changed the advice */
  gboolean            optional;   /* asking on after an emergency, on request */
};

void     calf_question_flow_rebuild       (CalfQuestionFlow              *self);
/* calf-question-flow-model.c: how likely each answer is. */
void     calf_question_flow_model_init    (CalfQuestionFlow              *self);
double   calf_question_flow_model_yes     (CalfQuestionFlow              *self,
                                           const CalfEngineState         *state,
                                           const double                  *scores,
                                           const CalfFinding             *finding);
double   calf_question_flow_model_choice  (CalfQuestionFlow              *self,
                                           const CalfEngineState         *state,
                                           const double                  *scores,
                                           const CalfChoice              *choice);
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
