/* calf-window-exercises.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-window.h"

G_BEGIN_DECLS

/*
 * The window's part of exercises and safety: the actions win.safety (the
 * safety page) and win.preferences (the emergency number), the results
 * page's exercise rows opening exercise pages, and the question page's
 * self-test button.
 */

/* From calf_window_init(): adds win.safety and win.preferences. */
void calf_window_exercises_init          (CalfWindow       *window);
/* From where the results page is made, before its result is set (its
 * exercise rows are activatable only with a handler connected). */
void calf_window_exercises_setup_results (CalfWindow       *window,
                                          GtkWidget        *results_page);

/* From where a question is shown: a "Do the Test Step by Step" button for
 * the self-test questions (knee-to-wall, heel raises). */
void     calf_window_exercises_update_question (CalfWindow *window,
                                                GtkWidget  *question_page);
gboolean calf_window_exercises_show_selftest   (CalfWindow *window,
                                                GtkWidget  *question_page);

G_END_DECLS
