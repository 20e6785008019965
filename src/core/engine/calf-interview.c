/* calf-interview.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-interview"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "calf-interview.h"
#include "calf-json-reader.h"

struct _CalfInterview
{
  GObject           parent_instance;

  CalfEngine       *engine;
  CalfQuestionFlow *flow;      /* NULL until the first line */
  guint             n_lines;
  gboolean          finished;
};

G_DEFINE_FINAL_TYPE (CalfInterview, calf_interview, G_TYPE_OBJECT)

static void
calf_interview_finalize (GObject *object)
{
  CalfInterview *self = (CalfInterview *)object;

  g_clear_object (&self->flow);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (calf_interview_parent_class)->finalize (object);
}

static void
calf_interview_class_init (CalfInterviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = calf_interview_finalize;
}

static void
calf_interview_init (CalfInterview *self)
{
}

CalfInterview *
calf_interview_new (CalfEngine *engine)
{
  CalfInterview *self;

  g_return_val_if_fail (CALF_IS_ENGINE (engine), NULL);

  self = g_object_new (CALF_TYPE_INTERVIEW, NULL);
  self->engine = g_object_ref (engine);
  return self;
}

gboolean
calf_interview_is_finished (CalfInterview *self)
{
  g_return_val_if_fail (CALF_IS_INTERVIEW (self), TRUE);
  return self->finished;
}

CalfQuestionFlow *
calf_interview_get_flow (CalfInterview *self)
{
  g_return_val_if_fail (CALF_IS_INTERVIEW (self), NULL);
  return self->flow;
}

/* --- writing ----------------------------------------------------------- */

static char *
node_to_line (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static void
add_finding_value (JsonBuilder       *builder,
                   const CalfFinding *finding,
                   double             value)
{
  json_builder_set_member_name (builder, finding->id);
  if (finding->type == CALF_FINDING_BOOLEAN)
    json_builder_add_boolean_value (builder, value != 0);
  else
    json_builder_add_double_value (builder, value);
}

static char *
help_text (const CalfQuestion *question)
{
  GString *text = g_string_new (question->help_why);

  for (guint i = 0; question->help_how[i] != NULL; i++)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, question->help_how[i]);
    }
  return g_string_free (text, FALSE);
}

char *
calf_interview_question_to_json (const CalfQuestion *question)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *help = NULL;
  static const char * const kinds[] = { "yes-no", "choice", "number" };

  g_return_val_if_fail (question != NULL, NULL);

  help = help_text (question);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, question->id);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, question->text);
  json_builder_set_member_name (builder, "help");
  json_builder_add_string_value (builder, help);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kinds[question->kind]);
  json_builder_set_member_name (builder, "red_flag");
  json_builder_add_boolean_value (builder, question->red_flag_screen);
  json_builder_set_member_name (builder, "self_test");
  json_builder_add_boolean_value (builder, question->self_test);

  if (question->kind == CALF_QUESTION_CHOICE)
    {
      json_builder_set_member_name (builder, "choices");
      json_builder_begin_array (builder);
      for (guint i = 0; i < question->choices->len; i++)
        {
          const CalfChoice *choice = g_ptr_array_index (question->choices, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, choice->id);
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, choice->label);
          json_builder_set_member_name (builder, "findings");
          json_builder_begin_object (builder);
          for (guint j = 0; j < choice->sets->len; j++)
            {
              const CalfFindingValue *set = &g_array_index (choice->sets, CalfFindingValue, j);

              add_finding_value (builder, set->finding, set->value);
            }
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  else
    {
      json_builder_set_member_name (builder, "finding");
      json_builder_add_string_value (builder, question->finding->id);
    }

  if (question->kind == CALF_QUESTION_NUMBER)
    {
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, question->finding->unit);
      json_builder_set_member_name (builder, "min");
      json_builder_add_double_value (builder, question->finding->min);
      json_builder_set_member_name (builder, "max");
      json_builder_add_double_value (builder, question->finding->max);
      json_builder_set_member_name (builder, "integer");
      json_builder_add_boolean_value (builder, question->finding->integer);
    }

  /* What each answer would set, so an audit can answer from a case. */
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_object (builder);
  if (question->kind == CALF_QUESTION_YES_NO)
    {
      json_builder_set_member_name (builder, "yes");
      json_builder_begin_object (builder);
      add_finding_value (builder, question->finding, 1);
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "no");
      json_builder_begin_object (builder);
      add_finding_value (builder, question->finding, 0);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return node_to_line (root);
}

