/* calf-database-default.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "calf-database-private.h"
#include "calf-database-resources.h"
#include "calf-program-files.h"

/* The database built into the program: the JSON files of data/database compiled as a
 * GResource (see src/core/meson.build). Kept apart from the loader so the
 * fuzzer can link the loader without the resource. */

#define DATABASE_RESOURCE_PATH "/io/github/calfcheck/CalfCheck/database/"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * calf_database_new_default:
 * @error: return location for a #CALF_DATABASE_ERROR
 *
 * Loads the database compiled into the program, every *.json file in
 * name order, exactly like a folder given to calf_database_new_for_path().
 *
 * Returns: (transfer full): the database, or %NULL
 */
CalfDatabase *
calf_database_new_default (GError **error)
{
  GResource *resource = calf_program_resource (calf_database_resource_get_resource);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_source_free);
  g_auto(GStrv) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  children = g_resource_enumerate_children (resource, DATABASE_RESOURCE_PATH,
                                            G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      if (g_str_has_suffix (children[i], ".json"))
        g_ptr_array_add (names, children[i]);
    }

  if (names->len == 0)
    {
      g_set_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_IO,
                   _("This copy of Calf Check was built without its database: rebuild it with the files in data/database"));
      return NULL;
    }

  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strconcat (DATABASE_RESOURCE_PATH, names->pdata[i], NULL);
      g_autoptr(GError) local_error = NULL;
      CalfSource *source = g_new0 (CalfSource, 1);

      source->name = g_strdup (names->pdata[i]);
      source->bytes = g_resource_lookup_data (resource, path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
      if (source->bytes == NULL)
        {
          g_set_error (error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_IO,
                       /* Translators: the first %s is a file of the built-in database, the
                        * second a system error message. */
                       _("%s: cannot read the built-in database: %s"), source->name, local_error->message);
          calf_source_free (source);
          return NULL;
        }
      g_ptr_array_add (sources, source);
    }

  return calf_database_new_from_sources (sources, error);
}
