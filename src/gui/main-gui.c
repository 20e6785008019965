/* main-gui.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-main"

/* calf-check-gui: the window. calf-check (main.c) starts it in its own
 * place when no command-line command is given. */

#include "config.h"

#include <glib/gi18n.h>

#include "calf-application.h"
#include "calf-program-files.h"
#include "calf-render.h"
#include "calf-report-layout.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CalfApplication) app = NULL;

  calf_program_init_i18n ();

  /* The window links the page layout: its command-line commands need no
   * module for a PDF. */
  calf_render_set_pdf_writer (calf_report_render_pdf_default);

  app = calf_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
