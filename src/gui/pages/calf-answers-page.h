/* calf-answers-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-question-flow.h"

G_BEGIN_DECLS

#define CALF_TYPE_ANSWERS_PAGE (calf_answers_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfAnswersPage, calf_answers_page, CALF, ANSWERS_PAGE, GtkWidget)

GtkWidget *calf_answers_page_new     (CalfQuestionFlow *flow);
GtkWidget *calf_answers_page_get_row (CalfAnswersPage  *self,
                                      guint             index);

G_END_DECLS
