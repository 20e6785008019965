/* calf-question-flow-replies.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-question-flow"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "calf-question-flow-private.h"

/* Replies, going back, and saving a flow for autosave. */

static const char * const reply_names[] = { "yes", "no", "not-sure", "choice", "number" };

const CalfQuestion *
calf_question_flow_get_next (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), NULL);
  return self->next;
}

gboolean
calf_question_flow_is_finished (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), TRUE);
  return self->next == NULL;
}

guint
calf_question_flow_estimate_remaining (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), 0);

  if (self->next == NULL)
    return 0;
  return MAX (self->estimate, 1);
}

static gboolean
check_reply (CalfQuestionFlow *self,
             const CalfReply  *reply,
             GError          **error)
{
  const CalfQuestion *question = reply->question;
  g_autoptr(CalfAnswers) scratch = NULL;
  gboolean fits;

  switch (reply->kind)
    {
    case CALF_REPLY_YES:
    case CALF_REPLY_NO:
      fits = question->kind == CALF_QUESTION_YES_NO;
      break;
    case CALF_REPLY_NOT_SURE:
      fits = question->kind != CALF_QUESTION_CHOICE;
      break;
    case CALF_REPLY_CHOICE:
      fits = question->kind == CALF_QUESTION_CHOICE && reply->choice != NULL &&
             g_ptr_array_find (question->choices, reply->choice, NULL);
      break;
    case CALF_REPLY_NUMBER:
      fits = question->kind == CALF_QUESTION_NUMBER;
      break;
    default:
      fits = FALSE;
      break;
    }

  if (!fits)
    {
      g_set_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_INVALID,
                   /* Translators: %s is a question id, e.g. "felt-pop-or-kick". */
                   _("%s: this reply does not fit the question"), question->id);
      return FALSE;
    }

  if (reply->kind == CALF_REPLY_NUMBER)
    {
      /* Range and whole-number checks live in CalfAnswers. */
      scratch = calf_answers_new (calf_answers_get_database (self->answers));
      return calf_answers_set_number (scratch, question->finding, reply->number, question, error);
    }

  return TRUE;
}

gboolean
calf_question_flow_reply (CalfQuestionFlow *self,
                          const CalfReply  *reply,
                          GError          **error)
{
  int pos;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), FALSE);
  g_return_val_if_fail (reply != NULL && reply->question != NULL, FALSE);

  pos = calf_question_flow_find_reply (self, reply->question);
  if (pos < 0 && reply->question != self->next &&
      !calf_question_flow_can_answer (self, reply->question))
    {
      g_set_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_INVALID,
                   /* Translators: %s is a question id, e.g. "felt-pop-or-kick". */
                   _("%s: this question does not apply to the answers given"), reply->question->id);
      return FALSE;
    }

  if (!check_reply (self, reply, error))
    return FALSE;

  if (pos >= 0)
    g_array_index (self->replies, CalfReply, pos) = *reply;
  else
    g_array_append_val (self->replies, *reply);

  calf_question_flow_rebuild (self);
  return TRUE;
}

gboolean
calf_question_flow_reply_yes_no (CalfQuestionFlow   *self,
                                 const CalfQuestion *question,
                                 CalfReplyKind       kind,
                                 GError            **error)
{
  CalfReply reply = { question, kind, NULL, 0 };

  g_return_val_if_fail (kind == CALF_REPLY_YES || kind == CALF_REPLY_NO ||
                        kind == CALF_REPLY_NOT_SURE, FALSE);
  return calf_question_flow_reply (self, &reply, error);
}

gboolean
calf_question_flow_reply_choice (CalfQuestionFlow   *self,
                                 const CalfQuestion *question,
                                 const char         *choice_id,
                                 GError            **error)
{
  CalfReply reply = { question, CALF_REPLY_CHOICE, NULL, 0 };

  g_return_val_if_fail (question != NULL, FALSE);
  g_return_val_if_fail (choice_id != NULL, FALSE);

  for (guint i = 0; question->choices != NULL && i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);

      if (g_str_equal (choice->id, choice_id))
        reply.choice = choice;
    }

  if (reply.choice == NULL)
    {
      g_set_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_INVALID,
                   /* Translators: the first %s is a question id, the second the choice id
                    * found. */
                   _("%s: there is no choice “%s”"), question->id, choice_id);
      return FALSE;
    }

  return calf_question_flow_reply (self, &reply, error);
}

