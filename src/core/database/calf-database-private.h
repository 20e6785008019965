/* calf-database-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "calf-database.h"

G_BEGIN_DECLS

/* Validation stops collecting after this many problems, so a huge broken
 * file cannot flood the terminal or memory. */
#define CALF_DATABASE_MAX_PROBLEMS 1000
/* A folder database may hold at most this many files. */
#define CALF_DATABASE_MAX_FILES    64

typedef enum
{
  CALF_COLLECTION_REGIONS,
  CALF_COLLECTION_FINDINGS,
  CALF_COLLECTION_QUESTIONS,
  CALF_COLLECTION_CONDITIONS,
  CALF_COLLECTION_SCORING,
  CALF_COLLECTION_BANDS,
  CALF_COLLECTION_TRIAGE,
  CALF_COLLECTION_NORMS,
  CALF_COLLECTION_EXERCISES,
  CALF_COLLECTION_SAFETY,
  CALF_COLLECTION_REFERENCES,
  CALF_N_COLLECTIONS
} CalfCollection;

struct _CalfDatabase
{
  GObject       parent_instance;

  char         *version;
  int           schema_version;

  /* Everything the records point to is owned here. */
  GStringChunk *strings;
  GPtrArray    *blocks;       /* g_malloc'd records, freed with g_free */
  GPtrArray    *ptr_arrays;   /* containers inside records */
  GPtrArray    *arrays;
  GPtrArray    *hash_tables;

  GPtrArray    *lists[CALF_N_COLLECTIONS];   /* records in file order */
  GHashTable   *by_id[CALF_N_COLLECTIONS];   /* id → record (scoring: condition id) */

  CalfTriageInfo triage[CALF_N_TRIAGE_LEVELS];
  gboolean       has_triage[CALF_N_TRIAGE_LEVELS];
  GHashTable    *engine;     /* name → double * */
};

typedef struct
{
  CalfDatabaseError  code;
  char              *message;
} CalfProblem;

typedef struct
{
  char   *name;     /* as shown in messages */
  GBytes *bytes;
} CalfSource;

/* One element of a collection, remembered between the passes. */
typedef struct
{
  const char *file;
  guint       index;
  JsonObject *object;
  gpointer    record;   /* allocated in the first pass; NULL when it has no valid id */
} CalfItem;

typedef struct
{
  CalfDatabase *db;
  GPtrArray    *problems;     /* of CalfProblem * */
  guint         n_dropped;    /* problems beyond CALF_DATABASE_MAX_PROBLEMS */
  GPtrArray    *parsers;      /* keep the JSON trees alive while loading */
  GArray       *items[CALF_N_COLLECTIONS];   /* of CalfItem */
  GHashTable   *first_seen[CALF_N_COLLECTIONS];   /* id → "file: path" */

  /* Where the current problem is. */
  const char   *first_file;   /* for problems about the whole database */
  const char   *file;
  GString      *path;

  GHashTable   *band_scores;  /* min_score (double *) of the bands so far */
  guint         n_database_versions;
  JsonObject   *engine_object;
  const char   *engine_file;
} CalfLoader;

/* calf-database.c */
gpointer        calf_database_alloc          (CalfDatabase   *self,
                                              gsize           size);
const char     *calf_database_intern         (CalfDatabase   *self,
                                              const char     *str);
GPtrArray      *calf_database_new_ptr_array  (CalfDatabase   *self);
GArray         *calf_database_new_array      (CalfDatabase   *self,
                                              guint           element_size);
GHashTable     *calf_database_new_hash_table (CalfDatabase   *self,
                                              GDestroyNotify  value_free);
CalfDatabase   *calf_database_load_sources   (GPtrArray      *sources,
                                              GPtrArray      *problems);
CalfDatabase   *calf_database_new_from_sources (GPtrArray    *sources,
                                                GError      **error);
void            calf_source_free             (CalfSource     *source);
void            calf_problem_free            (CalfProblem    *problem);

/* calf-database-schema.c: typed access to JSON with precise problems */
void            calf_loader_problem          (CalfLoader        *loader,
                                              CalfDatabaseError  code,
                                              const char        *format,
                                              ...) G_GNUC_PRINTF (3, 4);
