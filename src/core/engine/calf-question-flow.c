/* calf-question-flow.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-question-flow"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "calf-engine-private.h"
#include "calf-question-flow-private.h"

G_DEFINE_FINAL_TYPE (CalfQuestionFlow, calf_question_flow, G_TYPE_OBJECT)

G_DEFINE_QUARK (calf-question-flow-error-quark, calf_question_flow_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
calf_question_flow_finalize (GObject *object)
{
  CalfQuestionFlow *self = (CalfQuestionFlow *)object;

  g_clear_pointer (&self->replies, g_array_unref);
  g_clear_pointer (&self->samples, g_hash_table_unref);
  g_clear_pointer (&self->model_start, g_free);
  g_clear_pointer (&self->model_condition, g_free);
  g_clear_pointer (&self->model_weight, g_free);
  g_clear_pointer (&self->rank_only, g_hash_table_unref);
  g_clear_pointer (&self->change_note, g_free);
  g_clear_object (&self->answers);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (calf_question_flow_parent_class)->finalize (object);
}

static void
calf_question_flow_class_init (CalfQuestionFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = calf_question_flow_finalize;

  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
calf_question_flow_init (CalfQuestionFlow *self)
{
  self->replies = g_array_new (FALSE, TRUE, sizeof (CalfReply));
  self->samples = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->rank_only = g_hash_table_new (NULL, NULL);
  self->age = -1;
  /* Worked out both ways and compared, in the audit and tests. */
  {
    static const GDebugKey keys[] = { { "check-flow", 1 } };

    self->check = g_parse_debug_string (g_getenv ("CALF_DEBUG"), keys, G_N_ELEMENTS (keys)) != 0;
  }
}


CalfQuestionFlow *
calf_question_flow_new (CalfEngine       *engine,
                        const CalfRegion *region,
                        CalfSide          side)
{
  CalfQuestionFlow *self;

  g_return_val_if_fail (CALF_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (region != NULL, NULL);

  self = g_object_new (CALF_TYPE_QUESTION_FLOW, NULL);
  self->engine = g_object_ref (engine);
  self->region = region;
  self->side = side;
  self->answers = calf_answers_new (calf_engine_get_database (engine));
  calf_question_flow_collect_samples (self);
  calf_question_flow_model_init (self);
  calf_question_flow_rebuild (self);
  return self;
}

CalfEngine *
calf_question_flow_get_engine (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), NULL);
  return self->engine;
}

CalfAnswers *
calf_question_flow_get_answers (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), NULL);
  return self->answers;
}

static gboolean
applies_to_region (const CalfQuestion *question,
                   const CalfRegion   *region)
{
  return g_ptr_array_find (question->regions, region, NULL);
}

gboolean
calf_question_flow_is_applicable (CalfQuestionFlow      *self,
                                  const CalfEngineState *state,
                                  const CalfQuestion    *question)
{
  if (!applies_to_region (question, self->region))
    return FALSE;
  return question->requires == NULL ||
         calf_engine_rule_holds (self->engine, state, question->requires);
}

/**
 * calf_question_flow_can_answer:
 * @self: a #CalfQuestionFlow
 * @question: a question of the flow's database
 *
 * Whether @question may be answered now: it applies to the region and its
 * `requires` rule holds on the answers so far, whether or not the flow
 * would choose to ask it. Optional questions, such as the self-tests
 * offered with the results, are answered through this.
 */
gboolean
calf_question_flow_can_answer (CalfQuestionFlow   *self,
                               const CalfQuestion *question)
{
  CalfEngineState state;
  gboolean applicable;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  calf_engine_state_init (self->engine, &state, self->answers);
  calf_engine_state_derive (self->engine, &state);
  applicable = calf_question_flow_is_applicable (self, &state, question);
  calf_engine_state_clear (&state);

  return applicable;
}

static guint
count_choices_setting (const CalfQuestion *question,
                       const CalfFinding  *finding)
{
  guint n = 0;

  for (guint c = 0; c < question->choices->len; c++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, c);

      for (guint i = 0; i < choice->sets->len; i++)
        if (g_array_index (choice->sets, CalfFindingValue, i).finding == finding)
          n++;
    }
  return n;
}

