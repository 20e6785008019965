/* calf-results-page-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-results-page.h"
#include "calf-expander-row.h"
#include "calf-row.h"

G_BEGIN_DECLS

struct _CalfResultsPage
{
  GtkWidget   parent_instance;

  CalfResult *result;
  GtkWidget  *scrolled;
  GtkWidget  *banner;
  GtkWidget  *last_button;     /* Start Over…, the end of the page */
  GtkWidget  *answers_button;  /* Your Answers: hidden for a past assessment */
  GtkWidget  *notes;           /* CalfAdviceNotes */
  gboolean    can_answer_more;
  GHashTable *condition_rows;  /* id → row (owned by the page), once built */
  GHashTable *condition_expanders; /* id → its cause's expander row */
  GHashTable *exercise_rows;
  GArray     *selftests;       /* of CalfSelftestKind: offered while self-care is safe */
  GHashTable *selftest_rows;   /* CalfSelftestKind → row (owned by the page) */
};

/* Rows of the sections emit the page's signals through these. */
void calf_results_page_condition_row_activated (CalfRow         *row,
                                                CalfResultsPage *self);
void calf_results_page_exercise_row_activated  (CalfRow         *row,
                                                CalfResultsPage *self);
void calf_results_page_selftest_row_activated  (CalfRow         *row,
                                                CalfResultsPage *self);

/* calf-results-page-sections.c: each appends its section to @content. */
void calf_results_page_add_causes    (CalfResultsPage *self,
                                      GtkWidget       *content);
/* Builds a cause's rows if they are not yet. */
void calf_results_page_ensure_cause_details (CalfResultsPage *self,
                                             CalfExpanderRow *expander);
void calf_results_page_add_exercises (CalfResultsPage *self,
                                      GtkWidget       *content);
void calf_results_page_add_selftests (CalfResultsPage *self,
                                      GtkWidget       *content);
void calf_results_page_add_safety    (CalfResultsPage *self,
                                      GtkWidget       *content);

G_END_DECLS
