/* calf-selftest-chart.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-selftest.h"

G_BEGIN_DECLS

/*
 * CalfSelftestChart: one self-test over time, each leg its own line (the
 * left leg round dots, the right leg square ones, so shape tells them apart
 * as well as colour) against the cut-off or the lower bound of the norm, a
 * dashed line of short marks. Drawn with GtkSnapshot; assistive technology
 * gets the values in words as the image's description.
 */

#define CALF_TYPE_SELFTEST_CHART (calf_selftest_chart_get_type ())

G_DECLARE_FINAL_TYPE (CalfSelftestChart, calf_selftest_chart, CALF, SELFTEST_CHART, GtkWidget)

/* @entries: (element-type CalfHistoryEntry): any kinds and order; those of
 * @test are drawn. */
GtkWidget *calf_selftest_chart_new          (CalfSelftestKind  test,
                                             GPtrArray        *entries);
guint      calf_selftest_chart_get_n_points (CalfSelftestChart *self);

G_END_DECLS