static char *
question_line (CalfInterview *self)
{
  const CalfQuestion *question = calf_question_flow_get_next (self->flow);
  g_autofree char *object = calf_interview_question_to_json (question);

  return g_strdup_printf ("{\"question\": %s, \"remaining\": %u}", object,
                          calf_question_flow_estimate_remaining (self->flow));
}

static char *
error_line (const char *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_add_string_value (builder, message);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return node_to_line (root);
}

static char *
result_line (CalfInterview *self)
{
  g_autoptr(CalfResult) result = calf_question_flow_get_result (self->flow);
  g_autofree char *pretty = calf_result_to_json (result);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *compact = NULL;

  /* Our own output: it always parses. */
  if (!json_parser_load_from_data (parser, pretty, -1, NULL))
    g_assert_not_reached ();
  compact = node_to_line (json_parser_get_root (parser));
  return g_strdup_printf ("{\"result\": %s, \"questions_asked\": %u}", compact,
                          calf_question_flow_get_n_replies (self->flow));
}

/* The next line to show: a question, or the result at the end. */
static void
advance (CalfInterview *self,
         GPtrArray     *output)
{
  if (calf_question_flow_is_finished (self->flow))
    {
      self->finished = TRUE;
      g_ptr_array_add (output, result_line (self));
    }
  else
    g_ptr_array_add (output, question_line (self));
}

/* --- reading ------------------------------------------------------------ */

static gboolean
start (CalfInterview  *self,
       CalfJsonReader *reader,
       JsonObject     *object,
       GError        **error)
{
  g_autoptr(CalfAnswers) person = NULL;

  person = calf_answers_new_from_json_object (calf_engine_get_database (self->engine), reader, object,
                                              FALSE, error);
  if (person == NULL)
    return FALSE;

  self->flow = calf_question_flow_new (self->engine, calf_answers_get_region (person),
                                       calf_answers_get_side (person));
  calf_question_flow_set_sex (self->flow, calf_answers_get_sex (person));
  return calf_question_flow_set_age (self->flow, calf_answers_get_age (person), error);
}

