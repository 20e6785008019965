/* calf-render.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-report.h"

G_BEGIN_DECLS

/* The whole report in one format (PDF on the locale's paper size). */
GBytes *calf_render_report (CalfReport        *report,
                            CalfReportFormat   format,
                            GError           **error);

G_END_DECLS
