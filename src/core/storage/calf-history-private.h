/* calf-history-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "calf-history.h"

G_BEGIN_DECLS

struct _CalfHistory
{
  GObject  parent_instance;

  /* One connection; every use holds the lock, so a worker thread's write
   * and the window's read never interleave inside a transaction. */
  GMutex   lock;
  sqlite3 *db;
  char    *path;
  char    *set_aside_path;
};

/* Sets @error from the connection's last error (or @code), in words. */
gboolean calf_history_fail        (CalfHistory  *self,
                                   int           code,
                                   GError      **error);
/* Runs SQL with no result rows. */
gboolean calf_history_exec        (CalfHistory  *self,
                                   const char   *sql,
                                   GError      **error);
/* BEGIN IMMEDIATE … COMMIT around @body; ROLLBACK when it fails. Holds
 * the lock. */
typedef gboolean (*CalfHistoryBody) (CalfHistory  *self,
                                     gpointer      data,
                                     GError      **error);
gboolean calf_history_transaction (CalfHistory     *self,
                                   CalfHistoryBody  body,
                                   gpointer         data,
                                   GError         **error);

/* calf-history-store.c: rows and entries; called inside a transaction. */
gboolean calf_history_insert      (CalfHistory      *self,
                                   CalfHistoryEntry *entry,
                                   gboolean          skip_existing,
                                   gboolean         *added,
                                   GError          **error);

G_END_DECLS
