/* calf-history.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "calf-history-entry.h"

G_BEGIN_DECLS

/*
 * CalfHistory: what Calf Check remembers over weeks (finished assessments,
 * guided sessions, self-tests, daily pain), in one SQLite file in the
 * user's data folder, with no GTK.
 *
 * The file is opened in WAL mode with foreign keys on; its schema version
 * (PRAGMA user_version) is brought forward by migrations, each in one
 * transaction; every write is one transaction, committed before the call
 * returns (an acknowledged entry survives a crash). A file that is locked
 * or from a newer Calf Check is never touched: opening fails with
 * CALF_HISTORY_ERROR_LOCKED or _NEWER and the app goes on without history.
 * A damaged file is moved aside (history-damaged-DATE.db, never replacing
 * a file) and a new history is started; calf_history_get_set_aside_path()
 * says where the old one went, so the window can say so.
 *
 * Calls are safe from any thread (one connection behind a lock); the
 * *_async functions run on a worker thread so the window never waits for
 * the disk.
 */

#define CALF_HISTORY_SCHEMA_VERSION 1

#define CALF_TYPE_HISTORY (calf_history_get_type ())

G_DECLARE_FINAL_TYPE (CalfHistory, calf_history, CALF, HISTORY, GObject)

/* $XDG_DATA_HOME/calf-check/history.db */
char        *calf_history_get_default_path  (void);

CalfHistory *calf_history_open              (const char        *path,
                                             GError           **error);
const char  *calf_history_get_path          (CalfHistory       *self);
/* Where a damaged file was moved when this history was opened, or NULL. */
const char  *calf_history_get_set_aside_path (CalfHistory      *self);

/* Adds @entry, setting its id, and its uuid and time when they are unset.
 * FALSE when the entry is not valid or the write failed; nothing is kept
 * then. An entry whose uuid is already there is an error. */
gboolean     calf_history_add               (CalfHistory       *self,
                                             CalfHistoryEntry  *entry,
                                             GError           **error);
void         calf_history_add_async         (CalfHistory       *self,
                                             const CalfHistoryEntry *entry,
                                             GCancellable      *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer           user_data);
/* Returns: (transfer full): the entry as it was added (id, uuid, time). */
CalfHistoryEntry *calf_history_add_finish   (CalfHistory       *self,
                                             GAsyncResult      *result,
                                             GError           **error);

/* Sets a session's pain score of the next morning (0–10). */
gboolean     calf_history_set_next_morning_pain (CalfHistory   *self,
                                             gint64             session_id,
                                             int                pain,
                                             GError           **error);

/* Returns: (transfer full) (element-type CalfHistoryEntry): the entries of
 * @kind, newest first. */
GPtrArray   *calf_history_list              (CalfHistory       *self,
                                             CalfHistoryKind    kind,
                                             GError           **error);
/* Returns: (transfer full) (element-type CalfHistoryEntry): every entry,
 * oldest first (the export's order). */
GPtrArray   *calf_history_list_all          (CalfHistory       *self,
                                             GError           **error);

/* Deletes one entry; CALF_HISTORY_ERROR_NOT_FOUND when it is not there. */
gboolean     calf_history_remove            (CalfHistory       *self,
                                             CalfHistoryKind    kind,
                                             gint64             id,
                                             GError           **error);
/* Deletes every entry. */
gboolean     calf_history_clear             (CalfHistory       *self,
                                             GError           **error);

/* The same on a worker thread: @kind and @id name one entry; with
 * @id 0, every entry is deleted. */
void         calf_history_remove_async      (CalfHistory       *self,
                                             CalfHistoryKind    kind,
                                             gint64             id,
                                             GCancellable      *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer           user_data);
gboolean     calf_history_remove_finish     (CalfHistory       *self,
                                             GAsyncResult      *result,
                                             GError           **error);

/* Every entry as one JSON document ("format": "calf-check-history"). */
char        *calf_history_export            (CalfHistory       *self,
                                             GError           **error);
/* Reads a document written by calf_history_export() with the strict
 * reader and adds the entries that are not there yet (by uuid), all or
 * none: one wrong entry refuses the whole file. @name names it in errors. */
gboolean     calf_history_import            (CalfHistory       *self,
                                             const char        *name,
                                             GBytes            *contents,
                                             guint             *n_added,
                                             guint             *n_skipped,
                                             GError           **error);

G_END_DECLS
