/* calf-database.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "calf-database-private.h"
#include "calf-json-check.h"
#include "calf-json-reader.h"
#include "calf-database-params.h"

/* At most this many problems are written into a GError message. */
#define MAX_PROBLEMS_IN_ERROR 20

G_DEFINE_FINAL_TYPE (CalfDatabase, calf_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (calf-database-error-quark, calf_database_error)

static void
calf_database_finalize (GObject *object)
{
  CalfDatabase *self = CALF_DATABASE (object);

  for (guint i = 0; i < CALF_N_COLLECTIONS; i++)
    {
      g_clear_pointer (&self->lists[i], g_ptr_array_unref);
      g_clear_pointer (&self->by_id[i], g_hash_table_unref);
    }
  g_clear_pointer (&self->engine, g_hash_table_unref);
  g_clear_pointer (&self->hash_tables, g_ptr_array_unref);
  g_clear_pointer (&self->arrays, g_ptr_array_unref);
  g_clear_pointer (&self->ptr_arrays, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->version, g_free);

  G_OBJECT_CLASS (calf_database_parent_class)->finalize (object);
}

static void
calf_database_class_init (CalfDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = calf_database_finalize;
}

static void
calf_database_init (CalfDatabase *self)
{
  self->strings = g_string_chunk_new (4096);
  self->blocks = g_ptr_array_new_with_free_func (g_free);
  self->ptr_arrays = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->arrays = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->hash_tables = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  self->engine = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < CALF_N_COLLECTIONS; i++)
    {
      self->lists[i] = g_ptr_array_new ();
      self->by_id[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }
}

gpointer
calf_database_alloc (CalfDatabase *self,
                     gsize         size)
{
  gpointer block = g_malloc0 (size);

  g_ptr_array_add (self->blocks, block);
  return block;
}

const char *
calf_database_intern (CalfDatabase *self,
                      const char   *str)
{
  if (str == NULL)
    return NULL;
  return g_string_chunk_insert_const (self->strings, str);
}

GPtrArray *
calf_database_new_ptr_array (CalfDatabase *self)
{
  GPtrArray *array = g_ptr_array_new ();

  g_ptr_array_add (self->ptr_arrays, array);
  return array;
}

GArray *
calf_database_new_array (CalfDatabase *self,
                         guint         element_size)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  g_ptr_array_add (self->arrays, array);
  return array;
}

GHashTable *
calf_database_new_hash_table (CalfDatabase   *self,
                              GDestroyNotify  value_free)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, value_free);

  g_ptr_array_add (self->hash_tables, table);
  return table;
}

void
calf_source_free (CalfSource *source)
{
  g_free (source->name);
  g_clear_pointer (&source->bytes, g_bytes_unref);
  g_free (source);
}

void
calf_problem_free (CalfProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (GPtrArray         *problems,
             CalfDatabaseError  code,
             char              *message)
{
  CalfProblem *problem = g_new0 (CalfProblem, 1);

  problem->code = code;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) calf_problem_free);
}

static GPtrArray *
new_sources (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) calf_source_free);
}

static void
add_source (GPtrArray  *sources,
            const char *name,
            GBytes     *bytes)
{
  CalfSource *source = g_new0 (CalfSource, 1);

  source->name = g_strdup (name);
  source->bytes = g_bytes_ref (bytes);
  g_ptr_array_add (sources, source);
}

/* Reads at most the size limit (plus one byte to notice a file that is
 * larger than it said), so a huge or growing file is never read whole. */
