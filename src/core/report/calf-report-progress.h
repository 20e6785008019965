/* calf-report-progress.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"
#include "calf-progress.h"

G_BEGIN_DECLS

/* The progress over @entries (calf_progress_compute()) with the plan of
 * the latest assessment that had one, worked out again from its answers
 * with @database (nullable: then no plan) and counted up to @now. */
void calf_report_progress_compute (GPtrArray    *entries,
                                   CalfDatabase *database,
                                   gint64        now,
                                   CalfProgress *progress);

G_END_DECLS
