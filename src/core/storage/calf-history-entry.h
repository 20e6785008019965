/* calf-history-entry.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "calf-answers.h"
#include "calf-json-reader.h"
#include "calf-result.h"
#include "calf-selftest.h"

G_BEGIN_DECLS

/*
 * One thing the history keeps: a finished assessment, a guided exercise
 * session, a self-test on both legs, or a daily pain entry. A plain
 * struct: the fields of other kinds stay empty. Every entry has a UUID, the
 * same on every computer, so an import never adds what is already there.
 *
 * Entries are checked in one place (calf_history_entry_validate) before
 * they are written, whether they come from the window or from a file.
 */

#define CALF_HISTORY_ERROR (calf_history_error_quark ())

typedef enum
{
  CALF_HISTORY_ERROR_CORRUPT,  /* the file is damaged: it was set aside */
  CALF_HISTORY_ERROR_NEWER,    /* written by a newer Calf Check: left as it is */
  CALF_HISTORY_ERROR_LOCKED,   /* another program is using it */
  CALF_HISTORY_ERROR_IO,       /* cannot be created, read or written */
  CALF_HISTORY_ERROR_INVALID,  /* an entry, or a file to import, is not valid */
  CALF_HISTORY_ERROR_NOT_FOUND,/* no such entry */
} CalfHistoryError;

GQuark calf_history_error_quark (void);

typedef enum
{
  CALF_HISTORY_KIND_ASSESSMENT,
  CALF_HISTORY_KIND_SESSION,
  CALF_HISTORY_KIND_SELFTEST,
  CALF_HISTORY_KIND_PAIN,
} CalfHistoryKind;

#define CALF_HISTORY_N_KINDS 4

/* No pain score was given. */
#define CALF_HISTORY_NO_PAIN (-1)

/* Limits that no real entry comes near: a file past them is refused. */
#define CALF_HISTORY_MAX_NOTE_CHARS   2000
#define CALF_HISTORY_MAX_CAUSES       64
#define CALF_HISTORY_MAX_DURATION     (24 * 60 * 60)
#define CALF_HISTORY_MAX_COUNT        1000

typedef struct
{
  CalfHistoryKind kind;
  gint64          id;        /* the row in this computer's history; 0 before it is added */
  char           *uuid;      /* set when added, if NULL */
  gint64          time;      /* Unix seconds (UTC); set to now when added, if 0 */
  char           *note;      /* sessions and pain entries; nullable */

  /* CALF_HISTORY_KIND_ASSESSMENT */
  char           *region;            /* region id */
  CalfSide        side;
  CalfTriageLevel triage;
  char           *database_version;
  char           *answers;           /* JSON object, as calf_answers_to_json() writes it */
  char           *causes;            /* JSON array: [{"id": …, "likelihood": …}], ranked */

  /* CALF_HISTORY_KIND_SESSION */
  char           *exercise;          /* exercise id */
  guint           sets_done;
  guint           reps_done;         /* in all sets */
  guint           duration;          /* seconds */
  int             pain_during;       /* 0–10, or CALF_HISTORY_NO_PAIN */
  int             pain_next_morning; /* the same */

  /* CALF_HISTORY_KIND_SELFTEST */
  CalfSelftestKind test;
  double          left;              /* centimetres (knee to wall) or repetitions */
  double          right;
  double          threshold;         /* the cut-off or the lower bound of the norm; NAN when unknown */

  /* CALF_HISTORY_KIND_PAIN */
  int             pain;              /* 0–10 */
} CalfHistoryEntry;

#define CALF_TYPE_HISTORY_ENTRY (calf_history_entry_get_type ())

GType             calf_history_entry_get_type    (void) G_GNUC_CONST;
CalfHistoryEntry *calf_history_entry_new         (CalfHistoryKind     kind);
CalfHistoryEntry *calf_history_entry_copy        (const CalfHistoryEntry *entry);
void              calf_history_entry_free        (CalfHistoryEntry   *entry);

/* A finished assessment: its answers and what the engine made of them. */
CalfHistoryEntry *calf_history_entry_new_assessment (CalfAnswers      *answers,
                                                     CalfResult       *result);
/* A self-test on both legs. */
CalfHistoryEntry *calf_history_entry_new_selftest   (const CalfSelftestResult *result);

/* For g_ptr_array_sort(): oldest first. */
int               calf_history_entry_compare_time (gconstpointer     a,
                                                   gconstpointer     b);
const char       *calf_history_kind_to_string    (CalfHistoryKind     kind);
gboolean          calf_history_kind_from_string  (const char         *str,
                                                  CalfHistoryKind    *kind);
const char       *calf_selftest_kind_to_string   (CalfSelftestKind    kind);
gboolean          calf_selftest_kind_from_string (const char         *str,
                                                  CalfSelftestKind   *kind);

/* FALSE with CALF_HISTORY_ERROR_INVALID saying what is wrong. */
gboolean          calf_history_entry_validate    (const CalfHistoryEntry *entry,
                                                  GError            **error);

/* @time (Unix seconds) as ISO 8601 in UTC, e.g. "2026-12-04T09:30:00Z". */
char             *calf_history_format_time       (gint64              time);

/* The entry as one JSON object (the export format); a time is written as
 * ISO 8601 in UTC. */
void              calf_history_entry_to_json     (const CalfHistoryEntry *entry,
                                                  JsonBuilder        *builder);
/* Reads one entry written by calf_history_entry_to_json(), strictly:
 * unknown or missing keys, wrong types and values out of range are errors
 * naming the path. */
CalfHistoryEntry *calf_history_entry_from_json   (CalfJsonReader     *reader,
                                                  JsonNode           *node,
                                                  GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalfHistoryEntry, calf_history_entry_free)

G_END_DECLS
