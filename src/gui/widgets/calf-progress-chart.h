/* calf-progress-chart.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * CalfProgressChart: pain over time, from 0 to 10, drawn with GtkSnapshot.
 * Each pain score (daily entries, and the pain during sessions) is a dot
 * joined by a line; each session is a tick along the bottom; the band above
 * 5 out of 10, where the exercises' pain rule says to ease off, is shaded.
 * The colours come from the style (the accent and the text colour), so it
 * reads in light, dark and high contrast. Assistive technology gets
 * #CalfProgressChart:summary as the image's description.
 */

#define CALF_TYPE_PROGRESS_CHART (calf_progress_chart_get_type ())

G_DECLARE_FINAL_TYPE (CalfProgressChart, calf_progress_chart, CALF, PROGRESS_CHART, GtkWidget)

GtkWidget  *calf_progress_chart_new         (void);
/* @entries: (element-type CalfHistoryEntry): any kinds, any order; copied. */
void        calf_progress_chart_set_entries (CalfProgressChart *self,
                                             GPtrArray         *entries);
guint       calf_progress_chart_get_n_points (CalfProgressChart *self);
const char *calf_progress_chart_get_summary (CalfProgressChart *self);
void        calf_progress_chart_set_summary (CalfProgressChart *self,
                                             const char        *summary);

G_END_DECLS
