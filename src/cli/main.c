/* main.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-main"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "calf-cli.h"
#include "calf-program-files.h"

/*
 * calf-check: the command line, with no GTK. Linking GTK, libadwaita and
 * librsvg cost `--assess` two thirds of its time, though it never draws.
 * Without a command it becomes the window (calf-check-gui) by exec, in the
 * same process, with the same arguments and environment: so the desktop
 * file, the Flatpak command and startup notification see one program.
 */

static int
on_handle_local_options (GApplication *app,
                         GVariantDict *options,
                         char        **argv)
{
  g_autofree char *path = NULL;
  int status = calf_cli_handle_local_options (app, options);

  if (status >= 0)
    return status;

  path = calf_program_file_path ("calf-check-gui", CALF_LIBEXECDIR);
  execv (path, argv);
  /* TRANSLATORS: the first placeholder is a file path, the second why it
   * could not be started. */
  g_printerr (_("Could not start the window (%s): %s\n"), path, g_strerror (errno));
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;

  calf_program_init_i18n ();

  /* Only parses the options: it is never registered (a command exits, the
   * window replaces this process), so the window keeps the single-instance
   * behaviour. */
  app = g_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  calf_cli_add_options (app);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options), argv);

  return g_application_run (app, argc, argv);
}
