/* calf-database-parse.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include <string.h>

#include "calf-database-private.h"

/* Pass 2: the keys of every element, one function per entity (the scoring
 * side is in calf-database-parse-scoring.c). The order of the collections
 * matters: a finding's type must be known before tests on it are read. */

#define MAX_FINDING_RANGE 1e9

static const char * const category_names[] = {
  [CALF_FINDING_CATEGORY_ONSET] = "onset",
  [CALF_FINDING_CATEGORY_PAIN] = "pain",
  [CALF_FINDING_CATEGORY_LOOK] = "look",
  [CALF_FINDING_CATEGORY_FUNCTION] = "function",
  [CALF_FINDING_CATEGORY_NERVES] = "nerves",
  [CALF_FINDING_CATEGORY_RISK] = "risk",
  [CALF_FINDING_CATEGORY_RED_FLAG] = "red-flag",
  [CALF_FINDING_CATEGORY_DERIVED] = "derived",
};

const char *
calf_finding_category_to_string (CalfFindingCategory category)
{
  g_return_val_if_fail (category < G_N_ELEMENTS (category_names), NULL);
  return category_names[category];
}

/* Reports an invalid value of an enumeration at @key. */
static void
unknown_value (CalfLoader *loader,
               const char *key,
               const char *value,
               const char *allowed)
{
  gsize saved = calf_loader_push_key (loader, key);

  calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                       /* Translators: the first %s is the value found, the second the allowed
                        * values, e.g. "yes-no, choice, number": JSON values, keep them in
                        * English. */
                       _("unknown value \"%s\": use one of %s"), value, allowed);
  calf_loader_pop (loader, saved);
}

gboolean
calf_loader_file_name_ok (CalfLoader *loader,
                          JsonObject *object,
                          const char *key,
                          const char *suffix)
{
  const char *name = calf_loader_get_text (loader, object, key);
  gsize saved;

  if (name == NULL)
    return FALSE;

  if (strchr (name, '/') == NULL && strchr (name, '\\') == NULL && name[0] != '.' &&
      (suffix == NULL || g_str_has_suffix (name, suffix)))
    return TRUE;

  saved = calf_loader_push_key (loader, key);
  if (suffix != NULL)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: the first %s is the name found, the second the ending
                          * it needs, e.g. ".svg". */
                         _("\"%s\" is not a plain file name ending in %s: give only the name, without folders"),
                         name, suffix);
  else
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: %s is the file name found, e.g.
                          * "images/knee-to-wall.svg". */
                         _("\"%s\" is not a plain file name: give only the name, without folders"), name);
  calf_loader_pop (loader, saved);
  return FALSE;
}

static void
parse_region (CalfLoader *loader,
              CalfItem   *item)
{
  static const char * const keys[] = { "*id", "*name", "*anatomy", "*typical_conditions", NULL };
  CalfRegion *region = item->record;

  calf_loader_check_keys (loader, item->object, keys);
  region->name = calf_loader_get_lay_text (loader, item->object, "name");
  region->anatomy = calf_loader_get_lay_text (loader, item->object, "anatomy");
  region->typical_conditions = calf_loader_get_refs (loader, item->object, "typical_conditions",
                                                     CALF_COLLECTION_CONDITIONS, TRUE);
}