gboolean
calf_question_flow_reply_number (CalfQuestionFlow   *self,
                                 const CalfQuestion *question,
                                 double              number,
                                 GError            **error)
{
  CalfReply reply = { question, CALF_REPLY_NUMBER, NULL, number };

  return calf_question_flow_reply (self, &reply, error);
}

gboolean
calf_question_flow_go_back (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), FALSE);

  if (self->replies->len == 0)
    return FALSE;

  g_array_set_size (self->replies, self->replies->len - 1);
  calf_question_flow_rebuild (self);
  return TRUE;
}

guint
calf_question_flow_get_n_replies (CalfQuestionFlow *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), 0);
  return self->replies->len;
}

const CalfReply *
calf_question_flow_get_reply (CalfQuestionFlow *self,
                              guint             position)
{
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), NULL);
  g_return_val_if_fail (position < self->replies->len, NULL);

  return &g_array_index (self->replies, CalfReply, position);
}

const CalfReply *
calf_question_flow_lookup_reply (CalfQuestionFlow   *self,
                                 const CalfQuestion *question)
{
  int pos;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), NULL);

  pos = calf_question_flow_find_reply (self, question);
  return pos >= 0 ? &g_array_index (self->replies, CalfReply, pos) : NULL;
}

CalfResult *
calf_question_flow_get_result (CalfQuestionFlow *self)
{
  g_autoptr(GPtrArray) because = g_ptr_array_new ();
  g_autofree char *reason = NULL;
  CalfTriageFloor floor = { CALF_TRIAGE_SELF_CARE, NULL, NULL };
  CalfResult *result;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), NULL);

  /* Advice already shown stays unless the answer behind it changed. */
  if (self->peak_level > self->level && self->peak_reply.question != NULL)
    {
      const CalfQuestion *question = self->peak_reply.question;

      /* Translators: %s is a question the person answered earlier. */
      reason = g_strdup_printf (_("Your answer to “%s” called for this advice earlier, and later answers do not rule that out."),
                                question->text);
      if (question->finding != NULL)
        g_ptr_array_add (because, (gpointer) question->finding);
      floor.level = self->peak_level;
      floor.reason = reason;
      floor.because = because;
    }

  result = calf_engine_evaluate_full (self->engine, self->answers, &floor);
  if (self->change_note != NULL)
    calf_result_add_triage_note (result, self->change_note);
  return result;
}

