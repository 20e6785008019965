/* calf-autosaver.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-question-flow.h"

G_BEGIN_DECLS

/*
 * CalfAutosaver keeps the assessment in progress on disk without ever
 * blocking the main thread on the disk: calf_autosaver_save() takes a
 * snapshot of the flow at once and a worker thread writes it durably
 * (calf_autosave_write()). Saves that arrive while one is being written
 * are coalesced: only the newest is written next. "saved" is emitted on
 * the main context once a snapshot is on disk (that is when an answer is
 * acknowledged), "failed" when it could not be written.
 * calf_autosaver_flush() waits for the worker, for quitting.
 */

#define CALF_TYPE_AUTOSAVER (calf_autosaver_get_type ())
G_DECLARE_FINAL_TYPE (CalfAutosaver, calf_autosaver, CALF, AUTOSAVER, GObject)

CalfAutosaver *calf_autosaver_new          (const char       *path);
const char    *calf_autosaver_get_path     (CalfAutosaver    *self);
/* Snapshots @flow and queues it; returns the snapshot's number. */
guint64        calf_autosaver_save         (CalfAutosaver    *self,
                                            CalfQuestionFlow *flow);
/* Queues deleting the file, after any write queued before. */
guint64        calf_autosaver_clear        (CalfAutosaver    *self);
/* Whether something is queued or being written. */
gboolean       calf_autosaver_get_busy     (CalfAutosaver    *self);
/* The number of the last request done (written, deleted or failed). */
guint64        calf_autosaver_get_done     (CalfAutosaver    *self);
/* Blocks until everything queued is done. */
void           calf_autosaver_flush        (CalfAutosaver    *self);

G_END_DECLS