static gboolean
apply_reply (CalfAnswers     *answers,
             const CalfReply *reply,
             GError         **error)
{
  const CalfQuestion *question = reply->question;

  switch (reply->kind)
    {
    case CALF_REPLY_YES:
    case CALF_REPLY_NO:
      if (question->kind != CALF_QUESTION_YES_NO)
        break;
      return calf_answers_set_boolean (answers, question->finding, reply->kind == CALF_REPLY_YES,
                                       question, error);

    case CALF_REPLY_NOT_SURE:
      if (question->kind != CALF_QUESTION_YES_NO && question->kind != CALF_QUESTION_NUMBER)
        break;
      /* A self-test that cannot be done now counts against nothing. */
      if (!question->self_test)
        calf_answers_set_unsure (answers, question->finding, question);
      return TRUE;

    case CALF_REPLY_CHOICE:
      if (question->kind != CALF_QUESTION_CHOICE || reply->choice == NULL ||
          !g_ptr_array_find (question->choices, reply->choice, NULL))
        break;
      /* "Not sure" among the choices: what the question asks about, the
       * findings that several choices set ("Is the leg swollen?"). One
       * choice's own finding ("which describes it best?") stays unknown,
       * to be asked on its own. */
      if (reply->choice->sets->len == 0 && !question->self_test)
        {
          for (guint c = 0; c < question->choices->len; c++)
            {
              const CalfChoice *other = g_ptr_array_index (question->choices, c);

              for (guint i = 0; i < other->sets->len; i++)
                {
                  const CalfFinding *finding = g_array_index (other->sets, CalfFindingValue, i).finding;

                  if (count_choices_setting (question, finding) > 1 && !calf_answers_is_unsure (answers, finding))
                    calf_answers_set_unsure (answers, finding, question);
                }
            }
          return TRUE;
        }
      for (guint i = 0; i < reply->choice->sets->len; i++)
        {
          const CalfFindingValue *set = &g_array_index (reply->choice->sets, CalfFindingValue, i);
          gboolean ok;

          if (set->finding->type == CALF_FINDING_BOOLEAN)
            ok = calf_answers_set_boolean (answers, set->finding, set->value != 0, question, error);
          else
            ok = calf_answers_set_number (answers, set->finding, set->value, question, error);
          if (!ok)
            return FALSE;
        }
      return TRUE;

    case CALF_REPLY_NUMBER:
      if (question->kind != CALF_QUESTION_NUMBER)
        break;
      return calf_answers_set_number (answers, question->finding, reply->number, question, error);

    default:
      break;
    }

  g_set_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_INVALID,
               _("%s: this reply does not fit the question"), question->id);
  return FALSE;
}

int
calf_question_flow_find_reply (CalfQuestionFlow   *self,
                               const CalfQuestion *question)
{
  for (guint i = 0; i < self->replies->len; i++)
    {
      if (g_array_index (self->replies, CalfReply, i).question == question)
        return (int) i;
    }
  return -1;
}

static gboolean
same_reply (const CalfReply *a,
            const CalfReply *b)
{
  return a->question == b->question && a->kind == b->kind && a->choice == b->choice &&
         (a->kind != CALF_REPLY_NUMBER || a->number == b->number);
}

static const char *
level_words (CalfTriageLevel level)
{
  switch (level)
    {
    /* Translators: advice levels inside a sentence ("from … to …"). */
    case CALF_TRIAGE_EMERGENCY: return _("call the emergency number now");
    /* Translators: an advice level inside "the advice changed from “%s” to “%s”". */
    case CALF_TRIAGE_URGENT: return _("get seen today");
    /* Translators: an advice level inside "the advice changed from “%s” to “%s”". */
    case CALF_TRIAGE_SOON: return _("see a doctor soon");
    case CALF_TRIAGE_SELF_CARE:
    /* Translators: an advice level inside "the advice changed from “%s” to “%s”". */
    default: return _("look after it yourself");
    }
}

/* Advice shown is never lowered silently. The person changed the answer
 * that brought it: say what changed. Otherwise it stays (the floor, see
 * calf_question_flow_get_result()). */
static void
track_peak (CalfQuestionFlow *self)
{
  int pos;

  if (self->peak_level > CALF_TRIAGE_SELF_CARE)
    {
      pos = calf_question_flow_find_reply (self, self->peak_reply.question);
      if (pos < 0 || !same_reply (&g_array_index (self->replies, CalfReply, pos), &self->peak_reply))
        {
          if (self->level < self->peak_level)
            {
              g_free (self->change_note);
              /* Translators: the first %s is a question, the others advice
               * levels such as "get seen today". */
              self->change_note = g_strdup_printf (_("You changed your answer to “%s”, so the advice changed from “%s” to “%s”."),
                                                   self->peak_reply.question->text,
                                                   level_words (self->peak_level), level_words (self->level));
            }
          self->peak_level = CALF_TRIAGE_SELF_CARE;
          self->peak_reply.question = NULL;
        }
    }

  if (!calf_question_flow_is_settled (self))
    return;

  self->shown_level = MAX (self->level, self->peak_level);
  if (self->level >= CALF_TRIAGE_URGENT && self->level > self->peak_level && self->replies->len > 0)
    {
      self->peak_level = self->level;
      self->peak_reply = g_array_index (self->replies, CalfReply, self->replies->len - 1);
      g_clear_pointer (&self->change_note, g_free);
    }
}

/* The count shown never goes up while answering (giving an age or a sex,
 * or changing an answer, included): when an answer opens more questions
 * than it settles, the count holds until the chooser's own count comes
 * below it. Going back starts it afresh, and so does asking on after the
 * questions ended. */
static void
update_estimate (CalfQuestionFlow *self)
{
  guint n = self->replies->len;

  if (self->next == NULL)
    self->estimate = 0;
  else if (n >= self->estimate_at && self->estimate > 0)
    self->estimate = MAX (MIN (self->remaining, self->estimate), 1);
  else
    self->estimate = MAX (self->remaining, 1);
  self->estimate_at = n;
}