static void
parse_finding (CalfLoader *loader,
               CalfItem   *item)
{
  static const char * const keys[] = {
    "*id", "*type", "*category", "*label", "*lay", "unit", "min", "max", "integer",
    "red_flag", "prevalence", "derived", "derived_count", NULL
  };
  CalfFinding *finding = item->record;
  JsonObject *object = item->object;
  const char *type = calf_loader_get_text (loader, object, "type");
  const char *category = calf_loader_get_text (loader, object, "category");

  calf_loader_check_keys (loader, object, keys);

  if (type != NULL && !calf_finding_type_from_string (type, &finding->type))
    unknown_value (loader, "type", type, "\"boolean\", \"number\"");

  if (category != NULL)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (category_names) && !found; i++)
        {
          if (g_str_equal (category_names[i], category))
            {
              finding->category = i;
              found = TRUE;
            }
        }
      if (!found)
        unknown_value (loader, "category", category,
                       "onset, pain, look, function, nerves, risk, red-flag, derived");
    }

  finding->label = calf_loader_get_lay_text (loader, object, "label");
  finding->lay = calf_loader_get_lay_text (loader, object, "lay");
  calf_loader_get_bool (loader, object, "red_flag", &finding->red_flag);
  finding->prevalence = -1;
  if (json_object_has_member (object, "prevalence"))
    calf_loader_get_number (loader, object, "prevalence", 0.001, 0.999, &finding->prevalence);

  if (finding->red_flag && finding->category == CALF_FINDING_CATEGORY_DERIVED)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: a derived finding is worked out by the program from
                          * other answers; a red flag is a warning sign that needs help quickly.
                          * A finding is one fact about the person. */
                         _("a derived finding cannot be a red flag: mark the findings it is derived from instead"));

  if (category != NULL && finding->category == CALF_FINDING_CATEGORY_RED_FLAG && !finding->red_flag)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: a red flag is a warning sign that needs help quickly.
                          * "red_flag": true is JSON: keep it in English. */
                         _("a finding in the red-flag category must say \"red_flag\": true"));

  if (finding->type == CALF_FINDING_NUMBER)
    {
      gboolean has_min, has_max;

      if (!json_object_has_member (object, "unit") || !json_object_has_member (object, "min") ||
          !json_object_has_member (object, "max"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: a number finding holds a number, such as how many
                              * days the pain has lasted. JSON keys in quotes stay in English. */
                             _("a number finding needs \"unit\", \"min\" and \"max\""));

      finding->unit = calf_loader_get_lay_text (loader, object, "unit");
      has_min = calf_loader_get_number (loader, object, "min", -MAX_FINDING_RANGE, MAX_FINDING_RANGE, &finding->min);
      has_max = calf_loader_get_number (loader, object, "max", -MAX_FINDING_RANGE, MAX_FINDING_RANGE, &finding->max);
      calf_loader_get_bool (loader, object, "integer", &finding->integer);

      if (has_min && has_max && !(finding->min < finding->max))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: the first %g is the lowest answer allowed, the
                              * second the highest. JSON keys in quotes stay in English. */
                             _("\"min\" (%g) must be less than \"max\" (%g)"), finding->min, finding->max);

      if (finding->integer && has_min && has_max &&
          (finding->min != floor (finding->min) || finding->max != floor (finding->max)))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: a whole-number finding accepts whole numbers only,
                              * e.g. a count. JSON keys in quotes stay in English. */
                             _("a whole-number finding needs whole numbers for \"min\" and \"max\""));
    }
  else
    {
      static const char * const number_keys[] = { "unit", "min", "max", "integer", "derived_count" };

      for (guint i = 0; i < G_N_ELEMENTS (number_keys); i++)
        {
          if (json_object_has_member (object, number_keys[i]))
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: %s is a JSON key such as "unit" or "min", and
                                  * "number" a JSON value: keep them in English. */
                                 _("\"%s\" is only for number findings: remove it or make the type \"number\""),
                                 number_keys[i]);
        }
    }
}

/* After every finding's type is known. */
static void
parse_finding_derivation (CalfLoader *loader,
                          CalfItem   *item)
{
  CalfFinding *finding = item->record;
  JsonObject *object = item->object;
  gboolean has_rule = json_object_has_member (object, "derived");
  gboolean has_count = json_object_has_member (object, "derived_count");

  if ((has_rule || has_count) && finding->category != CALF_FINDING_CATEGORY_DERIVED)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: a finding in the "derived" category is worked out by
                          * the program, never asked. JSON keys in quotes stay in English. */
                         _("only findings in the \"derived\" category may have \"derived\" or \"derived_count\""));

  if (has_rule && finding->type != CALF_FINDING_BOOLEAN)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: "derived" holds a rule (true or false), "derived_count"
                          * counts the tests that hold. JSON keys in quotes stay in English. */
                         _("\"derived\" is only for yes/no findings: use \"derived_count\" for a number"));

  if (has_rule && has_count)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: "derived" and "derived_count" are JSON keys: keep them
                          * in English. */
                         _("give either \"derived\" or \"derived_count\", not both"));

  if (has_rule)
    finding->derived = calf_loader_get_rule (loader, object, "derived");
  if (has_count && finding->type == CALF_FINDING_NUMBER)
    finding->derived_count = calf_loader_get_tests (loader, object, "derived_count", TRUE);
}

