/* calf-database-loader.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-database-private.h"
#include "calf-json-check.h"
#include "calf-json-reader.h"

/* Where the loader is in a file (the path of keys and indices that
 * every problem names) and the problems it found. */

void
calf_loader_problem (CalfLoader        *loader,
                     CalfDatabaseError  code,
                     const char        *format,
                     ...)
{
  g_autofree char *text = NULL;
  CalfProblem *problem;
  va_list args;

  if (loader->problems->len >= CALF_DATABASE_MAX_PROBLEMS)
    {
      loader->n_dropped++;
      return;
    }

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  problem = g_new0 (CalfProblem, 1);
  problem->code = code;
  if (loader->path->len > 0)
    problem->message = g_strdup_printf ("%s: %s: %s", loader->file, loader->path->str, text);
  else
    problem->message = g_strdup_printf ("%s: %s", loader->file, text);
  g_ptr_array_add (loader->problems, problem);
}

gsize
calf_loader_push_key (CalfLoader *loader,
                      const char *key)
{
  gsize length = loader->path->len;

  if (length > 0)
    g_string_append_c (loader->path, '.');
  g_string_append (loader->path, key);
  return length;
}

gsize
calf_loader_push_index (CalfLoader *loader,
                        guint       index)
{
  gsize length = loader->path->len;

  g_string_append_printf (loader->path, "[%u]", index);
  return length;
}

void
calf_loader_pop (CalfLoader *loader,
                 gsize       length)
{
  g_assert (length <= loader->path->len);
  g_string_truncate (loader->path, length);
}

/* @keys: NULL-terminated; a leading '*' marks a required key. */
void
calf_loader_check_keys (CalfLoader         *loader,
                        JsonObject         *object,
                        const char * const *keys)
{
  JsonObjectIter iter;
  const char *member;

  /* In the file's order, so problems are listed as the keys come. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, NULL))
    {
      gboolean known = FALSE;

      for (guint i = 0; keys[i] != NULL && !known; i++)
        known = g_str_equal (keys[i][0] == '*' ? keys[i] + 1 : keys[i], member);

      if (!known)
        {
          g_autofree char *allowed = calf_json_list_keys (keys);

          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: a problem in a database or input file: the first
                                * %s is the unknown JSON key, the second the keys allowed there,
                                * e.g. "id, name, anatomy". JSON keys stay in English. */
                               _("unknown key \"%s\": check the spelling; allowed keys here are %s"),
                               member, allowed);
        }
    }

  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (keys[i][0] == '*' && !json_object_has_member (object, keys[i] + 1))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is a JSON key of the database or input file,
                              * e.g. "label": keep it in English. */
                             _("missing required key \"%s\": add it"), keys[i] + 1);
    }
}
