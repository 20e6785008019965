/* calf-database-schema.c
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
#include "calf-json-check.h"

/*
 * Typed access to the JSON tree. Every getter reports a problem at the
 * current file and JSON path (such as `conditions[3].references`) when the
 * value has the wrong type or range, and returns NULL/FALSE. A missing key
 * is not reported here: calf_loader_check_keys() reports missing required
 * keys once, together with unknown ones.
 */

static gboolean
check_not_null (CalfLoader *loader,
                JsonNode   *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           _("null is not accepted: give a value or leave the key out"));
      return FALSE;
    }
  return TRUE;
}

const char *
calf_loader_node_text (CalfLoader *loader,
                       JsonNode   *node)
{
  const char *str;

  if (!check_not_null (loader, node))
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA, _("expected text in double quotes"));
      return NULL;
    }

  str = json_node_get_string (node);

  /* calf-json-check.c guarantees UTF-8 and the length; this is cheap insurance. */
  if (str == NULL || !g_utf8_validate (str, -1, NULL) || strlen (str) > CALF_JSON_MAX_STRING_BYTES)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA, _("invalid text"));
      return NULL;
    }

  while (g_ascii_isspace (*str))
    str++;
  if (*str == '\0')
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA, _("empty text: write something or leave the key out"));
      return NULL;
    }

  return calf_database_intern (loader->db, json_node_get_string (node));
}

static JsonNode *
member (JsonObject *object,
        const char *key)
{
  return json_object_get_member (object, key);
}

/* The words people read go through the message catalogue: their English
 * is the msgid (po/database-strings.py extracts them). */
static const char *
translate (CalfLoader *loader,
           const char *text)
{
  const char *translated;

  if (text == NULL)
    return NULL;

  translated = g_dgettext (GETTEXT_PACKAGE, text);
  return translated == text ? text : calf_database_intern (loader->db, translated);
}

const char *
calf_loader_get_lay_text (CalfLoader *loader,
                          JsonObject *object,
                          const char *key)
{
  return translate (loader, calf_loader_get_text (loader, object, key));
}

const char *
calf_loader_get_text (CalfLoader *loader,
                      JsonObject *object,
                      const char *key)
{
  JsonNode *node = member (object, key);
  const char *text;
  gsize saved;

  if (node == NULL)
    return NULL;

  saved = calf_loader_push_key (loader, key);
  text = calf_loader_node_text (loader, node);
  calf_loader_pop (loader, saved);

  return text;
}

static const char *
node_id (CalfLoader *loader,
         JsonNode   *node)
{
  const char *text = calf_loader_node_text (loader, node);

  if (text != NULL && !calf_id_is_valid (text))
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: %s is the id found. An id names an entry in the
                            * condition database. */
                           _("\"%s\" is not a valid id: use lower-case letters and digits joined by single hyphens, such as \"calf-strain\""),
                           text);
      return NULL;
    }

  return text;
}

const char *
calf_loader_get_id (CalfLoader *loader,
                    JsonObject *object,
                    const char *key)
{
  JsonNode *node = member (object, key);
  const char *id;
  gsize saved;

  if (node == NULL)
    return NULL;

  saved = calf_loader_push_key (loader, key);
  id = node_id (loader, node);
  calf_loader_pop (loader, saved);

  return id;
}

gboolean
calf_loader_node_number (CalfLoader *loader,
                         JsonNode   *node,
                         double      min,
                         double      max,
                         double     *out)
{
  GType type;
  double value;

  if (!check_not_null (loader, node))
    return FALSE;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_INT64)
    value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    value = json_node_get_double (node);
  else
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA, _("expected a number"));
      return FALSE;
    }

  if (!isfinite (value) || value < min || value > max)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: the first %g is the number found, the others the
                            * lowest and highest allowed. */
                           _("%g is out of range: use a number from %g to %g"), value, min, max);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
calf_loader_get_number (CalfLoader *loader,
                        JsonObject *object,
                        const char *key,
                        double      min,
                        double      max,
                        double     *out)
{
  JsonNode *node = member (object, key);
  gboolean ok;
  gsize saved;

  if (node == NULL)
    return FALSE;

  saved = calf_loader_push_key (loader, key);
  ok = calf_loader_node_number (loader, node, min, max, out);
  calf_loader_pop (loader, saved);

  return ok;
}

gboolean
calf_loader_get_int (CalfLoader *loader,
                     JsonObject *object,
                     const char *key,
                     int         min,
                     int         max,
                     int        *out)
{
  JsonNode *node = member (object, key);
  gboolean ok = FALSE;
  gsize saved;

  if (node == NULL)
    return FALSE;

  saved = calf_loader_push_key (loader, key);

  if (!check_not_null (loader, node))
    ;
  else if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: the two %d are the lowest and highest numbers allowed. */
                         _("expected a whole number (no decimal point) from %d to %d"), min, max);
  else if (json_node_get_int (node) < min || json_node_get_int (node) > max)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: %lld is the number found, the two %d the lowest and
                          * highest allowed. */
                         _("%lld is out of range: use a whole number from %d to %d"),
                         (long long) json_node_get_int (node), min, max);
  else
    {
      *out = (int) json_node_get_int (node);
      ok = TRUE;
    }

  calf_loader_pop (loader, saved);
  return ok;
}

gboolean
calf_loader_get_bool (CalfLoader *loader,
                      JsonObject *object,
                      const char *key,
                      gboolean   *out)
{
  JsonNode *node = member (object, key);
  gboolean ok = FALSE;
  gsize saved;

  if (node == NULL)
    return FALSE;

  saved = calf_loader_push_key (loader, key);

  if (!check_not_null (loader, node))
    ;
  else if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA, _("expected true or false"));
  else
    {
      *out = json_node_get_boolean (node);
      ok = TRUE;
    }

  calf_loader_pop (loader, saved);
  return ok;
}