static gboolean
reply (CalfInterview  *self,
       CalfJsonReader *reader,
       JsonObject     *object,
       GError        **error)
{
  static const char * const keys[] = { "reply", "choice", "number", "back", NULL };
  const CalfQuestion *question = calf_question_flow_get_next (self->flow);
  g_autoptr(GError) local_error = NULL;
  const char *text = NULL;
  double number = 0;
  gboolean back = FALSE;
  gboolean has_reply, has_choice, has_number, has_back;
  gboolean ok;

  if (!calf_json_reader_check_keys (reader, object, keys, error) ||
      !calf_json_reader_member_boolean (reader, object, "back", &back, &has_back, error) ||
      !calf_json_reader_member_number (reader, object, "number", &number, &has_number, error))
    return FALSE;

  has_reply = json_object_has_member (object, "reply");
  has_choice = json_object_has_member (object, "choice");
  if (has_reply + has_choice + has_number + has_back != 1)
    return calf_json_reader_fail (reader, NULL, error,
                                  /* Translators: "reply", "choice", "number" and "back" are
                                   * JSON keys: keep them in English. */
                                  _("give exactly one of \"reply\", \"choice\", \"number\" or \"back\""));

  if (has_back)
    {
      if (!back)
        /* Translators: "back" is a JSON key, and true a JSON value: keep them in English. */
        return calf_json_reader_fail (reader, "back", error, _("\"back\" can only be true"));
      if (!calf_question_flow_go_back (self->flow))
        return calf_json_reader_fail (reader, "back", error, _("there is no earlier question to go back to"));
      return TRUE;
    }

  if (has_reply)
    {
      CalfReplyKind kind;

      if (!calf_json_reader_member_string (reader, object, "reply", &text, NULL, error))
        return FALSE;
      if (g_str_equal (text, "yes"))
        kind = CALF_REPLY_YES;
      else if (g_str_equal (text, "no"))
        kind = CALF_REPLY_NO;
      else if (g_str_equal (text, "not-sure") || g_str_equal (text, "cant-check"))
        kind = CALF_REPLY_NOT_SURE;
      else
        return calf_json_reader_fail (reader, "reply", error,
                                      /* Translators: the words in quotes are JSON values: keep
                                       * them in English. */
                                      _("expected \"yes\", \"no\", \"not-sure\" or \"cant-check\""));

      if (question->kind == CALF_QUESTION_CHOICE)
        {
          const CalfChoice *unsure = NULL;

          /* "Not sure" to a choice is the choice that sets nothing. */
          for (guint i = 0; kind == CALF_REPLY_NOT_SURE && i < question->choices->len; i++)
            if (((const CalfChoice *) g_ptr_array_index (question->choices, i))->sets->len == 0)
              unsure = g_ptr_array_index (question->choices, i);
          if (unsure == NULL)
            return calf_json_reader_fail (reader, "reply", error,
                                          /* Translators: keep the JSON {"choice": ID} as it is:
                                           * ID stands for the id of a choice. */
                                          _("this question has choices: answer with {\"choice\": ID}"));
          ok = calf_question_flow_reply_choice (self->flow, question, unsure->id, &local_error);
        }
      else if (question->kind == CALF_QUESTION_NUMBER && kind != CALF_REPLY_NOT_SURE)
        return calf_json_reader_fail (reader, "reply", error,
                                      /* Translators: keep the JSON in braces as it is: X stands
                                       * for a number. */
                                      _("this question asks for a number: answer with {\"number\": X} or "
                                        "{\"reply\": \"not-sure\"}"));
      else
        ok = calf_question_flow_reply_yes_no (self->flow, question, kind, &local_error);
    }
  else if (has_choice)
    {
      if (!calf_json_reader_member_string (reader, object, "choice", &text, NULL, error))
        return FALSE;
      if (question->kind != CALF_QUESTION_CHOICE)
        return calf_json_reader_fail (reader, "choice", error,
                                      /* Translators: keep the JSON in braces as it is. */
                                      _("this question has no choices: answer with {\"reply\": …}"));
      ok = calf_question_flow_reply_choice (self->flow, question, text, &local_error);
    }
  else
    {
      if (question->kind != CALF_QUESTION_NUMBER)
        return calf_json_reader_fail (reader, "number", error,
                                      _("this question does not ask for a number"));
      ok = calf_question_flow_reply_number (self->flow, question, number, &local_error);
    }

  if (!ok)
    return calf_json_reader_fail (reader, NULL, error, "%s", local_error->message);
  return TRUE;
}

void
calf_interview_reject (CalfInterview *self,
                       const char    *why,
                       GPtrArray     *output)
{
  g_autofree char *message = NULL;

  g_return_if_fail (CALF_IS_INTERVIEW (self));
  g_return_if_fail (why != NULL);
  g_return_if_fail (output != NULL);

  /* Translators: "line 3: " then why it was refused. */
  message = g_strdup_printf (_("line %u: %s"), ++self->n_lines, why);
  g_ptr_array_add (output, error_line (message));
  if (self->flow != NULL && !self->finished)
    g_ptr_array_add (output, question_line (self));
}

void
calf_interview_feed (CalfInterview *self,
                     const char    *line,
                     gsize          length,
                     GPtrArray     *output)
{
  g_autoptr(CalfJsonReader) reader = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  JsonObject *object = NULL;
  gboolean starting;
  gboolean ok;

  g_return_if_fail (CALF_IS_INTERVIEW (self));
  g_return_if_fail (line != NULL || length == 0);
  g_return_if_fail (output != NULL);

  if (self->finished)
    {
      g_ptr_array_add (output, error_line (_("the interview is over: nothing more is read")));
      return;
    }

  /* Translators: names an input line in messages, "line 3: …". */
  name = g_strdup_printf (_("line %u"), ++self->n_lines);
  reader = calf_json_reader_new (name);
  root = calf_json_parse (name, line, length, &calf_json_limits_input, &error);
  ok = root != NULL && calf_json_reader_object (reader, root, &object, &error);
  starting = self->flow == NULL;

  if (ok && starting)
    ok = start (self, reader, object, &error);
  else if (ok)
    ok = reply (self, reader, object, &error);

  if (!ok)
    {
      /* Nothing changed: the same question again (or the first line). */
      if (starting)
        g_clear_object (&self->flow);
      g_ptr_array_add (output, error_line (error->message));
      if (self->flow != NULL)
        g_ptr_array_add (output, question_line (self));
      return;
    }

  advance (self, output);
}
