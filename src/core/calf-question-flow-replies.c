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
  return MAX (self->remaining, 1);
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
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (self), NULL);
  return calf_engine_evaluate (self->engine, self->answers);
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
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static gboolean
parse_failed (GError    **error,
              const char *what)
{
  g_set_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE,
               _("The saved assessment cannot be read: %s"), what);
  return FALSE;
}

static gboolean
read_reply (CalfDatabase *database,
            JsonNode     *node,
            CalfReply    *reply,
            GError      **error)
{
  JsonObject *object;
  const char *kind;
  gboolean found = FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return parse_failed (error, "replies");
  object = json_node_get_object (node);

  reply->question = calf_database_lookup_question (database,
                                                   json_object_get_string_member_with_default (object, "question", ""));
  if (reply->question == NULL)
    return parse_failed (error, "question");

  kind = json_object_get_string_member_with_default (object, "reply", "");
  for (guint i = 0; i < G_N_ELEMENTS (reply_names); i++)
    {
      if (g_str_equal (kind, reply_names[i]))
        {
          reply->kind = (CalfReplyKind) i;
          found = TRUE;
        }
    }
  if (!found)
    return parse_failed (error, "reply");

  if (reply->kind == CALF_REPLY_CHOICE)
    {
      const char *choice_id = json_object_get_string_member_with_default (object, "choice", "");

      for (guint i = 0; reply->question->choices != NULL && i < reply->question->choices->len; i++)
        {
          const CalfChoice *choice = g_ptr_array_index (reply->question->choices, i);

          if (g_str_equal (choice->id, choice_id))
            reply->choice = choice;
        }
      if (reply->choice == NULL)
        return parse_failed (error, "choice");
    }
  else if (reply->kind == CALF_REPLY_NUMBER)
    {
      reply->number = json_object_get_double_member_with_default (object, "number", NAN);
    }

  return TRUE;
}

CalfQuestionFlow *
calf_question_flow_new_from_serialized (CalfEngine  *engine,
                                        const char  *data,
                                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(CalfQuestionFlow) flow = NULL;
  g_autoptr(GError) local_error = NULL;
  CalfDatabase *database;
  const CalfRegion *region;
  JsonObject *object;
  JsonArray *replies;
  CalfSide side;
  CalfSex sex = CALF_SEX_UNKNOWN;

  g_return_val_if_fail (CALF_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  database = calf_engine_get_database (engine);

  if (!json_parser_load_from_data (parser, data, -1, &local_error))
    {
      parse_failed (error, local_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      parse_failed (error, "root");
      return NULL;
    }
  object = json_node_get_object (json_parser_get_root (parser));

  region = calf_database_lookup_region (database,
                                        json_object_get_string_member_with_default (object, "region", ""));
  if (region == NULL ||
      !calf_side_from_string (json_object_get_string_member_with_default (object, "side", ""), &side))
    {
      parse_failed (error, "region or side");
      return NULL;
    }
  if (json_object_has_member (object, "sex") &&
      !calf_sex_from_string (json_object_get_string_member_with_default (object, "sex", ""), &sex))
    {
      parse_failed (error, "sex");
      return NULL;
    }

  flow = calf_question_flow_new (engine, region, side);
  flow->sex = sex;
  if (json_object_has_member (object, "age"))
    {
      double age = json_object_get_double_member_with_default (object, "age", -1);

      if (age >= 0 && !calf_answers_set_age (flow->answers, age, error))
        return NULL;
      flow->age = age >= 0 ? age : -1;
    }

  replies = json_object_has_member (object, "replies") ? json_object_get_array_member (object, "replies") : NULL;
  for (guint i = 0; replies != NULL && i < json_array_get_length (replies); i++)
    {
      CalfReply reply = { 0 };

      if (!read_reply (database, json_array_get_element (replies, i), &reply, error))
        return NULL;
      if (!check_reply (flow, &reply, error))
        return NULL;
      g_array_append_val (flow->replies, reply);
    }

  /* Re-playing drops anything that no longer applies (e.g. a newer database). */
  calf_question_flow_rebuild (flow);
  return g_steal_pointer (&flow);
}
