/* calf-database-load.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-database-private.h"
#include "calf-database-params.h"
#include "calf-json-reader.h"

/*
 * Loading runs in passes so that ids may be used before (or in another
 * file than) where they are defined:
 *
 *  0. each file: limits and strict syntax (calf-json-check.c), then
 *     json-glib, then the top-level keys and schema_version;
 *  1. every element with an id gets its record and is indexed, so
 *     duplicates are found and references can resolve to pointers;
 *  2. every element's keys are read and checked (calf-database-parse.c);
 *  3. rules about the whole database (calf-database-validate.c).
 *
 * Problems are collected, never fatal, so one run reports all of them;
 * a database with any problem is thrown away.
 */

static const gsize record_sizes[CALF_N_COLLECTIONS] = {
  [CALF_COLLECTION_REGIONS] = sizeof (CalfRegion),
  [CALF_COLLECTION_FINDINGS] = sizeof (CalfFinding),
  [CALF_COLLECTION_QUESTIONS] = sizeof (CalfQuestion),
  [CALF_COLLECTION_CONDITIONS] = sizeof (CalfCondition),
  [CALF_COLLECTION_SCORING] = 0,
  [CALF_COLLECTION_BANDS] = 0,
  [CALF_COLLECTION_TRIAGE] = 0,
  [CALF_COLLECTION_NORMS] = sizeof (CalfNorm),
  [CALF_COLLECTION_EXERCISES] = sizeof (CalfExercise),
  [CALF_COLLECTION_SAFETY] = sizeof (CalfSafetyStatement),
  [CALF_COLLECTION_REFERENCES] = sizeof (CalfReference),
};

gsize
calf_loader_record_size (CalfCollection collection)
{
  g_assert (collection < CALF_N_COLLECTIONS);
  return record_sizes[collection];
}

const char *
calf_collection_key (CalfCollection collection)
{
  static const char * const keys[CALF_N_COLLECTIONS] = {
    "regions", "findings", "questions", "conditions", "condition_scoring",
    "likelihood_bands", "triage_levels", "norms", "exercises", "safety",
    "references",
  };

  g_assert (collection < CALF_N_COLLECTIONS);
  return keys[collection];
}

