/* calf-answers-json.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-answers"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "calf-answers.h"
#include "calf-json-reader.h"

/* The `calf-check --assess` input: a JSON object with region, side, optional
 * age and sex, and findings. Read through the strict reader; every mistake
 * is reported as "NAME: json.path: what to fix". */

static gboolean
read_finding (CalfAnswers    *answers,
              CalfDatabase   *database,
              CalfJsonReader *reader,
              const char     *id,
              JsonNode       *node,
              GError        **error)
{
  const CalfFinding *finding = calf_database_lookup_finding (database, id);
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (finding == NULL)
    /* Translators: keep `calf-check --list findings` as it is: it is a command. A finding is
     * one fact about the person, e.g. "smoker". */
    return calf_json_reader_fail (reader, NULL, error, _("unknown finding; `calf-check --list findings` lists them"));

  if (finding->category == CALF_FINDING_CATEGORY_DERIVED)
    return calf_json_reader_fail (reader, NULL, error,
                                  _("this finding is worked out from other answers and cannot be given"));

  /* Asked, and the person did not know. */
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (!g_str_equal (json_node_get_string (node), "not-sure"))
        return calf_json_reader_fail (reader, NULL, error,
                                      finding->type == CALF_FINDING_BOOLEAN
                                      /* Translators: "not-sure" is a JSON value: keep it in
                                       * English. */
                                      ? _("expected true, false or \"not-sure\"")
                                      /* Translators: "not-sure" is a JSON value: keep it in
                                       * English. */
                                      : _("expected a number or \"not-sure\""));
      calf_answers_set_unsure (answers, finding, NULL);
      return TRUE;
    }

  if (finding->type == CALF_FINDING_BOOLEAN)
    {
      gboolean value;

      if (!calf_json_reader_boolean (reader, node, &value, error))
        return FALSE;
      ok = calf_answers_set_boolean (answers, finding, value, NULL, &local_error);
    }
  else
    {
      double value;

      if (!calf_json_reader_number (reader, node, &value, NULL))
        /* Translators: %s is a unit, e.g. "days" or "cm"; the two %g are the lowest and highest
         * allowed. */
        return calf_json_reader_fail (reader, NULL, error, _("expected a number (%s) from %g to %g"),
                                      finding->unit, finding->min, finding->max);
      ok = calf_answers_set_number (answers, finding, value, NULL, &local_error);
    }

  if (!ok)
    return calf_json_reader_fail (reader, NULL, error, "%s", local_error->message);
  return TRUE;
}

static gboolean
read_findings (CalfAnswers    *answers,
               CalfDatabase   *database,
               CalfJsonReader *reader,
               JsonObject     *object,
               GError        **error)
{
  g_autoptr(GList) ids = NULL;
  JsonNode *node = json_object_get_member (object, "findings");
  JsonObject *findings;
  gboolean ok = TRUE;
  gsize saved;

  if (node == NULL)
    return TRUE;

  saved = calf_json_reader_push_key (reader, "findings");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    ok = calf_json_reader_fail (reader, NULL, error, _("expected an object of finding ids and values"));
  else
    {
      findings = json_node_get_object (node);
      ids = json_object_get_members (findings);
      for (const GList *f = ids; f != NULL && ok; f = f->next)
        {
          gsize saved_id = calf_json_reader_push_key (reader, f->data);

          ok = read_finding (answers, database, reader, f->data, json_object_get_member (findings, f->data), error);
          calf_json_reader_pop (reader, saved_id);
        }
    }
  calf_json_reader_pop (reader, saved);
  return ok;
}

/**
 * calf_answers_new_from_json_object:
 * @database: the database
 * @reader: names the input and the path to @object
 * @object: region, side, age, sex and (when @allow_findings) findings
 * @allow_findings: whether "findings" may be given
 * @error: a #CALF_JSON_ERROR naming the input and the member
 *
 * The person and the place, as `--assess` and `--interview` read them.
 */
