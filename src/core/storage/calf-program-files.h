/* calf-program-files.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The path of @name, one of the program's own files (the window's program,
 * the PDF writer module): next to the running program when that holds it
 * (the build tree, where meson builds them side by side), else in
 * @installed_dir. */
char *calf_program_file_path (const char *name,
                              const char *installed_dir);

/* One of the program's compiled-in resources, from its generated getter
 * (which keeps it linked in). GLib 2.74 registers them lazily: a thread
 * asking while another registers them gets NULL from the getter. This
 * waits for the registration instead. */
GResource *calf_program_resource (GResource *(*getter) (void));

/* Sets the locale from the environment and binds the program's message
 * catalogue: from $CALF_CHECK_LOCALEDIR when set (tests and translators
 * run the build tree's catalogues with it, see po/README.md), else from
 * where it is installed. */
void calf_program_init_i18n (void);

G_END_DECLS
