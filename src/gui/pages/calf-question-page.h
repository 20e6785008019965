/* calf-question-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-question-flow.h"

G_BEGIN_DECLS

/*
 * One question of the assessment: its text, why we ask, how to check
 * (steps and a drawing), the answer buttons (Yes / No / Not sure, the
 * choices, or a number with its unit and range) and the progress.
 * Emits ::replied with a `const CalfReply *` when the person answers and
 * the window updates the flow. "Your Answers" activates win.answers.
 */

#define CALF_TYPE_QUESTION_PAGE (calf_question_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfQuestionPage, calf_question_page, CALF, QUESTION_PAGE, GtkWidget)

GtkWidget          *calf_question_page_new           (void);
/* @previous (nullable) is the reply already given, shown as chosen;
 * @remaining is the flow's estimate of questions left, this one included. */
void                calf_question_page_set_question  (CalfQuestionPage   *self,
                                                      const CalfQuestion *question,
                                                      const CalfReply    *previous,
                                                      guint               remaining);
const CalfQuestion *calf_question_page_get_question  (CalfQuestionPage   *self);
/* The button giving @kind (and @choice_id for choices), or for numbers the
 * Continue button (kind CALF_REPLY_NUMBER); NULL when there is none. */
GtkWidget          *calf_question_page_get_answer_button (CalfQuestionPage *self,
                                                      CalfReplyKind       kind,
                                                      const char         *choice_id);
/* The number entry of a number question, else NULL. */
GtkSpinButton      *calf_question_page_get_spin_button (CalfQuestionPage *self);
const char         *calf_question_page_get_progress_text (CalfQuestionPage *self);
/* Moves the keyboard focus to the first answer. */
void                calf_question_page_focus_answers (CalfQuestionPage   *self);

void          calf_question_page_set_answered (CalfQuestionPage *self,
                                               guint             n_answered);
double        calf_question_page_get_progress (CalfQuestionPage *self);

G_END_DECLS