gsize           calf_loader_push_key         (CalfLoader     *loader,
                                              const char     *key);
gsize           calf_loader_push_index       (CalfLoader     *loader,
                                              guint           index);
void            calf_loader_pop              (CalfLoader     *loader,
                                              gsize           length);
void            calf_loader_check_keys       (CalfLoader         *loader,
                                              JsonObject         *object,
                                              const char * const *keys);
const char     *calf_loader_node_text        (CalfLoader     *loader,
                                              JsonNode       *node);
const char     *calf_loader_get_text         (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key);
/* Like calf_loader_get_text(), translated: for the words people read. */
const char     *calf_loader_get_lay_text     (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key);
const char     *calf_loader_get_id           (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key);
gboolean        calf_loader_node_number      (CalfLoader     *loader,
                                              JsonNode       *node,
                                              double          min,
                                              double          max,
                                              double         *out);
gboolean        calf_loader_get_number       (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              double          min,
                                              double          max,
                                              double         *out);
gboolean        calf_loader_get_int          (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              int             min,
                                              int             max,
                                              int            *out);
gboolean        calf_loader_get_bool         (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              gboolean       *out);
char          **calf_loader_get_text_array   (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              gboolean        non_empty);
JsonArray      *calf_loader_get_array        (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              gboolean        non_empty);
JsonObject     *calf_loader_node_object      (CalfLoader     *loader,
                                              JsonNode       *node);
JsonObject     *calf_loader_get_object       (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key);
gpointer        calf_loader_resolve          (CalfLoader     *loader,
                                              CalfCollection  collection,
                                              const char     *id);
gpointer        calf_loader_get_ref          (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              CalfCollection  collection);
GPtrArray      *calf_loader_get_refs         (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              CalfCollection  collection,
                                              gboolean        non_empty);
gboolean        calf_loader_get_level        (CalfLoader      *loader,
                                              JsonObject      *object,
                                              const char      *key,
                                              CalfTriageLevel *out);

/* calf-database-rules.c */
gboolean        calf_loader_parse_test       (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char * const *extra_keys,
                                              CalfTest       *test);
const CalfRule *calf_loader_get_rule         (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key);
GPtrArray      *calf_loader_get_tests        (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              gboolean        non_empty);
void            calf_rule_add_positive_findings (const CalfRule *rule,
                                                 GHashTable     *findings);

/* calf-database-parse.c: one function per collection */
void            calf_loader_parse_items      (CalfLoader     *loader);

gsize           calf_loader_record_size      (CalfCollection  collection);
gboolean        calf_loader_file_name_ok     (CalfLoader     *loader,
                                              JsonObject     *object,
                                              const char     *key,
                                              const char     *suffix);

/* calf-database-parse.c: an invalid value of an enumeration at @key. */
void            calf_loader_unknown_value    (CalfLoader     *loader,
                                              const char     *key,
                                              const char     *value,
                                              const char     *allowed);

/* calf-database-parse-question.c */
void            calf_loader_parse_question   (CalfLoader     *loader,
                                              CalfItem       *item);

/* calf-database-parse-scoring.c */
void            calf_loader_parse_exercise   (CalfLoader     *loader,
                                              CalfItem       *item);
void            calf_loader_parse_safety     (CalfLoader     *loader,
                                              CalfItem       *item);
void            calf_loader_parse_scoring    (CalfLoader     *loader,
                                              CalfItem       *item);
void            calf_loader_parse_band       (CalfLoader     *loader,
                                              CalfItem       *item);
void            calf_loader_parse_triage     (CalfLoader     *loader,
                                              CalfItem       *item);
void            calf_loader_parse_norm       (CalfLoader     *loader,
                                              CalfItem       *item);
void            calf_loader_parse_engine     (CalfLoader     *loader);

/* calf-database-validate.c: whole-database rules */
void            calf_loader_check_database   (CalfLoader     *loader);

const char     *calf_collection_key          (CalfCollection  collection);
const char     *calf_collection_noun         (CalfCollection  collection);

G_END_DECLS
