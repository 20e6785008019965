/* calf-results-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-result.h"
#include "calf-selftest.h"

G_BEGIN_DECLS

/*
 * The outcome of an assessment: the triage banner and why, the possible
 * causes with their likelihood and the answers for and against each, the
 * recommended exercises with their dose, those held back and why, and the
 * safety guidance. Signals: ::condition-activated (condition id),
 * ::exercise-activated (exercise id; the exercise rows can be activated
 * only when a handler is connected before the page is built),
 * and ::start-over. The Print, Export and Your Answers buttons use the
 * window's win.print, win.export and win.answers actions.
 */

#define CALF_TYPE_RESULTS_PAGE (calf_results_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfResultsPage, calf_results_page, CALF, RESULTS_PAGE, GtkWidget)

GtkWidget  *calf_results_page_new        (void);
void        calf_results_page_set_result (CalfResultsPage *self,
                                          CalfResult      *result,
                                          gboolean         finished);
CalfResult *calf_results_page_get_result (CalfResultsPage *self);
void        calf_results_page_set_can_answer_more (CalfResultsPage *self,
                                                   gboolean         can_answer_more);
void        calf_results_page_set_selftests (CalfResultsPage        *self,
                                             const CalfSelftestKind *kinds,
                                             guint                   n_kinds);
/* An assessment from the history: no Your Answers, no Start Over. */
void        calf_results_page_set_past   (CalfResultsPage *self);
GtkWidget  *calf_results_page_get_banner (CalfResultsPage *self);
/* The row of a listed possible cause, or NULL. */
GtkWidget  *calf_results_page_get_condition_row (CalfResultsPage *self,
                                                 const char      *condition_id);
GtkWidget  *calf_results_page_get_exercise_row  (CalfResultsPage *self,
                                                 const char      *exercise_id);
GtkWidget  *calf_results_page_get_selftest_row  (CalfResultsPage  *self,
                                                 CalfSelftestKind  kind);

G_END_DECLS
