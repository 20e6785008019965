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
  guint               remaining;
};

void     calf_question_flow_rebuild       (CalfQuestionFlow              *self);
void     calf_question_flow_choose_next   (CalfQuestionFlow              *self);
/* Whether the question applies to the region and its `requires` holds. */
gboolean calf_question_flow_is_applicable (CalfQuestionFlow              *self,
                                           const CalfEngineState         *state,
                                           const CalfQuestion            *question);
/* Position of the question's reply, or -1. */
int      calf_question_flow_find_reply    (CalfQuestionFlow              *self,
                                           const CalfQuestion            *question);

G_END_DECLS
