/* calf-autosave.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-question-flow.h"

G_BEGIN_DECLS

/*
 * The assessment in progress, kept on disk so that closing or killing the
 * app loses at most the answer being given. The file holds the question
 * flow's own serialization (region, side, age, sex, replies) wrapped with
 * a format name and the time it was saved. Writes are atomic: a temporary
 * file is written, flushed and renamed over the old one. A file that
 * cannot be read is set aside, never overwritten (the window says so);
 * CalfAutosaver writes off the main thread.
 */

#define CALF_AUTOSAVE_FORMAT "calf-check-assessment"
#define CALF_AUTOSAVE_VERSION 1

/* $XDG_DATA_HOME/calf-check/assessment.json (the app's private data
 * folder inside Flatpak). */
char             *calf_autosave_get_default_path (void);

/* What is saved: the flow's serialization with format, version and time. */
GBytes           *calf_autosave_serialize (CalfQuestionFlow *flow);
/* Writes @data durably (temporary file, fsync, rename, fsync of the
 * folder), creating the folder; the file is 0600. */
gboolean          calf_autosave_write   (const char        *path,
                                         GBytes            *data,
                                         GError           **error);
/* Both at once, on the calling thread. */
gboolean          calf_autosave_save    (const char        *path,
                                         CalfQuestionFlow  *flow,
                                         GError           **error);
/* NULL with G_IO_ERROR_NOT_FOUND when nothing is saved; NULL with
 * CALF_QUESTION_FLOW_ERROR_PARSE when the file cannot be read back.
 * @saved_at (nullable) receives the time it was saved (Unix seconds). */
CalfQuestionFlow *calf_autosave_load    (const char        *path,
                                         CalfEngine        *engine,
                                         gint64            *saved_at,
                                         GError           **error);
/* The same for a file already read; @name names it in errors. */
CalfQuestionFlow *calf_autosave_load_bytes (const char      *name,
                                            GBytes          *contents,
                                            CalfEngine      *engine,
                                            gint64          *saved_at,
                                            GError         **error);
gboolean          calf_autosave_exists  (const char        *path);
/* Moves a save that cannot be read to assessment-unreadable-DATE.json in
 * the same folder, never replacing a file, so that it is kept and the
 * next save does not overwrite it. Returns the new path. */
char             *calf_autosave_set_aside (const char      *path,
                                           GError         **error);
/* Deletes the saved assessment; no error when there is none. */
gboolean          calf_autosave_clear   (const char        *path,
                                         GError           **error);

G_END_DECLS