static gboolean
read_file (GFile      *file,
           GFileInfo  *info,
           const char *display_name,
           GPtrArray  *sources,
           GPtrArray  *problems)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      add_problem (problems, CALF_DATABASE_ERROR_IO,
                   /* Translators: %s is a file name. */
                   g_strdup_printf (_("%s: not a regular file: give a .json file or a folder of them"),
                                    display_name));
      return FALSE;
    }

  if (g_file_info_get_size (info) > CALF_JSON_MAX_FILE_SIZE)
    {
      add_problem (problems, CALF_DATABASE_ERROR_SYNTAX,
                   /* Translators: %s is a file name, %d a size in bytes. */
                   g_strdup_printf (_("%s: file larger than %d bytes: split it into several files"),
                                    display_name, CALF_JSON_MAX_FILE_SIZE));
      return FALSE;
    }

  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      add_problem (problems, CALF_DATABASE_ERROR_IO,
                   /* Translators: the first %s is a file name, the second a system error
                    * message. */
                   g_strdup_printf (_("%s: cannot read the file: %s"), display_name, error->message));
      return FALSE;
    }

  bytes = calf_json_read_stream (G_INPUT_STREAM (stream), display_name, CALF_JSON_MAX_FILE_SIZE, &error);
  if (bytes == NULL)
    {
      if (g_error_matches (error, CALF_JSON_ERROR, CALF_JSON_ERROR_TOO_LARGE))
        add_problem (problems, CALF_DATABASE_ERROR_SYNTAX,
                     g_strdup_printf (_("%s: file larger than %d bytes: split it into several files"),
                                      display_name, CALF_JSON_MAX_FILE_SIZE));
      else
        add_problem (problems, CALF_DATABASE_ERROR_IO, g_strdup (error->message));
      return FALSE;
    }

  add_source (sources, display_name, bytes);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A file, or every *.json file of a folder in byte order of the names. */
static gboolean
collect_path (const char *path,
              GPtrArray  *sources,
              GPtrArray  *problems)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  const char *attributes = G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                           G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                           G_FILE_ATTRIBUTE_STANDARD_NAME;
  gboolean ok = TRUE;

  info = g_file_query_info (file, attributes, G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info == NULL)
    {
      add_problem (problems, CALF_DATABASE_ERROR_IO,
                   /* Translators: the first %s is a file or folder name, the second a system
                    * error message. */
                   g_strdup_printf (_("%s: cannot open the database: %s"), path, error->message));
      return FALSE;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_DIRECTORY)
    return read_file (file, info, path, sources, problems);

  enumerator = g_file_enumerate_children (file, attributes, G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (enumerator == NULL)
    {
      add_problem (problems, CALF_DATABASE_ERROR_IO,
                   /* Translators: the first %s is a folder name, the second a system error
                    * message. */
                   g_strdup_printf (_("%s: cannot list the folder: %s"), path, error->message));
      return FALSE;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  for (;;)
    {
      GFileInfo *child = NULL;

      if (!g_file_enumerator_iterate (enumerator, &child, NULL, NULL, &error))
        {
          add_problem (problems, CALF_DATABASE_ERROR_IO,
                       g_strdup_printf (_("%s: cannot list the folder: %s"), path, error->message));
          return FALSE;
        }
      if (child == NULL)
        break;

      if (g_str_has_suffix (g_file_info_get_name (child), ".json"))
        {
          if (names->len >= CALF_DATABASE_MAX_FILES)
            {
              add_problem (problems, CALF_DATABASE_ERROR_IO,
                           /* Translators: %s is a folder name, %d the most files allowed. */
                           g_strdup_printf (_("%s: more than %d .json files: merge some of them"),
                                            path, CALF_DATABASE_MAX_FILES));
              return FALSE;
            }
          g_ptr_array_add (names, g_strdup (g_file_info_get_name (child)));
        }
    }

  if (names->len == 0)
    {
      add_problem (problems, CALF_DATABASE_ERROR_IO,
                   /* Translators: %s is a folder name. */
                   g_strdup_printf (_("%s: the folder holds no .json files"), path));
      return FALSE;
    }

  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) child = g_file_get_child (file, names->pdata[i]);
      g_autoptr(GFileInfo) child_info = NULL;
      g_autofree char *display_name = g_build_filename (path, names->pdata[i], NULL);

      child_info = g_file_query_info (child, attributes, G_FILE_QUERY_INFO_NONE, NULL, &error);
      if (child_info == NULL)
        {
          add_problem (problems, CALF_DATABASE_ERROR_IO,
                       /* Translators: the first %s is a file name, the second a system error
                        * message. */
                       g_strdup_printf (_("%s: cannot open the file: %s"), display_name, error->message));
          g_clear_error (&error);
          ok = FALSE;
          continue;
        }

      if (!read_file (child, child_info, display_name, sources, problems))
        ok = FALSE;
    }

  return ok;
}

