/* calf-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-database.h"

G_BEGIN_DECLS

#define CALF_TYPE_WINDOW (calf_window_get_type ())

G_DECLARE_FINAL_TYPE (CalfWindow, calf_window, CALF, WINDOW, AdwApplicationWindow)

CalfWindow      *calf_window_new               (GtkApplication  *application,
                                                CalfDatabase    *database);
void             calf_window_show_error        (CalfWindow      *self,
                                                const char      *title,
                                                const char      *message);

/* Navigation: a stack of pages above the start page. A pushed page gets a
 * Back button in the header bar; Back, Escape and Alt+Left pop it. The
 * window takes a reference on @page while it is shown. */
void             calf_window_push_page         (CalfWindow      *self,
                                                GtkWidget       *page,
                                                const char      *title);
void             calf_window_pop_page          (CalfWindow      *self);
/* Pops every pushed page, back to the start page. */
void             calf_window_pop_to_start      (CalfWindow      *self);
/* The page on top (the start page when nothing is pushed). */
GtkWidget       *calf_window_get_visible_page  (CalfWindow      *self);
guint            calf_window_get_n_pages       (CalfWindow      *self);

AdwToastOverlay *calf_window_get_toast_overlay (CalfWindow      *self);
/* NULL when the database failed to load. */
CalfDatabase    *calf_window_get_database      (CalfWindow      *self);

G_END_DECLS
