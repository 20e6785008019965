/* calf-program-files.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "calf-program-files.h"

char *
calf_program_file_path (const char *name,
                        const char *installed_dir)
{
  g_autofree char *self = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (installed_dir != NULL, NULL);

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *sibling = g_build_filename (dir, name, NULL);

      if (g_file_test (sibling, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&sibling);
    }
  return g_build_filename (installed_dir, name, NULL);
}

GResource *
calf_program_resource (GResource *(*getter) (void))
{
  GResource *resource;

  g_return_val_if_fail (getter != NULL, NULL);

  resource = getter ();
  if (resource == NULL)
    {
      /* Any lookup in the global list takes its lock, which the
       * registering thread holds until every resource is registered. */
      g_resources_get_info ("/", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL);
      resource = getter ();
    }
  /* Compiled into the program: only a broken build lacks it. */
  g_assert (resource != NULL);
  return resource;
}

void
calf_program_init_i18n (void)
{
  const char *localedir = g_getenv ("CALF_CHECK_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