static GError *
problems_to_error (GPtrArray *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const CalfProblem *first;

  g_assert (problems->len > 0);
  first = problems->pdata[0];

  for (guint i = 0; i < problems->len && i < MAX_PROBLEMS_IN_ERROR; i++)
    {
      const CalfProblem *problem = problems->pdata[i];

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, problem->message);
    }

  if (problems->len > MAX_PROBLEMS_IN_ERROR)
    {
      guint more = problems->len - MAX_PROBLEMS_IN_ERROR;

      g_string_append_c (text, '\n');
      g_string_append_printf (text,
                              /* Translators: the last line of a list of problems when only the
                               * first ones are shown: %u is how many more there are. */
                              g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                           "… and %u more problems", more),
                              more);
    }

  return g_error_new_literal (CALF_DATABASE_ERROR, first->code, text->str);
}

static CalfDatabase *
load_or_fail (GPtrArray  *sources,
              GPtrArray  *problems,
              GError    **error)
{
  g_autoptr(CalfDatabase) db = NULL;

  db = calf_database_load_sources (sources, problems);
  if (db == NULL)
    {
      g_propagate_error (error, problems_to_error (problems));
      return NULL;
    }

  return g_steal_pointer (&db);
}

/**
 * calf_database_new_for_path:
 * @path: a .json file, or a folder whose *.json files are merged in name order
 * @error: return location for a #CALF_DATABASE_ERROR
 *
 * Loads and validates a database. Nothing is returned unless every rule of
 * data/README.md holds; the error message then lists the problems, one per
 * line, each with the file and the place in it.
 *
 * Returns: (transfer full): the database, or %NULL
 */
CalfDatabase *
calf_database_new_for_path (const char  *path,
                            GError     **error)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) problems = new_problems ();

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!collect_path (path, sources, problems))
    {
      g_propagate_error (error, problems_to_error (problems));
      return NULL;
    }

  return load_or_fail (sources, problems, error);
}

/**
 * calf_database_new_from_data:
 * @name: the name used in messages, such as a file name
 * @data: (array length=length): the JSON text
 * @length: its length in bytes
 * @error: return location for a #CALF_DATABASE_ERROR
 *
 * Like calf_database_new_for_path() for one file already in memory.
 *
 * Returns: (transfer full): the database, or %NULL
 */
CalfDatabase *
calf_database_new_from_data (const char  *name,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_bytes_new (data, length);
  add_source (sources, name, bytes);

  return load_or_fail (sources, problems, error);
}

CalfDatabase *
calf_database_new_from_sources (GPtrArray  *sources,
                                GError    **error)
{
  g_autoptr(GPtrArray) problems = new_problems ();

  return load_or_fail (sources, problems, error);
}

/**
 * calf_database_validate_path:
 * @path: a .json file or a folder of them
 * @problems: (element-type utf8): an array created with g_free as its
 *   free function; one translated message is appended per problem
 *
 * Returns: %TRUE when the database is valid (nothing was appended)
 */
gboolean
calf_database_validate_path (const char *path,
                             GPtrArray  *problems)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) found = new_problems ();
  g_autoptr(CalfDatabase) db = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  if (collect_path (path, sources, found))
    db = calf_database_load_sources (sources, found);

  for (guint i = 0; i < found->len; i++)
    {
      const CalfProblem *problem = found->pdata[i];

      g_ptr_array_add (problems, g_strdup (problem->message));
    }

  return db != NULL;
}

