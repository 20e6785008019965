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
void
calf_loader_unknown_value (CalfLoader *loader,
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
    calf_loader_unknown_value (loader, "type", type, "\"boolean\", \"number\"");

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
        calf_loader_unknown_value (loader, "category", category,
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
  parse_collection (loader, CALF_COLLECTION_QUESTIONS, calf_loader_parse_question);
  parse_collection (loader, CALF_COLLECTION_CONDITIONS, parse_condition);
  parse_collection (loader, CALF_COLLECTION_EXERCISES, calf_loader_parse_exercise);
  parse_collection (loader, CALF_COLLECTION_SAFETY, calf_loader_parse_safety);
  parse_collection (loader, CALF_COLLECTION_SCORING, calf_loader_parse_scoring);
  parse_collection (loader, CALF_COLLECTION_BANDS, calf_loader_parse_band);
  parse_collection (loader, CALF_COLLECTION_TRIAGE, calf_loader_parse_triage);
  parse_collection (loader, CALF_COLLECTION_NORMS, calf_loader_parse_norm);
  calf_loader_parse_engine (loader);
}