static JsonArray *
node_array (CalfLoader *loader,
            JsonNode   *node,
            gboolean    non_empty)
{
  JsonArray *array;

  if (!check_not_null (loader, node))
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           non_empty ? _("expected a non-empty array [ … ]") : _("expected an array [ … ]"));
      return NULL;
    }

  array = json_node_get_array (node);
  if (non_empty && json_array_get_length (array) == 0)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           _("expected a non-empty array: add at least one entry"));
      return NULL;
    }

  return array;
}

JsonArray *
calf_loader_get_array (CalfLoader *loader,
                       JsonObject *object,
                       const char *key,
                       gboolean    non_empty)
{
  JsonNode *node = member (object, key);
  JsonArray *array;
  gsize saved;

  if (node == NULL)
    return NULL;

  saved = calf_loader_push_key (loader, key);
  array = node_array (loader, node, non_empty);
  calf_loader_pop (loader, saved);

  return array;
}

char **
calf_loader_get_text_array (CalfLoader *loader,
                            JsonObject *object,
                            const char *key,
                            gboolean    non_empty)
{
  JsonNode *node = member (object, key);
  JsonArray *array = NULL;
  char **strv;
  guint n = 0;
  gsize saved;

  if (node != NULL)
    {
      saved = calf_loader_push_key (loader, key);
      array = node_array (loader, node, non_empty);
      calf_loader_pop (loader, saved);
    }

  if (array == NULL)
    return calf_database_alloc (loader->db, sizeof (char *));

  strv = calf_database_alloc (loader->db, (json_array_get_length (array) + 1) * sizeof (char *));
  saved = calf_loader_push_key (loader, key);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved_index = calf_loader_push_index (loader, i);
      const char *text = translate (loader, calf_loader_node_text (loader, json_array_get_element (array, i)));

      if (text != NULL)
        strv[n++] = (char *) text;
      calf_loader_pop (loader, saved_index);
    }

  calf_loader_pop (loader, saved);
  return strv;
}

JsonObject *
calf_loader_node_object (CalfLoader *loader,
                         JsonNode   *node)
{
  if (!check_not_null (loader, node))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA, _("expected an object { … }"));
      return NULL;
    }

  return json_node_get_object (node);
}

JsonObject *
calf_loader_get_object (CalfLoader *loader,
                        JsonObject *object,
                        const char *key)
{
  JsonNode *node = member (object, key);
  JsonObject *result;
  gsize saved;

  if (node == NULL)
    return NULL;

  saved = calf_loader_push_key (loader, key);
  result = calf_loader_node_object (loader, node);
  calf_loader_pop (loader, saved);

  return result;
}

/* Reports a dangling id at the current path. */
gpointer
calf_loader_resolve (CalfLoader     *loader,
                     CalfCollection  collection,
                     const char     *id)
{
  gpointer record = g_hash_table_lookup (loader->db->by_id[collection], id);

  if (record == NULL)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                         /* Translators: the first %s is a kind of entry such as "finding"
                          * (translated separately), the second the unknown id, the third the
                          * list it belongs in, e.g. "findings": a JSON key, keep it. */
                         _("unknown %s \"%s\": define it in \"%s\" or fix the id"),
                         calf_collection_noun (collection), id, calf_collection_key (collection));

  return record;
}

gpointer
calf_loader_get_ref (CalfLoader     *loader,
                     JsonObject     *object,
                     const char     *key,
                     CalfCollection  collection)
{
  JsonNode *node = member (object, key);
  gpointer record = NULL;
  const char *id;
  gsize saved;

  if (node == NULL)
    return NULL;

  saved = calf_loader_push_key (loader, key);
  id = node_id (loader, node);
  if (id != NULL)
    record = calf_loader_resolve (loader, collection, id);
  calf_loader_pop (loader, saved);

  return record;
}

/* Always returns an array (empty after a problem), so records never hold NULL. */
GPtrArray *
calf_loader_get_refs (CalfLoader     *loader,
                      JsonObject     *object,
                      const char     *key,
                      CalfCollection  collection,
                      gboolean        non_empty)
{
  GPtrArray *records = calf_database_new_ptr_array (loader->db);
  JsonNode *node = member (object, key);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  JsonArray *array;
  gsize saved;

  if (node == NULL)
    return records;

  saved = calf_loader_push_key (loader, key);
  array = node_array (loader, node, non_empty);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize saved_index = calf_loader_push_index (loader, i);
      const char *id = node_id (loader, json_array_get_element (array, i));
      gpointer record = id != NULL ? calf_loader_resolve (loader, collection, id) : NULL;

      if (record != NULL && !g_hash_table_add (seen, record))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is an id, e.g. "mid-calf". */
                             _("\"%s\" is listed twice: remove one"), id);
      else if (record != NULL)
        g_ptr_array_add (records, record);

      calf_loader_pop (loader, saved_index);
    }

  calf_loader_pop (loader, saved);
  return records;
}

gboolean
calf_loader_get_level (CalfLoader      *loader,
                       JsonObject      *object,
                       const char      *key,
                       CalfTriageLevel *out)
{
  const char *text = calf_loader_get_text (loader, object, key);
  gsize saved;

  if (text == NULL)
    return FALSE;

  if (calf_triage_level_from_string (text, out))
    return TRUE;

  saved = calf_loader_push_key (loader, key);
  calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                       /* Translators: %s is the value found; emergency, urgent, soon and
                        * self-care are JSON values: keep them in English. */
                       _("unknown level \"%s\": use emergency, urgent, soon or self-care"), text);
  calf_loader_pop (loader, saved);

  return FALSE;
}