char *
calf_question_flow_serialize (CalfQuestionFlow *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "region");
  json_builder_add_string_value (builder, self->region->id);
  json_builder_set_member_name (builder, "side");
  json_builder_add_string_value (builder, calf_side_to_string (self->side));
  if (self->age >= 0)
    {
      json_builder_set_member_name (builder, "age");
      json_builder_add_double_value (builder, self->age);
    }
  if (self->sex != CALF_SEX_UNKNOWN)
    {
      json_builder_set_member_name (builder, "sex");
      json_builder_add_string_value (builder, calf_sex_to_string (self->sex));
    }
  json_builder_set_member_name (builder, "replies");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->replies->len; i++)
    {
      const CalfReply *reply = &g_array_index (self->replies, CalfReply, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "question");
      json_builder_add_string_value (builder, reply->question->id);
      json_builder_set_member_name (builder, "reply");
      json_builder_add_string_value (builder, reply_names[reply->kind]);
      if (reply->kind == CALF_REPLY_CHOICE)
        {
          json_builder_set_member_name (builder, "choice");
          json_builder_add_string_value (builder, reply->choice->id);
        }
      else if (reply->kind == CALF_REPLY_NUMBER)
        {
          json_builder_set_member_name (builder, "number");
          json_builder_add_double_value (builder, reply->number);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  /* Advice shown is kept across restarts: it is not lowered silently. */
  if (self->peak_level > CALF_TRIAGE_SELF_CARE && self->peak_reply.question != NULL)
    {
      json_builder_set_member_name (builder, "advice-shown");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "level");
      json_builder_add_string_value (builder, calf_triage_level_to_string (self->peak_level));
      json_builder_set_member_name (builder, "question");
      json_builder_add_string_value (builder, self->peak_reply.question->id);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* "advice-shown": the level and the question whose answer brought it. */
static gboolean
read_advice_shown (CalfQuestionFlow *flow,
                   CalfJsonReader   *reader,
                   JsonObject       *object,
                   GError          **error)
{
  static const char * const keys[] = { "*level", "*question", NULL };
  JsonNode *node = json_object_get_member (object, "advice-shown");
  const CalfQuestion *question;
  const char *level_text = NULL;
  const char *question_id = NULL;
  JsonObject *shown;
  CalfTriageLevel level;
  gboolean ok;
  gsize saved;
  int pos;

  if (node == NULL)
    return TRUE;

  saved = calf_json_reader_push_key (reader, "advice-shown");
  ok = calf_json_reader_object (reader, node, &shown, error) &&
       calf_json_reader_check_keys (reader, shown, keys, error) &&
       calf_json_reader_member_string (reader, shown, "level", &level_text, NULL, error) &&
       calf_json_reader_member_string (reader, shown, "question", &question_id, NULL, error);
  if (ok && !calf_triage_level_from_string (level_text, &level))
    ok = calf_json_reader_fail (reader, "level", error,
                                /* Translators: the words in quotes are JSON values: keep them
                                 * in English. */
                                _("expected \"emergency\", \"urgent\", \"soon\" or \"self-care\""));
  calf_json_reader_pop (reader, saved);
  if (!ok)
    return FALSE;

  /* Only while the answer that brought it is still there. */
  question = calf_database_lookup_question (calf_engine_get_database (flow->engine), question_id);
  pos = question != NULL ? calf_question_flow_find_reply (flow, question) : -1;
  if (pos >= 0)
    {
      flow->peak_level = level;
      flow->peak_reply = g_array_index (flow->replies, CalfReply, pos);
    }
  return TRUE;
}

/* Reading a saved flow: every member is type-checked through the strict
 * reader (a wrong type is an error naming the member, never a crash);
 * replies to questions or choices the database no longer has are dropped
 * with the rest kept, since a database update must not sink a save. */

static const CalfChoice *
lookup_choice (const CalfQuestion *question,
               const char         *choice_id)
{
  for (guint i = 0; question->choices != NULL && i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);

      if (g_str_equal (choice->id, choice_id))
        return choice;
    }
  return NULL;
}

/* FALSE with @error on a malformed reply; TRUE with reply->question NULL
 * when the reply is well-formed but no longer fits the database. */
static gboolean
read_reply (CalfDatabase   *database,
            CalfJsonReader *reader,
            JsonNode       *node,
            CalfReply      *reply,
            GError        **error)
{
  static const char * const keys[] = { "*question", "*reply", "choice", "number", NULL };
  const char *question_id = NULL;
  const char *kind = NULL;
  const char *choice_id = NULL;
  gboolean has_choice = FALSE;
  gboolean has_number = FALSE;
  gboolean found = FALSE;
  JsonObject *object;

  if (!calf_json_reader_object (reader, node, &object, error) ||
      !calf_json_reader_check_keys (reader, object, keys, error) ||
      !calf_json_reader_member_string (reader, object, "question", &question_id, NULL, error) ||
      !calf_json_reader_member_string (reader, object, "reply", &kind, NULL, error) ||
      !calf_json_reader_member_string (reader, object, "choice", &choice_id, &has_choice, error) ||
      !calf_json_reader_member_number (reader, object, "number", &reply->number, &has_number, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (reply_names); i++)
    {
      if (g_str_equal (kind, reply_names[i]))
        {
          reply->kind = (CalfReplyKind) i;
          found = TRUE;
        }
    }
  if (!found)
    return calf_json_reader_fail (reader, "reply", error,
                                  /* Translators: the words in quotes are JSON values: keep them
                                   * in English. */
                                  _("expected \"yes\", \"no\", \"not-sure\", \"choice\" or \"number\""));
  if ((reply->kind == CALF_REPLY_CHOICE) != has_choice)
    return calf_json_reader_fail (reader, "choice", error,
                                  /* Translators: "choice" and "reply" are JSON keys, the last
                                   * "choice" a JSON value: keep them in English. */
                                  _("give \"choice\" exactly when \"reply\" is \"choice\""));
  if ((reply->kind == CALF_REPLY_NUMBER) != has_number)
    return calf_json_reader_fail (reader, "number", error,
                                  /* Translators: "number" and "reply" are JSON keys, the last
                                   * "number" a JSON value: keep them in English. */
                                  _("give \"number\" exactly when \"reply\" is \"number\""));

  reply->question = calf_database_lookup_question (database, question_id);
  if (reply->question != NULL && reply->kind == CALF_REPLY_CHOICE)
    {
      reply->choice = lookup_choice (reply->question, choice_id);
      if (reply->choice == NULL)
        reply->question = NULL;
    }
  if (reply->question == NULL)
    g_debug ("%s: dropping a reply to “%s”, which this database does not ask",
             calf_json_reader_get_path (reader), question_id);

  return TRUE;
}

CalfQuestionFlow *
calf_question_flow_new_from_json_object (CalfEngine      *engine,
                                         CalfJsonReader  *reader,
                                         JsonObject      *object,
                                         GError         **error)
{
  static const char * const keys[] = { "*region", "*side", "age", "sex", "replies", "advice-shown", NULL };
  g_autoptr(CalfQuestionFlow) flow = NULL;
  g_autoptr(CalfAnswers) person = NULL;
  CalfDatabase *database;
  JsonNode *replies_node;
  JsonArray *replies = NULL;
  gsize saved;

  g_return_val_if_fail (CALF_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  database = calf_engine_get_database (engine);

  if (!calf_json_reader_check_keys (reader, object, keys, error))
    return NULL;

  /* Region, side, age and sex are read exactly as --assess reads them. */
  {
    g_autoptr(JsonObject) person_object = json_object_new ();
    static const char * const person_keys[] = { "region", "side", "age", "sex" };

    for (guint i = 0; i < G_N_ELEMENTS (person_keys); i++)
      {
        JsonNode *member = json_object_get_member (object, person_keys[i]);

        if (member != NULL)
          json_object_set_member (person_object, person_keys[i], json_node_copy (member));
      }
    person = calf_answers_new_from_json_object (database, reader, person_object, FALSE, error);
    if (person == NULL)
      return NULL;
  }

  flow = calf_question_flow_new (engine, calf_answers_get_region (person), calf_answers_get_side (person));
  flow->sex = calf_answers_get_sex (person);
  flow->age = calf_answers_get_age (person);

  replies_node = json_object_get_member (object, "replies");
  saved = calf_json_reader_push_key (reader, "replies");
  if (replies_node != NULL && !calf_json_reader_array (reader, replies_node, &replies, error))
    {
      calf_json_reader_pop (reader, saved);
      return NULL;
    }

  for (guint i = 0; replies != NULL && i < json_array_get_length (replies); i++)
    {
      CalfReply reply = { 0 };
      gsize saved_index = calf_json_reader_push_index (reader, i);
      gboolean ok = read_reply (database, reader, json_array_get_element (replies, i), &reply, error);

      calf_json_reader_pop (reader, saved_index);
      if (!ok)
        {
          calf_json_reader_pop (reader, saved);
          return NULL;
        }
      /* A reply that no longer fits its question is dropped like one to a
       * question that is gone. */
      if (reply.question != NULL && check_reply (flow, &reply, NULL))
        g_array_append_val (flow->replies, reply);
    }
  calf_json_reader_pop (reader, saved);

  /* Re-playing drops anything that no longer applies (e.g. a newer database). */
  calf_question_flow_rebuild (flow);
  if (!read_advice_shown (flow, reader, object, error))
    return NULL;
  calf_question_flow_rebuild (flow);
  return g_steal_pointer (&flow);
}

CalfQuestionFlow *
calf_question_flow_new_from_serialized (CalfEngine  *engine,
                                        const char  *data,
                                        GError     **error)
{
  g_autoptr(CalfJsonReader) reader = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  CalfQuestionFlow *flow = NULL;
  JsonObject *object;

  g_return_val_if_fail (CALF_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  /* Translators: written in place of a file name in errors, e.g. "saved assessment: replies[2]:
   * …". */
  reader = calf_json_reader_new (_("saved assessment"));
  root = calf_json_parse (calf_json_reader_get_name (reader), data, strlen (data),
                          &calf_json_limits_input, &local_error);
  if (root != NULL && calf_json_reader_object (reader, root, &object, &local_error))
    flow = calf_question_flow_new_from_json_object (engine, reader, object, &local_error);

  if (flow == NULL)
    g_set_error_literal (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE,
                         local_error->message);
  return flow;
}
