/* calf-question-flow.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-answers.h"
#include "calf-engine.h"

G_BEGIN_DECLS

/*
 * CalfQuestionFlow: which question to ask next. First the red-flag screen
 * (in priority order, honouring each question's regions and `requires`),
 * then, asking first those that could change the triage, the question whose
 * answers would move the plausible causes most, until no answer could
 * change the triage, the first-ranked cause or the leading causes. A
 * question also counts while it feeds a rule that needs several answers
 * together and could still change them (the Edinburgh rule, an escalation,
 * a safety trigger). After the database's question limit only questions
 * that could still raise the triage are asked. Replying to an earlier
 * question again re-plays every later reply: replies to questions that no
 * longer apply are dropped. Emits "changed" after every change.
 */

#define CALF_TYPE_QUESTION_FLOW (calf_question_flow_get_type ())
G_DECLARE_FINAL_TYPE (CalfQuestionFlow, calf_question_flow, CALF, QUESTION_FLOW, GObject)

typedef enum
{
  CALF_REPLY_YES,
  CALF_REPLY_NO,
  CALF_REPLY_NOT_SURE,
  CALF_REPLY_CHOICE,
  CALF_REPLY_NUMBER,
} CalfReplyKind;

typedef struct
{
  const CalfQuestion *question;
  CalfReplyKind       kind;
  const CalfChoice   *choice;   /* CALF_REPLY_CHOICE */
  double              number;   /* CALF_REPLY_NUMBER */
} CalfReply;

#define CALF_QUESTION_FLOW_ERROR (calf_question_flow_error_quark ())

typedef enum
{
  CALF_QUESTION_FLOW_ERROR_INVALID,   /* a reply that does not fit the question */
  CALF_QUESTION_FLOW_ERROR_PARSE,     /* a saved flow that cannot be read */
} CalfQuestionFlowError;

GQuark              calf_question_flow_error_quark (void);

CalfQuestionFlow   *calf_question_flow_new           (CalfEngine         *engine,
                                                      const CalfRegion   *region,
                                                      CalfSide            side);
CalfEngine         *calf_question_flow_get_engine    (CalfQuestionFlow   *self);
/* The answers so far; read-only: change them through the flow. */
CalfAnswers        *calf_question_flow_get_answers   (CalfQuestionFlow   *self);

void                calf_question_flow_set_side      (CalfQuestionFlow   *self,
                                                      CalfSide            side);
/* A negative age means unknown. */
gboolean            calf_question_flow_set_age       (CalfQuestionFlow   *self,
                                                      double              age,
                                                      GError            **error);
void                calf_question_flow_set_sex       (CalfQuestionFlow   *self,
                                                      CalfSex             sex);

/* NULL when the assessment is complete. */
const CalfQuestion *calf_question_flow_get_next      (CalfQuestionFlow   *self);
gboolean            calf_question_flow_is_finished   (CalfQuestionFlow   *self);
/* About how many questions are left (0 when finished). */
guint               calf_question_flow_estimate_remaining (CalfQuestionFlow *self);

/* Answers the next question, or changes the reply to an earlier one. */
gboolean            calf_question_flow_can_answer    (CalfQuestionFlow   *self,
                                                      const CalfQuestion *question);
gboolean            calf_question_flow_reply         (CalfQuestionFlow   *self,
                                                      const CalfReply    *reply,
                                                      GError            **error);
/* Convenience wrappers around calf_question_flow_reply(). */
gboolean            calf_question_flow_reply_yes_no  (CalfQuestionFlow   *self,
                                                      const CalfQuestion *question,
                                                      CalfReplyKind       kind,
                                                      GError            **error);
gboolean            calf_question_flow_reply_choice  (CalfQuestionFlow   *self,
                                                      const CalfQuestion *question,
                                                      const char         *choice_id,
                                                      GError            **error);
gboolean            calf_question_flow_reply_number  (CalfQuestionFlow   *self,
                                                      const CalfQuestion *question,
                                                      double              number,
                                                      GError            **error);
/* Forgets the last reply, so that its question is asked again. FALSE when
 * there was none. */
gboolean            calf_question_flow_go_back       (CalfQuestionFlow   *self);

guint               calf_question_flow_get_n_replies (CalfQuestionFlow   *self);
const CalfReply    *calf_question_flow_get_reply     (CalfQuestionFlow   *self,
                                                      guint               position);
const CalfReply    *calf_question_flow_lookup_reply  (CalfQuestionFlow   *self,
                                                      const CalfQuestion *question);

/* FALSE while a follow-up of the last answer is pending: the advice waits
 * for it. */
gboolean            calf_question_flow_is_settled    (CalfQuestionFlow   *self);
/* The triage the person has been shown (at the last settled answer). */
CalfTriageLevel     calf_question_flow_get_shown_level (CalfQuestionFlow *self);
/* After an emergency the flow ends; whether more could be asked, and
 * asking them anyway. */
gboolean            calf_question_flow_has_optional  (CalfQuestionFlow   *self);
void                calf_question_flow_ask_optional  (CalfQuestionFlow   *self);

/* Evaluates the answers so far. Advice shown is not lowered silently: a
 * level shown earlier stays, with the reason, unless the answer behind it
 * was changed (then the result's notes say so). */
CalfResult         *calf_question_flow_get_result    (CalfQuestionFlow   *self);

/* For autosave: a small JSON document of the region, side, age, sex and
 * replies, and the way back. */
char               *calf_question_flow_serialize     (CalfQuestionFlow   *self);
CalfQuestionFlow   *calf_question_flow_new_from_serialized (CalfEngine  *engine,
                                                            const char  *data,
                                                            GError     **error);
/* The same, already parsed by the strict reader (errors: CALF_JSON_ERROR,
 * naming the member). Replies to questions or choices the database no
 * longer has are dropped, the rest kept. */
CalfQuestionFlow   *calf_question_flow_new_from_json_object (CalfEngine     *engine,
                                                             CalfJsonReader *reader,
                                                             JsonObject     *object,
                                                             GError        **error);

G_END_DECLS
