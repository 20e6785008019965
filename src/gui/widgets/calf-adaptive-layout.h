/* calf-adaptive-layout.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A layout manager that puts its widget's children side by side when the
 * widget is at least :breakpoint pixels wide and stacks them otherwise
 * (libadwaita 1.2 has no AdwBreakpoint). Side by side, the first child
 * gets :first-fraction of the width.
 */

#define CALF_TYPE_ADAPTIVE_LAYOUT (calf_adaptive_layout_get_type ())

G_DECLARE_FINAL_TYPE (CalfAdaptiveLayout, calf_adaptive_layout, CALF, ADAPTIVE_LAYOUT, GtkLayoutManager)

GtkLayoutManager *calf_adaptive_layout_new              (int                 breakpoint,
                                                         int                 spacing);
gboolean          calf_adaptive_layout_get_side_by_side (CalfAdaptiveLayout *self);
void              calf_adaptive_layout_set_first_fraction (CalfAdaptiveLayout *self,
                                                         double              fraction);

G_END_DECLS