CalfAnswers *
calf_answers_new_from_json_object (CalfDatabase    *database,
                                   CalfJsonReader  *reader,
                                   JsonObject      *object,
                                   gboolean         allow_findings,
                                   GError         **error)
{
  static const char * const keys[] = { "*region", "*side", "age", "sex", "findings", NULL };
  static const char * const keys_no_findings[] = { "*region", "*side", "age", "sex", NULL };
  g_autoptr(CalfAnswers) answers = NULL;
  const CalfRegion *region;
  const char *text = NULL;
  gboolean present;
  double age;
  CalfSide side;
  CalfSex sex;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  if (!calf_json_reader_check_keys (reader, object, allow_findings ? keys : keys_no_findings, error))
    return NULL;

  answers = calf_answers_new (database);

  if (!calf_json_reader_member_string (reader, object, "region", &text, NULL, error))
    return NULL;
  region = calf_database_lookup_region (database, text);
  if (region == NULL)
    {
      calf_json_reader_fail (reader, "region", error,
                             /* Translators: %s is the region id found; keep the command
                              * `calf-check --list regions` as it is. */
                             _("unknown region \"%s\"; `calf-check --list regions` lists them"), text);
      return NULL;
    }
  calf_answers_set_region (answers, region);

  if (!calf_json_reader_member_string (reader, object, "side", &text, NULL, error))
    return NULL;
  if (!calf_side_from_string (text, &side))
    {
      /* Translators: "left", "right" and "both" are JSON values: keep them in English. */
      calf_json_reader_fail (reader, "side", error, _("expected \"left\", \"right\" or \"both\""));
      return NULL;
    }
  calf_answers_set_side (answers, side);

  if (!calf_json_reader_member_number (reader, object, "age", &age, &present, error))
    return NULL;
  if (present)
    {
      g_autoptr(GError) local_error = NULL;

      if (!calf_answers_set_age (answers, age, &local_error))
        {
          calf_json_reader_fail (reader, "age", error, "%s", local_error->message);
          return NULL;
        }
    }

  if (!calf_json_reader_member_string (reader, object, "sex", &text, &present, error))
    return NULL;
  if (present)
    {
      if (!calf_sex_from_string (text, &sex))
        {
          /* Translators: "female" and "male" are JSON values: keep them in English. */
          calf_json_reader_fail (reader, "sex", error, _("expected \"female\" or \"male\" (or leave it out)"));
          return NULL;
        }
      calf_answers_set_sex (answers, sex);
    }

  if (allow_findings && !read_findings (answers, database, reader, object, error))
    return NULL;

  return g_steal_pointer (&answers);
}

CalfAnswers *
calf_answers_new_from_json (CalfDatabase  *database,
                            const char    *name,
                            const char    *data,
                            gssize         length,
                            GError       **error)
{
  g_autoptr(CalfJsonReader) reader = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  CalfAnswers *answers = NULL;
  JsonObject *object = NULL;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  if (name == NULL)
    /* Translators: written in place of a file name in errors when the answers come from no
     * file. */
    name = _("input");
  if (length < 0)
    length = (gssize) strlen (data);

  root = calf_json_parse (name, data, (gsize) length, &calf_json_limits_input, &local_error);
  if (root == NULL)
    {
      g_set_error (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_SYNTAX,
                   /* Translators: %s is the JSON reader's message saying what is wrong and
                    * where. */
                   _("The input is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  reader = calf_json_reader_new (name);
  if (calf_json_reader_object (reader, root, &object, NULL))
    answers = calf_answers_new_from_json_object (database, reader, object, TRUE, &local_error);
  else
    calf_json_reader_fail (reader, NULL, &local_error,
                           /* Translators: region, side, age, sex and findings are JSON keys:
                            * keep them in English. */
                           _("expected a JSON object with region, side, age, sex and findings"));

  if (answers == NULL)
    g_set_error_literal (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_INVALID, local_error->message);
  return answers;
}

char *
calf_answers_to_json (CalfAnswers *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const CalfRegion *region;
  double age;
  CalfSex sex;

  g_return_val_if_fail (CALF_IS_ANSWERS (self), NULL);

  region = calf_answers_get_region (self);
  age = calf_answers_get_age (self);
  sex = calf_answers_get_sex (self);

  json_builder_begin_object (builder);
  if (region != NULL)
    {
      json_builder_set_member_name (builder, "region");
      json_builder_add_string_value (builder, region->id);
    }
  json_builder_set_member_name (builder, "side");
  json_builder_add_string_value (builder, calf_side_to_string (calf_answers_get_side (self)));
  if (age >= 0)
    {
      json_builder_set_member_name (builder, "age");
      json_builder_add_double_value (builder, age);
    }
  if (sex != CALF_SEX_UNKNOWN)
    {
      json_builder_set_member_name (builder, "sex");
      json_builder_add_string_value (builder, calf_sex_to_string (sex));
    }
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_object (builder);
  for (guint i = 0; i < calf_answers_get_n_answers (self); i++)
    {
      const CalfAnswer *answer = calf_answers_get_answer (self, i);

      json_builder_set_member_name (builder, answer->finding->id);
      if (answer->finding->type == CALF_FINDING_BOOLEAN)
        json_builder_add_boolean_value (builder, answer->value != 0);
      else
        json_builder_add_double_value (builder, answer->value);
    }
  for (guint i = 0; i < calf_answers_get_n_unsure (self); i++)
    {
      json_builder_set_member_name (builder, calf_answers_get_unsure (self, i)->finding->id);
      json_builder_add_string_value (builder, "not-sure");
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