static void
parse_reference (CalfLoader *loader,
                 CalfItem   *item)
{
  static const char * const keys[] = { "*id", "*title", "*source", "*year", "authors", "url", NULL };
  CalfReference *reference = item->record;

  calf_loader_check_keys (loader, item->object, keys);
  reference->title = calf_loader_get_text (loader, item->object, "title");
  reference->source = calf_loader_get_text (loader, item->object, "source");
  calf_loader_get_int (loader, item->object, "year", 1900, 2100, &reference->year);
  reference->authors = calf_loader_get_text (loader, item->object, "authors");
  reference->url = calf_loader_get_text (loader, item->object, "url");

  if (reference->url != NULL &&
      (!g_str_has_prefix (reference->url, "https://") || strlen (reference->url) <= strlen ("https://") ||
       strpbrk (reference->url, " \t\n") != NULL))
    {
      gsize saved = calf_loader_push_key (loader, "url");
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: %s is the address found; keep "https://" as it is. */
                           _("\"%s\" is not an https:// address: give the full address, without spaces"),
                           reference->url);
      calf_loader_pop (loader, saved);
    }
}

static void
check_answerable (CalfLoader        *loader,
                  const CalfFinding *finding,
                  const char        *key)
{
  gsize saved = calf_loader_push_key (loader, key);

  if (finding->category == CALF_FINDING_CATEGORY_DERIVED)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: %s is a finding id. A derived finding is worked out by
                          * the program from other answers, so no question may ask it. */
                         _("\"%s\" is derived by the engine and cannot be answered: ask about the findings it comes from"),
                         finding->id);

  calf_loader_pop (loader, saved);
}

static void
parse_choice_sets (CalfLoader *loader,
                   JsonObject *object,
                   CalfChoice *choice)
{
  JsonObject *sets = calf_loader_get_object (loader, object, "sets");
  g_autoptr(GList) members = NULL;
  gsize saved;

  choice->sets = calf_database_new_array (loader->db, sizeof (CalfFindingValue));
  if (sets == NULL)
    return;

  saved = calf_loader_push_key (loader, "sets");
  members = json_object_get_members (sets);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      gsize saved_key = calf_loader_push_key (loader, l->data);
      JsonNode *node = json_object_get_member (sets, l->data);
      CalfFindingValue value = { NULL, 0 };
      const CalfFinding *finding = NULL;

      if (!calf_id_is_valid (l->data))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is what was given as a finding id, e.g.
                              * "felt-pop". */
                             _("\"%s\" is not a valid finding id"), (const char *) l->data);
      else
        finding = calf_loader_resolve (loader, CALF_COLLECTION_FINDINGS, l->data);

      if (finding != NULL && finding->category == CALF_FINDING_CATEGORY_DERIVED)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is a finding id. A derived finding is worked out
                              * by the program from other answers. */
                             _("\"%s\" is derived by the engine and cannot be set by an answer"), finding->id);
      else if (finding != NULL && finding->type == CALF_FINDING_BOOLEAN)
        {
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: %s is a finding id; true and false are JSON
                                  * values: keep them in English. */
                                 _("\"%s\" is a yes/no finding: set it to true or false"), finding->id);
          else
            {
              value.finding = finding;
              value.value = json_node_get_boolean (node) ? 1.0 : 0.0;
            }
        }
      else if (finding != NULL &&
               calf_loader_node_number (loader, node, finding->min, finding->max, &value.value))
        {
          if (finding->integer && value.value != floor (value.value))
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: %s is a finding id, e.g. "duration-days". */
                                 _("\"%s\" takes whole numbers only"), finding->id);
          else
            value.finding = finding;
        }

      if (value.finding != NULL)
        g_array_append_val (choice->sets, value);

      calf_loader_pop (loader, saved_key);
    }

  calf_loader_pop (loader, saved);
}

