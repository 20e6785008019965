/* calf-safe-file.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Writing a file so that a failure never destroys what was there: the
 * data goes to a temporary file in the same folder, which is flushed to
 * disk and renamed over the target, and the folder is flushed too. A full
 * disk, a write error or a crash at any moment leaves either the old file
 * or the new one, whole. (GLib 2.74's g_file_replace_contents renames a
 * partial file over the target when a write fails.)
 *
 * A symbolic link is followed, so the link stays a link and its target is
 * replaced. An existing file keeps its permissions; a new one gets
 * @new_mode (0600 for anything holding health information).
 *
 * Errors are G_IO_ERROR and name @path, never the temporary file.
 */
gboolean calf_safe_file_write (const char  *path,
                               const void  *data,
                               gsize        length,
                               guint        new_mode,
                               GError     **error);

/* The same for a GFile: native files go through calf_safe_file_write(),
 * others (rare: a remote mount) through GIO's replace. */
gboolean calf_safe_file_write_gfile (GFile       *file,
                                     GBytes      *bytes,
                                     guint        new_mode,
                                     GError     **error);

G_END_DECLS
