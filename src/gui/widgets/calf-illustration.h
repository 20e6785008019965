/* calf-illustration.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * CalfIllustration shows one of the line drawings of data/exercises/ or
 * data/selftests/ (compiled into the program). The drawings style their
 * strokes with the classes .figure .ghost .accent .prop .fill; in dark
 * style lighter colours are added to their style sheet. The drawing is
 * drawn (CalfSketch) at the widget's size and scale factor, so it stays
 * crisp, and keeps its aspect ratio.
 */

#define CALF_TYPE_ILLUSTRATION (calf_illustration_get_type ())

G_DECLARE_FINAL_TYPE (CalfIllustration, calf_illustration, CALF, ILLUSTRATION, GtkWidget)

GtkWidget  *calf_illustration_new           (const char       *file_name);
const char *calf_illustration_get_file_name (CalfIllustration *self);
/* FALSE when there is no such drawing (the widget then hides itself). */
gboolean    calf_illustration_set_file_name (CalfIllustration *self,
                                             const char       *file_name);

/* The SVG source, re-coloured for dark style when @dark. NULL when there
 * is no drawing of that name. */
GBytes     *calf_illustration_load_svg      (const char       *file_name,
                                             gboolean          dark);

G_END_DECLS