static void
parse_choices (CalfLoader   *loader,
               JsonObject   *object,
               CalfQuestion *question)
{
  static const char * const keys[] = { "*id", "*label", "*sets", NULL };
  JsonArray *array = calf_loader_get_array (loader, object, "choices", TRUE);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  gsize saved;

  question->choices = calf_database_new_ptr_array (loader->db);
  if (array == NULL)
    return;

  if (json_array_get_length (array) < 2)
    {
      saved = calf_loader_push_key (loader, "choices");
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           _("a choice question needs at least two choices"));
      calf_loader_pop (loader, saved);
    }

  saved = calf_loader_push_key (loader, "choices");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved_index = calf_loader_push_index (loader, i);
      JsonObject *choice_object = calf_loader_node_object (loader, json_array_get_element (array, i));

      if (choice_object != NULL)
        {
          CalfChoice *choice = calf_database_alloc (loader->db, sizeof (CalfChoice));

          calf_loader_check_keys (loader, choice_object, keys);
          choice->id = calf_loader_get_id (loader, choice_object, "id");
          choice->label = calf_loader_get_lay_text (loader, choice_object, "label");
          parse_choice_sets (loader, choice_object, choice);

          if (choice->id != NULL && !g_hash_table_add (ids, (char *) choice->id))
            calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                                 /* Translators: %s is a choice id, e.g. "not-sure". */
                                 _("duplicate choice id \"%s\" in this question: give each choice its own id"),
                                 choice->id);
          g_ptr_array_add (question->choices, choice);
        }

      calf_loader_pop (loader, saved_index);
    }
  calf_loader_pop (loader, saved);
}

static void
parse_question_regions (CalfLoader   *loader,
                        JsonObject   *object,
                        CalfQuestion *question)
{
  JsonNode *node = json_object_get_member (object, "regions");

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (g_str_equal (json_node_get_string (node), "all"))
        {
          /* Shared, not copied: many "all" questions times many regions
           * must not multiply memory (the list is complete after pass 1). */
          question->regions = loader->db->lists[CALF_COLLECTION_REGIONS];
        }
      else
        {
          question->regions = calf_database_new_ptr_array (loader->db);
          gsize saved = calf_loader_push_key (loader, "regions");
          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: "all" is a JSON value: keep it in English. Region
                                * ids name areas of the leg, e.g. "mid-calf". */
                               _("expected \"all\" or an array of region ids"));
          calf_loader_pop (loader, saved);
        }
    }
  else
    question->regions = calf_loader_get_refs (loader, object, "regions", CALF_COLLECTION_REGIONS, TRUE);
}

