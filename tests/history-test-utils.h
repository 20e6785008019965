/* history-test-utils.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What test-history.c and test-history-files.c share: a temporary folder
 * for the history file, and entries of every kind.
 */

#pragma once

#include "calf-history.h"

typedef struct
{
  char *folder;
  char *path;   /* FOLDER/calf-check/history.db, not made yet */
} Fixture;

#define DAY (24 * 60 * 60)
#define T0 G_GINT64_CONSTANT (1788000000)  /* 2026-08-29 */

void              fixture_set_up    (Fixture       *fixture,
                                     gconstpointer  data);
void              fixture_tear_down (Fixture       *fixture,
                                     gconstpointer  data);
CalfHistory      *open_ok           (const char    *path);
/* The first column of the first row of @sql, as another program sees it. */
char             *query             (const char    *path,
                                     const char    *sql);
void              add_ok            (CalfHistory      *history,
                                     CalfHistoryEntry *entry);
CalfHistoryEntry *pain_entry        (int            pain,
                                     gint64         time,
                                     const char    *note);
CalfHistoryEntry *session_entry     (int            during,
                                     int            morning,
                                     gint64         time);
CalfHistoryEntry *assessment_entry  (gint64         time);
CalfHistoryEntry *selftest_entry    (gint64         time);
