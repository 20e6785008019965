/* calf-advice-notes.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-result.h"

G_BEGIN_DECLS

/*
 * CalfAdviceNotes: what the results page says about the advice itself:
 * how it changed while answering, "What could change this advice" (each
 * answer given as "Not sure" that would raise the triage, and what to do
 * if it turns out to be yes), and, after an emergency ended the questions,
 * an offer to answer the rest ("answer-more").
 */

#define CALF_TYPE_ADVICE_NOTES (calf_advice_notes_get_type ())
G_DECLARE_FINAL_TYPE (CalfAdviceNotes, calf_advice_notes, CALF, ADVICE_NOTES, GtkWidget)

GtkWidget  *calf_advice_notes_new                (void);
CalfResult *calf_advice_notes_get_result         (CalfAdviceNotes *self);
void        calf_advice_notes_set_result         (CalfAdviceNotes *self,
                                                  CalfResult      *result);
gboolean    calf_advice_notes_get_can_answer_more (CalfAdviceNotes *self);
void        calf_advice_notes_set_can_answer_more (CalfAdviceNotes *self,
                                                   gboolean         can_answer_more);

G_END_DECLS