static void
parse_question (CalfLoader *loader,
                CalfItem   *item)
{
  static const char * const keys[] = {
    "*id", "*text", "*help", "*kind", "finding", "choices", "*regions", "*red_flag_screen",
    "follow_up", "self_test", "core", "core_when", "*priority", "requires", "illustration", NULL
  };
  static const char * const help_keys[] = { "*why", "how", NULL };
  CalfQuestion *question = item->record;
  JsonObject *object = item->object;
  JsonObject *help;
  const char *kind;

  calf_loader_check_keys (loader, object, keys);
  question->text = calf_loader_get_lay_text (loader, object, "text");

  help = calf_loader_get_object (loader, object, "help");
  if (help != NULL)
    {
      gsize saved = calf_loader_push_key (loader, "help");

      calf_loader_check_keys (loader, help, help_keys);
      question->help_why = calf_loader_get_lay_text (loader, help, "why");
      question->help_how = calf_loader_get_text_array (loader, help, "how", FALSE);
      calf_loader_pop (loader, saved);
    }
  else
    question->help_how = calf_database_alloc (loader->db, sizeof (char *));

  kind = calf_loader_get_text (loader, object, "kind");
  if (kind != NULL)
    {
      if (g_str_equal (kind, "yes-no"))
        question->kind = CALF_QUESTION_YES_NO;
      else if (g_str_equal (kind, "choice"))
        question->kind = CALF_QUESTION_CHOICE;
      else if (g_str_equal (kind, "number"))
        question->kind = CALF_QUESTION_NUMBER;
      else
        {
          unknown_value (loader, "kind", kind, "\"yes-no\", \"choice\", \"number\"");
          kind = NULL;
        }
    }

  if (kind != NULL && question->kind == CALF_QUESTION_CHOICE)
    {
      if (json_object_has_member (object, "finding"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: a choice question sets findings (facts about the
                              * person) in each of its choices. JSON keys in quotes stay in
                              * English. */
                             _("a choice question sets findings in its choices: remove \"finding\""));
      if (!json_object_has_member (object, "choices"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: "choices" is a JSON key: keep it in English. */
                             _("a choice question needs \"choices\""));
      parse_choices (loader, object, question);
    }
  else if (kind != NULL)
    {
      if (json_object_has_member (object, "choices"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: "choices" is a JSON key and "choice" a JSON value:
                              * keep them in English. */
                             _("only choice questions have \"choices\": remove it or make the kind \"choice\""));
      if (!json_object_has_member (object, "finding"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is the kind of question in English, "yes-no" or
                              * "number"; "finding" is a JSON key: keep it in English. */
                             _("a %s question needs \"finding\": the finding its answer sets"), kind);

      question->finding = calf_loader_get_ref (loader, object, "finding", CALF_COLLECTION_FINDINGS);
      if (question->finding != NULL)
        {
          CalfFindingType wanted = question->kind == CALF_QUESTION_YES_NO ? CALF_FINDING_BOOLEAN : CALF_FINDING_NUMBER;

          if (question->finding->type != wanted)
            {
              gsize saved = calf_loader_push_key (loader, "finding");
              calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                   wanted == CALF_FINDING_BOOLEAN
                                   /* Translators: %s is a finding id. A yes/no finding is
                                    * answered yes or no, a number finding with a number. */
                                   ? _("a yes-no question needs a yes/no finding, \"%s\" is a number")
                                   /* Translators: %s is a finding id. A number finding is
                                    * answered with a number, a yes/no finding yes or no. */
                                   : _("a number question needs a number finding, \"%s\" is yes/no"),
                                   question->finding->id);
              calf_loader_pop (loader, saved);
            }
          check_answerable (loader, question->finding, "finding");
        }
    }

  if (question->choices == NULL)
    question->choices = calf_database_new_ptr_array (loader->db);

  parse_question_regions (loader, object, question);
  calf_loader_get_bool (loader, object, "red_flag_screen", &question->red_flag_screen);
  if (json_object_has_member (object, "follow_up"))
    calf_loader_get_bool (loader, object, "follow_up", &question->follow_up);
  if (json_object_has_member (object, "self_test"))
    calf_loader_get_bool (loader, object, "self_test", &question->self_test);
  if (json_object_has_member (object, "core"))
    calf_loader_get_bool (loader, object, "core", &question->core);
  question->core_when = calf_loader_get_rule (loader, object, "core_when");
  if (question->core && question->core_when != NULL)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: "core" and "core_when" are JSON keys: keep them in
                          * English. A core question is asked of everyone; "core_when" holds a
                          * rule saying when it is asked early. */
                         _("give either \"core\": true (asked of everyone) or \"core_when\" (asked when it holds), not both"));
  calf_loader_get_int (loader, object, "priority", 0, 1000, &question->priority);
  question->requires = calf_loader_get_rule (loader, object, "requires");
  if (json_object_has_member (object, "illustration") &&
      calf_loader_file_name_ok (loader, object, "illustration", NULL))
    question->illustration = calf_loader_get_text (loader, object, "illustration");
}

static void
parse_condition (CalfLoader *loader,
                 CalfItem   *item)
{
  static const char * const keys[] = {
    "*id", "*name", "*summary", "*description", "*causes", "*symptoms", "*self_care",
    "*see_doctor", "*recovery", "*exercises", "*avoid_exercises", "*references", NULL
  };
  CalfCondition *condition = item->record;
  JsonObject *object = item->object;
  g_autoptr(GHashTable) avoid = NULL;

  calf_loader_check_keys (loader, object, keys);
  condition->name = calf_loader_get_lay_text (loader, object, "name");
  condition->summary = calf_loader_get_lay_text (loader, object, "summary");
  condition->description = calf_loader_get_lay_text (loader, object, "description");
  condition->causes = calf_loader_get_text_array (loader, object, "causes", TRUE);
  condition->symptoms = calf_loader_get_text_array (loader, object, "symptoms", TRUE);
  condition->self_care = calf_loader_get_text_array (loader, object, "self_care", FALSE);
  condition->see_doctor = calf_loader_get_text_array (loader, object, "see_doctor", TRUE);
  condition->recovery = calf_loader_get_lay_text (loader, object, "recovery");
  condition->exercises = calf_loader_get_refs (loader, object, "exercises", CALF_COLLECTION_EXERCISES, FALSE);
  condition->avoid_exercises = calf_loader_get_refs (loader, object, "avoid_exercises", CALF_COLLECTION_EXERCISES, FALSE);
  condition->references = calf_loader_get_refs (loader, object, "references", CALF_COLLECTION_REFERENCES, TRUE);

  avoid = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < condition->avoid_exercises->len; i++)
    g_hash_table_add (avoid, condition->avoid_exercises->pdata[i]);

  for (guint i = 0; i < condition->exercises->len; i++)
    {
      if (g_hash_table_contains (avoid, condition->exercises->pdata[i]))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is an exercise id. JSON keys in quotes stay in
                              * English. */
                             _("exercise \"%s\" is both in \"exercises\" and in \"avoid_exercises\": keep one"),
                             ((const CalfExercise *) condition->exercises->pdata[i])->id);
    }
}