const char *
calf_database_get_version (CalfDatabase *self)
{
  g_return_val_if_fail (CALF_IS_DATABASE (self), NULL);
  return self->version;
}

int
calf_database_get_schema_version (CalfDatabase *self)
{
  g_return_val_if_fail (CALF_IS_DATABASE (self), 0);
  return self->schema_version;
}

#define DEFINE_LIST_GETTER(name, collection)                     \
  GPtrArray *                                                    \
  calf_database_get_##name (CalfDatabase *self)                  \
  {                                                              \
    g_return_val_if_fail (CALF_IS_DATABASE (self), NULL);        \
    return self->lists[collection];                              \
  }

DEFINE_LIST_GETTER (regions, CALF_COLLECTION_REGIONS)
DEFINE_LIST_GETTER (findings, CALF_COLLECTION_FINDINGS)
DEFINE_LIST_GETTER (questions, CALF_COLLECTION_QUESTIONS)
DEFINE_LIST_GETTER (conditions, CALF_COLLECTION_CONDITIONS)
DEFINE_LIST_GETTER (exercises, CALF_COLLECTION_EXERCISES)
DEFINE_LIST_GETTER (safety, CALF_COLLECTION_SAFETY)
DEFINE_LIST_GETTER (references, CALF_COLLECTION_REFERENCES)
DEFINE_LIST_GETTER (likelihood_bands, CALF_COLLECTION_BANDS)
DEFINE_LIST_GETTER (norms, CALF_COLLECTION_NORMS)
DEFINE_LIST_GETTER (condition_scoring, CALF_COLLECTION_SCORING)

#define DEFINE_LOOKUP(type, name, collection)                    \
  const type *                                                   \
  calf_database_lookup_##name (CalfDatabase *self,               \
                               const char   *id)                 \
  {                                                              \
    g_return_val_if_fail (CALF_IS_DATABASE (self), NULL);        \
    g_return_val_if_fail (id != NULL, NULL);                     \
    return g_hash_table_lookup (self->by_id[collection], id);    \
  }

DEFINE_LOOKUP (CalfRegion, region, CALF_COLLECTION_REGIONS)
DEFINE_LOOKUP (CalfFinding, finding, CALF_COLLECTION_FINDINGS)
DEFINE_LOOKUP (CalfQuestion, question, CALF_COLLECTION_QUESTIONS)
DEFINE_LOOKUP (CalfCondition, condition, CALF_COLLECTION_CONDITIONS)
DEFINE_LOOKUP (CalfExercise, exercise, CALF_COLLECTION_EXERCISES)
DEFINE_LOOKUP (CalfSafetyStatement, safety, CALF_COLLECTION_SAFETY)
DEFINE_LOOKUP (CalfReference, reference, CALF_COLLECTION_REFERENCES)
DEFINE_LOOKUP (CalfNorm, norm, CALF_COLLECTION_NORMS)

const CalfTriageInfo *
calf_database_get_triage_info (CalfDatabase    *self,
                               CalfTriageLevel  level)
{
  g_return_val_if_fail (CALF_IS_DATABASE (self), NULL);
  g_return_val_if_fail (level <= CALF_TRIAGE_EMERGENCY, NULL);

  /* Validation guarantees all four levels. */
  g_assert (self->has_triage[level]);
  return &self->triage[level];
}

double
calf_database_get_engine_param (CalfDatabase *self,
                                const char   *name,
                                double        default_value)
{
  const double *value;

  g_return_val_if_fail (CALF_IS_DATABASE (self), default_value);
  g_return_val_if_fail (name != NULL, default_value);

  value = g_hash_table_lookup (self->engine, name);
  return value != NULL ? *value : default_value;
}
