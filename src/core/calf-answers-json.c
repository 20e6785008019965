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

/* The `calf-check --assess` input: a JSON object with region, side, optional
 * age and sex, and findings. Every mistake is reported with the field. */

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_boolean (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
read_finding (CalfAnswers  *answers,
              CalfDatabase *database,
              const char   *id,
              JsonNode     *node,
              GError      **error)
{
  const CalfFinding *finding = calf_database_lookup_finding (database, id);

  if (finding == NULL)
    return invalid (error, _("findings.%s: unknown finding; `calf-check --list findings` lists them"), id);

  if (finding->category == CALF_FINDING_CATEGORY_DERIVED)
    return invalid (error, _("findings.%s: this finding is worked out from other answers and cannot be given"), id);

  if (finding->type == CALF_FINDING_BOOLEAN)
    {
      if (!node_is_boolean (node))
        return invalid (error, _("findings.%s: expected true or false"), id);
      return calf_answers_set_boolean (answers, finding, json_node_get_boolean (node), NULL, error);
    }

  if (!node_is_number (node))
    return invalid (error, _("findings.%s: expected a number (%s) from %g to %g"),
                    id, finding->unit, finding->min, finding->max);
  return calf_answers_set_number (answers, finding, json_node_get_double (node), NULL, error);
}

CalfAnswers *
calf_answers_new_from_json (CalfDatabase  *database,
                            const char    *data,
                            gssize         length,
                            GError       **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(CalfAnswers) answers = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  JsonNode *root;
  gboolean has_region = FALSE;
  gboolean has_side = FALSE;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  parser = json_parser_new_immutable ();
  if (length < 0)
    length = (gssize) strlen (data);
  if (length == 0 || !json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_SYNTAX,
                   _("The input is not valid JSON: %s"),
                   local_error ? local_error->message : _("it is empty"));
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, _("The input must be a JSON object with region, side, age, sex and findings"));
      return NULL;
    }

  answers = calf_answers_new (database);
  object = json_node_get_object (root);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *node = json_object_get_member (object, key);

      if (g_str_equal (key, "region"))
        {
          const CalfRegion *region = NULL;

          if (node_is_string (node))
            region = calf_database_lookup_region (database, json_node_get_string (node));
          if (region == NULL)
            {
              invalid (error, _("region: expected a region id; `calf-check --list regions` lists them"));
              return NULL;
            }
          calf_answers_set_region (answers, region);
          has_region = TRUE;
        }
      else if (g_str_equal (key, "side"))
        {
          CalfSide side;

          if (!node_is_string (node) || !calf_side_from_string (json_node_get_string (node), &side))
            {
              invalid (error, _("side: expected \"left\", \"right\" or \"both\""));
              return NULL;
            }
          calf_answers_set_side (answers, side);
          has_side = TRUE;
        }
      else if (g_str_equal (key, "age"))
        {
          if (!node_is_number (node))
            {
              invalid (error, _("age: expected a number of years"));
              return NULL;
            }
          if (!calf_answers_set_age (answers, json_node_get_double (node), error))
            return NULL;
        }
      else if (g_str_equal (key, "sex"))
        {
          CalfSex sex;

          if (!node_is_string (node) || !calf_sex_from_string (json_node_get_string (node), &sex))
            {
              invalid (error, _("sex: expected \"female\" or \"male\" (or leave it out)"));
              return NULL;
            }
          calf_answers_set_sex (answers, sex);
        }
      else if (g_str_equal (key, "findings"))
        {
          g_autoptr(GList) ids = NULL;
          JsonObject *findings;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              invalid (error, _("findings: expected an object of finding ids and values"));
              return NULL;
            }
          findings = json_node_get_object (node);
          ids = json_object_get_members (findings);
          for (const GList *f = ids; f != NULL; f = f->next)
            {
              if (!read_finding (answers, database, f->data,
                                 json_object_get_member (findings, f->data), error))
                return NULL;
            }
        }
      else
        {
          invalid (error, _("%s: unknown key; expected region, side, age, sex or findings"), key);
          return NULL;
        }
    }

  if (!has_region)
    {
      invalid (error, _("region: missing; `calf-check --list regions` lists the ids"));
      return NULL;
    }
  if (!has_side)
    {
      invalid (error, _("side: missing; expected \"left\", \"right\" or \"both\""));
      return NULL;
    }

  return g_steal_pointer (&answers);
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
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
