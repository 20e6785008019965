/* calf-red-flag-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-question-flow.h"

G_BEGIN_DECLS

/*
 * Shown at once when an answer raises the triage to urgent or emergency:
 * what to do now in large words, the reason, and the way on. Emits
 * ::show-results, ::change-answer and ::keep-answering.
 */

#define CALF_TYPE_RED_FLAG_PAGE (calf_red_flag_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfRedFlagPage, calf_red_flag_page, CALF, RED_FLAG_PAGE, GtkWidget)

/* @question is the question whose answer raised the triage. */
GtkWidget          *calf_red_flag_page_new          (CalfResult         *result,
                                                     const CalfQuestion *question);
CalfResult         *calf_red_flag_page_get_result   (CalfRedFlagPage    *self);
const CalfQuestion *calf_red_flag_page_get_question (CalfRedFlagPage    *self);
GtkWidget          *calf_red_flag_page_get_banner   (CalfRedFlagPage    *self);
void                calf_red_flag_page_set_emergency_number (CalfRedFlagPage *self,
                                                     const char         *number);

G_END_DECLS