/* The singular, for messages such as "unknown region". */
const char *
calf_collection_noun (CalfCollection collection)
{
  switch (collection)
    {
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": an area of the back of the lower leg, e.g. "Achilles tendon". */
    case CALF_COLLECTION_REGIONS: return _("region");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": one fact about the person that an answer sets or the program works
     * out. */
    case CALF_COLLECTION_FINDINGS: return _("finding");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": a question the assessment asks. */
    case CALF_COLLECTION_QUESTIONS: return _("question");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": a possible cause of the pain, e.g. "Calf muscle strain or tear". */
    case CALF_COLLECTION_CONDITIONS: return _("condition");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": how the answers count for and against one condition (possible cause). */
    case CALF_COLLECTION_SCORING: return _("condition scoring");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": a range of scores and the words shown for it, e.g. "Strong match". */
    case CALF_COLLECTION_BANDS: return _("likelihood band");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": how soon to get help (emergency, urgent, soon or self-care). */
    case CALF_COLLECTION_TRIAGE: return _("triage level");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": a table of typical self-test results by age and sex (a reference
     * value). */
    case CALF_COLLECTION_NORMS: return _("norm");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": a self-care exercise. */
    case CALF_COLLECTION_EXERCISES: return _("exercise");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": a line of safety advice, e.g. what to do about a warning sign. */
    case CALF_COLLECTION_SAFETY: return _("safety statement");
    /* Translators: a kind of entry in the condition database, put into messages such as
     * "duplicate %s id": a published source that conditions and exercises cite. */
    case CALF_COLLECTION_REFERENCES: return _("reference");
    case CALF_N_COLLECTIONS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
lookup_collection (const char     *key,
                   CalfCollection *out)
{
  for (guint i = 0; i < CALF_N_COLLECTIONS; i++)
    {
      if (g_str_equal (calf_collection_key (i), key))
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
add_syntax_problem (CalfLoader        *loader,
                    CalfDatabaseError  code,
                    char              *message)
{
  CalfProblem *problem = g_new0 (CalfProblem, 1);

  problem->code = code;
  problem->message = message;
  g_ptr_array_add (loader->problems, problem);
}

/* Pass 0 for one file: returns its root object, or NULL after a problem. */
static JsonObject *
parse_source (CalfLoader *loader,
              CalfSource *source)
{
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize length;
  JsonNode *root;

  data = g_bytes_get_data (source->bytes, &length);

  /* The one strict reader: limits and strict syntax, then json-glib. */
  root = calf_json_parse (source->name, data, length, &calf_json_limits_database, &error);
  if (root == NULL)
    {
      add_syntax_problem (loader, CALF_DATABASE_ERROR_SYNTAX, g_strdup (error->message));
      return NULL;
    }
  /* The records point into the tree: it lives as long as the loader. */
  g_ptr_array_add (loader->parsers, root);

  loader->file = source->name;
  g_string_truncate (loader->path, 0);

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           _("a database file must hold one JSON object { … } at the top"));
      return NULL;
    }

  return json_node_get_object (root);
}

/* The top-level keys of one file; FALSE when the file cannot be read further. */
static gboolean
check_top_level (CalfLoader *loader,
                 JsonObject *root)
{
  g_autoptr(GList) members = json_object_get_members (root);
  JsonNode *version;
  gsize saved;
  gboolean ok = TRUE;

  version = json_object_get_member (root, "schema_version");
  if (version == NULL)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: a problem in a condition database file. %d is the
                            * schema version this program reads, e.g. 1. JSON keys in quotes
                            * stay in English. */
                           _("missing required key \"schema_version\": add \"schema_version\": %d"),
                           CALF_DATABASE_SCHEMA_VERSION);
      return FALSE;
    }

  saved = calf_loader_push_key (loader, "schema_version");
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: %d is the schema version this program reads, e.g. 1.
                            * JSON keys in quotes stay in English. */
                           _("expected a whole number: write \"schema_version\": %d"),
                           CALF_DATABASE_SCHEMA_VERSION);
      ok = FALSE;
    }
  else if (json_node_get_int (version) != CALF_DATABASE_SCHEMA_VERSION)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_VERSION,
                           /* Translators: %lld is the schema version found in the file, %d the
                            * one this program reads. */
                           _("schema version %lld is not supported: this version of Calf Check reads schema version %d"),
                           (long long) json_node_get_int (version), CALF_DATABASE_SCHEMA_VERSION);
      ok = FALSE;
    }
  calf_loader_pop (loader, saved);

  if (!ok)
    return FALSE;

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *node = json_object_get_member (root, key);
      CalfCollection collection;

      if (g_str_equal (key, "schema_version"))
        continue;

      if (!g_str_equal (key, "database_version") && !g_str_equal (key, "engine") &&
          !lookup_collection (key, &collection))
        {
          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: %s is the unknown key found at the top of a
                                * database file. The key names listed are JSON keys: keep them
                                * in English. */
                               _("unknown key \"%s\": allowed at the top are schema_version, database_version, engine, "
                                 "regions, findings, questions, conditions, condition_scoring, likelihood_bands, "
                                 "triage_levels, norms, exercises, safety and references"),
                               key);
          continue;
        }

      saved = calf_loader_push_key (loader, key);

      if (g_str_equal (key, "database_version"))
        {
          const char *text = calf_loader_node_text (loader, node);

          loader->n_database_versions++;
          if (loader->n_database_versions > 1)
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: database_version is a JSON key of the database
                                  * files: keep it in English. */
                                 _("database_version is given more than once: keep it in one file only"));
          else if (text != NULL)
            loader->db->version = g_strdup (text);
        }
      else if (g_str_equal (key, "engine"))
        {
          JsonObject *engine = calf_loader_node_object (loader, node);

          if (engine != NULL && loader->engine_object != NULL)
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: %s is the file where "engine" was given first.
                                  * JSON keys in quotes stay in English. */
                                 _("\"engine\" is given more than once (also in %s): keep it in one file only"),
                                 loader->engine_file);
          else if (engine != NULL)
            {
              loader->engine_object = engine;
              loader->engine_file = loader->file;
            }
        }
      else if (lookup_collection (key, &collection))
        {
          if (!JSON_NODE_HOLDS_ARRAY (node))
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: %s is a kind of entry, e.g. "finding" or
                                  * "likelihood band" (translated separately). */
                                 _("expected an array [ … ] of %s entries"), calf_collection_noun (collection));
        }

      calf_loader_pop (loader, saved);
    }

  return TRUE;
}

/* Pass 1 for one collection of one file. */
static void
index_items (CalfLoader     *loader,
             JsonObject     *root,
             CalfCollection  collection)
{
  CalfDatabase *db = loader->db;
  JsonNode *node = json_object_get_member (root, calf_collection_key (collection));
  JsonArray *array;
  gsize saved;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  array = json_node_get_array (node);
  saved = calf_loader_push_key (loader, calf_collection_key (collection));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      CalfItem item = { loader->file, i, NULL, NULL };
      gsize saved_index = calf_loader_push_index (loader, i);

      item.object = calf_loader_node_object (loader, element);

      if (item.object != NULL && record_sizes[collection] > 0)
        {
          /* Every record with an id starts with `const char *id`. */
          const char *id = calf_loader_get_id (loader, item.object, "id");

          item.record = calf_database_alloc (db, record_sizes[collection]);

          if (id != NULL)
            {
              const char *first = g_hash_table_lookup (loader->first_seen[collection], id);

              *(const char **) item.record = id;

              if (first != NULL)
                {
                  gsize saved_key = calf_loader_push_key (loader, "id");

                  calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                                       /* Translators: the first %s is a kind of entry such as
                                        * "finding", the second its id, e.g. "calf-strain", the
                                        * third where it is first, e.g. "findings.json:
                                        * findings[3]". */
                                       _("duplicate %s id \"%s\" (first defined at %s): give each its own id"),
                                       calf_collection_noun (collection), id, first);
                  calf_loader_pop (loader, saved_key);
                }
              else
                {
                  g_hash_table_insert (loader->first_seen[collection], (char *) id,
                                       g_strdup_printf ("%s: %s", loader->file, loader->path->str));
                  g_hash_table_insert (db->by_id[collection], (char *) id, item.record);
                  g_ptr_array_add (db->lists[collection], item.record);
                }
            }
        }

      if (item.object != NULL)
        g_array_append_val (loader->items[collection], item);

      calf_loader_pop (loader, saved_index);
    }

  calf_loader_pop (loader, saved);
}

