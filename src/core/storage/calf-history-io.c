/* calf-history-io.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-history"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-history-private.h"

/* Moving a history to another computer: one JSON document out, and the
 * same document read back with the strict reader and merged. */

#define HISTORY_FORMAT "calf-check-history"
#define HISTORY_FORMAT_VERSION 1

/* A history of years: tens of thousands of entries. Larger is a mistake. */
static const CalfJsonLimits history_limits = {
  64 * 1024 * 1024, 16, 64 * 1024,
};
#define MAX_ENTRIES 200000

char *
calf_history_export (CalfHistory  *self,
                     GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CALF_IS_HISTORY (self), NULL);

  entries = calf_history_list_all (self, error);
  if (entries == NULL)
    return NULL;

  now = calf_history_format_time (g_get_real_time () / G_USEC_PER_SEC);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, HISTORY_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, HISTORY_FORMAT_VERSION);
  json_builder_set_member_name (builder, "exported");
  json_builder_add_string_value (builder, now);
  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entries->len; i++)
    calf_history_entry_to_json (g_ptr_array_index (entries, i), builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  {
    g_autofree char *text = json_generator_to_data (generator, NULL);

    return g_strconcat (text, "\n", NULL);
  }
}

static const char * const document_keys[] = { "*format", "*version", "exported", "*entries", NULL };

/* The whole document is read before anything is written. */
static GPtrArray *
read_document (const char  *name,
               GBytes      *contents,
               GError     **error)
{
  g_autoptr(CalfJsonReader) reader = calf_json_reader_new (name);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_history_entry_free);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *array = NULL;
  const char *format = NULL;
  gint64 version = 0;
  gsize saved;

  root = calf_json_parse (name, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                          &history_limits, error);
  if (root == NULL ||
      !calf_json_reader_object (reader, root, &object, error) ||
      !calf_json_reader_check_keys (reader, object, document_keys, error) ||
      !calf_json_reader_member_string (reader, object, "format", &format, NULL, error) ||
      !calf_json_reader_member_integer (reader, object, "version", &version, NULL, error))
    return NULL;

  if (!g_str_equal (format, HISTORY_FORMAT))
    {
      calf_json_reader_fail (reader, "format", error,
                             /* Translators: keep "calf-check --export-history" as it is: it is
                              * a command. */
                             _("this is not a Calf Check history: export one with calf-check --export-history"));
      return NULL;
    }
  if (version != HISTORY_FORMAT_VERSION)
    {
      calf_json_reader_fail (reader, "version", error,
                             /* Translators: %lld is the format version of the file, %d the one
                              * this program reads. */
                             _("history format %lld is not supported: this version of Calf Check reads format %d"),
                             (long long) version, HISTORY_FORMAT_VERSION);
      return NULL;
    }

  saved = calf_json_reader_push_key (reader, "entries");
  if (!calf_json_reader_array (reader, json_object_get_member (object, "entries"), &array, error))
    return NULL;
  if (json_array_get_length (array) > MAX_ENTRIES)
    {
      /* Translators: %d is the most entries a file may hold. */
      calf_json_reader_fail (reader, NULL, error, _("more than %d entries: split the file"), MAX_ENTRIES);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved_index = calf_json_reader_push_index (reader, i);
      CalfHistoryEntry *entry = calf_history_entry_from_json (reader, json_array_get_element (array, i), error);

      if (entry == NULL)
        return NULL;
      g_ptr_array_add (entries, entry);
      calf_json_reader_pop (reader, saved_index);
    }
  calf_json_reader_pop (reader, saved);

  return g_steal_pointer (&entries);
}

typedef struct
{
  GPtrArray *entries;
  guint      n_added;
  guint      n_skipped;
} Import;

static gboolean
import_body (CalfHistory  *self,
             gpointer      data,
             GError      **error)
{
  Import *import = data;

  import->n_added = import->n_skipped = 0;
  for (guint i = 0; i < import->entries->len; i++)
    {
      gboolean added;

      if (!calf_history_insert (self, g_ptr_array_index (import->entries, i), TRUE, &added, error))
        return FALSE;
      if (added)
        import->n_added++;
      else
        import->n_skipped++;
    }
  return TRUE;
}

gboolean
calf_history_import (CalfHistory  *self,
                     const char   *name,
                     GBytes       *contents,
                     guint        *n_added,
                     guint        *n_skipped,
                     GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  Import import = { NULL, 0, 0 };

  g_return_val_if_fail (CALF_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  entries = read_document (name, contents, error);
  if (entries == NULL)
    return FALSE;

  /* One transaction: a file that fails half-way adds nothing. */
  import.entries = entries;
  if (!calf_history_transaction (self, import_body, &import, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = import.n_added;
  if (n_skipped != NULL)
    *n_skipped = import.n_skipped;
  return TRUE;
}