typedef void (*ParseFunc) (CalfLoader *loader,
                           CalfItem   *item);

static void
parse_collection (CalfLoader     *loader,
                  CalfCollection  collection,
                  ParseFunc       func)
{
  GArray *items = loader->items[collection];

  for (guint i = 0; i < items->len; i++)
    {
      CalfItem *item = &g_array_index (items, CalfItem, i);

      loader->file = item->file;
      g_string_truncate (loader->path, 0);
      calf_loader_push_key (loader, calf_collection_key (collection));
      calf_loader_push_index (loader, item->index);

      /* An element without a valid id is still checked, into a record
       * nobody can reach. */
      if (item->record == NULL && calf_loader_record_size (collection) > 0)
        item->record = calf_database_alloc (loader->db, calf_loader_record_size (collection));

      func (loader, item);
    }

  g_string_truncate (loader->path, 0);
}

void
calf_loader_parse_items (CalfLoader *loader)
{
  parse_collection (loader, CALF_COLLECTION_FINDINGS, parse_finding);
  parse_collection (loader, CALF_COLLECTION_REGIONS, parse_region);
  parse_collection (loader, CALF_COLLECTION_REFERENCES, parse_reference);
  parse_collection (loader, CALF_COLLECTION_FINDINGS, parse_finding_derivation);
  parse_collection (loader, CALF_COLLECTION_QUESTIONS, parse_question);
  parse_collection (loader, CALF_COLLECTION_CONDITIONS, parse_condition);
  parse_collection (loader, CALF_COLLECTION_EXERCISES, calf_loader_parse_exercise);
  parse_collection (loader, CALF_COLLECTION_SAFETY, calf_loader_parse_safety);
  parse_collection (loader, CALF_COLLECTION_SCORING, calf_loader_parse_scoring);
  parse_collection (loader, CALF_COLLECTION_BANDS, calf_loader_parse_band);
  parse_collection (loader, CALF_COLLECTION_TRIAGE, calf_loader_parse_triage);
  parse_collection (loader, CALF_COLLECTION_NORMS, calf_loader_parse_norm);
  calf_loader_parse_engine (loader);
}