/* Everything the flow shows follows from the replies: rebuild the answers
 * by re-playing them in order, dropping replies to questions that no
 * longer apply, then choose the next question. */
void
calf_question_flow_rebuild (CalfQuestionFlow *self)
{
  g_autoptr(GError) error = NULL;

  g_object_freeze_notify (G_OBJECT (self->answers));
  calf_answers_clear (self->answers);
  calf_answers_set_region (self->answers, self->region);
  calf_answers_set_side (self->answers, self->side);
  calf_answers_set_sex (self->answers, self->sex);
  if (self->age >= 0)
    calf_answers_set_age (self->answers, self->age, NULL);
  else
    calf_answers_unset_age (self->answers);

  for (guint i = 0; i < self->replies->len;)
    {
      const CalfReply *reply = &g_array_index (self->replies, CalfReply, i);
      CalfEngineState state;
      gboolean applicable;

      calf_engine_state_init (self->engine, &state, self->answers);
      calf_engine_state_derive (self->engine, &state);
      applicable = calf_question_flow_is_applicable (self, &state, reply->question);
      calf_engine_state_clear (&state);
      /* An age given after the screen decides which questions to ask, not
       * whether an answer already given counts. */
      if (!applicable && self->age >= 0)
        {
          calf_answers_unset_age (self->answers);
          calf_engine_state_init (self->engine, &state, self->answers);
          calf_engine_state_derive (self->engine, &state);
          applicable = calf_question_flow_is_applicable (self, &state, reply->question);
          calf_engine_state_clear (&state);
          calf_answers_set_age (self->answers, self->age, NULL);
        }

      if (!applicable || !apply_reply (self->answers, reply, &error))
        {
          if (error != NULL)
            g_debug ("Dropping reply: %s", error->message);
          g_clear_error (&error);
          g_array_remove_index (self->replies, i);
          continue;
        }
      i++;
    }
  g_object_thaw_notify (G_OBJECT (self->answers));

  calf_question_flow_choose_next (self);
  track_peak (self);

  /* Once an emergency is established, the flow ends: the rest can be
   * answered on request (calf_question_flow_ask_optional()). */
  if (MAX (self->level, self->peak_level) == CALF_TRIAGE_EMERGENCY && !self->optional &&
      calf_question_flow_is_settled (self))
    self->next = NULL;

  update_estimate (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * calf_question_flow_is_settled:
 * @self: a #CalfQuestionFlow
 *
 * Whether the advice can be shown now: FALSE while the next question is
 * the follow-up of an answer just given (a warning sign answered "Not
 * sure", nerve pain in both legs), which the triage waits for.
 */
gboolean
calf_question_flow_is_settled (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), TRUE);
  return self->next == NULL || !self->next->follow_up;
}

/* The triage as last shown: at the last answer nothing was pending after. */
CalfTriageLevel
calf_question_flow_get_shown_level (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), CALF_TRIAGE_SELF_CARE);
  return self->shown_level;
}

/**
 * calf_question_flow_ask_optional:
 * @self: a #CalfQuestionFlow
 *
 * After an emergency the flow ends; this lets the person answer the
 * remaining questions anyway, which can only refine the possible causes.
 */
void
calf_question_flow_ask_optional (CalfQuestionFlow *self)
{
  g_return_if_fail (CALF_IS_QUESTION_FLOW (self));

  if (self->optional)
    return;
  self->optional = TRUE;
  calf_question_flow_rebuild (self);
}

gboolean
calf_question_flow_has_optional (CalfQuestionFlow *self)
{
  gboolean has;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), FALSE);

  if (self->next != NULL || self->optional)
    return FALSE;
  /* Whether asking on would find anything to ask. */
  self->optional = TRUE;
  calf_question_flow_choose_next (self);
  has = self->next != NULL;
  self->optional = FALSE;
  self->next = NULL;
  return has;
}

void
calf_question_flow_set_side (CalfQuestionFlow *self,
                             CalfSide          side)
{
  g_return_if_fail (CALF_IS_QUESTION_FLOW (self));

  if (self->side == side)
    return;
  self->side = side;
  calf_question_flow_rebuild (self);
}

gboolean
calf_question_flow_set_age (CalfQuestionFlow  *self,
                            double             age,
                            GError           **error)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), FALSE);

  if (age >= 0 && !calf_answers_set_age (self->answers, age, error))
    return FALSE;
  if (age < 0)
    age = -1;
  if (self->age != age)
    {
      self->age = age;
      calf_question_flow_rebuild (self);
    }
  return TRUE;
}

void
calf_question_flow_set_sex (CalfQuestionFlow *self,
                            CalfSex           sex)
{
  g_return_if_fail (CALF_IS_QUESTION_FLOW (self));

  if (self->sex == sex)
    return;
  self->sex = sex;
  calf_question_flow_rebuild (self);
}