static void
calf_loader_clear (CalfLoader *loader)
{
  for (guint i = 0; i < CALF_N_COLLECTIONS; i++)
    {
      g_clear_pointer (&loader->items[i], g_array_unref);
      g_clear_pointer (&loader->first_seen[i], g_hash_table_unref);
    }
  g_clear_pointer (&loader->parsers, g_ptr_array_unref);
  g_clear_pointer (&loader->band_scores, g_hash_table_unref);
  if (loader->path != NULL)
    g_string_free (loader->path, TRUE);
  loader->path = NULL;
}

/**
 * calf_database_load_sources:
 * @sources: (element-type CalfSource): the files, in merge order
 * @problems: (element-type CalfProblem): where problems are appended
 *
 * Returns: (transfer full) (nullable): the database when no problem was found
 */
CalfDatabase *
calf_database_load_sources (GPtrArray *sources,
                            GPtrArray *problems)
{
  g_autoptr(CalfDatabase) db = g_object_new (CALF_TYPE_DATABASE, NULL);
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  CalfLoader loader = { 0 };
  g_autofree char *folder = NULL;
  guint n_problems_before = problems->len;
  gboolean files_ok = TRUE;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  loader.db = db;
  loader.problems = problems;
  loader.parsers = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  loader.path = g_string_new (NULL);
  loader.band_scores = g_hash_table_new (g_double_hash, g_double_equal);
  for (guint i = 0; i < CALF_N_COLLECTIONS; i++)
    {
      loader.items[i] = g_array_new (FALSE, TRUE, sizeof (CalfItem));
      loader.first_seen[i] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
    }

  db->schema_version = CALF_DATABASE_SCHEMA_VERSION;

  if (sources->len == 0)
    add_syntax_problem (&loader, CALF_DATABASE_ERROR_IO, g_strdup (_("the database has no files")));

  /* Pass 0 */
  for (guint i = 0; i < sources->len; i++)
    {
      CalfSource *source = sources->pdata[i];
      JsonObject *root = parse_source (&loader, source);

      if (root == NULL || !check_top_level (&loader, root))
        {
          files_ok = FALSE;
          continue;
        }

      g_ptr_array_add (roots, root);
    }

  /* With a file missing, every reference into it would be reported too:
   * stop at the problems that matter. */
  if (files_ok && sources->len > 0)
    {
      /* Problems about the whole database name the file, or the folder. */
      if (sources->len == 1)
        loader.first_file = ((CalfSource *) sources->pdata[0])->name;
      else
        {
          folder = g_path_get_dirname (((CalfSource *) sources->pdata[0])->name);
          /* Translators: written in place of a file name in problems with the whole database,
           * e.g. "the database: missing …". */
          loader.first_file = g_str_equal (folder, ".") ? _("the database") : folder;
        }

      /* Pass 1 */
      for (guint i = 0; i < roots->len; i++)
        {
          loader.file = ((CalfSource *) sources->pdata[i])->name;
          g_string_truncate (loader.path, 0);

          for (guint c = 0; c < CALF_N_COLLECTIONS; c++)
            index_items (&loader, roots->pdata[i], c);
        }

      if (loader.n_database_versions == 0)
        {
          loader.file = ((CalfSource *) sources->pdata[0])->name;
          g_string_truncate (loader.path, 0);
          calf_loader_problem (&loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: "database_version" is a JSON key: keep it and the
                                * example as they are. */
                               _("missing \"database_version\": add it to one file, e.g. \"database_version\": \"2026.11.0\""));
        }

      /* Passes 2 and 3 */
      calf_loader_parse_items (&loader);
      calf_loader_check_database (&loader);
    }

  if (loader.n_dropped > 0)
    add_syntax_problem (&loader, CALF_DATABASE_ERROR_SCHEMA,
                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      /* Translators: the last line of a list of
                                                       * problems when only the first ones are
                                                       * listed: %u is how many were left out. */
                                                      "… and %u more problem (not listed)",
                                                      "… and %u more problems (not listed)",
                                                      loader.n_dropped),
                                         loader.n_dropped));

  calf_loader_clear (&loader);

  if (problems->len > n_problems_before)
    return NULL;

  return g_steal_pointer (&db);
}
