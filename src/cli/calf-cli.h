/* calf-cli.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "calf-database.h"
#include "calf-engine.h"

G_BEGIN_DECLS

/* Exit status for bad input (a broken database, an unknown list type, …). */
#define CALF_CLI_EXIT_BAD_INPUT 2

/* Adds every command-line option of calf-check to @app. Call from the
 * application's init. */
void          calf_cli_add_options           (GApplication *app);

/* Runs a command given on the command line (no GTK, no display needed).
 * Returns the exit status, or -1 to go on into the window, which reads
 * --database itself. Call from GApplication::handle-local-options. */
int           calf_cli_handle_local_options  (GApplication *app,
                                              GVariantDict *options);

/* The database a command or the GUI uses: the one given with --database,
 * else the built-in one. */
CalfDatabase *calf_cli_load_database         (const char   *path,
                                              GError      **error);

/* Implemented in calf-cli-assess.c (--assess FILE [--format F] [--output P]). */
int           calf_cli_assess                (CalfDatabase *db,
                                              const char   *file,
                                              const char   *format,
                                              const char   *output);
/* Runs --assess when given (also rejects --format or --output without it):
 * TRUE and the exit status in @status, or FALSE to go on. */
gboolean      calf_cli_dispatch_assess       (GVariantDict *options,
                                              const char   *database_path,
                                              int          *status);

/* Implemented in calf-cli-history.c: runs --history [--format F]
 * [--output P], --export-history FILE or --import-history FILE when given:
 * TRUE and the exit status in @status, or FALSE to go on. */
gboolean      calf_cli_dispatch_history      (GVariantDict *options,
                                              const char   *database_path,
                                              int          *status);

/* Implemented in calf-cli-interview.c (--interview) and, on a terminal,
 * calf-cli-terminal.c. */
int           calf_cli_interview             (CalfDatabase *db);
int           calf_cli_interview_terminal    (CalfEngine   *engine);

G_END_DECLS
